package uk.safeguard.conference.internal;

import static uk.safeguard.conference.internal.CpSsdFacts.date;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
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
import uk.safeguard.platform.TimeConfiguration;

/**
 * {@code ssd_cp_plans} ⇄ {@code cp_plan}.
 * <ul>
 * <li>{@code cppl_cp_plan_id} → the plan (kind CP_PLAN); {@code cppl_icpc_id} → {@code conference_id}: the initial
 * conference that made it (kind INITIAL_CONFERENCE), which must have decided on a plan (outcome flag Y), be about the
 * same child, be held on or before the plan's start, and make no other plan — a plan is made only by a conference's
 * decision (DOMAIN.md section 5). The conference gets {@code plan_id}, the category and the lead worker, as when a
 * plan is made in Safeguard.</li>
 * <li>{@code cppl_person_id} → {@code child_id}; {@code cppl_referral_id} → {@code referral_id} and {@code case_id}
 * (kind CASE; blank: the conference's case).</li>
 * <li>{@code cppl_cp_plan_start_date}, {@code cppl_cp_plan_end_date} → {@code started_on}, {@code ended_on} (the SSD
 * records no end reason: the page says "Not recorded"); {@code cppl_cp_plan_initial_category},
 * {@code cppl_cp_plan_latest_category} → the categories (NEG, PHY, EMO, SAB, MUL); {@code cppl_cp_plan_ola} →
 * {@code other_la}.</li>
 * <li>Lead body LA; lead social worker: the conference's worker ({@code icpc_icpc_worker_id}, the episode's worker at
 * the conference), or none; {@code previous_plans}: the child's plans that started earlier (a second or subsequent plan
 * is a national indicator); version 1 kept as the UI keeps it.</li>
 * </ul>
 * Clocks and chronology as {@code ChildProtectionPlans}: CP_PLAN_STARTED at the start (noon; starts the core group,
 * review, visit and 18th-birthday clocks) and CP_PLAN_ENDED at the end of the end date (after that day's visits and the
 * review that ended it), reference {@code cp-plan-<id>}.
 */
@Component
public class CpPlanSsdHandler implements SsdHandler {
    static final List<String> FIELDS = List.of("cppl_cp_plan_id", "cppl_referral_id", "cppl_icpc_id", "cppl_person_id",
            "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", "cppl_cp_plan_initial_category", "cppl_cp_plan_ola",
            "cppl_cp_plan_latest_category");

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final StatutoryClocks clocks;
    private final AuditTrail audit;
    private final CpSsdFacts facts;
    private final ConferenceRepository repository;
    private final JsonMapper json;
    private final Clock clock;

