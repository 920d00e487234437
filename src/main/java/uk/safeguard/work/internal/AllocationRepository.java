package uk.safeguard.work.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Allocation proposals and the history of lead practitioners; names are resolved by the caller. */
@Repository
public class AllocationRepository {
    private final JdbcClient jdbc;

    public AllocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ProposalRow(long id, long caseId, long childId, long workerId, Long previousWorkerId, long proposedBy,
                              Instant proposedAt, String handoverNote, String status, Instant decidedAt, String declineReason) {}

    public record AllocationRow(long id, long caseId, long childId, long workerId, Long previousWorkerId, Instant allocatedAt,
                                String allocatedBy, Long proposalId, String handoverNote) {}

    public long insertProposal(long caseId, long childId, long workerId, Long previousWorkerId, long proposedBy, Instant at,
                               String handoverNote) {
        return jdbc.sql("""
                insert into allocation_proposal(case_id, child_id, worker_id, previous_worker_id, proposed_by, proposed_at, handover_note)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, childId, workerId, previousWorkerId, proposedBy, Timestamp.from(at), handoverNote)
                .query(Long.class).single();
    }

    public Optional<ProposalRow> proposal(long id) {
        return jdbc.sql("select * from allocation_proposal where id = ?").param(id).query(AllocationRepository::proposal).optional();
    }

    public Optional<ProposalRow> pendingProposalOf(long caseId) {
        return jdbc.sql("select * from allocation_proposal where case_id = ? and status = 'PENDING'")
                .param(caseId).query(AllocationRepository::proposal).optional();
    }

    public List<ProposalRow> pendingProposalsFor(long workerId) {
        return jdbc.sql("select * from allocation_proposal where worker_id = ? and status = 'PENDING' order by proposed_at, id")
                .param(workerId).query(AllocationRepository::proposal).list();
    }

    /** Decides a pending proposal; false when it was no longer pending. */
    public boolean decide(long id, String status, Instant at, String declineReason) {
        return jdbc.sql("update allocation_proposal set status = ?, decided_at = ?, decline_reason = ? where id = ? and status = 'PENDING'")
                .params(status, Timestamp.from(at), declineReason, id).update() == 1;
    }

    /** Withdraws the case's pending proposal (the case closed); the withdrawn proposal's id, if there was one. */
    public Optional<Long> withdrawPending(long caseId, Instant at) {
        return jdbc.sql("update allocation_proposal set status = 'WITHDRAWN', decided_at = ? where case_id = ? and status = 'PENDING' returning id")
                .params(Timestamp.from(at), caseId).query(Long.class).optional();
    }

    public long insertAllocation(long caseId, long childId, long workerId, Long previousWorkerId, Instant at, String by,
                                 Long proposalId, String handoverNote) {
        return jdbc.sql("""
                insert into case_allocation(case_id, child_id, worker_id, previous_worker_id, allocated_at, allocated_by, proposal_id, handover_note)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, childId, workerId, previousWorkerId, Timestamp.from(at), by, proposalId, handoverNote)
                .query(Long.class).single();
    }

    public List<AllocationRow> allocationsOfCase(long caseId) {
        return jdbc.sql("select * from case_allocation where case_id = ? order by allocated_at, id")
                .param(caseId).query(AllocationRepository::allocation).list();
    }

    public List<AllocationRow> allocationsOfChild(long childId) {
        return jdbc.sql("select * from case_allocation where child_id = ? order by allocated_at, id")
                .param(childId).query(AllocationRepository::allocation).list();
    }

    public Optional<Instant> latestAllocation(long caseId) {
        return jdbc.sql("select max(allocated_at) from case_allocation where case_id = ?").param(caseId)
                .query((rs, i) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).optional()
                .filter(java.util.Objects::nonNull);
    }

    /** Changes of lead practitioner per child from (inclusive) to (exclusive). */
    public java.util.Map<Long, Integer> changesPerChild(Instant from, Instant to) {
        java.util.Map<Long, Integer> changes = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select child_id, count(*) from case_allocation
                 where previous_worker_id is not null and allocated_at >= ? and allocated_at < ?
                 group by child_id order by count(*) desc, child_id""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, i) -> java.util.Map.entry(rs.getLong(1), rs.getInt(2))).list()
                .forEach(e -> changes.put(e.getKey(), e.getValue()));
        return changes;
    }

    /** Every change of the child's lead practitioner (a re-allocation to another worker; a case's first allocation is not one). */
    public int changesOfChild(long childId) {
        return jdbc.sql("select count(*) from case_allocation where child_id = ? and previous_worker_id is not null")
                .param(childId).query(Integer.class).single();
    }

    public int changesOfChild(long childId, Instant from, Instant to) {
        return jdbc.sql("""
                select count(*) from case_allocation
                 where child_id = ? and previous_worker_id is not null and allocated_at >= ? and allocated_at < ?""")
                .params(childId, Timestamp.from(from), Timestamp.from(to)).query(Integer.class).single();
    }

    private static ProposalRow proposal(ResultSet rs, int i) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new ProposalRow(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("child_id"), rs.getLong("worker_id"),
                rs.getObject("previous_worker_id", Long.class), rs.getLong("proposed_by"), rs.getTimestamp("proposed_at").toInstant(),
                rs.getString("handover_note"), rs.getString("status"), decided == null ? null : decided.toInstant(),
                rs.getString("decline_reason"));
    }

    private static AllocationRow allocation(ResultSet rs, int i) throws SQLException {
        return new AllocationRow(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("child_id"), rs.getLong("worker_id"),
                rs.getObject("previous_worker_id", Long.class), rs.getTimestamp("allocated_at").toInstant(),
                rs.getString("allocated_by"), rs.getObject("proposal_id", Long.class), rs.getString("handover_note"));
    }
}
