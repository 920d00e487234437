package uk.safeguard.assessment.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeguard.assessment.AssessmentFacts;
import uk.safeguard.platform.SqlTimes;

/**
 * {@link AssessmentFacts} in one query. Withdrawn assessments (their case closed before authorisation, V122) are left
 * out. {@code workerId} is the social worker who started and carries the assessment ({@code started_by}; the SSD
 * export names the same worker), or for an imported assessment the worker the file named ({@code worker_id}, null when
 * it named none: {@code started_by} is then only the import's actor). {@code teamId} is the team an imported
 * assessment named, else that worker's team ({@code app_user.team_id}). The factors are the CIN census codes on the
 * assessment ({@code assessment.factors}, imported ones included). {@code childSeen} looks for a visit in
 * {@code assessment_child_seen} within the same query (an indexed lookup, no query per assessment); without one, an
 * imported assessment gives the SSD's flag ({@code ssd_child_seen}, as its export does), one recorded here false once
 * submitted, authorised or given a reason the child was not seen, else null (still in progress).
 */
@Repository
public class AssessmentFactsRepository implements AssessmentFacts {
    private final JdbcClient jdbc;

    public AssessmentFactsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One definition of an assessment fact: the select both the range and the per-child reads complete with a
     * condition ({@code and ...}) and their order.
     */
    private static final String ASSESSMENTS = """
            select a.id, a.child_id, a.referral_id, a.case_id, a.kind, a.referral_at, a.started_on, a.authorised_on,
                   a.status, a.factors, a.late_reason, w.worker_id, coalesce(a.team_id, u.team_id) as team_id,
                   a.ssd_import_id is not null as imported, a.outcome,
                   case when exists (select 1 from assessment_child_seen s where s.assessment_id = a.id) then true
                        when a.ssd_import_id is not null then a.ssd_child_seen
                        when a.status in ('SUBMITTED', 'AUTHORISED') or a.not_seen_reason is not null then false
                   end as child_seen
              from assessment a
             cross join lateral (select case when a.ssd_import_id is null then a.started_by else a.worker_id end as worker_id) w
              left join app_user u on u.id = w.worker_id
             where a.status <> 'WITHDRAWN'
            """;

    @Override
    public List<AssessmentFact> assessments(LocalDate from, LocalDate to) {
        return jdbc.sql(ASSESSMENTS + " and a.started_on <= ? and (a.authorised_on is null or a.authorised_on >= ?)"
                        + " order by a.started_on, a.id")
                .params(to, from).query(AssessmentFactsRepository::assessment).list();
    }

    @Override
    public List<AssessmentFact> assessmentsOf(long childId) {
        return jdbc.sql(ASSESSMENTS + " and a.child_id = ? order by a.started_on, a.id")
                .param(childId).query(AssessmentFactsRepository::assessment).list();
    }

    private static AssessmentFact assessment(ResultSet rs, int row) throws SQLException {
        return new AssessmentFact(rs.getLong("id"), rs.getLong("child_id"), rs.getLong("referral_id"),
                rs.getObject("case_id", Long.class), rs.getString("kind"), SqlTimes.instant(rs, "referral_at"),
                rs.getObject("started_on", LocalDate.class), rs.getObject("authorised_on", LocalDate.class),
                rs.getString("status"), strings(rs.getArray("factors")), rs.getString("late_reason"),
                rs.getObject("worker_id", Long.class), rs.getObject("team_id", Long.class), rs.getBoolean("imported"),
                rs.getObject("child_seen", Boolean.class), rs.getString("outcome"));
    }


    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
