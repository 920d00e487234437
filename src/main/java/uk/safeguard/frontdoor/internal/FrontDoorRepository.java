package uk.safeguard.frontdoor.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeguard.frontdoor.AdultOnContact;
import uk.safeguard.frontdoor.Channel;
import uk.safeguard.frontdoor.Consultation;
import uk.safeguard.frontdoor.ContactChild;
import uk.safeguard.frontdoor.ContactView;
import uk.safeguard.frontdoor.Decision;
import uk.safeguard.frontdoor.NewConsultation;
import uk.safeguard.frontdoor.NewContact;
import uk.safeguard.frontdoor.NewPartnerCheck;
import uk.safeguard.frontdoor.NextStep;
import uk.safeguard.frontdoor.PartnerCheck;
import uk.safeguard.frontdoor.ReferralView;
import uk.safeguard.frontdoor.ThresholdDocument;

/** Plain SQL for the front door's tables (V70). */
@Repository
public class FrontDoorRepository {
    private final JdbcClient jdbc;
    private volatile Map<String, String> sources;
    private volatile Map<String, String> needs;

    public FrontDoorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- code lists (reference data changes only with a migration) ----

    public Map<String, String> referralSources() {
        if (sources == null) {
            sources = codes("select code, description from ref_referral_source order by sort_order");
        }
        return sources;
    }

    public Map<String, String> primaryNeeds() {
        if (needs == null) {
            needs = codes("select code, description from ref_primary_need order by sort_order");
        }
        return needs;
    }

    private Map<String, String> codes(String sql) {
        Map<String, String> codes = new LinkedHashMap<>();
        jdbc.sql(sql).query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().forEach(e -> codes.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(codes);
    }

    public Optional<Long> teamIdByName(String name) {
        return jdbc.sql("select id from team where name = ?").param(name).query(Long.class).optional();
    }

    // ---- threshold document ----

    public ThresholdDocument currentThreshold() {
        long id = jdbc.sql("select id from threshold_document where current").query(Long.class).single();
        return threshold(id).orElseThrow();
    }

    public Optional<ThresholdDocument> threshold(long id) {
        return jdbc.sql("select id, version, title, source, in_force_from from threshold_document where id = ?").param(id)
                .query((rs, i) -> new ThresholdDocument(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5).toLocalDate(),
                        jdbc.sql("select level, name, description from threshold_level where document_id = ? order by level").param(id)
                                .query((r, j) -> new ThresholdDocument.Level(r.getInt(1), r.getString(2), r.getString(3))).list(),
                        // In the document's order: by level, each domain where it first appears, then as listed.
                        jdbc.sql("""
                                select code, level, domain, text, superseded from threshold_indicator where document_id = ?
                                 order by level, min(id) over (partition by level, domain), id""").param(id)
                                .query((r, j) -> new ThresholdDocument.Indicator(r.getString(1), r.getInt(2), r.getString(3), r.getString(4),
                                        r.getBoolean(5))).list()))
                .optional();
    }

    // ---- contacts ----

