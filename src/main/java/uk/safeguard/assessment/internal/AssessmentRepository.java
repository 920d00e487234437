package uk.safeguard.assessment.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeguard.assessment.AssessmentKind;
import uk.safeguard.assessment.AssessmentOutcome;
import uk.safeguard.assessment.AssessmentStatus;
import uk.safeguard.assessment.ChildSeen;
import uk.safeguard.assessment.InformationRequest;
import uk.safeguard.assessment.NewChildSeen;
import uk.safeguard.assessment.NewInformationRequest;

/** Plain SQL for the assessment tables (V120). Names of users are resolved by the service. */
@Repository
public class AssessmentRepository {
    private static final String COLUMNS = "id, referral_id, child_id, case_id, kind, section47_reference, referral_at, started_on, "
            + "started_at, started_by, target_date, status, wishes_and_feelings, family_views, analysis, factors, outcome, "
            + "outcome_details, consent_given_by, consent_date, not_seen_reason, late_reason, submitted_at, submitted_by, "
            + "return_comment, returned_at, returned_by, authorised_on, authorised_at, authorised_by, updated_at";

    private final JdbcClient jdbc;
    private volatile Map<String, String> factors;

    public AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** CIN assessment factor codes (standards/ssd/categories/assessment_factors.yml), in the census order. */
    public Map<String, String> factors() {
        if (factors == null) {
            Map<String, String> codes = new LinkedHashMap<>();
            jdbc.sql("select code, description from ref_assessment_factor order by sort_order")
                    .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                    .forEach(e -> codes.put(e.getKey(), e.getValue()));
            factors = Collections.unmodifiableMap(codes);
        }
        return factors;
    }

    public long insert(long referralId, long childId, Long caseId, AssessmentKind kind, String section47Reference, Instant referralAt,
                       LocalDate startedOn, Instant startedAt, long startedBy, LocalDate targetDate, Instant now) {
        return jdbc.sql("""
                insert into assessment(referral_id, child_id, case_id, kind, section47_reference, referral_at, started_on, started_at,
                                       started_by, target_date, status, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IN_PROGRESS', ?) returning id""")
                .params(referralId, childId, caseId, kind.name(), section47Reference, ts(referralAt), startedOn, ts(startedAt),
                        startedBy, targetDate, ts(now))
                .query(Long.class).single();
    }

