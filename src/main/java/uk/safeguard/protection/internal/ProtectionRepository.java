package uk.safeguard.protection.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The protection module's tables (V150). Rows carry ids; names are resolved by the services. */
@Repository
public class ProtectionRepository {
    private final JdbcClient jdbc;

    public ProtectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- emergency action

    public record EmergencyRow(long id, long childId, Long caseId, String type, String otherDescription, long agencyId,
                               Instant takenAt, String childSeenBy, boolean legalAdviceObtained, String legalAdviceDetail,
                               Long perpetratorPersonId, String perpetratorHousehold, String perpetratorNote,
                               String otherAuthority, LocalDate otherAuthorityAcceptedOn, String otherAuthorityAcceptedBy,
                               Instant policeProtectionEndedAt, Boolean endedLate, Long followedBy, String recordedBy,
                               Instant recordedAt) {}

    public record ConsideredRow(long childId, String note) {}

    public long insertEmergencyAction(EmergencyRow r) {
        return jdbc.sql("""
                insert into emergency_action(child_id, case_id, action_type, other_description, agency_id, taken_at, child_seen_by,
                  legal_advice_obtained, legal_advice_detail, perpetrator_person_id, perpetrator_household, perpetrator_note,
                  other_authority, other_authority_accepted_on, other_authority_accepted_by, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(r.childId(), r.caseId(), r.type(), r.otherDescription(), r.agencyId(), ts(r.takenAt()), r.childSeenBy(),
                        r.legalAdviceObtained(), r.legalAdviceDetail(), r.perpetratorPersonId(), r.perpetratorHousehold(),
                        r.perpetratorNote(), r.otherAuthority(), date(r.otherAuthorityAcceptedOn()), r.otherAuthorityAcceptedBy(),
                        r.recordedBy(), ts(r.recordedAt()))
                .query(Long.class).single();
    }

    public void insertConsideredChild(long actionId, long childId, String note) {
        jdbc.sql("insert into emergency_action_child(emergency_action_id, child_id, note) values (?, ?, ?)")
                .params(actionId, childId, note).update();
    }

    public List<ConsideredRow> consideredChildren(long actionId) {
        return jdbc.sql("select child_id, note from emergency_action_child where emergency_action_id = ? order by id")
                .param(actionId).query((rs, i) -> new ConsideredRow(rs.getLong(1), rs.getString(2))).list();
    }

    public Optional<EmergencyRow> emergencyAction(long id) {
        return jdbc.sql("select * from emergency_action where id = ?").param(id).query(ProtectionRepository::emergency).optional();
    }

    public List<EmergencyRow> emergencyActionsOfChild(long childId) {
        return jdbc.sql("select * from emergency_action where child_id = ? order by taken_at desc, id desc")
                .param(childId).query(ProtectionRepository::emergency).list();
    }

    /** The child's emergency actions taken by {@code upTo} that no strategy discussion has followed yet. */
    public List<EmergencyRow> notYetFollowed(long childId, Instant upTo) {
        return jdbc.sql("""
                select * from emergency_action where child_id = ? and followed_by_strategy_discussion_id is null and taken_at <= ?
                 order by taken_at, id""")
                .params(childId, ts(upTo)).query(ProtectionRepository::emergency).list();
    }

    public void markFollowed(long actionId, long strategyDiscussionId) {
        jdbc.sql("update emergency_action set followed_by_strategy_discussion_id = ? where id = ?")
                .params(strategyDiscussionId, actionId).update();
    }

    public boolean endPoliceProtection(long actionId, Instant endedAt, boolean late) {
        return jdbc.sql("update emergency_action set police_protection_ended_at = ?, ended_late = ? where id = ? and police_protection_ended_at is null")
                .params(ts(endedAt), late, actionId).update() == 1;
    }

    private static EmergencyRow emergency(ResultSet rs, int i) throws SQLException {
        return new EmergencyRow(rs.getLong("id"), rs.getLong("child_id"), rs.getObject("case_id", Long.class),
                rs.getString("action_type"), rs.getString("other_description"), rs.getLong("agency_id"),
                instant(rs, "taken_at"), rs.getString("child_seen_by"), rs.getBoolean("legal_advice_obtained"),
                rs.getString("legal_advice_detail"), rs.getObject("perpetrator_person_id", Long.class),
                rs.getString("perpetrator_household"), rs.getString("perpetrator_note"), rs.getString("other_authority"),
                localDate(rs, "other_authority_accepted_on"), rs.getString("other_authority_accepted_by"),
                instant(rs, "police_protection_ended_at"), rs.getObject("ended_late", Boolean.class),
                rs.getObject("followed_by_strategy_discussion_id", Long.class), rs.getString("recorded_by"),
                instant(rs, "recorded_at"));
    }

    // --- strategy discussion

    public record DiscussionRow(long id, long caseId, long childId, Instant heldAt, String format, String formatOther,
                                String informationShared, boolean section47, String section47Rationale,
                                String criminalInvestigation, String criminalLeadAgency, String legalAction,
                                String sharedWithFamily, String withheldFromFamily, String withheldReason,
                                boolean minimumParticipation, String missingAgencyReason, String recordedBy, Instant recordedAt) {}

    public record AttendeeRow(long id, long discussionId, String name, Long agencyId, String agencyName, String agencyType,
                              String role, boolean attended) {}

    public record ActionRow(long id, long discussionId, String what, long ownerId, LocalDate dueOn, Long taskId) {}

    public long insertDiscussion(DiscussionRow r) {
        return jdbc.sql("""
                insert into strategy_discussion(case_id, child_id, held_at, format, format_other, information_shared, section47,
                  section47_rationale, criminal_investigation, criminal_lead_agency, legal_action, shared_with_family,
                  withheld_from_family, withheld_reason, minimum_participation, missing_agency_reason, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(r.caseId(), r.childId(), ts(r.heldAt()), r.format(), r.formatOther(), r.informationShared(), r.section47(),
                        r.section47Rationale(), r.criminalInvestigation(), r.criminalLeadAgency(), r.legalAction(),
                        r.sharedWithFamily(), r.withheldFromFamily(), r.withheldReason(), r.minimumParticipation(),
                        r.missingAgencyReason(), r.recordedBy(), ts(r.recordedAt()))
                .query(Long.class).single();
    }

    public void insertAttendee(long discussionId, String name, Long agencyId, String agencyName, String agencyType, String role,
                               boolean attended) {
        jdbc.sql("""
                insert into strategy_discussion_attendee(strategy_discussion_id, name, agency_id, agency_name, agency_type, role, attended)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(discussionId, name, agencyId, agencyName, agencyType, role, attended).update();
    }

    public long insertAction(long discussionId, String what, long ownerId, LocalDate dueOn) {
        return jdbc.sql("insert into strategy_discussion_action(strategy_discussion_id, what, owner_id, due_on) values (?, ?, ?, ?) returning id")
                .params(discussionId, what, ownerId, date(dueOn)).query(Long.class).single();
    }

    public void setActionTask(long actionId, long taskId) {
        jdbc.sql("update strategy_discussion_action set task_id = ? where id = ?").params(taskId, actionId).update();
    }

    public Optional<DiscussionRow> discussion(long id) {
        return jdbc.sql("select * from strategy_discussion where id = ?").param(id).query(ProtectionRepository::discussion).optional();
    }

    public List<DiscussionRow> discussionsOfChild(long childId) {
        return jdbc.sql("select * from strategy_discussion where child_id = ? order by held_at desc, id desc")
                .param(childId).query(ProtectionRepository::discussion).list();
    }

    public List<DiscussionRow> discussionsWithoutMinimum(Instant from, Instant to) {
        return jdbc.sql("""
                select * from strategy_discussion where not minimum_participation and held_at >= ? and held_at < ?
                 order by held_at, id""")
                .params(ts(from), ts(to)).query(ProtectionRepository::discussion).list();
    }

    public List<AttendeeRow> attendees(long discussionId) {
        return jdbc.sql("select * from strategy_discussion_attendee where strategy_discussion_id = ? order by id")
                .param(discussionId).query(ProtectionRepository::attendee).list();
    }

    public List<ActionRow> actions(long discussionId) {
        return jdbc.sql("select * from strategy_discussion_action where strategy_discussion_id = ? order by id")
                .param(discussionId).query((rs, i) -> new ActionRow(rs.getLong("id"), rs.getLong("strategy_discussion_id"),
                        rs.getString("what"), rs.getLong("owner_id"), localDate(rs, "due_on"), rs.getObject("task_id", Long.class)))
                .list();
    }

    /** Every attendee row of the discussions held in [from, to). */
    public List<AttendeeRow> attendeesBetween(Instant from, Instant to) {
        return jdbc.sql("""
                select a.* from strategy_discussion_attendee a join strategy_discussion d on d.id = a.strategy_discussion_id
                 where d.held_at >= ? and d.held_at < ? order by a.id""")
                .params(ts(from), ts(to)).query(ProtectionRepository::attendee).list();
    }

    public boolean agencyTookPart(long discussionId, long agencyId) {
        return jdbc.sql("select count(*) from strategy_discussion_attendee where strategy_discussion_id = ? and agency_id = ?")
                .params(discussionId, agencyId).query(Long.class).single() > 0;
    }

    private static DiscussionRow discussion(ResultSet rs, int i) throws SQLException {
        return new DiscussionRow(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("child_id"), instant(rs, "held_at"),
                rs.getString("format"), rs.getString("format_other"), rs.getString("information_shared"),
                rs.getBoolean("section47"), rs.getString("section47_rationale"), rs.getString("criminal_investigation"),
                rs.getString("criminal_lead_agency"), rs.getString("legal_action"), rs.getString("shared_with_family"),
                rs.getString("withheld_from_family"), rs.getString("withheld_reason"), rs.getBoolean("minimum_participation"),
                rs.getString("missing_agency_reason"), rs.getString("recorded_by"), instant(rs, "recorded_at"));
    }

    private static AttendeeRow attendee(ResultSet rs, int i) throws SQLException {
        return new AttendeeRow(rs.getLong("id"), rs.getLong("strategy_discussion_id"), rs.getString("name"),
                rs.getObject("agency_id", Long.class), rs.getString("agency_name"), rs.getString("agency_type"),
                rs.getString("role"), rs.getBoolean("attended"));
    }

    // --- section 47 enquiry

    /** {@code strategyDiscussionId} and {@code leadWorkerId} are null only for an enquiry imported from the SSD (V200). */
    public record EnquiryRow(long id, long caseId, long childId, Long strategyDiscussionId, Long referralId, Instant startedAt,
                             Long leadWorkerId, String outcome, String nextStep, String rationale, LocalDate completedOn,
                             String referrerToldTo, Instant referrerToldAt, String referrerToldHow, Long referrerNotificationId) {}

    public long insertEnquiry(long caseId, long childId, long discussionId, Long referralId, Instant startedAt, long leadWorkerId) {
        return jdbc.sql("""
                insert into section47_enquiry(case_id, child_id, strategy_discussion_id, referral_id, started_at, lead_worker_id)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, childId, discussionId, referralId, ts(startedAt), leadWorkerId).query(Long.class).single();
    }

    public Optional<EnquiryRow> enquiry(long id) {
        return jdbc.sql("select * from section47_enquiry where id = ?").param(id).query(ProtectionRepository::enquiry).optional();
    }

    public List<EnquiryRow> enquiriesOfChild(long childId) {
        return jdbc.sql("select * from section47_enquiry where child_id = ? order by started_at desc, id desc")
                .param(childId).query(ProtectionRepository::enquiry).list();
    }

    public Optional<EnquiryRow> openEnquiryOnCase(long caseId) {
        return jdbc.sql("select * from section47_enquiry where case_id = ? and outcome is null order by id limit 1")
                .param(caseId).query(ProtectionRepository::enquiry).optional();
    }

    public Optional<EnquiryRow> enquiryStartedBy(long discussionId) {
        return jdbc.sql("select * from section47_enquiry where strategy_discussion_id = ?")
                .param(discussionId).query(ProtectionRepository::enquiry).optional();
    }

    public boolean recordOutcome(long id, String outcome, String nextStep, String rationale, LocalDate completedOn, String by) {
        return jdbc.sql("""
                update section47_enquiry set outcome = ?, next_step = ?, outcome_rationale = ?, completed_on = ?, outcome_recorded_by = ?
                 where id = ? and outcome is null""")
                .params(outcome, nextStep, rationale, date(completedOn), by, id).update() == 1;
    }

    public boolean recordReferrerTold(long id, String to, Instant at, String how, Long notificationId) {
        return jdbc.sql("""
                update section47_enquiry set referrer_told_to = ?, referrer_told_at = ?, referrer_told_how = ?, referrer_notification_id = ?
                 where id = ? and referrer_told_at is null""")
                .params(to, ts(at), how, notificationId, id).update() == 1;
    }

    private static EnquiryRow enquiry(ResultSet rs, int i) throws SQLException {
        return new EnquiryRow(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("child_id"), rs.getObject("strategy_discussion_id", Long.class),
                rs.getObject("referral_id", Long.class), instant(rs, "started_at"), rs.getObject("lead_worker_id", Long.class),
                rs.getString("outcome"), rs.getString("next_step"), rs.getString("outcome_rationale"),
                localDate(rs, "completed_on"), rs.getString("referrer_told_to"), instant(rs, "referrer_told_at"),
                rs.getString("referrer_told_how"), rs.getObject("referrer_notification_id", Long.class));
    }

    // --- conference requests

    public record RequestRow(long id, long enquiryId, long childId, long agencyId, String requesterName, long requestedBy,
                             LocalDate requestedOn, String reasons, String response, String responseReason, LocalDate respondedOn,
                             String respondedBy, LocalDate escalatedOn, String escalatedTo, String escalationOutcome) {}

    public long insertRequest(long enquiryId, long childId, long agencyId, String requesterName, long requestedBy,
                              LocalDate requestedOn, String reasons) {
        return jdbc.sql("""
                insert into conference_request(section47_enquiry_id, child_id, agency_id, requester_name, requested_by_user_id, requested_on, reasons)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(enquiryId, childId, agencyId, requesterName, requestedBy, date(requestedOn), reasons).query(Long.class).single();
    }

    public Optional<RequestRow> request(long id) {
        return jdbc.sql("select * from conference_request where id = ?").param(id).query(ProtectionRepository::request).optional();
    }

    public List<RequestRow> requestsOf(long enquiryId) {
        return jdbc.sql("select * from conference_request where section47_enquiry_id = ? order by id")
                .param(enquiryId).query(ProtectionRepository::request).list();
    }

    public boolean respond(long id, String response, String reason, LocalDate on, String by) {
        return jdbc.sql("""
                update conference_request set response = ?, response_reason = ?, responded_on = ?, responded_by = ?
                 where id = ? and response is null""")
                .params(response, reason, date(on), by, id).update() == 1;
    }

    public void escalate(long id, LocalDate on, String to, String outcome) {
        jdbc.sql("update conference_request set escalated_on = ?, escalated_to = ?, escalation_outcome = ? where id = ?")
                .params(date(on), to, outcome, id).update();
    }

    private static RequestRow request(ResultSet rs, int i) throws SQLException {
        return new RequestRow(rs.getLong("id"), rs.getLong("section47_enquiry_id"), rs.getLong("child_id"), rs.getLong("agency_id"),
                rs.getString("requester_name"), rs.getLong("requested_by_user_id"), localDate(rs, "requested_on"),
                rs.getString("reasons"), rs.getString("response"), rs.getString("response_reason"),
                localDate(rs, "responded_on"), rs.getString("responded_by"), localDate(rs, "escalated_on"),
                rs.getString("escalated_to"), rs.getString("escalation_outcome"));
    }

    // --- the case's latest activity (work.EpisodeActivity)

    public Optional<Instant> latestActivity(long caseId) {
        Timestamp latest = jdbc.sql("""
                select max(at) from (
                  select held_at as at from strategy_discussion where case_id = :c
                  union all select taken_at from emergency_action where case_id = :c
                  union all select police_protection_ended_at from emergency_action where case_id = :c
                  union all select started_at from section47_enquiry where case_id = :c
                  union all select completed_on::timestamp at time zone 'Europe/London' from section47_enquiry where case_id = :c
                ) a""").param("c", caseId).query(Timestamp.class).list().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return Optional.ofNullable(latest).map(Timestamp::toInstant);
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
