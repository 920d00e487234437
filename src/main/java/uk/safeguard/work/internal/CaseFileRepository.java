package uk.safeguard.work.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CaseFileRepository {
    private final JdbcClient jdbc;

    public CaseFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case_file row; names are resolved by the caller through the user directory. */
    public record CaseRow(long id, long childId, String kind, Instant openedAt, Long workerId, Long teamId, int version) {}

    public long insert(long childId, String kind, Instant openedAt, Long workerId, Long teamId) {
        return jdbc.sql("insert into case_file(child_id, kind, opened_at, allocated_worker_id, team_id) values (?, ?, ?, ?, ?) returning id")
                .params(childId, kind, Timestamp.from(openedAt), workerId, teamId).query(Long.class).single();
    }

    public List<CaseRow> openCasesOf(Collection<Long> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, child_id, kind, opened_at, allocated_worker_id, team_id, version from case_file
                 where closed_at is null and child_id = any(?::bigint[]) order by opened_at, id""")
                .param(childIds.toArray(new Long[0])).query(CaseFileRepository::row).list();
    }

    public List<Long> childrenAllocatedTo(long userId) {
        return jdbc.sql("select distinct child_id from case_file where closed_at is null and allocated_worker_id = ? order by child_id")
                .param(userId).query(Long.class).list();
    }

    /** Children whose open case belongs to the team or is allocated to one of its members. */
    public List<Long> childrenOfTeam(long teamId, Collection<Long> memberIds) {
        return jdbc.sql("""
                select distinct child_id from case_file
                 where closed_at is null and (team_id = ? or allocated_worker_id = any(?::bigint[])) order by child_id""")
                .params(teamId, memberIds.toArray(new Long[0])).query(Long.class).list();
    }

    /** Closes an open case; false when it is not open (already closed or no such case). */
    public boolean close(long caseId, Instant closedAt, String reasonCode, boolean stepDown, String closedBy) {
        return jdbc.sql("""
                update case_file set closed_at = ?, closure_reason = ?, stepped_down_to_early_help = ?, closed_by = ?,
                       version = version + 1
                 where id = ? and closed_at is null and opened_at <= ?""")
                .params(Timestamp.from(closedAt), reasonCode, stepDown, closedBy, caseId, Timestamp.from(closedAt)).update() == 1;
    }

    /** A case's closure, when closed. */
    public record ClosureRow(Instant closedAt, String reasonCode, boolean steppedDown, String closedBy) {}

    public java.util.Optional<ClosureRow> closure(long caseId) {
        return jdbc.sql("select closed_at, closure_reason, stepped_down_to_early_help, closed_by from case_file where id = ? and closed_at is not null")
                .param(caseId).query((rs, i) -> new ClosureRow(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getBoolean(3),
                        rs.getString(4))).optional();
    }

    /** Every case of the child, open and closed, oldest first, with its closure if closed. */
    public record AnyCaseRow(CaseRow row, ClosureRow closure) {}

    public List<AnyCaseRow> allCasesOf(long childId) {
        return jdbc.sql("""
                select id, child_id, kind, opened_at, allocated_worker_id, team_id, version, closed_at, closure_reason,
                       stepped_down_to_early_help, closed_by
                  from case_file where child_id = ? order by opened_at, id""")
                .param(childId).query((rs, i) -> new AnyCaseRow(row(rs, i), rs.getTimestamp("closed_at") == null ? null
                        : new ClosureRow(rs.getTimestamp("closed_at").toInstant(), rs.getString("closure_reason"),
                        rs.getBoolean("stepped_down_to_early_help"), rs.getString("closed_by")))).list();
    }

    /** Gives an open case its lead practitioner (and team); false when the case is not open. */
    public boolean allocate(long caseId, long workerId, Long teamId) {
        return jdbc.sql("update case_file set allocated_worker_id = ?, team_id = ?, version = version + 1 where id = ? and closed_at is null")
                .params(workerId, teamId, caseId).update() == 1;
    }

    /** For each of these workers, the children whose open cases they lead. */
    public java.util.Map<Long, java.util.Set<Long>> childrenLedBy(Collection<Long> workerIds) {
        java.util.Map<Long, java.util.Set<Long>> children = new java.util.LinkedHashMap<>();
        workerIds.forEach(w -> children.put(w, new java.util.TreeSet<>()));
        if (workerIds.isEmpty()) {
            return children;
        }
        jdbc.sql("select distinct allocated_worker_id, child_id from case_file where closed_at is null and allocated_worker_id = any(?::bigint[])")
                .param(workerIds.toArray(new Long[0]))
                .query((rs, i) -> java.util.Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> children.get(e.getKey()).add(e.getValue()));
        return children;
    }

    /** Cases closed from (inclusive) to (exclusive) with a step-down to early help, oldest first. */
    public List<AnyCaseRow> stepDowns(Instant from, Instant to) {
        return jdbc.sql("""
                select id, child_id, kind, opened_at, allocated_worker_id, team_id, version, closed_at, closure_reason,
                       stepped_down_to_early_help, closed_by
                  from case_file where stepped_down_to_early_help and closed_at >= ? and closed_at < ? order by closed_at, id""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, i) -> new AnyCaseRow(row(rs, i), new ClosureRow(rs.getTimestamp("closed_at").toInstant(),
                        rs.getString("closure_reason"), true, rs.getString("closed_by")))).list();
    }

    public java.util.Optional<uk.safeguard.work.CaseFacts> facts(long caseId) {
        return jdbc.sql("select id, child_id, kind, opened_at, closed_at, allocated_worker_id, team_id from case_file where id = ?")
                .param(caseId).query((rs, i) -> new uk.safeguard.work.CaseFacts(rs.getLong(1), rs.getLong(2),
                        uk.safeguard.work.CaseKind.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getObject(6, Long.class), rs.getObject(7, Long.class))).optional();
    }

    public java.util.Optional<CaseRow> byId(long caseId) {
        return jdbc.sql("select id, child_id, kind, opened_at, allocated_worker_id, team_id, version from case_file where id = ?")
                .param(caseId).query(CaseFileRepository::row).optional();
    }

    public java.util.Map<String, String> closureReasons() {
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        jdbc.sql("select code, description from ref_reason_for_closure order by sort_order")
                .query((rs, i) -> java.util.Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> codes.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(codes);
    }

    private static CaseRow row(ResultSet rs, int i) throws SQLException {
        return new CaseRow(rs.getLong("id"), rs.getLong("child_id"), rs.getString("kind"),
                rs.getTimestamp("opened_at").toInstant(), rs.getObject("allocated_worker_id", Long.class),
                rs.getObject("team_id", Long.class), rs.getInt("version"));
    }
}
