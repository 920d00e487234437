package uk.safeguard.work.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import uk.safeguard.platform.TimeConfiguration;

/**
 * {@code ssd_involvements} ↔ {@code case_allocation}, the history of a case's lead practitioners.
 * <ul>
 *   <li>{@code invo_involvements_id} → the allocation (kind INVOLVEMENT); {@code invo_referral_id} → its case (kind CASE),
 *   {@code invo_person_id} must be the episode's person; {@code invo_professional_id} → {@code worker_id}</li>
 *   <li>{@code invo_involvement_start_date} → {@code allocated_at} (that day, not before the case opened) and {@code ssd_start_date};
 *   {@code invo_involvement_end_date} → {@code ended_at}; {@code invo_professional_role_id}, {@code invo_professional_team},
 *   {@code invo_worker_change_reason} → {@code ssd_role}, {@code team_id}, {@code change_reason}</li>
 *   <li>The involvement that starts the day the case opened with the worker the episode named is the allocation the
 *   episode already wrote (not a second one). A later worker is a change of lead practitioner (the previous worker and
 *   the reason as its handover note). The open involvement (no end date) of an open case is its allocated worker.</li>
 * </ul>
 * Export: every allocation of a child-in-need or child-protection case; one made here ends when the next begins or the
 * case closes.
 */
@Component
public class InvolvementSsdHandler implements SsdHandler {
    static final SsdObject OBJECT = new SsdObject("ssd_involvements",
            List.of("invo_involvements_id", "invo_professional_id", "invo_professional_role_id", "invo_professional_team",
                    "invo_involvement_start_date", "invo_involvement_end_date", "invo_worker_change_reason", "invo_person_id",
                    "invo_referral_id"),
            "invo_involvements_id", SsdKind.INVOLVEMENT, "invo_person_id", SsdOrder.INVOLVEMENTS);
    static final String DEFAULT_ROLE = "Allocated Case Worker";
    private static final int PAGE = 20_000;
    private static final String NO_NOTE = "Imported from the SSD: no handover note recorded";

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final AuditTrail audit;

