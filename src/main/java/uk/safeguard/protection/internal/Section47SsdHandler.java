package uk.safeguard.protection.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.audit.AuditTrail.ImportedChange;
import uk.safeguard.clock.ClockEvents;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.clock.StatutoryClocks.ImportedClockEvent;
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
import uk.safeguard.protection.Section47Enquiries;
import uk.safeguard.protection.Section47NextStep;
import uk.safeguard.protection.Section47Outcome;
import uk.safeguard.protection.Section47SsdDates;

/**
 * {@code ssd_s47_enquiry} ⇄ {@code section47_enquiry}.
 * <ul>
 * <li>{@code s47e_s47_enquiry_id} → the enquiry (kind SECTION47_ENQUIRY); {@code s47e_referral_id} → {@code case_id}
 * (the referral's case, kind CASE) and {@code referral_id} (kind REFERRAL); {@code s47e_person_id} → {@code child_id}
 * (the same person as the referral's).</li>
 * <li>{@code s47e_s47_start_date} → {@code started_at} (noon London); {@code s47e_s47_end_date} → {@code completed_on}.</li>
 * <li>The outcome, once completed: {@code CP_CONFERENCE_FLAG} Y → SUBSTANTIATED, next an initial conference; otherwise
 * NOT_SUBSTANTIATED with next step NO_FURTHER_ACTION ({@code NFA_FLAG} or {@code s47e_s47_nfa} Y), CIN_PLAN
 * ({@code PROV_OF_SERVICES_FLAG}) or OTHER_SUPPORT. The rationale reads "Imported from the SSD (import …)". The flags
 * themselves are kept ({@code ssd_nfa}, {@code ssd_outcome_flags}) so the export gives back what came in.</li>
 * <li>{@code s47e_s47_completed_by_worker_id} → {@code lead_worker_id} (kind PROFESSIONAL, may be blank);
 * {@code s47e_s47_completed_by_team} → {@code ssd_team_id} (kind TEAM).</li>
 * </ul>
 * <b>No strategy discussion.</b> In Safeguard an enquiry is started only by a strategy discussion that decided on one
 * (WT2023 chapter 3, seeds 000 line 2813). The SSD records no strategy discussion, and inventing one (its format, who
 * took part, whether the minimum agencies did) would put facts on the child's record that nobody recorded. So an
 * imported enquiry has no {@code strategy_discussion_id} (nullable since V200): its page says it was imported and
 * started on its start date, and partners see it only through their own requests for a conference.
 * <p>Clocks and chronology as {@link Section47Enquiries}: STRATEGY_DISCUSSION_S47_STARTED at the start (reference
 * {@code case-<caseId>}, so the 15 working day ICPC clock runs from it), S47_CONCLUDED_NO_CONFERENCE at 17:00 on the
 * end date when not substantiated; chronology entries S47_STARTED and S47_OUTCOME at the real dates. The section 47
 * assessment the UI starts is not started here: the SSD's single assessments come in through {@code ssd_cin_assessments}.
 */
@Component
public class Section47SsdHandler implements SsdHandler {
    static final String OBJECT = "ssd_s47_enquiry";
    static final List<String> FIELDS = List.of("s47e_s47_enquiry_id", "s47e_referral_id", "s47e_person_id", "s47e_s47_start_date",
            "s47e_s47_end_date", "s47e_s47_nfa", "s47e_s47_outcome_json", "s47e_s47_completed_by_worker_id",
            "s47e_s47_completed_by_team");
    static final List<String> OUTCOME_KEYS = List.of("NFA_FLAG", "LEGAL_ACTION_FLAG", "PROV_OF_SERVICES_FLAG", "PROV_OF_SB_CARE_FLAG",
            "CP_CONFERENCE_FLAG", "NFA_CONTINUE_SINGLE_FLAG", "MONITOR_FLAG", "OTHER_OUTCOMES_EXIST_FLAG");
    /** Numeric and comment keys the SSD allows beside the flags: ignored (docs/SSD-FORMAT.md). */
    private static final Set<String> IGNORED_KEYS = Set.of("TOTAL_NO_OF_OUTCOMES", "COMMENTS", "OUTCOME_COMMENTS");
    private static final Set<String> ALLOWED_KEYS;
    static {
        Set<String> keys = new TreeSet<>(OUTCOME_KEYS);
        keys.addAll(IGNORED_KEYS);
        ALLOWED_KEYS = Set.copyOf(keys);
    }
    private static final int PAGE = 5000;

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final StatutoryClocks clocks;
    private final AuditTrail audit;
    private final Clock clock;
    private final Section47SsdDates dates;

