package uk.safeguard.conference.internal;

import static uk.safeguard.conference.internal.CpSsdFacts.date;
import static uk.safeguard.conference.internal.CpSsdFacts.day;
import static uk.safeguard.conference.internal.CpSsdFacts.noon;
import static uk.safeguard.conference.internal.CpSsdFacts.notFuture;
import static uk.safeguard.conference.internal.CpSsdFacts.requiredRef;
import static uk.safeguard.conference.internal.CpSsdFacts.samePerson;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import uk.safeguard.conference.ConferenceKind;
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
import uk.safeguard.protection.Section47SsdDates;

/**
 * {@code ssd_initial_cp_conference} ⇄ {@code cp_conference} of kind INITIAL.
 * <ul>
 * <li>{@code icpc_icpc_id} → the conference (kind INITIAL_CONFERENCE); {@code icpc_person_id} → {@code child_id};
 * {@code icpc_referral_id} → {@code case_id} (kind CASE) and {@code referral_id}; {@code icpc_s47_enquiry_id} →
 * {@code section47_enquiry_id} (all the same child as the conference; held on or after the enquiry's start).</li>
 * <li>{@code icpc_icpc_date} → {@code held_at} (noon London) and {@code scheduled_at} (the target date when not yet
 * held); {@code icpc_icpc_target_date} → {@code due_on}; {@code icpc_icpc_outcome_cp_flag} Y → decision PLAN, N →
 * NO_PLAN (once held).</li>
 * <li>Kept as they came: {@code icpc_icpc_meeting_id} → {@code ssd_meeting_id}, {@code icpc_cp_plan_id} →
 * {@code ssd_plan_ref} (the plan row itself, in {@code ssd_cp_plans}, links {@code plan_id}),
 * {@code icpc_icpc_transfer_in} → {@code ssd_transfer_in}, the outcome flag and JSON → {@code ssd_outcome_cp_flag},
 * {@code ssd_outcome_flags}; {@code icpc_icpc_team} → {@code team_id} (TEAM), {@code icpc_icpc_worker_id} →
 * {@code worker_id} (PROFESSIONAL).</li>
 * </ul>
 * The SSD does not name the chair: an imported conference has no {@code chair_id} (nullable since V201) and its page
 * says so; the chair's independence (seeds 000 line 2933) is checked only for conferences scheduled in Safeguard.
 * Clocks and chronology as {@code Conferences.recordOutcome}: ICPC_HELD at the held date with reference
 * {@code case-<caseId>} (stopping the 15 working day clock the section 47 enquiry started), chronology
 * CONFERENCE_HELD at that date; a conference not yet held gets CONFERENCE_SCHEDULED.
 */
@Component
public class InitialConferenceSsdHandler implements SsdHandler {
    static final List<String> FIELDS = List.of("icpc_icpc_id", "icpc_icpc_meeting_id", "icpc_s47_enquiry_id", "icpc_person_id",
            "icpc_cp_plan_id", "icpc_referral_id", "icpc_icpc_transfer_in", "icpc_icpc_target_date", "icpc_icpc_date",
            "icpc_icpc_outcome_cp_flag", "icpc_icpc_outcome_json", "icpc_icpc_team", "icpc_icpc_worker_id");
    static final List<String> OUTCOME_KEYS = List.of("NFA_FLAG", "REFERRAL_TO_OTHER_AGENCY_FLAG", "SINGLE_ASSESSMENT_FLAG",
            "PROV_OF_SERVICES_FLAG", "CP_FLAG", "OTHER_OUTCOMES_EXIST_FLAG");
    private static final Set<String> IGNORED_KEYS = Set.of("TOTAL_NO_OF_OUTCOMES", "COMMENTS", "OUTCOME_COMMENTS");
    private static final Set<String> ALLOWED_KEYS;
    static {
        Set<String> keys = new TreeSet<>(OUTCOME_KEYS);
        keys.addAll(IGNORED_KEYS);
        ALLOWED_KEYS = Set.copyOf(keys);
    }
    static final int PAGE = 5000;

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final StatutoryClocks clocks;
    private final AuditTrail audit;
    private final CpSsdFacts facts;
    private final Clock clock;
    private final Section47SsdDates enquiryDates;

