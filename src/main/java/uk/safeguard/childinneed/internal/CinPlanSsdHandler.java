package uk.safeguard.childinneed.internal;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.audit.AuditTrail.ImportedChange;
import uk.safeguard.childinneed.ChildInNeedPlans;
import uk.safeguard.childinneed.PlanEndReason;
import uk.safeguard.childinneed.internal.CinSsdImportState.Span;
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
import uk.safeguard.work.CaseFacts;

/**
 * {@code ssd_cin_plans} ↔ table {@code cin_plan}:
 * <ul>
 * <li>cinp_cin_plan_id → the plan (SsdKind.CIN_PLAN); cinp_referral_id → case_id (the episode's case, CASE);
 * cinp_person_id → person_id (PERSON, the episode's person).</li>
 * <li>cinp_cin_plan_start_date → start_date (started_at: midday, not before the case opened, as the UI does);
 * cinp_cin_plan_end_date → end_date. The SSD has no reason for the end: end_reason OTHER with a note "not recorded";
 * the export gives the dates only.</li>
 * <li>cinp_cin_plan_team → team_id (TEAM); cinp_cin_plan_worker_id → worker_id (PROFESSIONAL).</li>
 * </ul>
 * Clocks and chronology as {@code ChildInNeedPlans.startPlan} / {@code endPlan} record them (CIN_PLAN_STARTED and
 * CIN_PLAN_ENDED under the plan's reference). The SSD holds no CIN plan reviews, so none are recorded.
 */
@Component
public class CinPlanSsdHandler implements SsdHandler {
    static final SsdObject OBJECT = new SsdObject("ssd_cin_plans", List.of("cinp_cin_plan_id", "cinp_referral_id", "cinp_person_id",
            "cinp_cin_plan_start_date", "cinp_cin_plan_end_date", "cinp_cin_plan_team", "cinp_cin_plan_worker_id"),
            "cinp_cin_plan_id", SsdKind.CIN_PLAN, "cinp_person_id", SsdOrder.CIN_PLANS);

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final CinSsdImportState states;
    private final AuditTrail audit;
    private final StatutoryClocks clocks;
    private final Clock clock;