    public Section47SsdHandler(JdbcClient jdbc, BulkCopy bulk, StatutoryClocks clocks, AuditTrail audit, Clock clock,
                               Section47SsdDates dates) {
        this.dates = dates;
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.clocks = clocks;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public SsdObject object() {
        return new SsdObject(OBJECT, FIELDS, "s47e_s47_enquiry_id", SsdKind.SECTION47_ENQUIRY, "s47e_person_id", SsdOrder.S47_ENQUIRY);
    }

    /** One row read: what {@link #write} needs. */
    private record Enquiry(String ssdId, String referral, String person, LocalDate start, LocalDate end, Boolean nfa,
                           Set<String> flags, String worker, String team) {}

    private Enquiry read(SsdRow row, SsdImportContext ctx) {
        String id = row.required("s47e_s47_enquiry_id");
        if (id != null && !id.matches("[A-Za-z0-9]{1,20}")) {
            row.error("s47e_s47_enquiry_id", "id", "s47e_s47_enquiry_id must be letters and digits, at most 20 (it is \"" + id + "\")");
        }
        String referral = ctx.requireKnown(row, "s47e_referral_id", SsdKind.REFERRAL, "ssd_cin_episodes");
        if (row.get("s47e_referral_id") == null) {
            row.required("s47e_referral_id"); // the enquiry belongs to the episode the referral opened
        }
        String person = ctx.requireKnown(row, "s47e_person_id", SsdKind.PERSON, "ssd_person");
        if (row.get("s47e_person_id") == null) {
            row.required("s47e_person_id");
        }
        if (referral != null && person != null) {
            String referralPerson = ctx.personOf(SsdKind.REFERRAL, referral);
            if (referralPerson != null && !referralPerson.equals(person)) {
                row.error("s47e_person_id", "same-person", "s47e_person_id is " + person + " but referral " + referral
                        + " is about " + referralPerson + ": a section 47 enquiry is about the child of its episode");
            }
        }
        LocalDate start = row.date("s47e_s47_start_date");
        if (row.get("s47e_s47_start_date") == null) {
            row.required("s47e_s47_start_date");
        }
        LocalDate end = row.date("s47e_s47_end_date");
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
        if (start != null && start.isAfter(today)) {
            row.error("s47e_s47_start_date", "not-future", "s47e_s47_start_date " + start + " is in the future");
        }
        if (end != null && start != null && end.isBefore(start)) {
            row.error("s47e_s47_end_date", "after:s47e_s47_start_date", "s47e_s47_end_date " + end
                    + " is before the enquiry started (" + start + "): an enquiry ends on or after its start date");
        }
        if (end != null && end.isAfter(today)) {
            row.error("s47e_s47_end_date", "not-future", "s47e_s47_end_date " + end + " is in the future");
        }
        Boolean nfa = row.flag("s47e_s47_nfa");
        Set<String> flags = null;
        if (row.get("s47e_s47_outcome_json") != null) {
            flags = new TreeSet<>(row.flagsJson("s47e_s47_outcome_json", ALLOWED_KEYS));
            flags.removeAll(IGNORED_KEYS);
        }
        if (flags != null && flags.contains("CP_CONFERENCE_FLAG") && (Boolean.TRUE.equals(nfa) || flags.contains("NFA_FLAG"))) {
            row.error("s47e_s47_outcome_json", "consistent", "s47e_s47_outcome_json says both that a conference follows "
                    + "(CP_CONFERENCE_FLAG) and no further action (NFA): choose one");
        }
        String worker = ctx.requireKnown(row, "s47e_s47_completed_by_worker_id", SsdKind.PROFESSIONAL, "ssd_professionals");
        String team = ctx.requireKnown(row, "s47e_s47_completed_by_team", SsdKind.TEAM, "ssd_department");
        return new Enquiry(id, referral, person, start, end, nfa, flags, worker, team);
    }

    @Override
    public void check(SsdRow row, SsdImportContext ctx) {
        Enquiry e = read(row, ctx);
        if (e.ssdId() != null && e.start() != null) {
            dates.remember(ctx.importId(), e.ssdId(), new Section47SsdDates.Dates(e.start(), e.end()));
        }
    }

    @Override
    public void write(List<SsdRow> rows, SsdImportContext ctx) {
        if (rows.isEmpty()) {
            return;
        }
        long[] ids = bulk.nextIds("section47_enquiry", rows.size());
        String by = ctx.actor().description();
        String rationale = "Imported from the SSD (import " + ctx.importId() + ")";
        List<Object[]> copy = new ArrayList<>(rows.size());
        List<ImportedClockEvent> events = new ArrayList<>();
        List<ImportedChange> changes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Enquiry e = read(rows.get(i), ctx);
            long id = ids[i];
            Long caseId = ctx.localId(SsdKind.CASE, e.referral());
            if (caseId == null) {
                throw new IllegalStateException("Referral " + e.referral() + " has no case registered (kind CASE)");
            }
            Long referralId = ctx.localId(SsdKind.REFERRAL, e.referral());
            long childId = ctx.localId(SsdKind.PERSON, e.person());
            Long workerId = e.worker() == null ? null : ctx.localId(SsdKind.PROFESSIONAL, e.worker());
            Long teamId = e.team() == null ? null : ctx.localId(SsdKind.TEAM, e.team());
            Instant startedAt = e.start().atTime(LocalTime.NOON).atZone(TimeConfiguration.LONDON).toInstant();
            Section47Outcome outcome = null;
            Section47NextStep next = null;
            if (e.end() != null) {
                Set<String> flags = e.flags() == null ? Set.of() : e.flags();
                if (flags.contains("CP_CONFERENCE_FLAG")) {
                    outcome = Section47Outcome.SUBSTANTIATED;
                    next = Section47NextStep.INITIAL_CONFERENCE;
                } else {
                    outcome = Section47Outcome.NOT_SUBSTANTIATED;
                    next = Boolean.TRUE.equals(e.nfa()) || flags.contains("NFA_FLAG") ? Section47NextStep.NO_FURTHER_ACTION
                            : flags.contains("PROV_OF_SERVICES_FLAG") ? Section47NextStep.CIN_PLAN : Section47NextStep.OTHER_SUPPORT;
                }
            }
            copy.add(new Object[] {id, caseId, childId, null, referralId, startedAt, workerId,
                    outcome == null ? null : outcome.name(), next == null ? null : next.name(), outcome == null ? null : rationale,
                    e.end(), outcome == null ? null : by, ctx.importId(), e.nfa(), e.flags(), teamId});
            String reference = Section47Enquiries.clockReference(caseId);
            events.add(new ImportedClockEvent(childId, ClockEvents.STRATEGY_DISCUSSION_S47_STARTED, startedAt, reference));
            Map<String, Object> started = new LinkedHashMap<>();
            started.put("caseId", caseId);
            started.put("referralId", String.valueOf(referralId));
            started.put("imported", ctx.importId());
            changes.add(new ImportedChange(childId, startedAt, Change.of("section47_enquiry", id, "S47_STARTED",
                    "Section 47 enquiry started on " + Shown.day(e.start()) + " (imported from the SSD)").withValues(null, started)));
            if (outcome != null) {
                Instant at = e.end().atTime(LocalTime.of(17, 0)).atZone(TimeConfiguration.LONDON).toInstant();
                at = at.isBefore(startedAt) ? startedAt : at;
                if (outcome == Section47Outcome.NOT_SUBSTANTIATED) {
                    // No conference: the initial conference clock is cancelled, neither met nor missed (as the UI does).
                    events.add(new ImportedClockEvent(childId, ClockEvents.S47_CONCLUDED_NO_CONFERENCE, at, reference));
                }
                changes.add(new ImportedChange(childId, at, Change.of("section47_enquiry", id, "S47_OUTCOME",
                        "Section 47 enquiry completed: " + outcome.label().toLowerCase() + "; next: " + next.label().toLowerCase()
                                + " (imported from the SSD)")
                        .withValues(Map.of("outcome", "none"), Map.of("outcome", outcome.name(), "nextStep", next.name(),
                                "completedOn", e.end().toString()))));
            }
            ctx.register(SsdKind.SECTION47_ENQUIRY, e.ssdId(), id);
        }
        bulk.copy("section47_enquiry", List.of("id", "case_id", "child_id", "strategy_discussion_id", "referral_id", "started_at",
                "lead_worker_id", "outcome", "next_step", "outcome_rationale", "completed_on", "outcome_recorded_by", "ssd_import_id",
                "ssd_nfa", "ssd_outcome_flags", "ssd_team_id"), copy);
        clocks.recordImported(ctx.actor(), events);
        audit.recordImported(ctx.actor(), changes);
    }