    public Optional<AssessmentRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from assessment where id = ?").param(id).query(this::row).optional();
    }

    /** Locks the row for the rest of the transaction, so two changes to one assessment cannot interleave. */
    public Optional<AssessmentRow> findForUpdate(long id) {
        return jdbc.sql("select " + COLUMNS + " from assessment where id = ? for update").param(id).query(this::row).optional();
    }

    public Optional<AssessmentRow> findByReferral(long referralId) {
        return jdbc.sql("select " + COLUMNS + " from assessment where referral_id = ?").param(referralId).query(this::row).optional();
    }

    public List<AssessmentRow> ofChild(long childId) {
        return jdbc.sql("select " + COLUMNS + " from assessment where child_id = ? order by started_at, id").param(childId)
                .query(this::row).list();
    }

    /** The columns of the child's assessments that lists need, in one query (no per-assessment reads). */
    public record BriefRow(long id, long referralId, long childId, Long caseId, AssessmentKind kind, AssessmentStatus status,
                           Instant referralAt, LocalDate startedOn, Instant startedAt, LocalDate targetDate, LocalDate authorisedOn) {}

    public List<BriefRow> briefsOfChild(long childId) {
        return jdbc.sql("select id, referral_id, child_id, case_id, kind, status, referral_at, started_on, started_at, target_date, "
                        + "authorised_on from assessment where child_id = ? order by started_at, id").param(childId)
                .query((rs, i) -> new BriefRow(rs.getLong("id"), rs.getLong("referral_id"), rs.getLong("child_id"),
                        rs.getObject("case_id", Long.class), AssessmentKind.valueOf(rs.getString("kind")),
                        AssessmentStatus.valueOf(rs.getString("status")), instant(rs, "referral_at"),
                        rs.getObject("started_on", LocalDate.class), instant(rs, "started_at"), rs.getObject("target_date", LocalDate.class),
                        rs.getObject("authorised_on", LocalDate.class))).list();
    }

    public List<AssessmentRow> authorisedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("select " + COLUMNS + " from assessment where status = 'AUTHORISED' and authorised_on between ? and ? "
                        + "order by authorised_on, id").params(from, to).query(this::row).list();
    }

    /** The latest moment anything happened in the case's assessments (started, changed, seen, authorised). */
    public Optional<Instant> latestActivityInCase(long caseId) {
        return jdbc.sql("select max(greatest(started_at, updated_at, authorised_at)) from assessment where case_id = ?")
                .param(caseId).query((rs, i) -> instant(rs, 1)).optional().filter(java.util.Objects::nonNull);
    }

    /** The case's assessments not yet authorised (nor withdrawn), locked for the update that ends them. */
    public List<AssessmentRow> unfinishedInCase(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from assessment where case_id = ? and status in ('IN_PROGRESS', 'SUBMITTED') "
                + "order by id for update").param(caseId).query(this::row).list();
    }

    public void withdraw(long id, Instant now) {
        jdbc.sql("update assessment set status = 'WITHDRAWN', updated_at = ? where id = ?").params(ts(now), id).update();
    }

    public void markSection47(long id, String reference, Instant now) {
        jdbc.sql("update assessment set kind = 'SECTION_47', section47_reference = ?, updated_at = ? where id = ?")
                .params(reference, ts(now), id).update();
    }

    /** Sets one text/date column. Column names come from the service's fixed list, never from input. */
    public void set(long id, String column, Object value, Instant now) {
        jdbc.sql("update assessment set " + column + " = ?, updated_at = ? where id = ?").params(value, ts(now), id).update();
    }

    public void setFactors(long id, List<String> codes, Instant now) {
        jdbc.sql("update assessment set factors = ?::text[], updated_at = ? where id = ?")
                .params("{" + String.join(",", codes) + "}", ts(now), id).update();
    }

    public void setOutcome(long id, AssessmentOutcome outcome, String details, Instant now) {
        jdbc.sql("update assessment set outcome = ?, outcome_details = ?, updated_at = ? where id = ?")
                .params(outcome == null ? null : outcome.name(), details, ts(now), id).update();
    }

    public void setConsent(long id, String givenBy, LocalDate date, Instant now) {
        jdbc.sql("update assessment set consent_given_by = ?, consent_date = ?, updated_at = ? where id = ?")
                .params(givenBy, date, ts(now), id).update();
    }

    public void submit(long id, long by, Instant now) {
        jdbc.sql("update assessment set status = 'SUBMITTED', submitted_at = ?, submitted_by = ?, updated_at = ? where id = ?")
                .params(ts(now), by, ts(now), id).update();
    }

    public void returnToWorker(long id, String comment, long by, Instant now) {
        jdbc.sql("update assessment set status = 'IN_PROGRESS', return_comment = ?, returned_at = ?, returned_by = ?, updated_at = ? where id = ?")
                .params(comment, ts(now), by, ts(now), id).update();
    }

    public void authorise(long id, LocalDate on, Instant at, long by, Instant now) {
        jdbc.sql("update assessment set status = 'AUTHORISED', authorised_on = ?, authorised_at = ?, authorised_by = ?, updated_at = ? where id = ?")
                .params(on, ts(at), by, ts(now), id).update();
    }

    // ---- child seen ----

    public long addChildSeen(long assessmentId, NewChildSeen seen, String othersPresent, long by, Instant now) {
        long id = jdbc.sql("""
                insert into assessment_child_seen(assessment_id, seen_on, seen_alone, others_present, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(assessmentId, seen.seenOn(), seen.seenAlone(), othersPresent, by, ts(now)).query(Long.class).single();
        touch(assessmentId, now);
        return id;
    }

    public record SeenRow(ChildSeen seen, long recordedBy) {}

    public List<SeenRow> childSeen(long assessmentId) {
        return jdbc.sql("select id, seen_on, seen_alone, others_present, recorded_by from assessment_child_seen "
                        + "where assessment_id = ? order by seen_on, id").param(assessmentId)
                .query((rs, i) -> new SeenRow(new ChildSeen(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3),
                        rs.getString(4), null), rs.getLong(5))).list();
    }

    // ---- other children ----

    public void setOtherChildNote(long assessmentId, long childId, String note, Instant now) {
        if (note == null) {
            jdbc.sql("delete from assessment_other_child where assessment_id = ? and child_id = ?").params(assessmentId, childId).update();
        } else {
            jdbc.sql("""
                    insert into assessment_other_child(assessment_id, child_id, note) values (?, ?, ?)
                    on conflict (assessment_id, child_id) do update set note = excluded.note""").params(assessmentId, childId, note).update();
        }
        touch(assessmentId, now);
    }

    public Map<Long, String> otherChildNotes(long assessmentId) {
        Map<Long, String> notes = new LinkedHashMap<>();
        jdbc.sql("select child_id, note from assessment_other_child where assessment_id = ? order by child_id").param(assessmentId)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list().forEach(e -> notes.put(e.getKey(), e.getValue()));
        return notes;
    }

    // ---- information requests ----

    public long addInformationRequest(long assessmentId, NewInformationRequest r, String overrideReason, long by, Instant now) {
        long id = jdbc.sql("""
                insert into assessment_information_request(assessment_id, agency, asked, requested_on, consent_override_reason,
                                                           response, responded_on, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(assessmentId, r.agency().strip(), r.asked().strip(), r.requestedOn(), overrideReason,
                        blank(r.response()) ? null : r.response().strip(), r.respondedOn(), by, ts(now))
                .query(Long.class).single();
        touch(assessmentId, now);
        return id;
    }

    public boolean recordResponse(long assessmentId, long requestId, String response, LocalDate respondedOn, Instant now) {
        boolean done = jdbc.sql("update assessment_information_request set response = ?, responded_on = ? where id = ? and assessment_id = ?")
                .params(response, respondedOn, requestId, assessmentId).update() == 1;
        touch(assessmentId, now);
        return done;
    }

    public record RequestRow(InformationRequest request, long recordedBy) {}

    public List<RequestRow> informationRequests(long assessmentId) {
        return jdbc.sql("select id, agency, asked, requested_on, consent_override_reason, response, responded_on, recorded_by "
                        + "from assessment_information_request where assessment_id = ? order by requested_on, id").param(assessmentId)
                .query((rs, i) -> new RequestRow(new InformationRequest(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), null),
                        rs.getLong(8))).list();
    }

    private void touch(long assessmentId, Instant now) {
        jdbc.sql("update assessment set updated_at = ? where id = ?").params(ts(now), assessmentId).update();
    }

    private AssessmentRow row(ResultSet rs, int i) throws SQLException {
        return new AssessmentRow(rs.getLong("id"), rs.getLong("referral_id"), rs.getLong("child_id"),
                rs.getObject("case_id", Long.class), AssessmentKind.valueOf(rs.getString("kind")), rs.getString("section47_reference"),
                instant(rs, "referral_at"), rs.getObject("started_on", LocalDate.class), instant(rs, "started_at"),
                rs.getLong("started_by"), rs.getObject("target_date", LocalDate.class), AssessmentStatus.valueOf(rs.getString("status")),
                rs.getString("wishes_and_feelings"), rs.getString("family_views"), rs.getString("analysis"), texts(rs.getArray("factors")),
                rs.getString("outcome") == null ? null : AssessmentOutcome.valueOf(rs.getString("outcome")), rs.getString("outcome_details"),
                rs.getString("consent_given_by"), rs.getObject("consent_date", LocalDate.class), rs.getString("not_seen_reason"),
                rs.getString("late_reason"), instant(rs, "submitted_at"), rs.getObject("submitted_by", Long.class),
                rs.getString("return_comment"), instant(rs, "returned_at"), rs.getObject("returned_by", Long.class),
                rs.getObject("authorised_on", LocalDate.class), instant(rs, "authorised_at"), rs.getObject("authorised_by", Long.class),
                instant(rs, "updated_at"));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
