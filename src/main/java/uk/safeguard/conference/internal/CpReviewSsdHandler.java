package uk.safeguard.conference.internal;

import static uk.safeguard.conference.internal.CpSsdFacts.date;
import static uk.safeguard.conference.internal.CpSsdFacts.day;
import static uk.safeguard.conference.internal.CpSsdFacts.longs;
import static uk.safeguard.conference.internal.CpSsdFacts.noon;
import static uk.safeguard.conference.internal.CpSsdFacts.notFuture;
import static uk.safeguard.conference.internal.CpSsdFacts.requiredRef;
import static uk.safeguard.conference.internal.CpSsdFacts.samePerson;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.audit.AuditTrail.ImportedChange;
import uk.safeguard.clock.ClockEvents;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.clock.StatutoryClocks.ImportedClockEvent;
import uk.safeguard.conference.ChildProtectionPlans;
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

/**
 * {@code ssd_cp_reviews} ⇄ {@code cp_conference} of kind REVIEW.
 * <ul>
 * <li>{@code cppr_cp_review_id} → the review conference (kind CP_REVIEW); {@code cppr_cp_plan_id} → {@code plan_id}
 * (kind CP_PLAN; its case is the review's), whose child {@code cppr_person_id} must be.</li>
 * <li>{@code cppr_cp_review_due} → {@code due_on}; {@code cppr_cp_review_date} → {@code held_at} (noon London; on or
 * after the plan's start, not after its end) and {@code scheduled_at} (the due date while not held).</li>
 * <li>{@code cppr_cp_review_outcome_continue_cp} Y → decision CONTINUE, N → END (the plan's own end date, in
 * {@code ssd_cp_plans}, ends it); {@code cppr_cp_review_quorate} → {@code quorate};
 * {@code cppr_cp_review_participation} → {@code child_participated}; {@code cppr_cp_review_meeting_id} →
 * {@code ssd_meeting_id}. No chair (the SSD names none).</li>
 * </ul>
 * Clocks and chronology as {@code Conferences.recordOutcome} for a review: CP_REVIEW_HELD at the held date with
 * reference {@code cp-plan-<planId>} (first review within 3 months, then every 6: seeds 000 lines 2991, 3016),
 * chronology CONFERENCE_HELD.
 */
@Component
public class CpReviewSsdHandler implements SsdHandler {
    static final List<String> FIELDS = List.of("cppr_cp_review_id", "cppr_person_id", "cppr_cp_plan_id", "cppr_cp_review_due",
            "cppr_cp_review_date", "cppr_cp_review_meeting_id", "cppr_cp_review_outcome_continue_cp", "cppr_cp_review_quorate",
            "cppr_cp_review_participation");

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final StatutoryClocks clocks;
    private final AuditTrail audit;
    private final CpSsdFacts facts;
    private final Clock clock;

    public CpReviewSsdHandler(JdbcClient jdbc, BulkCopy bulk, StatutoryClocks clocks, AuditTrail audit, CpSsdFacts facts, Clock clock) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.clocks = clocks;
        this.audit = audit;
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    public SsdObject object() {
        return new SsdObject("ssd_cp_reviews", FIELDS, "cppr_cp_review_id", SsdKind.CP_REVIEW, "cppr_person_id", SsdOrder.CP_REVIEWS);
    }

    private record Review(String ssdId, String person, String plan, LocalDate due, LocalDate held, String meeting, Boolean continues,
                          Boolean quorate, Boolean participation) {}

    private Review read(SsdRow row, SsdImportContext ctx) {
        String id = CpSsdFacts.id(row, "cppr_cp_review_id");
        String person = requiredRef(row, ctx, "cppr_person_id", SsdKind.PERSON, "ssd_person");
        String plan = requiredRef(row, ctx, "cppr_cp_plan_id", SsdKind.CP_PLAN, "ssd_cp_plans");
        LocalDate due = row.date("cppr_cp_review_due");
        LocalDate held = row.date("cppr_cp_review_date");
        notFuture(row, "cppr_cp_review_date", held, LocalDate.now(clock.withZone(TimeConfiguration.LONDON)));
        if (row.get("cppr_cp_review_due") == null && row.get("cppr_cp_review_date") == null) {
            row.error("cppr_cp_review_date", "required", "cppr_cp_review_date is required (or, for a review not yet held, cppr_cp_review_due)");
        }
        String meeting = row.text("cppr_cp_review_meeting_id", 40);
        Boolean continues = row.flag("cppr_cp_review_outcome_continue_cp");
        if (continues != null && row.get("cppr_cp_review_date") == null) {
            row.error("cppr_cp_review_date", "required", "cppr_cp_review_date is required when cppr_cp_review_outcome_continue_cp is given: "
                    + "only a review that was held decides whether the plan continues");
        }
        Boolean quorate = row.flag("cppr_cp_review_quorate");
        Boolean participation = row.flag("cppr_cp_review_participation");
        if (plan != null) {
            CpSsdFacts.Plan p = facts.plan(ctx, plan);
            if (p != null) {
                samePerson(row, "cppr_person_id", person, p.person(), "plan " + plan);
                if (held != null && p.start() != null && held.isBefore(p.start())) {
                    row.error("cppr_cp_review_date", "after:cppl_cp_plan_start_date", "cppr_cp_review_date " + held
                            + " is before plan " + plan + " began (" + p.start() + "): a review reviews a plan in force");
                }
                if (held != null && p.end() != null && held.isAfter(p.end())) {
                    row.error("cppr_cp_review_date", "before:cppl_cp_plan_end_date", "cppr_cp_review_date " + held
                            + " is after plan " + plan + " ended (" + p.end() + ")");
                }
            }
        }
        return new Review(id, person, plan, due, held, meeting, continues, quorate, participation);
    }