    @Override
    public void export(SsdExportContext ctx, SsdRowWriter out) {
        long after = 0;
        while (true) {
            List<List<String>> page = jdbc.sql("""
                    select id, case_id, child_id, referral_id, started_at, completed_on, outcome, next_step, lead_worker_id,
                           ssd_import_id, ssd_nfa, ssd_outcome_flags, ssd_team_id
                    from section47_enquiry where id > ? order by id limit ?""")
                    .params(after, PAGE).query((rs, n) -> exportRow(rs, ctx)).list();
            if (page.isEmpty()) {
                return;
            }
            for (List<String> row : page) {
                out.row(row.subList(1, row.size()));
            }
            after = Long.parseLong(page.get(page.size() - 1).get(0));
        }
    }

    /** The local id first (for paging), then the SSD values in header order. */
    private static List<String> exportRow(ResultSet rs, SsdExportContext ctx) throws SQLException {
        long id = rs.getLong("id");
        Long referralId = rs.getObject("referral_id", Long.class);
        String referral = referralId != null ? ctx.ssdId(SsdKind.REFERRAL, referralId) : ctx.ssdId(SsdKind.CASE, rs.getLong("case_id"));
        boolean imported = rs.getString("ssd_import_id") != null;
        String outcome = rs.getString("outcome");
        String next = rs.getString("next_step");
        String nfa;
        String flags;
        if (imported) {
            nfa = SsdFormat.flag(rs.getObject("ssd_nfa", Boolean.class));
            Array array = rs.getArray("ssd_outcome_flags");
            flags = array == null ? "" : SsdFormat.flagsJson(OUTCOME_KEYS, Set.copyOf(Arrays.asList((String[]) array.getArray())));
        } else if (outcome == null) {
            nfa = "";
            flags = "";
        } else {
            // Made in Safeguard: the SSD flags that say what followed.
            nfa = SsdFormat.flag("NO_FURTHER_ACTION".equals(next));
            String flag = switch (next) {
                case "INITIAL_CONFERENCE" -> "CP_CONFERENCE_FLAG";
                case "NO_FURTHER_ACTION" -> "NFA_FLAG";
                case "CIN_PLAN" -> "PROV_OF_SERVICES_FLAG";
                default -> "OTHER_OUTCOMES_EXIST_FLAG";
            };
            flags = SsdFormat.flagsJson(OUTCOME_KEYS, Set.of(flag));
        }
        java.sql.Date completed = rs.getDate("completed_on");
        return Arrays.asList(String.valueOf(id),
                ctx.ssdId(SsdKind.SECTION47_ENQUIRY, id),
                referral,
                ctx.ssdId(SsdKind.PERSON, rs.getLong("child_id")),
                SsdFormat.date(rs.getTimestamp("started_at").toInstant().atZone(TimeConfiguration.LONDON).toLocalDate()),
                completed == null ? "" : SsdFormat.date(completed.toLocalDate()),
                nfa,
                flags,
                ctx.ssdId(SsdKind.PROFESSIONAL, rs.getObject("lead_worker_id", Long.class)),
                ctx.ssdId(SsdKind.TEAM, rs.getObject("ssd_team_id", Long.class)));
    }
}
