package uk.safeguard.conference.internal;

import static uk.safeguard.platform.SqlTimes.endOfDay;
import static uk.safeguard.platform.SqlTimes.instant;
import static uk.safeguard.platform.SqlTimes.startOfDay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeguard.conference.ConferenceFacts;

/**
 * {@link ConferenceFacts}, one query each.
 * <ul>
 *   <li>A conference's {@code heldOn} is the London date it was held. {@code planId} is the plan a review reviewed, or
 *   the plan an initial (pre-birth, transfer-in) conference made. {@code section47Id}: an imported ICPC names its
 *   enquiry; a conference made here does not record it (it follows the ICPC clock the enquiry started), so for an
 *   initial or pre-birth conference it is the child's latest section 47 enquiry on the conference's case that started
 *   before the conference (one whose next step is an initial conference first); null for reviews and transfer-ins.</li>
 *   <li>A plan's {@code previousPlans} is {@code cp_plan.previous_plans}, the child's plans that started before it,
 *   counted when the plan was made (and when imported). {@code teamId} is the lead social worker's team, else (an
 *   imported plan names no worker) the team its imported conference named.</li>
 *   <li>Core groups and visits carry their plan's child.</li>
 * </ul>
 */
@Repository
public class ConferenceFactsRepository implements ConferenceFacts {
    private final JdbcClient jdbc;

    public ConferenceFactsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One definition of a conference fact: the select both the range and the per-child reads complete with a where. */
    private static final String CONFERENCES = """
            select c.id, c.child_id, c.case_id, c.kind, c.scheduled_at, (c.held_at at time zone 'Europe/London')::date as held_on,
                   c.decision, c.category, c.chair_id, c.ssd_import_id is not null as imported,
                   coalesce(c.plan_id, made.id) as plan_id,
                   coalesce(c.section47_enquiry_id, case when c.kind in ('INITIAL', 'PRE_BIRTH') then
                       (select s.id from section47_enquiry s
                         where s.child_id = c.child_id and (c.case_id is null or s.case_id = c.case_id)
                           and s.started_at <= coalesce(c.held_at, c.scheduled_at)
                         order by s.next_step = 'INITIAL_CONFERENCE' desc nulls last, s.started_at desc, s.id desc limit 1) end) as section47_id
              from cp_conference c
              left join (select distinct on (conference_id) conference_id, id from cp_plan order by conference_id, id) made
                on made.conference_id = c.id
            """;
    private static final String CONFERENCES_ORDER = " order by coalesce(c.held_at, c.scheduled_at), c.id";

    @Override
    public List<ConferenceFact> conferences(LocalDate from, LocalDate to) {
        return jdbc.sql(CONFERENCES + " where (c.scheduled_at >= :start and c.scheduled_at < :end) or (c.held_at >= :start and c.held_at < :end)"
                        + CONFERENCES_ORDER)
                .param("start", startOfDay(from)).param("end", endOfDay(to)).query(ConferenceFactsRepository::conference).list();
    }

    @Override
    public List<ConferenceFact> conferencesOf(long childId) {
        return jdbc.sql(CONFERENCES + " where c.child_id = :child" + CONFERENCES_ORDER)
                .param("child", childId).query(ConferenceFactsRepository::conference).list();
    }

    private static ConferenceFact conference(ResultSet rs, int row) throws SQLException {
        return new ConferenceFact(rs.getLong("id"), rs.getLong("child_id"), rs.getObject("case_id", Long.class),
                rs.getString("kind"), instant(rs, "scheduled_at"), rs.getObject("held_on", LocalDate.class), rs.getString("decision"),
                rs.getString("category"), rs.getObject("section47_id", Long.class), rs.getObject("plan_id", Long.class),
                rs.getObject("chair_id", Long.class), rs.getBoolean("imported"));
    }

    /** One definition of a plan fact: the select both the range and the per-child reads complete with a where. */
    private static final String PLANS = """
            select p.id, p.child_id, p.case_id, p.conference_id, p.started_on, p.ended_on, p.initial_category,
                   p.latest_category, p.end_reason, p.previous_plans, p.lead_social_worker_id,
                   coalesce(u.team_id, c.team_id) as team_id, p.ssd_import_id is not null as imported
              from cp_plan p
              left join app_user u on u.id = p.lead_social_worker_id
              left join cp_conference c on c.id = p.conference_id
            """;

    @Override
    public List<CpPlanFact> plans(LocalDate from, LocalDate to) {
        return jdbc.sql(PLANS + " where p.started_on <= ? and (p.ended_on is null or p.ended_on >= ?) order by p.started_on, p.id")
                .params(to, from).query(ConferenceFactsRepository::plan).list();
    }

    @Override
    public List<CpPlanFact> plansOf(long childId) {
        return jdbc.sql(PLANS + " where p.child_id = ? order by p.started_on, p.id").param(childId)
                .query(ConferenceFactsRepository::plan).list();
    }

    private static CpPlanFact plan(ResultSet rs, int row) throws SQLException {
        return new CpPlanFact(rs.getLong("id"), rs.getLong("child_id"), rs.getObject("case_id", Long.class),
                rs.getObject("conference_id", Long.class), rs.getObject("started_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), rs.getString("initial_category"), rs.getString("latest_category"),
                rs.getString("end_reason"), rs.getInt("previous_plans"), rs.getObject("lead_social_worker_id", Long.class),
                rs.getObject("team_id", Long.class), rs.getBoolean("imported"));
    }

    @Override
    public List<CoreGroupFact> coreGroups(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select g.id, g.plan_id, p.child_id, g.met_on from cp_core_group g join cp_plan p on p.id = g.plan_id
                 where g.met_on between ? and ? order by g.met_on, g.id""")
                .params(from, to)
                .query((rs, i) -> new CoreGroupFact(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("child_id"),
                        rs.getObject("met_on", LocalDate.class))).list();
    }

    @Override
    public List<CpVisitFact> visits(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select v.id, v.plan_id, p.child_id, v.visited_at, v.seen, v.seen_alone from cp_visit v join cp_plan p on p.id = v.plan_id
                 where v.visited_at >= ? and v.visited_at < ? order by v.visited_at, v.id""")
                .params(startOfDay(from), endOfDay(to))
                .query((rs, i) -> new CpVisitFact(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("child_id"),
                        instant(rs, "visited_at"), rs.getBoolean("seen"), rs.getObject("seen_alone", Boolean.class))).list();
    }
}
