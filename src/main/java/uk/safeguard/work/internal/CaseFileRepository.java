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
    public boolean close(long caseId, Instant closedAt, String reasonCode) {
        return jdbc.sql("""
                update case_file set closed_at = ?, closure_reason = ?, version = version + 1
                 where id = ? and closed_at is null and opened_at <= ?""")
                .params(Timestamp.from(closedAt), reasonCode, caseId, Timestamp.from(closedAt)).update() == 1;
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
