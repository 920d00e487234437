package uk.safeguard.conference.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguard.conference.Conference;
import uk.safeguard.conference.CpPlan;

/** Plain SQL for the conference tables (V160). Repeated rows (invitees, attendance, reports ...) are kept as JSON. */
@Repository
public class ConferenceRepository {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private volatile Map<String, String> categories;

    public ConferenceRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Category of abuse codes and descriptions (category_of_abuse.yml), in order. */
    public Map<String, String> categories() {
        if (categories == null) {
            Map<String, String> codes = new LinkedHashMap<>();
            jdbc.sql("select code, description from ref_category_of_abuse order by sort_order")
                    .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                    .forEach(e -> codes.put(e.getKey(), e.getValue()));
            categories = Collections.unmodifiableMap(codes);
        }
        return categories;
    }

    public String toJson(Object value) {
        return json.writeValueAsString(value == null ? List.of() : value);
    }

    private <T> List<T> list(String text, TypeReference<List<T>> type) {
        return text == null ? List.of() : json.readValue(text, type);
    }

    // ---- transfer-in notifications ----

    public record TransferInRow(long id, long childId, Instant notifiedAt, String fromAuthority, Long conferenceId) {}

    public long insertTransferIn(long childId, Instant notifiedAt, String from, String by, Instant at) {
        return jdbc.sql("insert into cp_transfer_in (child_id, notified_at, from_authority, recorded_by, recorded_at) values (?, ?, ?, ?, ?) returning id")
                .params(childId, Timestamp.from(notifiedAt), from, by, Timestamp.from(at)).query(Long.class).single();
    }

    private static final String TRANSFER = "select t.id, t.child_id, t.notified_at, t.from_authority, "
            + "(select min(c.id) from cp_conference c where c.transfer_in_id = t.id) as conference_id from cp_transfer_in t ";

    public Optional<TransferInRow> transferIn(long id) {
        return jdbc.sql(TRANSFER + "where t.id = ?").param(id).query(this::transferRow).optional();
    }

    public List<TransferInRow> transfersIn(long childId) {
        return jdbc.sql(TRANSFER + "where t.child_id = ? order by t.notified_at").param(childId).query(this::transferRow).list();
    }

    private TransferInRow transferRow(ResultSet rs, int i) throws SQLException {
        return new TransferInRow(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                (Long) rs.getObject(5));
    }

    // ---- conferences ----

    /** A conference as stored; times as instants. {@code chairId} is null only for one imported from the SSD. */
    public record ConferenceRow(long id, long childId, Long caseId, String kind, Long planId, Long transferInId,
                                Instant scheduledAt, String venue, boolean online, Long chairId,
                                List<Conference.Invitee> invitees, LocalDate invitationsSentOn, LocalDate papersSentOn,
                                boolean eighteenthBirthdayReview, Instant heldAt,
                                List<Conference.Attendance> attendance, List<Conference.AgencyReport> reports,
                                String childViews, String decision, String category, String leadBody,
                                Long leadSocialWorkerId, List<Conference.CoreGroupMember> coreGroup, String outlinePlan,
                                String recommendations, List<Conference.HouseholdConsideration> householdConsidered,
                                String outcomeRecordedBy) {}

    public long insertConference(long childId, Long caseId, String kind, Long planId, Long transferInId, Instant scheduledAt,
                                 String venue, boolean online, long chairId, List<Conference.Invitee> invitees,
                                 boolean eighteenth, String by, Instant at) {
        return jdbc.sql("""
                insert into cp_conference (child_id, case_id, kind, plan_id, transfer_in_id, scheduled_at, venue, online, chair_id,
                    invitees, eighteenth_birthday_review, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?) returning id""")
                .params(childId, caseId, kind, planId, transferInId, Timestamp.from(scheduledAt), venue, online, chairId,
                        toJson(invitees), eighteenth, by, Timestamp.from(at))
                .query(Long.class).single();
    }

    private static final String CONFERENCE = """
            select id, child_id, case_id, kind, plan_id, transfer_in_id, scheduled_at, venue, online, chair_id, invitees::text,
                   invitations_sent_on, papers_sent_on, eighteenth_birthday_review, held_at, attendance::text, reports::text,
                   child_views, decision, category, lead_body, lead_social_worker_id, core_group::text, outline_plan,
                   recommendations, household_considered::text, outcome_recorded_by
            from cp_conference """;

    public Optional<ConferenceRow> conference(long id) {
        return jdbc.sql(CONFERENCE + " where id = ?").param(id).query(this::conferenceRow).optional();
    }

