package uk.safeguard.conference.internal;

import static uk.safeguard.conference.internal.CpSsdFacts.requiredRef;
import static uk.safeguard.conference.internal.CpSsdFacts.samePerson;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * {@code ssd_cp_visits} ⇄ {@code cp_visit}.
 * <ul>
 * <li>{@code cppv_cp_visit_id} → the visit (kind CP_VISIT); {@code cppv_cp_plan_id} → {@code plan_id} (kind CP_PLAN),
 * whose child {@code cppv_person_id} must be; {@code cppv_cp_visit_date} → {@code visited_at} (London date-time), on
 * or after the plan's start and not after its end.</li>
 * <li>{@code cppv_cp_visit_seen}, {@code cppv_cp_visit_seen_alone} → {@code seen}, {@code seen_alone} (both required,
 * as the visit page asks; seen alone implies seen); {@code cppv_cp_visit_bedroom} → {@code bedroom_seen}.</li>
 * <li>The SSD does not say who visited: {@code visitor} reads "Not recorded (imported from the SSD)".</li>
 * </ul>
 * Clocks and chronology as {@code ChildProtectionPlans.recordVisit}: CP_VISIT at the visit's time with reference
 * {@code cp-plan-<planId>} (the visits clock), chronology CP_VISIT.
 */
@Component
public class CpVisitSsdHandler implements SsdHandler {
    static final List<String> FIELDS = List.of("cppv_cp_visit_id", "cppv_person_id", "cppv_cp_plan_id", "cppv_cp_visit_date",
            "cppv_cp_visit_seen", "cppv_cp_visit_seen_alone", "cppv_cp_visit_bedroom");
    static final int PAGE = 20000;
    static final String VISITOR = "Not recorded (imported from the SSD)";

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final StatutoryClocks clocks;
    private final AuditTrail audit;
    private final CpSsdFacts facts;
    private final Clock clock;

    public CpVisitSsdHandler(JdbcClient jdbc, BulkCopy bulk, StatutoryClocks clocks, AuditTrail audit, CpSsdFacts facts, Clock clock) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.clocks = clocks;
        this.audit = audit;
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    public SsdObject object() {
        return new SsdObject("ssd_cp_visits", FIELDS, "cppv_cp_visit_id", SsdKind.CP_VISIT, "cppv_person_id", SsdOrder.CP_VISITS);
    }

    private record Visit(String ssdId, String person, String plan, LocalDateTime at, Boolean seen, Boolean seenAlone, Boolean bedroom) {}