    public long insertContact(NewContact c, Instant receivedAt, Channel channel, boolean earlyHelp, long recordedBy, Instant now, Long teamId) {
        return jdbc.sql("""
                insert into contact(received_at, channel, referrer_name, referrer_role, referrer_agency, referrer_agency_type,
                  referrer_phone, referrer_email, referrer_agency_id, source_code, concern, categories, family_knows,
                  family_consents, consent_note, early_help_assessment, early_help_note, consultation_id, team_id, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(Timestamp.from(receivedAt), channel.name(), c.referrer().name().strip(), blankToNull(c.referrer().role()),
                        blankToNull(c.referrer().agency()), blankToNull(c.referrer().agencyType()), blankToNull(c.referrer().phone()),
                        blankToNull(c.referrer().email()), c.referrer().agencyId(), c.sourceCode(), c.concern().strip(),
                        c.categories().toArray(new String[0]), c.familyKnows(), c.familyConsents(), blankToNull(c.consentNote()),
                        earlyHelp, blankToNull(c.earlyHelpNote()), c.consultationId(), teamId, recordedBy, Timestamp.from(now))
                .query(Long.class).single();
    }

    public void insertAdult(long contactId, AdultOnContact a) {
        jdbc.sql("insert into contact_adult(contact_id, name, relationship, details) values (?, ?, ?, ?)")
                .params(contactId, a.name().strip(), blankToNull(a.relationship()), blankToNull(a.details())).update();
    }

    public long insertContactChild(long contactId, long childId, String childName, String matched, String status,
                                   boolean possibleReReferral, Long routedCaseId) {
        return jdbc.sql("""
                insert into contact_child(contact_id, child_id, child_name, matched, status, possible_re_referral, routed_case_id)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(contactId, childId, childName, matched, status, possibleReReferral, routedCaseId).query(Long.class).single();
    }

    public boolean contactExists(long id) {
        return jdbc.sql("select exists(select 1 from contact where id = ?)").param(id).query(Boolean.class).single();
    }

    public Optional<ContactView> contact(long id) {
        return jdbc.sql("""
                select c.*, t.name as team_name, u.display_name as recorded_by_name, s.description as source_label
                  from contact c left join team t on t.id = c.team_id left join app_user u on u.id = c.recorded_by
                  join ref_referral_source s on s.code = c.source_code where c.id = ?""").param(id)
                .query((rs, i) -> new ContactView(rs.getLong("id"), ts(rs, "received_at"), Channel.valueOf(rs.getString("channel")),
                        new uk.safeguard.frontdoor.Referrer(rs.getString("referrer_name"), rs.getString("referrer_role"),
                                rs.getString("referrer_agency"), rs.getString("referrer_agency_type"), rs.getString("referrer_phone"),
                                rs.getString("referrer_email"), rs.getObject("referrer_agency_id", Long.class)),
                        rs.getString("source_code"), rs.getString("source_label"), rs.getString("concern"), strings(rs.getArray("categories")),
                        rs.getObject("family_knows", Boolean.class), rs.getObject("family_consents", Boolean.class), rs.getString("consent_note"),
                        rs.getBoolean("early_help_assessment"), rs.getString("early_help_note"), rs.getObject("consultation_id", Long.class),
                        rs.getObject("team_id", Long.class), rs.getString("team_name"), rs.getString("recorded_by_name"), ts(rs, "recorded_at"),
                        List.of(), List.of()))
                .optional()
                .map(c -> new ContactView(c.id(), c.receivedAt(), c.channel(), c.referrer(), c.sourceCode(), c.sourceLabel(), c.concern(),
                        c.categories(), c.familyKnows(), c.familyConsents(), c.consentNote(), c.earlyHelpAssessment(), c.earlyHelpNote(),
                        c.consultationId(), c.teamId(), c.teamName(), c.recordedBy(), c.recordedAt(), adults(id), children(id)));
    }

    private List<AdultOnContact> adults(long contactId) {
        return jdbc.sql("select name, relationship, details from contact_adult where contact_id = ? order by id").param(contactId)
                .query((rs, i) -> new AdultOnContact(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    private static final String CHILD_SELECT = """
            select cc.*, d.version as threshold_version, su.display_name as screened_by_name, du.display_name as decided_by_name,
                   r.id as referral_id
              from contact_child cc left join threshold_document d on d.id = cc.threshold_document_id
              left join app_user su on su.id = cc.screened_by left join app_user du on du.id = cc.decided_by
              left join referral r on r.contact_child_id = cc.id""";

    public List<ContactChild> children(long contactId) {
        return jdbc.sql(CHILD_SELECT + " where cc.contact_id = ? order by cc.id").param(contactId).query(FrontDoorRepository::child).list();
    }

    public Optional<ContactChild> contactChild(long contactChildId) {
        return jdbc.sql(CHILD_SELECT + " where cc.id = ?").param(contactChildId).query(FrontDoorRepository::child).optional();
    }

    private static ContactChild child(ResultSet rs, int i) throws SQLException {
        String decision = rs.getString("decision");
        return new ContactChild(rs.getLong("id"), rs.getLong("contact_id"), rs.getLong("child_id"), rs.getString("child_name"),
                rs.getString("matched"), rs.getString("status"), rs.getBoolean("possible_re_referral"),
                rs.getObject("routed_case_id", Long.class), rs.getObject("level", Integer.class),
                rs.getObject("threshold_document_id", Long.class), rs.getString("threshold_version"), strings(rs.getArray("indicators")),
                rs.getString("level_rationale"), rs.getString("screened_by_name"), ts(rs, "screened_at"), ts(rs, "held_at"),
                decision == null ? null : Decision.valueOf(decision), rs.getString("decision_detail"), rs.getString("decision_reason"),
                rs.getString("other_support"), rs.getObject("family_informed", Boolean.class), rs.getString("family_not_informed_reason"),
                rs.getString("decided_by_name"), ts(rs, "decided_at"), rs.getInt("version"), rs.getObject("referral_id", Long.class));
    }

    public boolean saveScreening(long contactChildId, int level, long documentId, List<String> indicators, String rationale,
                                 long by, Instant at) {
        return jdbc.sql("""
                update contact_child set level = ?, threshold_document_id = ?, indicators = ?::text[], level_rationale = ?,
                       screened_by = ?, screened_at = ?, version = version + 1
                 where id = ? and status in ('OPEN','HELD')""")
                .params(level, documentId, indicators.toArray(new String[0]), rationale, by, Timestamp.from(at), contactChildId)
                .update() == 1;
    }

    /** Re-points an undecided contact child at another register record; false if decided meanwhile or stale. */
    /** Whether this agency referred the child on some other contact (so its access to the child still stands). */
    public boolean agencyReferredChildOnAnotherContact(long agencyId, long childId, long exceptContactId) {
        return jdbc.sql("""
                select exists (select 1 from contact_child cc join contact c on c.id = cc.contact_id
                                where cc.child_id = ? and c.referrer_agency_id = ? and c.id <> ?)""")
                .params(childId, agencyId, exceptContactId).query(Boolean.class).single();
    }

    public boolean rematch(long contactChildId, int version, long childId, String childName, String matched, boolean possibleReReferral) {
        return jdbc.sql("""
                update contact_child set child_id = ?, child_name = ?, matched = ?, possible_re_referral = ?, version = version + 1
                 where id = ? and status in ('OPEN','HELD') and version = ?""")
                .params(childId, childName, matched, possibleReReferral, contactChildId, version).update() == 1;
    }

    public boolean hold(long contactChildId, int version, long by, Instant at, String reason) {
        return jdbc.sql("""
                update contact_child set status = 'HELD', held_at = ?, decision_reason = ?, decided_by = ?, version = version + 1
                 where id = ? and status = 'OPEN' and version = ?""")
                .params(Timestamp.from(at), reason, by, contactChildId, version).update() == 1;
    }

    public boolean decide(long contactChildId, int version, Decision decision, String detail, String reason, String otherSupport,
                          Boolean familyInformed, String notInformedReason, long by, Instant at) {
        return jdbc.sql("""
                update contact_child set status = 'DECIDED', decision = ?, decision_detail = ?, decision_reason = ?, other_support = ?,
                       family_informed = ?, family_not_informed_reason = ?, decided_by = ?, decided_at = ?, version = version + 1
                 where id = ? and status in ('OPEN','HELD') and version = ?""")
                .params(decision.name(), detail, reason, otherSupport, familyInformed, notInformedReason, by, Timestamp.from(at),
                        contactChildId, version).update() == 1;
    }

    // ---- queue ----

    public record QueueRow(long contactId, long contactChildId, long childId, String childName, Instant receivedAt, String sourceCode,
                           String sourceLabel, String referrerName, String referrerAgency, String referrerAgencyType, String status,
                           Integer level, Long teamId, String teamName, boolean possibleReReferral, String matched, Instant heldAt) {}

    public List<QueueRow> queue(Long teamId, String sourceCode, Integer level, int limit) {
        StringBuilder sql = new StringBuilder("""
                select c.id as contact_id, cc.id as cc_id, cc.child_id, cc.child_name, c.received_at, c.source_code, s.description,
                       c.referrer_name, c.referrer_agency, c.referrer_agency_type, cc.status, cc.level, c.team_id, t.name as team_name,
                       cc.possible_re_referral, cc.matched, cc.held_at
                  from contact_child cc join contact c on c.id = cc.contact_id join ref_referral_source s on s.code = c.source_code
                  left join team t on t.id = c.team_id
                 where cc.status in ('OPEN','HELD')""");
        List<Object> params = new ArrayList<>();
        if (teamId != null) {
            sql.append(" and c.team_id = ?");
            params.add(teamId);
        }
        if (sourceCode != null) {
            sql.append(" and c.source_code = ?");
            params.add(sourceCode);
        }
        if (level != null) {
            sql.append(" and cc.level = ?");
            params.add(level);
        }
        sql.append(" order by c.received_at, cc.id limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> new QueueRow(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getObject(12, Integer.class), rs.getObject(13, Long.class), rs.getString(14),
                rs.getBoolean(15), rs.getString(16), ts(rs, "held_at"))).list();
    }

    // ---- referrals ----

    public long insertReferral(long contactChildId, long childId, Instant at, String sourceCode, String primaryNeed, boolean reReferral,
                               Instant previousAt, Long caseId, Instant now) {
        return jdbc.sql("""
                insert into referral(contact_child_id, child_id, referral_at, source_code, primary_need, re_referral,
                                     previous_referral_at, case_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(contactChildId, childId, Timestamp.from(at), sourceCode, primaryNeed, reReferral,
                        previousAt == null ? null : Timestamp.from(previousAt), caseId, Timestamp.from(now))
                .query(Long.class).single();
    }

    /** The latest referral of the child received in [from, before). */
    public Optional<Instant> latestReferralBetween(long childId, Instant from, Instant before) {
        return jdbc.sql("select max(referral_at) from referral where child_id = ? and referral_at >= ? and referral_at < ?")
                .params(childId, Timestamp.from(from), Timestamp.from(before))
                .query((rs, i) -> ts(rs, 1)).optional().filter(java.util.Objects::nonNull);
    }

    private static final String REFERRAL_SELECT = """
            select r.*, cc.contact_id, cc.child_name, u.display_name as decided_by_name
              from referral r join contact_child cc on cc.id = r.contact_child_id left join app_user u on u.id = r.decided_by""";

    public Optional<ReferralView> referral(long id) {
        return jdbc.sql(REFERRAL_SELECT + " where r.id = ?").param(id).query(FrontDoorRepository::referral).optional();
    }

    public List<ReferralView> referrals(java.util.Collection<Long> ids) {
        return jdbc.sql(REFERRAL_SELECT + " where r.id = any(?)").param(ids.toArray(new Long[0])).query(FrontDoorRepository::referral).list();
    }

    public List<ReferralView> referralsOfChild(long childId) {
        return jdbc.sql(REFERRAL_SELECT + " where r.child_id = ? order by r.referral_at, r.id").param(childId).query(FrontDoorRepository::referral).list();
    }

    private static ReferralView referral(ResultSet rs, int i) throws SQLException {
        List<String> steps = strings(rs.getArray("next_steps"));
        return new ReferralView(rs.getLong("id"), rs.getLong("contact_id"), rs.getLong("contact_child_id"), rs.getLong("child_id"),
                rs.getString("child_name"), ts(rs, "referral_at"), rs.getString("source_code"), rs.getString("primary_need"),
                rs.getBoolean("re_referral"), ts(rs, "previous_referral_at"), rs.getObject("case_id", Long.class),
                ts(rs, "acknowledged_at"), rs.getString("acknowledged_how"), steps.stream().map(NextStep::valueOf).toList(),
                rs.getString("next_steps_rationale"), rs.getString("other_support"), rs.getObject("family_informed", Boolean.class),
                rs.getString("family_not_informed_reason"), rs.getString("decided_by_name"), ts(rs, "decided_at"));
    }

    public boolean acknowledge(long referralId, Instant at, String how) {
        return jdbc.sql("update referral set acknowledged_at = ?, acknowledged_how = ? where id = ? and acknowledged_at is null")
                .params(Timestamp.from(at), how, referralId).update() == 1;
    }

    public boolean decideNextSteps(long referralId, List<NextStep> steps, String rationale, String otherSupport, Boolean familyInformed,
                                   String notInformedReason, long by, Instant at) {
        return jdbc.sql("""
                update referral set next_steps = ?::text[], next_steps_rationale = ?, nfa_reasons = ?, other_support = ?,
                       family_informed = ?, family_not_informed_reason = ?, decided_by = ?, decided_at = ?
                 where id = ? and decided_at is null""")
                .params(steps.stream().map(Enum::name).toArray(String[]::new), rationale,
                        steps.contains(NextStep.NO_FURTHER_ACTION) ? rationale : null, otherSupport, familyInformed, notInformedReason,
                        by, Timestamp.from(at), referralId).update() == 1;
    }

    // ---- partner checks and consultations ----

    public long insertCheck(long contactId, NewPartnerCheck c, long by, Instant at) {
        return jdbc.sql("""
                insert into partner_check(contact_id, agency_type, agency_name, checked_on, summary, shared_with, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(contactId, c.agencyType(), c.agencyName().strip(), java.sql.Date.valueOf(c.checkedOn()), c.summary().strip(),
                        c.sharedWith().strip(), by, Timestamp.from(at)).query(Long.class).single();
    }

    public List<PartnerCheck> checks(long contactId) {
        return jdbc.sql("""
                select p.*, u.display_name from partner_check p join app_user u on u.id = p.recorded_by
                 where p.contact_id = ? order by p.checked_on, p.id""").param(contactId)
                .query((rs, i) -> new PartnerCheck(rs.getLong("id"), rs.getLong("contact_id"), rs.getString("agency_type"),
                        rs.getString("agency_name"), rs.getDate("checked_on").toLocalDate(), rs.getString("summary"),
                        rs.getString("shared_with"), rs.getString("display_name"), ts(rs, "recorded_at"))).list();
    }

    public long insertConsultation(NewConsultation c, Instant heldAt, long socialWorkerId, String socialWorkerName, Instant now) {
        return jdbc.sql("""
                insert into consultation(held_at, social_worker_id, social_worker_name, professional_name, professional_role,
                  professional_agency, child_id, child_description, concern, advice, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(Timestamp.from(heldAt), socialWorkerId, socialWorkerName, c.professionalName().strip(), blankToNull(c.professionalRole()),
                        c.professionalAgency().strip(), c.childId(), blankToNull(c.childDescription()), c.concern().strip(),
                        c.advice().strip(), Timestamp.from(now)).query(Long.class).single();
    }

    public Optional<Consultation> consultation(long id) {
        return jdbc.sql("select * from consultation where id = ?").param(id).query(FrontDoorRepository::consultation).optional();
    }

    /** Consultations held since {@code since}, newest first. */
    public List<Consultation> consultationsSince(Instant since, int limit) {
        return jdbc.sql("select * from consultation where held_at >= ? order by held_at desc, id desc limit ?")
                .params(Timestamp.from(since), limit).query(FrontDoorRepository::consultation).list();
    }

    private static Consultation consultation(ResultSet rs, int i) throws SQLException {
        return new Consultation(rs.getLong("id"), ts(rs, "held_at"), rs.getString("social_worker_name"),
                rs.getString("professional_name"), rs.getString("professional_role"), rs.getString("professional_agency"),
                rs.getObject("child_id", Long.class), rs.getString("child_description"), rs.getString("concern"),
                rs.getString("advice"));
    }

    // ---- partner portal ----

    public record SubmittedRow(long contactId, Instant receivedAt, String referrerName, long contactChildId, String childName,
                               String status, String decision, Instant decidedAt, Long referralId, String nextSteps) {}

    /** Contacts made by an agency (the partner portal's "your referrals"), newest first. */
    public List<SubmittedRow> submittedBy(long agencyId, int limit) {
        return jdbc.sql("""
                select c.id, c.received_at, c.referrer_name, cc.id, cc.child_name, cc.status, cc.decision, cc.decided_at, r.id,
                       array_to_string(r.next_steps, ',')
                  from contact c join contact_child cc on cc.contact_id = c.id left join referral r on r.contact_child_id = cc.id
                 where c.referrer_agency_id = ? order by c.received_at desc, cc.id limit ?""").params(agencyId, limit)
                .query((rs, i) -> new SubmittedRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), ts(rs, 8), rs.getObject(9, Long.class), rs.getString(10))).list();
    }

    public long createDraft(long owner, Instant now) {
        return jdbc.sql("insert into referral_draft(owner_id, created_at, updated_at) values (?, ?, ?) returning id")
                .params(owner, Timestamp.from(now), Timestamp.from(now)).query(Long.class).single();
    }

    public record DraftRow(long id, long ownerId, String answersJson, Instant updatedAt, Long submittedContactId) {}

    public Optional<DraftRow> draft(long id) {
        return jdbc.sql("select id, owner_id, answers::text, updated_at, submitted_contact_id from referral_draft where id = ?").param(id)
                .query((rs, i) -> new DraftRow(rs.getLong(1), rs.getLong(2), rs.getString(3), ts(rs, 4), rs.getObject(5, Long.class))).optional();
    }

    public List<DraftRow> openDrafts(long owner) {
        return jdbc.sql("""
                select id, owner_id, answers::text, updated_at, submitted_contact_id from referral_draft
                 where owner_id = ? and submitted_contact_id is null order by updated_at desc""").param(owner)
                .query((rs, i) -> new DraftRow(rs.getLong(1), rs.getLong(2), rs.getString(3), ts(rs, 4), null)).list();
    }

    public void saveDraft(long id, String answersJson, Instant now) {
        jdbc.sql("update referral_draft set answers = cast(? as jsonb), updated_at = ? where id = ? and submitted_contact_id is null")
                .params(answersJson, Timestamp.from(now), id).update();
    }

    public boolean markSubmitted(long id, long contactId) {
        return jdbc.sql("update referral_draft set submitted_contact_id = ? where id = ? and submitted_contact_id is null")
                .params(contactId, id).update() == 1;
    }

    // ---- reporting ----

    public record SummaryRow(long contactChildId, Instant receivedAt, String sourceCode, String agencyType, String status,
                             String decision, Integer level, Instant decidedAt, Instant heldAt) {}

    public List<SummaryRow> contactsReceived(Instant from, Instant to) {
        return jdbc.sql("""
                select cc.id, c.received_at, c.source_code, c.referrer_agency_type, cc.status, cc.decision, cc.level, cc.decided_at, cc.held_at
                  from contact_child cc join contact c on c.id = cc.contact_id
                 where c.received_at >= ? and c.received_at < ? and cc.status <> 'ROUTED_TO_OPEN_CASE' and not c.placeholder""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, i) -> new SummaryRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, Integer.class), ts(rs, 8), ts(rs, 9))).list();
    }

    public List<ReferralView> referralsBetween(Instant from, Instant to) {
        return jdbc.sql(REFERRAL_SELECT + " where r.referral_at >= ? and r.referral_at < ? order by r.referral_at")
                .params(Timestamp.from(from), Timestamp.from(to)).query(FrontDoorRepository::referral).list();
    }

    public boolean demoLoaded() {
        return jdbc.sql("select exists (select 1 from frontdoor_demo_marker)").query(Boolean.class).single();
    }

    public void markDemoLoaded(Instant at) {
        jdbc.sql("insert into frontdoor_demo_marker(loaded_at) values (?)").param(Timestamp.from(at)).update();
    }

    // ---- helpers ----

    private static Instant ts(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Instant ts(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