    /** The child's conferences, newest first. */
    public List<ConferenceRow> conferencesOf(long childId) {
        return jdbc.sql(CONFERENCE + " where child_id = ? order by scheduled_at desc, id desc").param(childId).query(this::conferenceRow).list();
    }

    public List<ConferenceRow> reviewsOf(long planId) {
        return jdbc.sql(CONFERENCE + " where plan_id = ? and kind = 'REVIEW' order by scheduled_at, id").param(planId).query(this::conferenceRow).list();
    }

    private ConferenceRow conferenceRow(ResultSet rs, int i) throws SQLException {
        return new ConferenceRow(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4), (Long) rs.getObject(5),
                (Long) rs.getObject(6), rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getBoolean(9), (Long) rs.getObject(10),
                list(rs.getString(11), new TypeReference<>() {}), date(rs, 12), date(rs, 13), rs.getBoolean(14),
                instant(rs, 15), list(rs.getString(16), new TypeReference<>() {}), list(rs.getString(17), new TypeReference<>() {}),
                rs.getString(18), rs.getString(19), rs.getString(20), rs.getString(21), (Long) rs.getObject(22),
                list(rs.getString(23), new TypeReference<>() {}), rs.getString(24), rs.getString(25),
                list(rs.getString(26), new TypeReference<>() {}), rs.getString(27));
    }

    public void setInvitationsSent(long id, LocalDate on) {
        jdbc.sql("update cp_conference set invitations_sent_on = ? where id = ?").params(on, id).update();
    }

    public void setPapersSent(long id, LocalDate on) {
        jdbc.sql("update cp_conference set papers_sent_on = ? where id = ?").params(on, id).update();
    }

    /** Saves the outcome once: false when another request recorded it first. */
    public boolean saveOutcome(long id, Instant heldAt, List<Conference.Attendance> attendance, List<Conference.AgencyReport> reports,
                               String childViews, String decision, String category, String leadBody, Long leadSocialWorkerId,
                               List<Conference.CoreGroupMember> coreGroup, String outlinePlan, String recommendations,
                               List<Conference.HouseholdConsideration> household, String by, Instant at) {
        return jdbc.sql("""
                update cp_conference set held_at = ?, attendance = cast(? as jsonb), reports = cast(? as jsonb), child_views = ?,
                    decision = ?, category = ?, lead_body = ?, lead_social_worker_id = ?, core_group = cast(? as jsonb),
                    outline_plan = ?, recommendations = ?, household_considered = cast(? as jsonb), outcome_recorded_by = ?,
                    outcome_recorded_at = ?
                where id = ? and held_at is null""")
                .params(Timestamp.from(heldAt), toJson(attendance), toJson(reports), childViews, decision, category, leadBody,
                        leadSocialWorkerId, toJson(coreGroup), outlinePlan, recommendations, toJson(household), by,
                        Timestamp.from(at), id)
                .update() == 1;
    }

    public void linkPlan(long conferenceId, long planId) {
        jdbc.sql("update cp_conference set plan_id = ? where id = ?").params(planId, conferenceId).update();
    }

    // ---- plans ----

    public record PlanRow(long id, long childId, Long caseId, long conferenceId, LocalDate startedOn, String initialCategory,
                          String latestCategory, String leadBody, Long leadSocialWorkerId,
                          List<Conference.CoreGroupMember> coreGroup, String outlinePlan, int previousPlans,
                          LocalDate endedOn, String endReason, LocalDate otherLaConferenceOn, String endNote, int version) {}

    public long insertPlan(long childId, Long caseId, long conferenceId, LocalDate startedOn, String category, String leadBody,
                           long leadSocialWorkerId, List<Conference.CoreGroupMember> coreGroup, String outlinePlan, int previousPlans) {
        return jdbc.sql("""
                insert into cp_plan (child_id, case_id, conference_id, started_on, initial_category, latest_category, lead_body,
                    lead_social_worker_id, core_group, outline_plan, previous_plans)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?) returning id""")
                .params(childId, caseId, conferenceId, startedOn, category, category, leadBody, leadSocialWorkerId,
                        toJson(coreGroup), outlinePlan, previousPlans)
                .query(Long.class).single();
    }

    private static final String PLAN = """
            select id, child_id, case_id, conference_id, started_on, initial_category, latest_category, lead_body,
                   lead_social_worker_id, core_group::text, outline_plan, previous_plans, ended_on, end_reason,
                   other_la_conference_on, end_note, version
            from cp_plan """;

    public Optional<PlanRow> plan(long id) {
        return jdbc.sql(PLAN + " where id = ?").param(id).query(this::planRow).optional();
    }

    /** Newest first. */
    public List<PlanRow> plansOf(long childId) {
        return jdbc.sql(PLAN + " where child_id = ? order by started_on desc, id desc").param(childId).query(this::planRow).list();
    }

    public List<PlanRow> openPlansOnCase(long caseId) {
        return jdbc.sql(PLAN + " where case_id = ? and ended_on is null").param(caseId).query(this::planRow).list();
    }

    public int countPlans(long childId) {
        return jdbc.sql("select count(*) from cp_plan where child_id = ?").param(childId).query(Integer.class).single();
    }

    private PlanRow planRow(ResultSet rs, int i) throws SQLException {
        return new PlanRow(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getLong(4), date(rs, 5), rs.getString(6),
                rs.getString(7), rs.getString(8), (Long) rs.getObject(9), list(rs.getString(10), new TypeReference<>() {}),
                rs.getString(11), rs.getInt(12), date(rs, 13), rs.getString(14), date(rs, 15), rs.getString(16), rs.getInt(17));
    }

    /** Moves the plan to its next version; false when it changed meanwhile (stale) or is already ended. */
    public boolean nextVersion(long planId, int fromVersion) {
        return jdbc.sql("update cp_plan set version = version + 1 where id = ? and version = ?").params(planId, fromVersion).update() == 1;
    }

    public void setLatestCategory(long planId, String category) {
        jdbc.sql("update cp_plan set latest_category = ? where id = ?").params(category, planId).update();
    }

    public boolean end(long planId, LocalDate endedOn, String reason, LocalDate otherLaConferenceOn, String note) {
        return jdbc.sql("update cp_plan set ended_on = ?, end_reason = ?, other_la_conference_on = ?, end_note = ? where id = ? and ended_on is null")
                .params(endedOn, reason, otherLaConferenceOn, note, planId).update() == 1;
    }

    public void insertVersion(long planId, int version, Instant madeAt, String madeBy, String what, Object snapshot) {
        jdbc.sql("insert into cp_plan_version (plan_id, version, made_at, made_by, what, snapshot) values (?, ?, ?, ?, ?, cast(? as jsonb))")
                .params(planId, version, Timestamp.from(madeAt), madeBy, what, json.writeValueAsString(snapshot)).update();
    }

    public List<CpPlan.Version> versions(long planId) {
        return jdbc.sql("select version, made_at, made_by, what, snapshot::text from cp_plan_version where plan_id = ? order by version desc")
                .param(planId)
                .query((rs, i) -> new CpPlan.Version(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        json.readTree(rs.getString(5))))
                .list();
    }

    // ---- actions ----

    public long insertAction(long planId, CpPlan.Action a) {
        return jdbc.sql("insert into cp_plan_action (plan_id, agency, what, who, by_when, measure, status) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(planId, a.agency(), a.what(), a.who(), a.byWhen(), a.measure(), a.status()).query(Long.class).single();
    }

    public void updateAction(long planId, CpPlan.Action a) {
        jdbc.sql("update cp_plan_action set agency = ?, what = ?, who = ?, by_when = ?, measure = ?, status = ? where id = ? and plan_id = ?")
                .params(a.agency(), a.what(), a.who(), a.byWhen(), a.measure(), a.status(), a.id(), planId).update();
    }

    public List<CpPlan.Action> actions(long planId) {
        return jdbc.sql("select id, agency, what, who, by_when, measure, status from cp_plan_action where plan_id = ? order by agency, by_when, id")
                .param(planId)
                .query((rs, i) -> new CpPlan.Action(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), date(rs, 5),
                        rs.getString(6), rs.getString(7)))
                .list();
    }

    // ---- core groups, visits ----

    public long insertCoreGroup(long planId, LocalDate metOn, List<CpPlan.Attendee> attendees, List<CpPlan.AbsenteeView> views,
                                String decisions, String by, Instant at) {
        return jdbc.sql("""
                insert into cp_core_group (plan_id, met_on, attendees, absentee_views, decisions, recorded_by, recorded_at)
                values (?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?) returning id""")
                .params(planId, metOn, toJson(attendees), toJson(views), decisions, by, Timestamp.from(at)).query(Long.class).single();
    }

    public List<CpPlan.CoreGroupMeeting> coreGroups(long planId) {
        return jdbc.sql("select id, met_on, attendees::text, absentee_views::text, decisions, recorded_by from cp_core_group where plan_id = ? order by met_on, id")
                .param(planId)
                .query((rs, i) -> new CpPlan.CoreGroupMeeting(rs.getLong(1), date(rs, 2), list(rs.getString(3), new TypeReference<>() {}),
                        list(rs.getString(4), new TypeReference<>() {}), rs.getString(5), rs.getString(6)))
                .list();
    }

    public long insertVisit(long planId, Instant at, boolean seen, boolean seenAlone, String visitor, String note, String by, Instant now) {
        return jdbc.sql("""
                insert into cp_visit (plan_id, visited_at, seen, seen_alone, visitor, note, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(planId, Timestamp.from(at), seen, seenAlone, visitor, note, by, Timestamp.from(now)).query(Long.class).single();
    }

    public record VisitRow(long id, Instant visitedAt, boolean seen, boolean seenAlone, String visitor, String note) {}

    public List<VisitRow> visits(long planId) {
        return jdbc.sql("select id, visited_at, seen, seen_alone, visitor, note from cp_visit where plan_id = ? order by visited_at, id")
                .param(planId)
                .query((rs, i) -> new VisitRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    // ---- ending, pre-proceedings ----

    public void insertEndNotice(long planId, String agency, String toEmail, long notificationId) {
        jdbc.sql("insert into cp_plan_end_notice (plan_id, agency, to_email, notification_id) values (?, ?, ?, ?)")
                .params(planId, agency, toEmail, notificationId).update();
    }

    public List<CpPlan.EndNotice> endNotices(long planId) {
        return jdbc.sql("select agency, to_email, notification_id from cp_plan_end_notice where plan_id = ? order by notification_id")
                .param(planId).query((rs, i) -> new CpPlan.EndNotice(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    public void savePreProceedings(long planId, CpPlan.PreProceedings p, Instant at) {
        jdbc.sql("""
                insert into cp_pre_proceedings (plan_id, letters, legal_planning_meeting_on, legal_planning_decision, fgc_offered_on,
                    fgc_held_on, outcome, recorded_by, recorded_at)
                values (?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?)
                on conflict (plan_id) do update set letters = excluded.letters,
                    legal_planning_meeting_on = excluded.legal_planning_meeting_on,
                    legal_planning_decision = excluded.legal_planning_decision, fgc_offered_on = excluded.fgc_offered_on,
                    fgc_held_on = excluded.fgc_held_on, outcome = excluded.outcome, recorded_by = excluded.recorded_by,
                    recorded_at = excluded.recorded_at""")
                .params(planId, toJson(p.letters()), p.legalPlanningMeetingOn(), p.legalPlanningDecision(), p.fgcOfferedOn(),
                        p.fgcHeldOn(), p.outcome(), p.recordedBy(), Timestamp.from(at))
                .update();
    }

    public Optional<CpPlan.PreProceedings> preProceedings(long planId) {
        return jdbc.sql("""
                select letters::text, legal_planning_meeting_on, legal_planning_decision, fgc_offered_on, fgc_held_on, outcome, recorded_by
                from cp_pre_proceedings where plan_id = ?""")
                .param(planId)
                .query((rs, i) -> new CpPlan.PreProceedings(list(rs.getString(1), new TypeReference<>() {}), date(rs, 2),
                        rs.getString(3), date(rs, 4), date(rs, 5), rs.getString(6), rs.getString(7)))
                .optional();
    }

    // ---- episode activity ----

    /** The latest conference held, plan change, core group or visit in the case. */
    public Optional<Map.Entry<Instant, String>> latestActivity(long caseId) {
        return jdbc.sql("""
                select at, what from (
                    select held_at as at, 'Child protection conference' as what from cp_conference where case_id = ? and held_at is not null
                    union all
                    select v.visited_at, 'Child protection visit' from cp_visit v join cp_plan p on p.id = v.plan_id where p.case_id = ?
                    union all
                    select g.met_on::timestamp at time zone 'Europe/London', 'Core group meeting'
                        from cp_core_group g join cp_plan p on p.id = g.plan_id where p.case_id = ?
                    union all
                    select p.ended_on::timestamp at time zone 'Europe/London', 'Child protection plan ended'
                        from cp_plan p where p.case_id = ? and p.ended_on is not null
                ) a order by at desc limit 1""")
                .params(caseId, caseId, caseId, caseId)
                .query((rs, i) -> Map.entry(rs.getTimestamp(1).toInstant(), rs.getString(2))).optional();
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
