package uk.safeguard.assessment.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeguard.assessment.AssessmentKind;
import uk.safeguard.assessment.AssessmentOutcome;
import uk.safeguard.assessment.AssessmentStatus;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.audit.AuditTrail.ImportedChange;
import uk.safeguard.calendar.WorkingDayCalendar;
import uk.safeguard.clock.ClockEvents;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.clock.StatutoryClocks.ImportedClockEvent;
import uk.safeguard.frontdoor.FrontDoor;
import uk.safeguard.migration.SsdExportContext;
import uk.safeguard.migration.SsdFormat;
import uk.safeguard.migration.SsdHandler;
import uk.safeguard.migration.SsdImportContext;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdObject;
import uk.safeguard.migration.SsdOrder;
import uk.safeguard.migration.SsdRow;
import uk.safeguard.migration.SsdRowWriter;
import uk.safeguard.platform.BulkCopy;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.work.CaseFacts;
import uk.safeguard.work.CaseWork;

/**
 * {@code ssd_cin_assessments} ↔ table {@code assessment}, the single assessment of a referral (one per referral):
 * <ul>
 * <li>cina_assessment_id → the assessment (SsdKind.ASSESSMENT); cina_person_id → child_id (PERSON, the episode's person);
 * cina_referral_id → referral_id (REFERRAL) and case_id (CASE); kind SECTION_17 (the SSD names no kind).</li>
 * <li>cina_assessment_start_date → started_on (started_at: the day's start, not before the referral, as the UI does);
 * cina_assessment_auth_date → authorised_on, status AUTHORISED (else IN_PROGRESS, or WITHDRAWN when its case has
 * closed, as the UI withdraws it at the closure).</li>
 * <li>cina_assessment_child_seen → ssd_child_seen; cina_assessment_outcome_json → ssd_outcome_flags (and the nearest
 * {@link AssessmentOutcome}); cina_assessment_outcome_nfa → ssd_outcome_nfa; cina_assessment_team → team_id (TEAM);
 * cina_assessment_worker_id → worker_id and started_by / authorised_by (PROFESSIONAL; the import's actor if none).</li>
 * </ul>
 * Clocks and chronology as {@code Assessments.start} / {@code authorise} record them (ASSESSMENT_STARTED,
 * ASSESSMENT_AUTHORISED under the referral's reference). Assessments made here export their outcome, NFA flag and
 * child seen from what was recorded.
 */
@Component
public class AssessmentSsdHandler implements SsdHandler {
    static final List<String> FIELDS = List.of("cina_assessment_id", "cina_person_id", "cina_referral_id", "cina_assessment_start_date",
            "cina_assessment_child_seen", "cina_assessment_auth_date", "cina_assessment_outcome_json", "cina_assessment_outcome_nfa",
            "cina_assessment_team", "cina_assessment_worker_id");
    static final SsdObject OBJECT = new SsdObject("ssd_cin_assessments", FIELDS, "cina_assessment_id", SsdKind.ASSESSMENT,
            "cina_person_id", SsdOrder.CIN_ASSESSMENTS);
    /** The outcome keys of the SSD guidance (docs/SSD-FORMAT.md), in its order. */
    static final List<String> OUTCOME_KEYS = List.of("NFA_FLAG", "NFA_S47_END_FLAG", "STRATEGY_DISCUSSION_FLAG", "CLA_REQUEST_FLAG",
            "PRIVATE_FOSTERING_FLAG", "LEGAL_ACTION_FLAG", "PROV_OF_SERVICES_FLAG", "PROV_OF_SB_CARE_FLAG", "SPECIALIST_ASSESSMENT_FLAG",
            "REFERRAL_TO_OTHER_AGENCY_FLAG", "OTHER_ACTIONS_FLAG", "OTHER_OUTCOMES_EXIST_FLAG");
    private static final Set<String> OUTCOME_KEY_SET = Set.of(OUTCOME_KEYS.toArray(String[]::new));
    /** Numeric / comment keys the SSD allows beside the flags: ignored on import. */
    private static final Set<String> IGNORED_KEYS = Set.of("TOTAL_NO_OF_OUTCOMES", "COMMENTS", "OUTCOME_COMMENTS");
    private static final int PREFETCH = 2000;

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final FrontDoor frontDoor;
    private final CaseWork caseWork;
    private final AuditTrail audit;
    private final StatutoryClocks clocks;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private volatile ImportState state;

