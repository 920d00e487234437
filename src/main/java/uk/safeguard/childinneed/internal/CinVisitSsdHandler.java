package uk.safeguard.childinneed.internal;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.audit.AuditTrail.ImportedChange;
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
 * {@code ssd_cin_visits} ↔ table {@code cin_visit}, attached to the child's CIN plan open on the visit's date (the
 * latest-starting one if a plan ends on the day the next starts); a visit with no such plan is an error
 * {@code no-open-plan}:
 * <ul>
 * <li>cinv_cin_visit_id → the visit (SsdKind.CIN_VISIT); cinv_person_id → person_id (PERSON) and, with the date, plan_id;
 * cinv_cin_visit_date (London date-time) → visited_at.</li>
 * <li>cinv_cin_visit_seen → seen (required, as in the UI); cinv_cin_visit_seen_alone → seen_alone (Y only if seen);
 * cinv_cin_visit_bedroom → bedroom_seen.</li>
 * </ul>
 * The chronology entry is the UI's CIN_VISIT_RECORDED, at the visit's date-time; recorded by the import's actor.
 */
@Component
public class CinVisitSsdHandler implements SsdHandler {
    static final SsdObject OBJECT = new SsdObject("ssd_cin_visits", List.of("cinv_cin_visit_id", "cinv_person_id", "cinv_cin_visit_date",
            "cinv_cin_visit_seen", "cinv_cin_visit_seen_alone", "cinv_cin_visit_bedroom"), "cinv_cin_visit_id", SsdKind.CIN_VISIT,
            "cinv_person_id", SsdOrder.CIN_VISITS);

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final CinSsdImportState states;
    private final AuditTrail audit;
    private final Clock clock;