    public InvolvementSsdHandler(JdbcClient jdbc, BulkCopy bulk, AuditTrail audit) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.audit = audit;
    }

    @Override
    public SsdObject object() {
        return OBJECT;
    }

    @Override
    public void check(SsdRow row, SsdImportContext ctx) {
        row.required("invo_involvements_id");
        row.text("invo_involvements_id", 20);
        if (row.required("invo_professional_id") != null) {
            ctx.requireKnown(row, "invo_professional_id", SsdKind.PROFESSIONAL, "ssd_professionals");
        }
        row.text("invo_professional_role_id", 100);
        ctx.requireKnown(row, "invo_professional_team", SsdKind.TEAM, "ssd_department");
        LocalDate start = row.date("invo_involvement_start_date");
        if (row.get("invo_involvement_start_date") == null) {
            row.required("invo_involvement_start_date");
        }
        LocalDate end = row.date("invo_involvement_end_date");
        if (start != null && end != null && end.isBefore(start)) {
            row.error("invo_involvement_end_date", "after:invo_involvement_start_date",
                    "invo_involvement_end_date (" + end + ") cannot be before invo_involvement_start_date (" + start + ")");
        }
        row.text("invo_worker_change_reason", 2000);
        String person = row.required("invo_person_id") == null ? null
                : ctx.requireKnown(row, "invo_person_id", SsdKind.PERSON, "ssd_person");
        String episode = row.required("invo_referral_id") == null ? null
                : ctx.requireKnown(row, "invo_referral_id", SsdKind.CASE, "ssd_cin_episodes");
        if (person != null && episode != null) {
            String episodePerson = ctx.personOf(SsdKind.CASE, episode);
            if (episodePerson != null && !episodePerson.equals(person)) {
                row.error("invo_person_id", "same-person", "invo_person_id " + person + " is not the person of episode " + episode
                        + " (" + episodePerson + ")");
            }
        }
    }

    private record Allocation(Long id, long caseId, long childId, long workerId, Instant allocatedAt, boolean fromFile, SsdRow row) {}

    private record CaseInfo(long childId, Instant openedAt, Instant closedAt, Long firstAllocationId, Long firstWorkerId,
                            Instant firstAllocatedAt, boolean firstHasInvolvement) {}

    @Override
    public void write(List<SsdRow> rows, SsdImportContext ctx) {
        Map<Long, List<SsdRow>> byCase = new LinkedHashMap<>();
        for (SsdRow r : rows) {
            Long caseId = ctx.localId(SsdKind.CASE, r.get("invo_referral_id"));
            if (caseId == null) {
                throw new IllegalStateException("episode " + r.get("invo_referral_id") + " was not written");
            }
            byCase.computeIfAbsent(caseId, k -> new ArrayList<>()).add(r);
        }
        Long[] caseIds = byCase.keySet().toArray(Long[]::new);
        Map<Long, CaseInfo> cases = new HashMap<>();
        jdbc.sql("""
                select c.id, c.child_id, c.opened_at, c.closed_at, f.id as first_id, f.worker_id, f.allocated_at, f.ssd_role
                  from case_file c left join lateral (select * from case_allocation a where a.case_id = c.id
                                                       order by a.allocated_at, a.id limit 1) f on true
                 where c.id = any(?::bigint[])""").param(caseIds)
                .query(rs -> {
                    Timestamp closed = rs.getTimestamp("closed_at");
                    Timestamp first = rs.getTimestamp("allocated_at");
                    cases.put(rs.getLong("id"), new CaseInfo(rs.getLong("child_id"), rs.getTimestamp("opened_at").toInstant(),
                            closed == null ? null : closed.toInstant(), rs.getObject("first_id", Long.class),
                            rs.getObject("worker_id", Long.class), first == null ? null : first.toInstant(), rs.getString("ssd_role") != null));
                });
        Map<Long, List<Allocation>> existing = new HashMap<>();
        jdbc.sql("select id, case_id, child_id, worker_id, allocated_at from case_allocation where case_id = any(?::bigint[])")
                .param(caseIds)
                .query(rs -> {
                    existing.computeIfAbsent(rs.getLong("case_id"), k -> new ArrayList<>()).add(new Allocation(rs.getLong("id"),
                            rs.getLong("case_id"), rs.getLong("child_id"), rs.getLong("worker_id"), rs.getTimestamp("allocated_at").toInstant(),
                            false, null));
                });

        List<Object[]> merges = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        List<ImportedChange> changes = new ArrayList<>();
        List<Object[]> currentWorkers = new ArrayList<>();
        List<SsdRow> toInsert = new ArrayList<>();
        List<Allocation> newAllocations = new ArrayList<>();
        for (Map.Entry<Long, List<SsdRow>> e : byCase.entrySet()) {
            long caseId = e.getKey();
            CaseInfo info = cases.get(caseId);
            List<Allocation> all = new ArrayList<>(existing.getOrDefault(caseId, List.of()));
            boolean firstTaken = info.firstHasInvolvement();
            for (SsdRow r : e.getValue()) {
                long worker = ctx.localId(SsdKind.PROFESSIONAL, r.get("invo_professional_id"));
                LocalDate start = r.date("invo_involvement_start_date");
                if (!firstTaken && info.firstAllocationId() != null && info.firstWorkerId() == worker
                        && londonDate(info.firstAllocatedAt()).equals(start)) {
                    // the episode's own first allocation: completed with what the SSD adds, not written twice
                    firstTaken = true;
                    merges.add(new Object[] {info.firstAllocationId(), endOf(r), team(r, ctx), role(r), r.get("invo_worker_change_reason")});
                    ctx.register(SsdKind.INVOLVEMENT, r.get("invo_involvements_id"), info.firstAllocationId());
                    continue;
                }
                Instant at = start.atStartOfDay(TimeConfiguration.LONDON).toInstant();
                if (at.isBefore(info.openedAt())) {
                    at = info.openedAt();
                }
                Allocation a = new Allocation(null, caseId, info.childId(), worker, at, true, r);
                all.add(a);
                newAllocations.add(a);
            }
            all.sort(Comparator.comparing(Allocation::allocatedAt).thenComparing(a -> a.id() == null ? Long.MAX_VALUE : a.id()));
            Long previous = null;
            for (Allocation a : all) {
                if (a.fromFile()) {
                    Long prev = previous != null && previous != a.workerId() ? previous : null;
                    inserts.add(new Object[] {null, caseId, info.childId(), a.workerId(), prev, a.allocatedAt(),
                            "Imported from the SSD (import " + ctx.importId() + ")", prev == null ? null : note(a.row()),
                            endOf(a.row()), team(a.row(), ctx), role(a.row()), a.row().get("invo_worker_change_reason"),
                            a.row().date("invo_involvement_start_date")});
                    toInsert.add(a.row());
                    changes.add(new ImportedChange(info.childId(), a.allocatedAt(), Change.of("case_file", caseId,
                            prev == null ? "CASE_ALLOCATED" : "LEAD_PRACTITIONER_CHANGED",
                            "Case " + (prev == null ? "allocated to " : "re-allocated from " + "%s to ") + "%s (imported from the SSD)")));
                }
                previous = a.workerId();
            }
            if (info.closedAt() == null) {
                // the open involvement (no end date) of an open case is its current worker: the latest one to start
                all.stream().filter(a -> a.fromFile() && a.row().get("invo_involvement_end_date") == null)
                        .max(Comparator.comparing(Allocation::allocatedAt))
                        .ifPresent(a -> currentWorkers.add(new Object[] {caseId, a.workerId()}));
            }
        }
        long[] ids = bulk.nextIds("case_allocation", inserts.size());
        Map<Long, String> names = workerNames(inserts);
        List<ImportedChange> named = new ArrayList<>();
        for (int i = 0; i < inserts.size(); i++) {
            Object[] row = inserts.get(i);
            row[0] = ids[i];
            ctx.register(SsdKind.INVOLVEMENT, toInsert.get(i).get("invo_involvements_id"), ids[i]);
            ImportedChange c = changes.get(i);
            String summary = row[4] == null ? String.format(c.change().summary(), names.get((Long) row[3]))
                    : String.format(c.change().summary(), names.get((Long) row[4]), names.get((Long) row[3]));
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("allocatedWorker", names.get((Long) row[3]));
            if (row[7] != null) {
                after.put("handoverNote", row[7]);
            }
            named.add(new ImportedChange(c.childId(), c.occurredAt(), new Change("case_file", String.valueOf(row[1]),
                    c.change().action(), summary, row[4] == null ? null : Map.of("allocatedWorker", String.valueOf(names.get((Long) row[4]))), after)));
        }
        bulk.copy("case_allocation", List.of("id", "case_id", "child_id", "worker_id", "previous_worker_id", "allocated_at",
                "allocated_by", "handover_note", "ended_at", "team_id", "ssd_role", "change_reason", "ssd_start_date"), inserts);
        if (!merges.isEmpty()) {
            jdbc.sql("""
                    update case_allocation a set ended_at = m.ended_at, team_id = m.team_id, ssd_role = m.role, change_reason = m.reason
                      from unnest(?::bigint[], ?::timestamptz[], ?::bigint[], ?::text[], ?::text[]) as m(id, ended_at, team_id, role, reason)
                     where a.id = m.id""")
                    .params(column(merges, 0, Long[]::new), timestamps(merges, 1), column(merges, 2, Long[]::new),
                            column(merges, 3, String[]::new), column(merges, 4, String[]::new))
                    .update();
        }
        if (!currentWorkers.isEmpty()) {
            jdbc.sql("""
                    update case_file c set allocated_worker_id = w.worker, version = version + 1
                      from unnest(?::bigint[], ?::bigint[]) as w(case_id, worker)
                     where c.id = w.case_id and c.closed_at is null""")
                    .params(column(currentWorkers, 0, Long[]::new), column(currentWorkers, 1, Long[]::new)).update();
        }
        audit.recordImported(ctx.actor(), named);
    }

    private Map<Long, String> workerNames(List<Object[]> inserts) {
        Long[] ids = inserts.stream().flatMap(r -> java.util.stream.Stream.of((Long) r[3], (Long) r[4]))
                .filter(java.util.Objects::nonNull).distinct().toArray(Long[]::new);
        Map<Long, String> names = new HashMap<>();
        if (ids.length > 0) {
            jdbc.sql("select id, display_name from app_user where id = any(?::bigint[])").param(ids)
                    .query(rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] column(List<Object[]> rows, int i, java.util.function.IntFunction<T[]> make) {
        T[] out = make.apply(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            out[r] = (T) rows.get(r)[i];
        }
        return out;
    }

    private static Timestamp[] timestamps(List<Object[]> rows, int i) {
        return rows.stream().map(r -> r[i] == null ? null : Timestamp.from((Instant) r[i])).toArray(Timestamp[]::new);
    }

    private static Instant endOf(SsdRow r) {
        LocalDate end = r.date("invo_involvement_end_date");
        return end == null ? null : end.atStartOfDay(TimeConfiguration.LONDON).toInstant();
    }

    private static Long team(SsdRow r, SsdImportContext ctx) {
        String team = r.get("invo_professional_team");
        return team == null ? null : ctx.localId(SsdKind.TEAM, team);
    }

    /** The role as the file gives it; empty is kept as empty (exported back empty). */
    private static String role(SsdRow r) {
        String role = r.get("invo_professional_role_id");
        return role == null ? "" : role;
    }

    private static String note(SsdRow r) {
        String reason = r.get("invo_worker_change_reason");
        return reason == null ? NO_NOTE : reason;
    }

    private static LocalDate londonDate(Instant at) {
        return at.atZone(TimeConfiguration.LONDON).toLocalDate();
    }

    @Override
    public void export(SsdExportContext ctx, SsdRowWriter out) {
        // in pages by id: the export runs outside a transaction, so a cursor cannot stream
        long[] after = {0};
        int[] n = {PAGE};
        while (n[0] == PAGE) {
            n[0] = 0;
            jdbc.sql("""
                select a.id, a.worker_id, a.ssd_role, coalesce(a.team_id, case when a.ssd_role is null then u.team_id end) as team_id,
                       a.allocated_at, a.ssd_start_date, a.ended_at, a.change_reason, a.child_id, a.case_id,
                       (select min(b.allocated_at) from case_allocation b where b.case_id = a.case_id
                           and (b.allocated_at, b.id) > (a.allocated_at, a.id)) as next_at, c.closed_at
                  from case_allocation a join case_file c on c.id = a.case_id join app_user u on u.id = a.worker_id
                 where c.kind in ('CHILD_IN_NEED', 'CHILD_PROTECTION') and a.id > ?
                 order by a.id limit ?""")
                .params(after[0], PAGE)
                .query(rs -> {
                    after[0] = rs.getLong("id");
                    n[0]++;
                    boolean imported = rs.getString("ssd_role") != null;
                    Timestamp ended = imported ? rs.getTimestamp("ended_at")
                            : rs.getTimestamp("next_at") != null ? rs.getTimestamp("next_at") : rs.getTimestamp("closed_at");
                    out.row(Arrays.asList(ctx.ssdId(SsdKind.INVOLVEMENT, rs.getLong("id")),
                            ctx.ssdId(SsdKind.PROFESSIONAL, rs.getLong("worker_id")),
                            imported ? rs.getString("ssd_role") : DEFAULT_ROLE,
                            ctx.ssdId(SsdKind.TEAM, rs.getObject("team_id", Long.class)),
                            rs.getDate("ssd_start_date") != null ? SsdFormat.date(rs.getDate("ssd_start_date").toLocalDate())
                                    : SsdFormat.date(londonDate(rs.getTimestamp("allocated_at").toInstant())),
                            ended == null ? null : SsdFormat.date(londonDate(ended.toInstant())),
                            rs.getString("change_reason"),
                            ctx.ssdId(SsdKind.PERSON, rs.getLong("child_id")),
                            ctx.ssdId(SsdKind.CASE, rs.getLong("case_id"))));
                });
        }
    }
}