    @Override
    public void check(SsdRow row, SsdImportContext ctx) {
        read(row, ctx);
    }

    @Override
    public void write(List<SsdRow> rows, SsdImportContext ctx) {
        if (rows.isEmpty()) {
            return;
        }
        List<Review> reviews = new ArrayList<>(rows.size());
        List<Long> planIds = new ArrayList<>(rows.size());
        for (SsdRow row : rows) {
            Review r = read(row, ctx);
            reviews.add(r);
            planIds.add(ctx.localId(SsdKind.CP_PLAN, r.plan()));
        }
        Map<Long, Long> caseOfPlan = new HashMap<>();
        jdbc.sql("select id, case_id from cp_plan where id = any(?)").param(longs(planIds))
                .query(rs -> {
                    caseOfPlan.put(rs.getLong(1), (Long) rs.getObject(2));
                });
        long[] ids = bulk.nextIds("cp_conference", rows.size());
        String by = ctx.actor().description();
        Instant now = clock.instant();
        String label = ConferenceKind.REVIEW.label();
        List<Object[]> copy = new ArrayList<>(rows.size());
        List<ImportedClockEvent> events = new ArrayList<>();
        List<ImportedChange> changes = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            Review r = reviews.get(i);
            long id = ids[i];
            long planId = planIds.get(i);
            long childId = ctx.localId(SsdKind.PERSON, r.person());
            Instant heldAt = r.held() == null ? null : noon(r.held());
            Instant scheduledAt = heldAt != null ? heldAt : noon(r.due());
            String decision = heldAt == null || r.continues() == null ? null : r.continues() ? "CONTINUE" : "END";
            copy.add(new Object[] {id, childId, caseOfPlan.get(planId), ConferenceKind.REVIEW.name(), planId, scheduledAt, false,
                    heldAt, decision, heldAt == null ? null : by, heldAt == null ? null : now, by, now, ctx.importId(), r.meeting(),
                    r.due(), r.quorate(), r.participation()});
            if (heldAt != null) {
                // First review within 3 months of the ICPC, then at most every 6 months (seeds 000 lines 2991, 3016).
                events.add(new ImportedClockEvent(childId, ClockEvents.CP_REVIEW_HELD, heldAt, ChildProtectionPlans.reference(planId)));
                String words = decision == null ? "outcome not recorded" : decision.equals("CONTINUE") ? "plan continues" : "plan ends";
                changes.add(new ImportedChange(childId, heldAt, Change.of("cp_conference", id, "CONFERENCE_HELD",
                        label + " held: " + words + " (imported from the SSD)")
                        .withValues(null, Map.of("decision", String.valueOf(decision), "imported", ctx.importId()))));
            } else {
                changes.add(new ImportedChange(childId, scheduledAt, Change.of("cp_conference", id, "CONFERENCE_SCHEDULED",
                        label + " due on " + r.due() + " (imported from the SSD)")
                        .withValues(null, Map.of("kind", ConferenceKind.REVIEW.name(), "imported", ctx.importId()))));
            }
            ctx.register(SsdKind.CP_REVIEW, r.ssdId(), id);
        }
        bulk.copy("cp_conference", List.of("id", "child_id", "case_id", "kind", "plan_id", "scheduled_at", "online", "held_at",
                "decision", "outcome_recorded_by", "outcome_recorded_at", "created_by", "created_at", "ssd_import_id", "ssd_meeting_id",
                "due_on", "quorate", "child_participated"), copy);
        clocks.recordImported(ctx.actor(), events);
        audit.recordImported(ctx.actor(), changes);
    }

    @Override
    public void export(SsdExportContext ctx, SsdRowWriter out) {
        long after = 0;
        while (true) {
            List<Map.Entry<Long, List<String>>> page = jdbc.sql("""
                    select id, child_id, plan_id, due_on, held_at, ssd_meeting_id, decision, quorate, child_participated
                    from cp_conference where kind = 'REVIEW' and id > ? order by id limit ?""")
                    .params(after, InitialConferenceSsdHandler.PAGE).query((rs, n) -> {
                        long id = rs.getLong("id");
                        String decision = rs.getString("decision");
                        return Map.entry(id, Arrays.asList(
                                ctx.ssdId(SsdKind.CP_REVIEW, id),
                                ctx.ssdId(SsdKind.PERSON, rs.getLong("child_id")),
                                ctx.ssdId(SsdKind.CP_PLAN, (Long) rs.getObject("plan_id")),
                                SsdFormat.date(date(rs, "due_on")),
                                SsdFormat.date(day(rs, "held_at")),
                                rs.getString("ssd_meeting_id"),
                                decision == null ? "" : SsdFormat.flag(!decision.equals("END")),
                                SsdFormat.flag((Boolean) rs.getObject("quorate")),
                                SsdFormat.flag((Boolean) rs.getObject("child_participated"))));
                    }).list();
            page.forEach(e -> out.row(e.getValue()));
            if (page.size() < InitialConferenceSsdHandler.PAGE) {
                return;
            }
            after = page.get(page.size() - 1).getKey();
        }
    }
}