    public CinVisitSsdHandler(JdbcClient jdbc, BulkCopy bulk, CinSsdImportState states, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.states = states;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public SsdObject object() {
        return OBJECT;
    }

    @Override
    public void check(SsdRow row, SsdImportContext ctx) {
        CinSsdImportState.State s = states.of(ctx);
        row.required("cinv_cin_visit_id");
        String person = row.required("cinv_person_id") == null ? null
                : ctx.requireKnown(row, "cinv_person_id", SsdKind.PERSON, "ssd_person");
        LocalDateTime at = row.required("cinv_cin_visit_date") == null ? null : row.dateTime("cinv_cin_visit_date");
        if (at != null && SsdFormat.toInstant(at).isAfter(clock.instant())) {
            row.error("cinv_cin_visit_date", "not-future", "cinv_cin_visit_date cannot be in the future (it is " + SsdFormat.dateTime(at) + ")");
        }
        Boolean seen = row.required("cinv_cin_visit_seen") == null ? null : row.flag("cinv_cin_visit_seen");
        Boolean alone = row.flag("cinv_cin_visit_seen_alone");
        row.flag("cinv_cin_visit_bedroom");
        if (Boolean.FALSE.equals(seen) && Boolean.TRUE.equals(alone)) {
            // As ChildInNeedPlans.recordVisit: seen alone only if seen (ssd_cin_visits).
            row.error("cinv_cin_visit_seen_alone", "seen-alone-if-seen", "cinv_cin_visit_seen_alone is Y but cinv_cin_visit_seen is N: "
                    + "the child cannot have been seen alone if not seen");
        }
        if (person != null && at != null) {
            LocalDate day = at.toLocalDate();
            boolean open = s.importedPlans(person).stream().anyMatch(p -> p.covers(day))
                    || s.existingPlans(ctx.localId(SsdKind.PERSON, person)).stream().anyMatch(p -> p.covers(day));
            if (!open) {
                row.error("cinv_cin_visit_date", "no-open-plan", "Person " + person + " has no CIN plan open on " + day
                        + ": a CIN visit belongs to the child's CIN plan open on the visit's date");
            }
        }
    }

    @Override
    public void write(List<SsdRow> rows, SsdImportContext ctx) {
        int n = rows.size();
        Long[] persons = new Long[n];
        String[] days = new String[n];
        Instant[] times = new Instant[n];
        for (int i = 0; i < n; i++) {
            SsdRow row = rows.get(i);
            persons[i] = ctx.localId(SsdKind.PERSON, row.get("cinv_person_id"));
            LocalDateTime at = row.dateTime("cinv_cin_visit_date");
            days[i] = at.toLocalDate().toString();
            times[i] = SsdFormat.toInstant(at);
        }
        // Each visit's plan in one statement: the child's plan open on the visit's date, the latest-starting first.
        Map<Integer, Long> planOf = new HashMap<>();
        jdbc.sql("""
                select d.ord, p.id
                  from unnest(?::bigint[], ?::text[]) with ordinality d(person, day, ord)
                  cross join lateral (select id from cin_plan p
                                       where p.person_id = d.person and p.start_date <= d.day::date
                                         and (p.end_date is null or p.end_date >= d.day::date)
                                       order by p.start_date desc, p.id desc limit 1) p""")
                .params(persons, days).query((ResultSet rs) -> {
                    planOf.put(rs.getInt(1) - 1, rs.getLong(2));
                });
        long[] ids = bulk.nextIds("cin_visit", n);
        long actor = ctx.actor().userId();
        List<Object[]> out = new ArrayList<>(n);
        List<ImportedChange> changes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SsdRow row = rows.get(i);
            Long planId = planOf.get(i);
            if (planId == null) {
                throw new IllegalStateException("CIN visit " + row.get("cinv_cin_visit_id") + " (row " + row.row()
                        + ") has no plan open on " + days[i] + " although it passed its check");
            }
            boolean seen = row.flag("cinv_cin_visit_seen");
            Boolean alone = row.flag("cinv_cin_visit_seen_alone");
            Boolean bedroom = row.flag("cinv_cin_visit_bedroom");
            out.add(new Object[] {ids[i], planId, persons[i], times[i], seen, alone, bedroom, actor, times[i], ctx.importId()});
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("planId", planId);
            after.put("visitedAt", row.dateTime("cinv_cin_visit_date").toString());
            after.put("seen", seen);
            after.put("seenAlone", alone);
            after.put("bedroomSeen", bedroom);
            changes.add(new ImportedChange(persons[i], times[i], Change.of("cin_visit", ids[i], "CIN_VISIT_RECORDED",
                    "Child in need visit: child " + (seen ? (Boolean.TRUE.equals(alone) ? "seen alone" : "seen, not alone") : "not seen")
                            + " (imported from the SSD)").withValues(null, after)));
            ctx.register(SsdKind.CIN_VISIT, row.get("cinv_cin_visit_id"), ids[i]);
        }
        bulk.copy("cin_visit", List.of("id", "plan_id", "person_id", "visited_at", "seen", "seen_alone", "bedroom_seen", "recorded_by",
                "recorded_at", "ssd_import_id"), out);
        audit.recordImported(ctx.actor(), changes);
    }

    @Override
    public void export(SsdExportContext ctx, SsdRowWriter out) {
        jdbc.sql("select id, person_id, visited_at, seen, seen_alone, bedroom_seen from cin_visit order by id")
                .withFetchSize(2000).query((ResultSet rs) -> out.row(Arrays.asList(ctx.ssdId(SsdKind.CIN_VISIT, rs.getLong("id")),
                        ctx.ssdId(SsdKind.PERSON, rs.getLong("person_id")), SsdFormat.dateTime(rs.getTimestamp("visited_at").toInstant()),
                        SsdFormat.flag(rs.getObject("seen", Boolean.class)), SsdFormat.flag(rs.getObject("seen_alone", Boolean.class)),
                        SsdFormat.flag(rs.getObject("bedroom_seen", Boolean.class)))));
    }
}
