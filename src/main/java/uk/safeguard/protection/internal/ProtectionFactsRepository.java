package uk.safeguard.protection.internal;

import static uk.safeguard.platform.SqlTimes.endOfDay;
import static uk.safeguard.platform.SqlTimes.instant;
import static uk.safeguard.platform.SqlTimes.startOfDay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeguard.protection.ProtectionFacts;
import uk.safeguard.protection.Section47NextStep;

/**
 * {@link ProtectionFacts}: strategy discussions and their participants in two queries over the same date range
 * (participants grouped per agency: attended when anyone from it attended), section 47 enquiries in one.
 * {@code recordedBy}: the discussion keeps who recorded it as a description (name and role), so the user is the actor of
 * its STRATEGY_DISCUSSION_HELD entry in the audit trail (null for the system).
 * A section 47 enquiry's {@code startedOn} is the London date it started; {@code teamId} the team an imported enquiry
 * named, else the lead worker's team.
 * Emergency actions in one query over {@code emergency_action}: its {@code child_id} is the child protected. The other
 * children of the household ({@code emergency_action_child}) are those whose needs were considered (seeds 000 line
 * 2736), not children the action was taken for, so they are not facts of it.
 */
@Repository
public class ProtectionFactsRepository implements ProtectionFacts {
    private final JdbcClient jdbc;

    public ProtectionFactsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StrategyDiscussionFact> strategyDiscussions(LocalDate from, LocalDate to) {
        Timestamp start = startOfDay(from);
        Timestamp end = endOfDay(to);
        Map<Long, List<Participant>> participants = new HashMap<>();
        jdbc.sql("""
                select p.strategy_discussion_id, p.agency_type, p.agency_name, p.agency_id, bool_or(p.attended) as attended
                  from strategy_discussion_attendee p join strategy_discussion d on d.id = p.strategy_discussion_id
                 where d.held_at >= ? and d.held_at < ?
                 group by p.strategy_discussion_id, p.agency_type, p.agency_name, p.agency_id
                 order by p.strategy_discussion_id, min(p.id)""")
                .params(start, end)
                .query((ResultSet rs) -> {
                    participants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Participant(rs.getString("agency_type"),
                            rs.getString("agency_name"), rs.getObject("agency_id", Long.class), rs.getBoolean("attended")));
                });
        return jdbc.sql("""
                select d.id, d.child_id, d.case_id, d.held_at, d.section47,
                       (select nullif(e.actor_user_id, 0) from audit_event e
                         where e.child_id = d.child_id and e.subject_type = 'strategy_discussion' and e.subject_id = d.id::text
                           and e.action = 'STRATEGY_DISCUSSION_HELD' order by e.id limit 1) as recorded_by
                  from strategy_discussion d
                 where d.held_at >= ? and d.held_at < ? order by d.held_at, d.id""")
                .params(start, end)
                .query((rs, i) -> new StrategyDiscussionFact(rs.getLong("id"), rs.getLong("child_id"), rs.getObject("case_id", Long.class),
                        instant(rs, "held_at"), rs.getBoolean("section47"), List.copyOf(participants.getOrDefault(rs.getLong("id"), List.of())),
                        rs.getObject("recorded_by", Long.class))).list();
    }

    /** One definition of a section 47 fact: the select both the range and the per-child reads complete with a where. */
    private static final String SECTION47S = """
            select s.id, s.child_id, s.case_id, s.referral_id, s.strategy_discussion_id, d.held_at,
                   (s.started_at at time zone 'Europe/London')::date as started_on, s.outcome, s.next_step, s.completed_on,
                   s.lead_worker_id, coalesce(s.ssd_team_id, u.team_id) as team_id, s.ssd_import_id is not null as imported
              from section47_enquiry s
              left join strategy_discussion d on d.id = s.strategy_discussion_id
              left join app_user u on u.id = s.lead_worker_id
            """;

    @Override
    public List<Section47Fact> section47Enquiries(LocalDate from, LocalDate to) {
        return jdbc.sql(SECTION47S + " where s.started_at < ? and (s.completed_on is null or s.completed_on >= ?)"
                        + " order by s.started_at, s.id")
                .params(endOfDay(to), from).query(ProtectionFactsRepository::section47).list();
    }

    @Override
    public List<Section47Fact> section47EnquiriesOf(long childId) {
        return jdbc.sql(SECTION47S + " where s.child_id = ? order by s.started_at, s.id")
                .param(childId).query(ProtectionFactsRepository::section47).list();
    }

    private static Section47Fact section47(ResultSet rs, int row) throws SQLException {
        String next = rs.getString("next_step");
        return new Section47Fact(rs.getLong("id"), rs.getLong("child_id"), rs.getObject("case_id", Long.class),
                rs.getObject("referral_id", Long.class), rs.getObject("strategy_discussion_id", Long.class),
                instant(rs, "held_at"), rs.getObject("started_on", LocalDate.class), rs.getString("outcome"), next,
                Section47NextStep.INITIAL_CONFERENCE.name().equals(next), rs.getObject("completed_on", LocalDate.class),
                rs.getObject("lead_worker_id", Long.class), rs.getObject("team_id", Long.class), rs.getBoolean("imported"));
    }

    @Override
    public List<EmergencyActionFact> emergencyActions(LocalDate from, LocalDate to) {
        Timestamp start = startOfDay(from);
        Timestamp end = endOfDay(to);
        return jdbc.sql("""
                select e.id, e.child_id, e.action_type, e.taken_at, e.police_protection_ended_at
                  from emergency_action e
                 where e.taken_at < ? and (e.taken_at >= ? or e.police_protection_ended_at >= ?)
                 order by e.taken_at, e.id""")
                .params(end, start, start)
                .query((rs, i) -> new EmergencyActionFact(rs.getLong("id"), rs.getLong("child_id"), rs.getString("action_type"),
                        instant(rs, "taken_at"), instant(rs, "police_protection_ended_at"))).list();
    }
}