    public InitialConferenceSsdHandler(JdbcClient jdbc, BulkCopy bulk, StatutoryClocks clocks, AuditTrail audit, CpSsdFacts facts,
                                       Clock clock, Section47SsdDates enquiryDates) {
        this.enquiryDates = enquiryDates;
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.clocks = clocks;
        this.audit = audit;
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    public SsdObject object() {
        return new SsdObject("ssd_initial_cp_conference", FIELDS, "icpc_icpc_id", SsdKind.INITIAL_CONFERENCE, "icpc_person_id",
                SsdOrder.INITIAL_CP_CONFERENCE);
    }

    private record Icpc(String ssdId, String meeting, String s47, String person, String planRef, String referral, Boolean transferIn,
                        LocalDate target, LocalDate held, Boolean cpFlag, Set<String> flags, String team, String worker) {}

    private Icpc read(SsdRow row, SsdImportContext ctx) {
        String id = CpSsdFacts.id(row, "icpc_icpc_id");
        String meeting = row.text("icpc_icpc_meeting_id", 40);
        String person = requiredRef(row, ctx, "icpc_person_id", SsdKind.PERSON, "ssd_person");
        String s47 = ctx.requireKnown(row, "icpc_s47_enquiry_id", SsdKind.SECTION47_ENQUIRY, "ssd_s47_enquiry");
        if (s47 != null) {
            samePerson(row, "icpc_person_id", person, ctx.personOf(SsdKind.SECTION47_ENQUIRY, s47), "section 47 enquiry " + s47);
        }
        // The conference belongs to the episode (case) whose enquiry led to it.
        String referral = requiredRef(row, ctx, "icpc_referral_id", SsdKind.REFERRAL, "ssd_cin_episodes");
        if (referral != null) {
            samePerson(row, "icpc_person_id", person, ctx.personOf(SsdKind.REFERRAL, referral), "referral " + referral);
        }
        String planRef = row.text("icpc_cp_plan_id", 20);
        Boolean transferIn = row.flag("icpc_icpc_transfer_in");
        LocalDate target = row.date("icpc_icpc_target_date");
        LocalDate held = row.date("icpc_icpc_date");
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
        notFuture(row, "icpc_icpc_date", held, today);
        Boolean cpFlag = row.flag("icpc_icpc_outcome_cp_flag");
        Set<String> flags = null;
        if (row.get("icpc_icpc_outcome_json") != null) {
            flags = new TreeSet<>(row.flagsJson("icpc_icpc_outcome_json", ALLOWED_KEYS));
            flags.removeAll(IGNORED_KEYS);
        }
        if (held == null && target == null && row.get("icpc_icpc_date") == null && row.get("icpc_icpc_target_date") == null) {
            row.error("icpc_icpc_date", "required", "icpc_icpc_date is required (or, for a conference not yet held, icpc_icpc_target_date)");
        }
        if (Boolean.TRUE.equals(cpFlag) && held == null && row.get("icpc_icpc_date") == null) {
            row.error("icpc_icpc_date", "required", "icpc_icpc_date is required when icpc_icpc_outcome_cp_flag is Y: only a conference "
                    + "that was held decides on a plan");
        }
        if (planRef != null && !Boolean.TRUE.equals(cpFlag)) {
            row.error("icpc_cp_plan_id", "consistent", "icpc_cp_plan_id names plan " + planRef
                    + " but icpc_icpc_outcome_cp_flag is not Y: only a conference that decided on a plan made one");
        }
        if (flags != null && cpFlag != null && flags.contains("CP_FLAG") != cpFlag) {
            row.error("icpc_icpc_outcome_json", "consistent", "icpc_icpc_outcome_json has CP_FLAG " + (cpFlag ? "N" : "Y")
                    + " but icpc_icpc_outcome_cp_flag is " + (cpFlag ? "Y" : "N") + ": they must agree");
        }
        if (s47 != null && held != null) {
            // The conference follows the enquiry that led to it (within 15 working days of its start: seeds 000 line 2895).
            enquiryDates.of(ctx.importId(), s47, ctx.localId(SsdKind.SECTION47_ENQUIRY, s47))
                    .filter(d -> d.start() != null && held.isBefore(d.start()))
                    .ifPresent(d -> row.error("icpc_icpc_date", "after:s47e_s47_start_date", "icpc_icpc_date " + held
                            + " is before section 47 enquiry " + s47 + " started (" + d.start() + "): the conference follows the enquiry"));
        }
        String team = ctx.requireKnown(row, "icpc_icpc_team", SsdKind.TEAM, "ssd_department");
        String worker = ctx.requireKnown(row, "icpc_icpc_worker_id", SsdKind.PROFESSIONAL, "ssd_professionals");
        return new Icpc(id, meeting, s47, person, planRef, referral, transferIn, target, held, cpFlag, flags, team, worker);
    }

    @Override
    public void check(SsdRow row, SsdImportContext ctx) {
        Icpc c = read(row, ctx);
        if (c.ssdId() != null) {
            facts.rememberIcpc(ctx, c.ssdId(), new CpSsdFacts.Icpc(c.person(), c.held(), Boolean.TRUE.equals(c.cpFlag()) && c.held() != null,
                    c.planRef(), false));
        }
    }

    @Override
    public void write(List<SsdRow> rows, SsdImportContext ctx) {
        if (rows.isEmpty()) {
            return;
        }
        long[] ids = bulk.nextIds("cp_conference", rows.size());
        String by = ctx.actor().description();
        Instant now = clock.instant();
        List<Object[]> copy = new ArrayList<>(rows.size());
        List<ImportedClockEvent> events = new ArrayList<>();
        List<ImportedChange> changes = new ArrayList<>();
        String label = ConferenceKind.INITIAL.label();
        for (int i = 0; i < rows.size(); i++) {
            Icpc c = read(rows.get(i), ctx);
            long id = ids[i];
            long childId = ctx.localId(SsdKind.PERSON, c.person());
            Long caseId = ctx.localId(SsdKind.CASE, c.referral());
            if (caseId == null) {
                throw new IllegalStateException("Referral " + c.referral() + " has no case registered (kind CASE)");
            }
            Long referralId = ctx.localId(SsdKind.REFERRAL, c.referral());
            Long s47 = c.s47() == null ? null : ctx.localId(SsdKind.SECTION47_ENQUIRY, c.s47());
            Instant heldAt = c.held() == null ? null : noon(c.held());
            Instant scheduledAt = heldAt != null ? heldAt : noon(c.target());
            String decision = heldAt == null || c.cpFlag() == null ? null : c.cpFlag() ? "PLAN" : "NO_PLAN";
            copy.add(new Object[] {id, childId, caseId, ConferenceKind.INITIAL.name(), scheduledAt, false, heldAt, decision,
                    heldAt == null ? null : by, heldAt == null ? null : now, by, now, ctx.importId(), c.meeting(), s47, referralId,
                    c.target(), c.transferIn(), c.cpFlag(), c.flags(), c.planRef(),
                    c.team() == null ? null : ctx.localId(SsdKind.TEAM, c.team()),
                    c.worker() == null ? null : ctx.localId(SsdKind.PROFESSIONAL, c.worker())});
            if (heldAt != null) {
                // Stops the 15-working-day clock the section 47 enquiry started (reference: the child's case), as the UI does.
                events.add(new ImportedClockEvent(childId, ClockEvents.ICPC_HELD, heldAt, "case-" + caseId));
                String words = decision == null ? "outcome not recorded" : decision.equals("PLAN") ? "child protection plan" : "no child protection plan";
                changes.add(new ImportedChange(childId, heldAt, Change.of("cp_conference", id, "CONFERENCE_HELD",
                        label + " held: " + words + " (imported from the SSD)")
                        .withValues(null, Map.of("decision", String.valueOf(decision), "imported", ctx.importId()))));
            } else {
                changes.add(new ImportedChange(childId, scheduledAt, Change.of("cp_conference", id, "CONFERENCE_SCHEDULED",
                        label + " due by " + c.target() + " (imported from the SSD)")
                        .withValues(null, Map.of("kind", ConferenceKind.INITIAL.name(), "imported", ctx.importId()))));
            }
            ctx.register(SsdKind.INITIAL_CONFERENCE, c.ssdId(), id);
        }
        bulk.copy("cp_conference", List.of("id", "child_id", "case_id", "kind", "scheduled_at", "online", "held_at", "decision",
                "outcome_recorded_by", "outcome_recorded_at", "created_by", "created_at", "ssd_import_id", "ssd_meeting_id",
                "section47_enquiry_id", "referral_id", "due_on", "ssd_transfer_in", "ssd_outcome_cp_flag", "ssd_outcome_flags",
                "ssd_plan_ref", "team_id", "worker_id"), copy);
        clocks.recordImported(ctx.actor(), events);
        audit.recordImported(ctx.actor(), changes);
    }

    @Override
    public void export(SsdExportContext ctx, SsdRowWriter out) {
        long after = 0;
        while (true) {
            List<Map.Entry<Long, List<String>>> page = jdbc.sql("""
                    select id, kind, child_id, case_id, referral_id, plan_id, held_at, decision, lead_social_worker_id,
                           ssd_import_id, ssd_meeting_id, section47_enquiry_id, due_on, ssd_transfer_in, ssd_outcome_cp_flag,
                           ssd_outcome_flags, ssd_plan_ref, team_id, worker_id
                    from cp_conference where kind <> 'REVIEW' and id > ? order by id limit ?""")
                    .params(after, PAGE).query((rs, n) -> Map.entry(rs.getLong("id"), exportRow(rs, ctx))).list();
            page.forEach(e -> out.row(e.getValue()));
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).getKey();
        }
    }

