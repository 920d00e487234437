package uk.safeguard.work.internal;

import static uk.safeguard.platform.SqlTimes.endOfDay;
import static uk.safeguard.platform.SqlTimes.instant;
import static uk.safeguard.platform.SqlTimes.startOfDay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeguard.work.WorkFacts;

/**
 * {@link WorkFacts} in one query each. An allocation ends when the case's next allocation begins (the history of lead
 * practitioners, V110), when the case closes, or on the end date an imported involvement gave; {@code workerTeamId} is
 * the team recorded with an imported allocation, else the worker's team ({@code app_user.team_id}).
 */
@Repository
public class WorkFactsRepository implements WorkFacts {
    private final JdbcClient jdbc;

    public WorkFactsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One definition of a case fact: the select both the range and the per-child reads complete with a where. */
    private static final String CASES = """
            select id, child_id, kind, opened_at, closed_at, closure_reason, team_id, allocated_worker_id
              from case_file
            """;

    @Override
    public List<CaseFact> cases(LocalDate from, LocalDate to) {
        return jdbc.sql(CASES + " where opened_at < ? and (closed_at is null or closed_at >= ?) order by opened_at, id")
                .params(endOfDay(to), startOfDay(from)).query(WorkFactsRepository::kase).list();
    }

    @Override
    public List<CaseFact> casesOf(long childId) {
        return jdbc.sql(CASES + " where child_id = ? order by opened_at, id").param(childId).query(WorkFactsRepository::kase).list();
    }

    private static CaseFact kase(ResultSet rs, int row) throws SQLException {
        return new CaseFact(rs.getLong("id"), rs.getLong("child_id"), rs.getString("kind"),
                instant(rs, "opened_at"), instant(rs, "closed_at"), rs.getString("closure_reason"),
                rs.getObject("team_id", Long.class), rs.getObject("allocated_worker_id", Long.class));
    }

    @Override
    public List<AllocationFact> allocations(LocalDate from, LocalDate to) {
        // Only the allocations of cases open in the window can overlap it.
        return jdbc.sql(allocations("opened_at < :end and (closed_at is null or closed_at >= :start)",
                        "where s.allocated_at < :end and (s.ended_at is null or s.ended_at >= :start)"))
                .param("start", startOfDay(from)).param("end", endOfDay(to)).query(WorkFactsRepository::allocation).list();
    }

    @Override
    public List<AllocationFact> allocationsOf(long childId) {
        return jdbc.sql(allocations("child_id = :child", "")).param("child", childId).query(WorkFactsRepository::allocation).list();
    }

    /**
     * One definition of an allocation fact: the allocations of the cases that meet {@code cases}, those that meet
     * {@code where}. All of a case's allocations are read so each one's end is the next one's start.
     */
    private static String allocations(String cases, String where) {
        return """
                with cases as (
                    select id, closed_at from case_file where %s
                ), spans as (
                    select a.id, a.case_id, a.child_id, a.worker_id, a.previous_worker_id, a.team_id, a.allocated_at,
                           coalesce(a.ended_at,
                                    lead(a.allocated_at) over (partition by a.case_id order by a.allocated_at, a.id),
                                    c.closed_at) as ended_at
                      from case_allocation a join cases c on c.id = a.case_id
                )
                select s.*, coalesce(s.team_id, u.team_id) as worker_team_id
                  from spans s left join app_user u on u.id = s.worker_id
                 %s
                 order by s.case_id, s.allocated_at, s.id""".formatted(cases, where);
    }

    private static AllocationFact allocation(ResultSet rs, int row) throws SQLException {
        return new AllocationFact(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("child_id"),
                rs.getLong("worker_id"), rs.getObject("previous_worker_id", Long.class),
                rs.getObject("worker_team_id", Long.class), instant(rs, "allocated_at"), instant(rs, "ended_at"));
    }
}