    private Visit read(SsdRow row, SsdImportContext ctx) {
        String id = CpSsdFacts.id(row, "cppv_cp_visit_id");
        String person = requiredRef(row, ctx, "cppv_person_id", SsdKind.PERSON, "ssd_person");
        String plan = requiredRef(row, ctx, "cppv_cp_plan_id", SsdKind.CP_PLAN, "ssd_cp_plans");
        LocalDateTime at = row.dateTime("cppv_cp_visit_date");
        if (row.get("cppv_cp_visit_date") == null) {
            row.required("cppv_cp_visit_date");
        }
        if (at != null && SsdFormat.toInstant(at).isAfter(clock.instant())) {
            row.error("cppv_cp_visit_date", "not-future", "cppv_cp_visit_date " + at + " is in the future");
        }
        Boolean seen = row.get("cppv_cp_visit_seen") == null ? null : row.flag("cppv_cp_visit_seen");
        if (row.get("cppv_cp_visit_seen") == null) {
            row.required("cppv_cp_visit_seen");
        }
        Boolean seenAlone = row.flag("cppv_cp_visit_seen_alone");
        if (row.get("cppv_cp_visit_seen_alone") == null) {
            row.required("cppv_cp_visit_seen_alone");
        }
        if (Boolean.TRUE.equals(seenAlone) && Boolean.FALSE.equals(seen)) {
            row.error("cppv_cp_visit_seen_alone", "consistent", "cppv_cp_visit_seen_alone is Y but cppv_cp_visit_seen is N: "
                    + "a child who was not seen cannot have been seen alone");
        }
        Boolean bedroom = row.flag("cppv_cp_visit_bedroom");
        if (plan != null) {
            CpSsdFacts.Plan p = facts.plan(ctx, plan);
            if (p != null) {
                samePerson(row, "cppv_person_id", person, p.person(), "plan " + plan);
                LocalDate day = at == null ? null : at.toLocalDate();
                if (day != null && p.start() != null && day.isBefore(p.start())) {
                    row.error("cppv_cp_visit_date", "after:cppl_cp_plan_start_date", "cppv_cp_visit_date " + day
                            + " is before plan " + plan + " began (" + p.start() + ")");
                }
                if (day != null && p.end() != null && day.isAfter(p.end())) {
                    row.error("cppv_cp_visit_date", "before:cppl_cp_plan_end_date", "cppv_cp_visit_date " + day
                            + " is after plan " + plan + " ended (" + p.end() + ")");
                }
            }
        }
        return new Visit(id, person, plan, at, seen, seenAlone, bedroom);
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
        long[] ids = bulk.nextIds("cp_visit", rows.size());
        String by = ctx.actor().description();
        Instant now = clock.instant();
        List<Object[]> copy = new ArrayList<>(rows.size());
        List<ImportedClockEvent> events = new ArrayList<>(rows.size());
        List<ImportedChange> changes = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Visit v = read(rows.get(i), ctx);
            long id = ids[i];
            long planId = ctx.localId(SsdKind.CP_PLAN, v.plan());
            long childId = ctx.localId(SsdKind.PERSON, v.person());
            Instant at = SsdFormat.toInstant(v.at());
            copy.add(new Object[] {id, planId, at, v.seen(), v.seenAlone(), VISITOR, by, now, ctx.importId(), v.bedroom()});
            events.add(new ImportedClockEvent(childId, ClockEvents.CP_VISIT, at, ChildProtectionPlans.reference(planId)));
            changes.add(new ImportedChange(childId, at, Change.of("cp_visit", id, "CP_VISIT",
                    "Child protection visit: child " + (v.seen() ? "seen" + (v.seenAlone() ? " alone" : ", not alone") : "not seen")
                            + " (imported from the SSD)")));
            ctx.register(SsdKind.CP_VISIT, v.ssdId(), id);
        }
        bulk.copy("cp_visit", List.of("id", "plan_id", "visited_at", "seen", "seen_alone", "visitor", "recorded_by", "recorded_at",
                "ssd_import_id", "bedroom_seen"), copy);
        clocks.recordImported(ctx.actor(), events);
        audit.recordImported(ctx.actor(), changes);
    }

    @Override
    public void export(SsdExportContext ctx, SsdRowWriter out) {
        long after = 0;
        while (true) {
            List<Map.Entry<Long, List<String>>> page = jdbc.sql("""
                    select v.id, v.plan_id, p.child_id, v.visited_at, v.seen, v.seen_alone, v.bedroom_seen
                    from cp_visit v join cp_plan p on p.id = v.plan_id where v.id > ? order by v.id limit ?""")
                    .params(after, PAGE).query((rs, n) -> {
                        long id = rs.getLong(1);
                        return Map.entry(id, Arrays.asList(
                                ctx.ssdId(SsdKind.CP_VISIT, id),
                                ctx.ssdId(SsdKind.PERSON, rs.getLong(3)),
                                ctx.ssdId(SsdKind.CP_PLAN, rs.getLong(2)),
                                SsdFormat.dateTime(rs.getTimestamp(4).toInstant()),
                                SsdFormat.flag(rs.getBoolean(5)),
                                SsdFormat.flag(rs.getBoolean(6)),
                                SsdFormat.flag((Boolean) rs.getObject(7))));
                    }).list();
            page.forEach(e -> out.row(e.getValue()));
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).getKey();
        }
    }
}