    public CinPlanSsdHandler(JdbcClient jdbc, BulkCopy bulk, CinSsdImportState states, AuditTrail audit, StatutoryClocks clocks,
                             Clock clock) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.states = states;
        this.audit = audit;
        this.clocks = clocks;
        this.clock = clock;
    }

    @Override
    public SsdObject object() {
        return OBJECT;
    }

    @Override
    public void check(SsdRow row, SsdImportContext ctx) {
        CinSsdImportState.State s = states.of(ctx);
        row.required("cinp_cin_plan_id");
        String referral = row.required("cinp_referral_id") == null ? null
                : ctx.requireKnown(row, "cinp_referral_id", SsdKind.REFERRAL, "ssd_cin_episodes");
        String person = row.required("cinp_person_id") == null ? null
                : ctx.requireKnown(row, "cinp_person_id", SsdKind.PERSON, "ssd_person");
        if (referral != null && person != null) {
            String episodePerson = ctx.personOf(SsdKind.REFERRAL, referral);
            if (episodePerson != null && !episodePerson.equals(person)) {
                row.error("cinp_person_id", "same-person", "cinp_person_id is " + person + " but episode " + referral
                        + " is about person " + episodePerson + ": a CIN plan is about the child of its episode");
            }
        }
        LocalDate start = row.required("cinp_cin_plan_start_date") == null ? null : row.date("cinp_cin_plan_start_date");
        LocalDate end = row.date("cinp_cin_plan_end_date");
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
        if (start != null && start.isAfter(today)) {
            row.error("cinp_cin_plan_start_date", "not-future", "cinp_cin_plan_start_date cannot be in the future (it is " + start + ")");
        }
        if (end != null && end.isAfter(today)) {
            row.error("cinp_cin_plan_end_date", "not-future", "cinp_cin_plan_end_date cannot be in the future (it is " + end + ")");
        }
        if (start != null && end != null && end.isBefore(start)) {
            row.error("cinp_cin_plan_end_date", "after:cinp_cin_plan_start_date", "cinp_cin_plan_end_date (" + end
                    + ") cannot be before the plan's start (" + start + ")");
        }
        if (row.get("cinp_cin_plan_team") != null) {
            ctx.requireKnown(row, "cinp_cin_plan_team", SsdKind.TEAM, "ssd_department");
        }
        if (row.get("cinp_cin_plan_worker_id") != null) {
            ctx.requireKnown(row, "cinp_cin_plan_worker_id", SsdKind.PROFESSIONAL, "ssd_professionals");
        }
        if (referral != null && start != null) {
            Long caseId = ctx.localId(SsdKind.CASE, referral);
            CaseFacts c = caseId == null ? null : s.caseOf(caseId).orElse(null);
            // As ChildInNeedPlans.startPlan: a plan cannot start before its case (the episode) opened.
            if (c != null && start.isBefore(londonDay(c.openedAt()))) {
                row.error("cinp_cin_plan_start_date", "after:cine_referral_date", "cinp_cin_plan_start_date (" + start
                        + ") cannot be before its episode opened on " + londonDay(c.openedAt()));
            }
            // A case cannot close before the plan activity in it (CinPlanEpisodeActivity): no plan starts or ends after.
            LocalDate closed = c == null || c.closedAt() == null ? null : londonDay(c.closedAt());
            if (closed != null && start.isAfter(closed)) {
                row.error("cinp_cin_plan_start_date", "before:cine_close_date", "cinp_cin_plan_start_date (" + start
                        + ") cannot be after its episode closed on " + closed);
            } else if (closed != null && end != null && end.isAfter(closed)) {
                row.error("cinp_cin_plan_end_date", "before:cine_close_date", "cinp_cin_plan_end_date (" + end
                        + ") cannot be after its episode closed on " + closed);
            }
        }
        if (person != null && start != null && (end == null || !end.isBefore(start))) {
            Span span = new Span(start, end);
            // The SSD: "a child can have one, more than one or no CIN plan(s) - but only one at a time" (ssd_cin_plans.yml).
            // Checked only on an otherwise sound row, so that one mistake is not reported twice.
            boolean overlaps = !row.hasErrors() && (s.importedPlans(person).stream().anyMatch(span::overlaps)
                    || s.existingPlans(ctx.localId(SsdKind.PERSON, person)).stream().anyMatch(span::overlaps));
            if (overlaps) {
                row.error("cinp_cin_plan_start_date", "overlap", "Person " + person + " already has a CIN plan during "
                        + start + (end == null ? " onwards" : " to " + end) + ": a child has one CIN plan at a time");
            }
            s.planRead(person, span);
        }
    }

    @Override
    public void write(List<SsdRow> rows, SsdImportContext ctx) {
        CinSsdImportState.State s = states.of(ctx);
        long[] ids = bulk.nextIds("cin_plan", rows.size());
        List<Object[]> out = new ArrayList<>(rows.size());
        List<ImportedChange> changes = new ArrayList<>();
        List<ImportedClockEvent> events = new ArrayList<>();
        String note = "Not recorded: the SSD gives no reason (imported, import " + ctx.importId() + ")";
        for (int i = 0; i < rows.size(); i++) {
            SsdRow row = rows.get(i);
            long id = ids[i];
            String referral = row.get("cinp_referral_id");
            long caseId = ctx.localId(SsdKind.CASE, referral);
            long personId = ctx.localId(SsdKind.PERSON, row.get("cinp_person_id"));
            LocalDate start = row.date("cinp_cin_plan_start_date");
            LocalDate end = row.date("cinp_cin_plan_end_date");
            Long teamId = row.get("cinp_cin_plan_team") == null ? null : ctx.localId(SsdKind.TEAM, row.get("cinp_cin_plan_team"));
            Long workerId = row.get("cinp_cin_plan_worker_id") == null ? null : ctx.localId(SsdKind.PROFESSIONAL, row.get("cinp_cin_plan_worker_id"));
            Instant opened = s.caseOf(caseId).map(CaseFacts::openedAt).orElse(null);
            // As ChildInNeedPlans: a day's moment (midday; now for today), not before the case opened.
            Instant startedAt = latest(moment(start), opened);
            Instant endedAt = end == null ? null : latest(moment(end), startedAt);
            out.add(new Object[] {id, caseId, personId, start, startedAt, end, endedAt, end == null ? null : PlanEndReason.OTHER.name(),
                    end == null ? null : note, teamId, workerId, ctx.actor().userId(), ctx.importId()});
            String reference = ChildInNeedPlans.clockReference(id);
            events.add(new ImportedClockEvent(personId, ClockEvents.CIN_PLAN_STARTED, startedAt, reference));
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("caseId", caseId);
            after.put("startDate", start.toString());
            changes.add(new ImportedChange(personId, startedAt, Change.of("cin_plan", id, "CIN_PLAN_STARTED",
                    "Child in need plan started on " + start + " (imported from the SSD)").withValues(null, after)));
            if (end != null) {
                events.add(new ImportedClockEvent(personId, ClockEvents.CIN_PLAN_ENDED, endedAt, reference));
                Map<String, Object> ended = new LinkedHashMap<>();
                ended.put("endDate", end.toString());
                ended.put("endReason", PlanEndReason.OTHER.name());
                ended.put("note", note);
                changes.add(new ImportedChange(personId, endedAt, Change.of("cin_plan", id, "CIN_PLAN_ENDED",
                        "Child in need plan ended on " + end + " (imported from the SSD; no reason recorded)")
                        .withValues(Map.of("endDate", "open"), ended)));
            }
            ctx.register(SsdKind.CIN_PLAN, row.get("cinp_cin_plan_id"), id);
        }
        bulk.copy("cin_plan", List.of("id", "case_id", "person_id", "start_date", "started_at", "end_date", "ended_at", "end_reason",
                "end_note", "team_id", "worker_id", "created_by", "ssd_import_id"), out);
        clocks.recordImported(ctx.actor(), events);
        audit.recordImported(ctx.actor(), changes);
    }

    @Override
    public void export(SsdExportContext ctx, SsdRowWriter out) {
        jdbc.sql("select id, case_id, person_id, start_date, end_date, team_id, worker_id from cin_plan order by id")
                .withFetchSize(2000).query((ResultSet rs) -> out.row(Arrays.asList(ctx.ssdId(SsdKind.CIN_PLAN, rs.getLong("id")),
                        ctx.ssdId(SsdKind.CASE, rs.getLong("case_id")), ctx.ssdId(SsdKind.PERSON, rs.getLong("person_id")),
                        SsdFormat.date(rs.getObject("start_date", LocalDate.class)), SsdFormat.date(rs.getObject("end_date", LocalDate.class)),
                        ctx.ssdId(SsdKind.TEAM, rs.getObject("team_id", Long.class)),
                        ctx.ssdId(SsdKind.PROFESSIONAL, rs.getObject("worker_id", Long.class)))));
    }

    private Instant moment(LocalDate day) {
        return day.equals(LocalDate.now(clock.withZone(TimeConfiguration.LONDON))) ? clock.instant()
                : day.atTime(LocalTime.NOON).atZone(TimeConfiguration.LONDON).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    static LocalDate londonDay(Instant i) {
        return i.atZone(TimeConfiguration.LONDON).toLocalDate();
    }
}