    public AssessmentSsdHandler(JdbcClient jdbc, BulkCopy bulk, FrontDoor frontDoor, CaseWork caseWork, AuditTrail audit,
                                StatutoryClocks clocks, WorkingDayCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.frontDoor = frontDoor;
        this.caseWork = caseWork;
        this.audit = audit;
        this.clocks = clocks;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public SsdObject object() {
        return OBJECT;
    }

    // ---------------------------------------------------------------- check

    @Override
    public void check(SsdRow row, SsdImportContext ctx) {
        ImportState s = state(ctx);
        row.required("cina_assessment_id");
        String person = row.required("cina_person_id");
        person = person == null ? null : ctx.requireKnown(row, "cina_person_id", SsdKind.PERSON, "ssd_person");
        String referral = row.required("cina_referral_id");
        referral = referral == null ? null : ctx.requireKnown(row, "cina_referral_id", SsdKind.REFERRAL, "ssd_cin_episodes");
        if (person != null && referral != null) {
            String episodePerson = ctx.personOf(SsdKind.REFERRAL, referral);
            if (episodePerson != null && !episodePerson.equals(person)) {
                row.error("cina_person_id", "same-person", "cina_person_id is " + person + " but episode " + referral
                        + " is about person " + episodePerson + ": an assessment is about the child of its referral");
            }
        }
        LocalDate start = row.required("cina_assessment_start_date") == null ? null : row.date("cina_assessment_start_date");
        LocalDate auth = row.date("cina_assessment_auth_date");
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
        if (start != null && start.isAfter(today)) {
            row.error("cina_assessment_start_date", "not-future", "cina_assessment_start_date cannot be in the future (it is " + start + ")");
        }
        if (auth != null && auth.isAfter(today)) {
            row.error("cina_assessment_auth_date", "not-future", "cina_assessment_auth_date cannot be in the future (it is " + auth + ")");
        }
        if (start != null && auth != null && auth.isBefore(start)) {
            row.error("cina_assessment_auth_date", "after:cina_assessment_start_date", "cina_assessment_auth_date (" + auth
                    + ") cannot be before the assessment's start (" + start + ")");
        }
        row.flag("cina_assessment_child_seen");
        outcomeFlags(row);
        row.flag("cina_assessment_outcome_nfa");
        if (row.get("cina_assessment_team") != null) {
            ctx.requireKnown(row, "cina_assessment_team", SsdKind.TEAM, "ssd_department");
        }
        if (row.get("cina_assessment_worker_id") != null) {
            ctx.requireKnown(row, "cina_assessment_worker_id", SsdKind.PROFESSIONAL, "ssd_professionals");
        }
        if (referral == null) {
            return;
        }
        // One single assessment per referral (the UI's assessmentExists rule; SSD-FORMAT: one per episode).
        if (s.referralsAssessed.contains(referral)) {
            row.error("cina_referral_id", "unique", "Episode " + referral + " already has an assessment in this import: "
                    + "there is one single assessment per referral");
            return;
        }
        if (!row.hasErrors()) {
            s.referralsAssessed.add(referral); // a failed row claims nothing: its own errors are the ones to fix
        }
        Long referralId = ctx.localId(SsdKind.REFERRAL, referral);
        if (referralId == null) {
            return; // written by no earlier row (its own row failed): that error is reported already
        }
        s.prefetch(referralId);
        if (s.assessedBefore.contains(referralId)) {
            row.error("cina_referral_id", "unique", "Episode " + referral + " already has its assessment in Safeguard: "
                    + "there is one single assessment per referral");
        }
        Ref r = s.referrals.get(referralId);
        // The assessment cannot start before the referral (Assessments.start; WT2023 para 155 counts from the referral).
        if (r != null && start != null && start.isBefore(londonDay(r.referralAt()))) {
            row.error("cina_assessment_start_date", "after:cine_referral_date", "cina_assessment_start_date (" + start
                    + ") cannot be before the referral on " + londonDay(r.referralAt()));
        }
    }

    private Set<String> outcomeFlags(SsdRow row) {
        var node = row.json("cina_assessment_outcome_json");
        if (node == null) {
            return Set.of();
        }
        if (!node.isObject()) {
            row.error("cina_assessment_outcome_json", "json", "cina_assessment_outcome_json must be a JSON object of flags");
            return Set.of();
        }
        Set<String> allowed = new HashSet<>(OUTCOME_KEY_SET);
        allowed.addAll(IGNORED_KEYS);
        Set<String> on = new java.util.TreeSet<>(row.flagsJson("cina_assessment_outcome_json", allowed));
        on.removeAll(IGNORED_KEYS);
        return on;
    }

    // ---------------------------------------------------------------- write

    @Override
    public void write(List<SsdRow> rows, SsdImportContext ctx) {
        ImportState s = state(ctx);
        List<Long> referralIds = rows.stream().map(r -> ctx.localId(SsdKind.REFERRAL, r.get("cina_referral_id"))).toList();
        s.load(referralIds);
        long[] ids = bulk.nextIds("assessment", rows.size());
        List<Object[]> out = new ArrayList<>(rows.size());
        List<ImportedChange> changes = new ArrayList<>();
        List<ImportedClockEvent> events = new ArrayList<>();
        long actorId = ctx.actor().userId();
        for (int i = 0; i < rows.size(); i++) {
            SsdRow row = rows.get(i);
            long id = ids[i];
            long referralId = referralIds.get(i);
            Ref referral = s.referrals.get(referralId);
            long childId = ctx.localId(SsdKind.PERSON, row.get("cina_person_id"));
            Long caseId = ctx.localId(SsdKind.CASE, row.get("cina_referral_id"));
            if (caseId == null) {
                caseId = referral.caseId();
            }
            Instant referralAt = referral.referralAt();
            LocalDate start = row.date("cina_assessment_start_date");
            LocalDate auth = row.date("cina_assessment_auth_date");
            Long workerId = row.get("cina_assessment_worker_id") == null ? null : ctx.localId(SsdKind.PROFESSIONAL, row.get("cina_assessment_worker_id"));
            Long teamId = row.get("cina_assessment_team") == null ? null : ctx.localId(SsdKind.TEAM, row.get("cina_assessment_team"));
            long by = workerId == null ? actorId : workerId;
            Set<String> flags = outcomeFlags(row);
            boolean outcomeGiven = row.get("cina_assessment_outcome_json") != null;
            Boolean nfa = row.flag("cina_assessment_outcome_nfa");
            AssessmentOutcome outcome = outcome(flags, nfa);
            String outcomeDetails = outcome == AssessmentOutcome.OTHER ? "SSD outcome: " + String.join(", ", flags) : null;
            Boolean childSeen = row.flag("cina_assessment_child_seen");
            // As Assessments.start: a past start is its day's beginning, never before the referral.
            Instant startedAt = latest(referralAt, start.atStartOfDay(TimeConfiguration.LONDON).toInstant());
            Instant authorisedAt = auth == null ? null : latest(startedAt, auth.atStartOfDay(TimeConfiguration.LONDON).toInstant());
            AssessmentStatus status = auth != null ? AssessmentStatus.AUTHORISED : AssessmentStatus.IN_PROGRESS;
            Instant withdrawnAt = null;
            if (auth == null && caseId != null) {
                // As AssessmentCaseClosure: an assessment not authorised when its case closed is withdrawn at the closure.
                withdrawnAt = caseWork.findCase(caseId).map(CaseFacts::closedAt).orElse(null);
                if (withdrawnAt != null) {
                    status = AssessmentStatus.WITHDRAWN;
                }
            }
            String notSeenReason = Boolean.FALSE.equals(childSeen) && auth != null ? "Not recorded (imported from the SSD, import " + ctx.importId() + ")" : null;
            Instant updatedAt = authorisedAt != null ? authorisedAt : withdrawnAt != null ? latest(startedAt, withdrawnAt) : startedAt;
            out.add(new Object[] {id, referralId, childId, caseId, AssessmentKind.SECTION_17.name(), referralAt, start, startedAt, by,
                    status.name(), outcome == null ? null : outcome.name(), outcomeDetails, notSeenReason,
                    auth == null ? null : authorisedAt, auth == null ? null : by, auth, authorisedAt, auth == null ? null : by, updatedAt,
                    ctx.importId(), childSeen, outcomeGiven ? new ArrayList<>(flags) : null, nfa, teamId, workerId});
            String reference = FrontDoor.referralReference(referralId);
            LocalDate referralDate = londonDay(referralAt);
            events.add(new ImportedClockEvent(childId, ClockEvents.ASSESSMENT_STARTED, startedAt, reference));
            changes.add(new ImportedChange(childId, startedAt, Change.of("assessment", id, "ASSESSMENT_STARTED",
                    "Child and family assessment started on " + Shown.day(start) + " (referral of " + Shown.day(referralDate)
                            + "; imported from the SSD)")
                    .withValues(null, values("referralId", referralId, "kind", AssessmentKind.SECTION_17.name(), "startedOn", start.toString()))));
            if (auth != null) {
                int fromReferral = calendar.countWorkingDays(referralDate, auth);
                int fromStart = calendar.countWorkingDays(start, auth);
                events.add(new ImportedClockEvent(childId, ClockEvents.ASSESSMENT_AUTHORISED, authorisedAt, reference));
                changes.add(new ImportedChange(childId, authorisedAt, Change.of("assessment", id, "ASSESSMENT_AUTHORISED",
                        "Assessment authorised on " + Shown.day(auth) + ": " + fromReferral + " working days from the referral (WT2023), "
                                + fromStart + " from the start (DfE measure); imported from the SSD")
                        .withValues(values("status", AssessmentStatus.IN_PROGRESS.name()),
                                values("status", AssessmentStatus.AUTHORISED.name(), "authorisedOn", auth.toString()))));
            } else if (withdrawnAt != null) {
                events.add(new ImportedClockEvent(childId, ClockEvents.ASSESSMENT_WITHDRAWN, withdrawnAt, reference));
                changes.add(new ImportedChange(childId, withdrawnAt, Change.of("assessment", id, "ASSESSMENT_WITHDRAWN",
                        "Assessment withdrawn: the case closed before it was authorised (imported from the SSD)")
                        .withValues(values("status", AssessmentStatus.IN_PROGRESS.name()), values("status", AssessmentStatus.WITHDRAWN.name()))));
            }
            ctx.register(SsdKind.ASSESSMENT, row.get("cina_assessment_id"), id);
        }
        bulk.copy("assessment", List.of("id", "referral_id", "child_id", "case_id", "kind", "referral_at", "started_on", "started_at",
                "started_by", "status", "outcome", "outcome_details", "not_seen_reason", "submitted_at", "submitted_by", "authorised_on",
                "authorised_at", "authorised_by", "updated_at", "ssd_import_id", "ssd_child_seen", "ssd_outcome_flags", "ssd_outcome_nfa",
                "team_id", "worker_id"), out);
        clocks.recordImported(ctx.actor(), events);
        audit.recordImported(ctx.actor(), changes);
    }

    /** The nearest Safeguard outcome to the SSD's flags, for the assessment's page (the flags themselves are kept). */
    static AssessmentOutcome outcome(Set<String> flags, Boolean nfa) {
        if (flags.contains("NFA_FLAG") || flags.contains("NFA_S47_END_FLAG") || Boolean.TRUE.equals(nfa)) {
            return AssessmentOutcome.NO_FURTHER_ACTION;
        }
        if (flags.contains("STRATEGY_DISCUSSION_FLAG")) {
            return AssessmentOutcome.STRATEGY_DISCUSSION;
        }
        if (flags.contains("CLA_REQUEST_FLAG")) {
            return AssessmentOutcome.REQUEST_TO_BECOME_LOOKED_AFTER;
        }
        if (flags.contains("PROV_OF_SERVICES_FLAG")) {
            return AssessmentOutcome.CHILD_IN_NEED_PLAN;
        }
        if (flags.contains("REFERRAL_TO_OTHER_AGENCY_FLAG")) {
            return AssessmentOutcome.ADVICE_OR_EXISTING_SERVICES;
        }
        return flags.isEmpty() ? null : AssessmentOutcome.OTHER;
    }

    /** The SSD flags of an outcome recorded here. */
    static Set<String> flagsOf(AssessmentOutcome outcome) {
        return switch (outcome) {
            case NO_FURTHER_ACTION -> Set.of("NFA_FLAG");
            case STRATEGY_DISCUSSION -> Set.of("STRATEGY_DISCUSSION_FLAG");
            case REQUEST_TO_BECOME_LOOKED_AFTER -> Set.of("CLA_REQUEST_FLAG");
            case CHILD_IN_NEED_PLAN -> Set.of("PROV_OF_SERVICES_FLAG");
            case ADVICE_OR_EXISTING_SERVICES, EARLY_HELP -> Set.of("REFERRAL_TO_OTHER_AGENCY_FLAG");
            case OTHER -> Set.of("OTHER_OUTCOMES_EXIST_FLAG");
        };
    }

    // ---------------------------------------------------------------- export

    @Override
    public void export(SsdExportContext ctx, SsdRowWriter out) {
        jdbc.sql("""
                select a.id, a.child_id, a.referral_id, a.case_id, a.started_on, a.authorised_on, a.outcome, a.started_by, a.ssd_import_id,
                       a.ssd_child_seen, a.ssd_outcome_flags, a.ssd_outcome_nfa, a.team_id, a.worker_id,
                       exists (select 1 from assessment_child_seen s where s.assessment_id = a.id) as seen
                  from assessment a order by a.id""").withFetchSize(2000).query((ResultSet rs) -> {
            long id = rs.getLong("id");
            boolean imported = rs.getString("ssd_import_id") != null;
            String outcome = rs.getString("outcome");
            String seen;
            String flagsJson;
            String nfa;
            Long team;
            Long worker;
            if (imported) {
                seen = SsdFormat.flag(rs.getObject("ssd_child_seen", Boolean.class));
                List<String> flags = texts(rs.getArray("ssd_outcome_flags"));
                flagsJson = flags == null ? "" : SsdFormat.flagsJson(OUTCOME_KEYS, new HashSet<>(flags));
                nfa = SsdFormat.flag(rs.getObject("ssd_outcome_nfa", Boolean.class));
                team = rs.getObject("team_id", Long.class);
                worker = rs.getObject("worker_id", Long.class);
            } else {
                seen = SsdFormat.flag(rs.getBoolean("seen"));
                flagsJson = outcome == null ? "" : SsdFormat.flagsJson(OUTCOME_KEYS, flagsOf(AssessmentOutcome.valueOf(outcome)));
                nfa = outcome == null ? "" : SsdFormat.flag(AssessmentOutcome.NO_FURTHER_ACTION.name().equals(outcome));
                team = rs.getObject("team_id", Long.class);
                worker = rs.getLong("started_by");
            }
            out.row(Arrays.asList(ctx.ssdId(SsdKind.ASSESSMENT, id), ctx.ssdId(SsdKind.PERSON, rs.getLong("child_id")),
                    episode(ctx, rs.getObject("case_id", Long.class), rs.getLong("referral_id")), SsdFormat.date(rs.getObject("started_on", LocalDate.class)),
                    seen, SsdFormat.date(rs.getObject("authorised_on", LocalDate.class)), flagsJson, nfa,
                    ctx.ssdId(SsdKind.TEAM, team), worker == null || worker == 0 ? "" : ctx.ssdId(SsdKind.PROFESSIONAL, worker)));
        });
    }

    /**
     * The episode's SSD id as ssd_cin_episodes exports it: its case's (an imported episode registers one id for both the
     * referral and the case), else its referral's.
     */
    static String episode(SsdExportContext ctx, Long caseId, long referralId) {
        return caseId != null ? ctx.ssdId(SsdKind.CASE, caseId) : ctx.ssdId(SsdKind.REFERRAL, referralId);
    }

    // ---------------------------------------------------------------- helpers

    private ImportState state(SsdImportContext ctx) {
        ImportState s = state;
        if (s == null || !s.importId.equals(ctx.importId())) {
            s = new ImportState(ctx.importId());
            state = s;
        }
        return s;
    }

    /**
     * What one import has read: the referrals (from the front door, a range of ids at a time: imported referrals take
     * ascending ids in file order, and assessments mostly follow them), those already assessed, the referrals
     * assessed by earlier rows of this import.
     */
    private final class ImportState {
        final String importId;
        final Map<Long, Ref> referrals = new HashMap<>();
        final Set<Long> assessedBefore = new HashSet<>();
        final Set<Long> fetched = new HashSet<>();
        final Set<String> referralsAssessed = new HashSet<>();

        ImportState(String importId) {
            this.importId = importId;
        }

        void prefetch(long referralId) {
            if (fetched.contains(referralId)) {
                return;
            }
            if (fetched.size() > 200_000) {
                referrals.clear();
                fetched.clear();
            }
            List<Long> range = new ArrayList<>(PREFETCH);
            for (long id = referralId; id < referralId + PREFETCH; id++) {
                range.add(id);
            }
            load(range);
        }

        void load(List<Long> ids) {
            List<Long> missing = ids.stream().filter(Objects::nonNull).filter(id -> !fetched.contains(id)).distinct().toList();
            if (missing.isEmpty()) {
                return;
            }
            // Only what the import needs of each referral: a whole authority's referrals stay small in memory.
            frontDoor.findReferrals(missing).forEach((id, r) -> referrals.put(id, new Ref(r.referralAt(), r.caseId())));
            assessedBefore.addAll(jdbc.sql("select referral_id from assessment where referral_id = any(?)")
                    .param(missing.toArray(new Long[0])).query(Long.class).list());
            fetched.addAll(missing);
        }
    }

    /** A referral's facts the assessment needs. */
    private record Ref(Instant referralAt, Long caseId) {}

    /** A map that may hold nulls, in the order given. */
    static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static List<String> texts(Array array) throws SQLException {
        return array == null ? null : Arrays.asList((String[]) array.getArray());
    }

    static LocalDate londonDay(Instant i) {
        return i.atZone(TimeConfiguration.LONDON).toLocalDate();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Dates as the assessment's chronology shows them ("1 December 2026"). */
    static final class Shown {
        private static final java.time.format.DateTimeFormatter FORMAT =
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);

        static String day(LocalDate d) {
            return FORMAT.format(d);
        }
    }
}