    public CpPlanSsdHandler(JdbcClient jdbc, BulkCopy bulk, StatutoryClocks clocks, AuditTrail audit, CpSsdFacts facts,
                            ConferenceRepository repository, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.clocks = clocks;
        this.audit = audit;
        this.facts = facts;
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public SsdObject object() {
        return new SsdObject("ssd_cp_plans", FIELDS, "cppl_cp_plan_id", SsdKind.CP_PLAN, "cppl_person_id", SsdOrder.CP_PLANS);
    }

    private record Plan(String ssdId, String referral, String icpc, String person, LocalDate start, LocalDate end,
                        String initial, Boolean ola, String latest) {}

    /** {@code checking}: also the checks against other rows (while writing, the row's own ICPC already counts as used). */
    private Plan read(SsdRow row, SsdImportContext ctx, boolean checking) {
        String id = CpSsdFacts.id(row, "cppl_cp_plan_id");
        String person = requiredRef(row, ctx, "cppl_person_id", SsdKind.PERSON, "ssd_person");
        String referral = ctx.requireKnown(row, "cppl_referral_id", SsdKind.REFERRAL, "ssd_cin_episodes");
        if (referral != null) {
            samePerson(row, "cppl_person_id", person, ctx.personOf(SsdKind.REFERRAL, referral), "referral " + referral);
        }
        String icpc = requiredRef(row, ctx, "cppl_icpc_id", SsdKind.INITIAL_CONFERENCE, "ssd_initial_cp_conference");
        LocalDate start = row.date("cppl_cp_plan_start_date");
        if (row.get("cppl_cp_plan_start_date") == null) {
            row.required("cppl_cp_plan_start_date");
        }
        LocalDate end = row.date("cppl_cp_plan_end_date");
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
        notFuture(row, "cppl_cp_plan_start_date", start, today);
        notFuture(row, "cppl_cp_plan_end_date", end, today);
        if (start != null && end != null && end.isBefore(start)) {
            row.error("cppl_cp_plan_end_date", "after:cppl_cp_plan_start_date", "cppl_cp_plan_end_date " + end
                    + " is before the plan started (" + start + ")");
        }
        var codes = repository.categories().keySet();
        if (row.get("cppl_cp_plan_initial_category") == null) {
            row.required("cppl_cp_plan_initial_category");
        }
        String initial = row.code("cppl_cp_plan_initial_category", "category_of_abuse", codes);
        if (row.get("cppl_cp_plan_latest_category") == null) {
            row.required("cppl_cp_plan_latest_category");
        }
        String latest = row.code("cppl_cp_plan_latest_category", "category_of_abuse", codes);
        Boolean ola = row.flag("cppl_cp_plan_ola");
        if (icpc != null && checking) {
            CpSsdFacts.Icpc conference = facts.icpc(ctx, icpc);
            if (conference != null) {
                samePerson(row, "cppl_person_id", person, conference.person(), "initial conference " + icpc);
                if (!conference.madePlan()) {
                    row.error("cppl_icpc_id", "icpc-made-plan", "Initial conference " + icpc + " did not decide on a child protection plan "
                            + "(icpc_icpc_outcome_cp_flag is not Y, or it has no date): a plan is made only by a conference's decision");
                } else if (conference.usedByPlan()) {
                    row.error("cppl_icpc_id", "unique", "Initial conference " + icpc + " already made another plan: one conference makes one plan");
                } else if (conference.planRef() != null && id != null && !conference.planRef().equals(id)) {
                    row.error("cppl_icpc_id", "consistent", "Initial conference " + icpc + " names plan " + conference.planRef()
                            + " (icpc_cp_plan_id), not " + id);
                }
                if (start != null && conference.held() != null && start.isBefore(conference.held())) {
                    row.error("cppl_cp_plan_start_date", "after:icpc_icpc_date", "cppl_cp_plan_start_date " + start
                            + " is before initial conference " + icpc + " was held (" + conference.held() + "): the plan starts at the conference");
                }
            }
        }
        return new Plan(id, referral, icpc, person, start, end, initial, ola, latest);
    }

    @Override
    public void check(SsdRow row, SsdImportContext ctx) {
        Plan p = read(row, ctx, true);
        if (!row.hasErrors()) {
            facts.icpcUsedByPlan(ctx, p.icpc());
        }
        if (p.ssdId() != null) {
            facts.rememberPlan(ctx, p.ssdId(), new CpSsdFacts.Plan(p.person(), p.start(), p.end()));
        }
    }

    private record ConferenceFacts(long childId, Long caseId, Long workerId) {}

    @Override
    public void write(List<SsdRow> rows, SsdImportContext ctx) {
        if (rows.isEmpty()) {
            return;
        }
        List<Plan> plans = new ArrayList<>(rows.size());
        List<Long> conferenceIds = new ArrayList<>(rows.size());
        for (SsdRow row : rows) {
            Plan p = read(row, ctx, false);
            plans.add(p);
            conferenceIds.add(ctx.localId(SsdKind.INITIAL_CONFERENCE, p.icpc()));
        }
        Map<Long, ConferenceFacts> conferences = new HashMap<>();
        jdbc.sql("select id, child_id, case_id, worker_id from cp_conference where id = any(?)").param(longs(conferenceIds))
                .query(rs -> {
                    conferences.put(rs.getLong(1), new ConferenceFacts(rs.getLong(2), (Long) rs.getObject(3), (Long) rs.getObject(4)));
                });
        long[] ids = bulk.nextIds("cp_plan", rows.size());
        String by = ctx.actor().description();
        Instant now = clock.instant();
        List<Object[]> copy = new ArrayList<>(rows.size());
        List<Long> childIds = new ArrayList<>(rows.size());
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            ConferenceFacts conference = conferences.get(conferenceIds.get(i));
            long childId = ctx.localId(SsdKind.PERSON, p.person());
            Long caseId = p.referral() == null ? conference.caseId() : ctx.localId(SsdKind.CASE, p.referral());
            Long referralId = p.referral() == null ? null : ctx.localId(SsdKind.REFERRAL, p.referral());
            copy.add(new Object[] {ids[i], childId, caseId, conferenceIds.get(i), p.start(), p.initial(), p.latest(), "LA",
                    conference.workerId(), 0, p.end(), 1, ctx.importId(), referralId, p.ola()});
            childIds.add(childId);
            ctx.register(SsdKind.CP_PLAN, p.ssdId(), ids[i]);
        }
        bulk.copy("cp_plan", List.of("id", "child_id", "case_id", "conference_id", "started_on", "initial_category", "latest_category",
                "lead_body", "lead_social_worker_id", "previous_plans", "ended_on", "version", "ssd_import_id", "referral_id", "other_la"), copy);
        // How many plans the child had before each (as the UI counts them when a conference makes one).
        Map<Long, Integer> previous = new HashMap<>();
        Long[] planIds = Arrays.stream(ids).boxed().toArray(Long[]::new);
        jdbc.sql("""
                update cp_plan p set previous_plans = (select count(*) from cp_plan q where q.child_id = p.child_id
                    and (q.started_on < p.started_on or (q.started_on = p.started_on and q.id < p.id)))
                where p.id = any(?) returning p.id, p.previous_plans""")
                .param(planIds).query(rs -> {
                    previous.put(rs.getLong(1), rs.getInt(2));
                });
        // The conference that made the plan records it, as Conferences.recordOutcome does.
        jdbc.sql("""
                update cp_conference c set plan_id = u.plan_id, category = u.category, lead_body = 'LA', lead_social_worker_id = c.worker_id
                from unnest(?::bigint[], ?::bigint[], ?::text[]) as u(conference_id, plan_id, category)
                where c.id = u.conference_id""")
                .params(longs(conferenceIds), planIds, plans.stream().map(Plan::initial).toArray(String[]::new)).update();
        List<Object[]> versions = new ArrayList<>(rows.size());
        List<ImportedClockEvent> events = new ArrayList<>();
        List<ImportedChange> changes = new ArrayList<>();
        Map<String, String> categories = repository.categories();
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            long id = ids[i];
            long childId = childIds.get(i);
            int before = previous.getOrDefault(id, 0);
            Map<String, Object> snapshot = new LinkedHashMap<>();
            snapshot.put("latestCategory", p.latest());
            snapshot.put("leadBody", "LA");
            snapshot.put("leadSocialWorkerId", conferences.get(conferenceIds.get(i)).workerId());
            snapshot.put("outlinePlan", null);
            snapshot.put("coreGroup", List.of());
            snapshot.put("actions", List.of());
            snapshot.put("endedOn", p.end() == null ? null : p.end().toString());
            snapshot.put("endReason", null);
            versions.add(new Object[] {id, 1, now, by, "Plan imported from the SSD (import " + ctx.importId() + ")",
                    new BulkCopy.Json(json.writeValueAsString(snapshot))});
            String reference = ChildProtectionPlans.reference(id);
            Instant startedAt = noon(p.start());
            events.add(new ImportedClockEvent(childId, ClockEvents.CP_PLAN_STARTED, startedAt, reference));
            changes.add(new ImportedChange(childId, startedAt, Change.of("cp_plan", id, "CP_PLAN_STARTED",
                    "Child protection plan: " + categories.get(p.initial())
                            + (before > 0 ? " (a second or subsequent plan: " + before + " before)" : "") + " (imported from the SSD)")
                    .withValues(null, Map.of("category", p.initial(), "leadBody", "LA", "previousPlans", before))));
            if (p.end() != null) {
                // The end of the end day: after any visit or review (the one that ended it) held that day, which would
                // otherwise start a clock after the plan had ended (ChildProtectionPlans.dayMoment does so on the first day).
                Instant endedAt = p.end().plusDays(1).atStartOfDay(TimeConfiguration.LONDON).toInstant().minusSeconds(1);
                events.add(new ImportedClockEvent(childId, ClockEvents.CP_PLAN_ENDED, endedAt, reference));
                changes.add(new ImportedChange(childId, endedAt, Change.of("cp_plan", id, "CP_PLAN_ENDED",
                        "Child protection plan ended (imported from the SSD; no reason recorded)")
                        .withValues(Map.of("endedOn", "open"), Map.of("endedOn", p.end().toString()))));
            }
        }
        bulk.copy("cp_plan_version", List.of("plan_id", "version", "made_at", "made_by", "what", "snapshot"), versions);
        clocks.recordImported(ctx.actor(), events);
        audit.recordImported(ctx.actor(), changes);
    }

    @Override
    public void export(SsdExportContext ctx, SsdRowWriter out) {
        long after = 0;
        while (true) {
            List<Map.Entry<Long, List<String>>> page = jdbc.sql("""
                    select id, child_id, case_id, referral_id, conference_id, started_on, ended_on, initial_category,
                           latest_category, other_la
                    from cp_plan where id > ? order by id limit ?""")
                    .params(after, InitialConferenceSsdHandler.PAGE).query((rs, n) -> {
                        long id = rs.getLong("id");
                        Long referralId = (Long) rs.getObject("referral_id");
                        String referral = referralId != null ? ctx.ssdId(SsdKind.REFERRAL, referralId)
                                : ctx.ssdId(SsdKind.CASE, (Long) rs.getObject("case_id"));
                        return Map.entry(id, Arrays.asList(
                                ctx.ssdId(SsdKind.CP_PLAN, id),
                                referral,
                                ctx.ssdId(SsdKind.INITIAL_CONFERENCE, rs.getLong("conference_id")),
                                ctx.ssdId(SsdKind.PERSON, rs.getLong("child_id")),
                                SsdFormat.date(date(rs, "started_on")),
                                SsdFormat.date(date(rs, "ended_on")),
                                rs.getString("initial_category"),
                                SsdFormat.flag((Boolean) rs.getObject("other_la")),
                                rs.getString("latest_category")));
                    }).list();
            page.forEach(e -> out.row(e.getValue()));
            if (page.size() < InitialConferenceSsdHandler.PAGE) {
                return;
            }
            after = page.get(page.size() - 1).getKey();
        }
    }
}