    private static List<String> exportRow(ResultSet rs, SsdExportContext ctx) throws SQLException {
        long id = rs.getLong("id");
        boolean imported = rs.getString("ssd_import_id") != null;
        Long referralId = rs.getObject("referral_id", Long.class);
        Long caseId = rs.getObject("case_id", Long.class);
        String referral = referralId != null ? ctx.ssdId(SsdKind.REFERRAL, referralId) : ctx.ssdId(SsdKind.CASE, caseId);
        String decision = rs.getString("decision");
        Long planId = rs.getObject("plan_id", Long.class);
        String planRef;
        String transferIn;
        String cpFlag;
        String flagsJson;
        Long worker = rs.getObject("worker_id", Long.class);
        if (imported) {
            planRef = rs.getString("ssd_plan_ref");
            transferIn = SsdFormat.flag(rs.getObject("ssd_transfer_in", Boolean.class));
            cpFlag = SsdFormat.flag(rs.getObject("ssd_outcome_cp_flag", Boolean.class));
            Set<String> flags = CpSsdFacts.textArray(rs, "ssd_outcome_flags");
            flagsJson = flags == null ? "" : SsdFormat.flagsJson(OUTCOME_KEYS, flags);
        } else {
            // Made in Safeguard: the SSD's view of it.
            planRef = ctx.ssdId(SsdKind.CP_PLAN, planId);
            transferIn = SsdFormat.flag(ConferenceKind.TRANSFER_IN.name().equals(rs.getString("kind")));
            cpFlag = decision == null ? "" : SsdFormat.flag(decision.equals("PLAN"));
            flagsJson = decision == null ? "" : SsdFormat.flagsJson(OUTCOME_KEYS, decision.equals("PLAN") ? Set.of("CP_FLAG") : Set.of());
            if (worker == null) {
                worker = rs.getObject("lead_social_worker_id", Long.class);
            }
        }
        return Arrays.asList(
                ctx.ssdId(SsdKind.INITIAL_CONFERENCE, id),
                rs.getString("ssd_meeting_id"),
                ctx.ssdId(SsdKind.SECTION47_ENQUIRY, rs.getObject("section47_enquiry_id", Long.class)),
                ctx.ssdId(SsdKind.PERSON, rs.getLong("child_id")),
                planRef,
                referral,
                transferIn,
                SsdFormat.date(date(rs, "due_on")),
                SsdFormat.date(day(rs, "held_at")),
                cpFlag,
                flagsJson,
                ctx.ssdId(SsdKind.TEAM, rs.getObject("team_id", Long.class)),
                ctx.ssdId(SsdKind.PROFESSIONAL, worker));
    }
}
