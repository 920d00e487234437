package uk.safeguard.frontdoor.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.audit.AuditTrail.ImportedChange;
import uk.safeguard.clock.ClockEvents;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.clock.StatutoryClocks.ImportedClockEvent;
import uk.safeguard.frontdoor.Decision;
import uk.safeguard.frontdoor.FrontDoor;
import uk.safeguard.frontdoor.NextStep;
import uk.safeguard.migration.SsdExportContext;
import uk.safeguard.migration.SsdFormat;
import uk.safeguard.migration.SsdHandler;
import uk.safeguard.migration.SsdImportContext;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdObject;
import uk.safeguard.migration.SsdOrder;
import uk.safeguard.migration.SsdRow;
import uk.safeguard.migration.SsdRowWriter;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonSummary;
import uk.safeguard.platform.BulkCopy;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.work.CaseKind;
import uk.safeguard.work.CaseWork;
import uk.safeguard.work.ImportedCase;
import uk.safeguard.work.ImportedCases;

/**
 * {@code ssd_cin_episodes} ↔ a {@code referral} and its child-in-need case ({@code case_file}, through
 * {@link ImportedCases}). The episode's id names both: kind REFERRAL (the referral) and kind CASE (the case).
 * <ul>
 *   <li>The referral hangs on the contact_child of the same child with NEW_REFERRAL_FLAG (decision referral accepted)
 *   received at the same date-time; without one, a placeholder contact (never exported, never counted) carries it.</li>
 *   <li>{@code cine_referral_date} → {@code referral_at} and the case's {@code opened_at}; primary need, source code and
 *   description → {@code primary_need}, {@code source_code}, {@code ssd_source_desc}; {@code cine_referral_outcome_json}
 *   and {@code cine_referral_nfa} → {@code ssd_outcome_flags}, {@code ssd_nfa} and the next steps (NFA → no further
 *   action; SINGLE_ASSESSMENT → s17 assessment; STRATEGY_DISCUSSION → s47 enquiry), decided 4 hours after the referral
 *   when the file gives any outcome</li>
 *   <li>{@code cine_close_reason} / {@code cine_close_date} → the case's closure (the end of that day);
 *   {@code cine_referral_team} / {@code cine_referral_worker_id} → the case's team and first allocation</li>
 *   <li>Re-referral: a referral within 12 months of the child's previous one (as the front door computes it).</li>
 *   <li>Clocks and chronology as {@link FrontDoor} records them, reference {@code referral-<id>}: REFERRAL_RECEIVED and
 *   REFERRER_ACKNOWLEDGED (the SSD records no acknowledgement: taken as at the referral), REFERRAL_DECISION_MADE, and
 *   REFERRAL_CLOSED_WITHOUT_ASSESSMENT for NFA (the 45 working day assessment clock is then cancelled).</li>
 * </ul>
 * Export: one row per referral; {@code cine_referral_id} is its case's SSD id (or the referral's, without a case).
 */
@Component
public class EpisodeSsdHandler implements SsdHandler {
    static final SsdObject OBJECT = new SsdObject("ssd_cin_episodes",
            List.of("cine_referral_id", "cine_person_id", "cine_referral_date", "cine_cin_primary_need_code", "cine_referral_source_code",
                    "cine_referral_source_desc", "cine_referral_outcome_json", "cine_referral_nfa", "cine_close_reason", "cine_close_date",
                    "cine_referral_team", "cine_referral_worker_id"),
            "cine_referral_id", SsdKind.CASE, "cine_person_id", SsdOrder.CIN_EPISODES);
    public static final List<String> OUTCOME_KEYS = List.of("SINGLE_ASSESSMENT_FLAG", "NFA_FLAG", "STRATEGY_DISCUSSION_FLAG",
            "CLA_REQUEST_FLAG", "NON_AGENCY_ADOPTION_FLAG", "PRIVATE_FOSTERING_FLAG", "CP_TRANSFER_IN_FLAG", "CP_CONFERENCE_FLAG",
            "CARE_LEAVER_FLAG", "OTHER_OUTCOMES_EXIST_FLAG");
    static final String ACKNOWLEDGED_HOW = "Not recorded in the SSD (imported: taken as acknowledged when received)";
    private static final int RE_REFERRAL_MONTHS = 12;

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final FrontDoorRepository repository;
    private final PeopleRegister people;
    private final AuditTrail audit;
    private final StatutoryClocks clocks;
    private final ImportedCases importedCases;
    private final CaseWork caseWork;
    private final Clock clock;

    public EpisodeSsdHandler(JdbcClient jdbc, BulkCopy bulk, FrontDoorRepository repository, PeopleRegister people, AuditTrail audit,
                             StatutoryClocks clocks, ImportedCases importedCases, CaseWork caseWork, Clock clock) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.repository = repository;
        this.people = people;
        this.audit = audit;
        this.clocks = clocks;
        this.importedCases = importedCases;
        this.caseWork = caseWork;
        this.clock = clock;
    }

    @Override
    public SsdObject object() {
        return OBJECT;
    }

    @Override
    public void check(SsdRow row, SsdImportContext ctx) {
        row.required("cine_referral_id");
        row.text("cine_referral_id", 20);
        if (row.required("cine_person_id") != null) {
            ctx.requireKnown(row, "cine_person_id", SsdKind.PERSON, "ssd_person");
        }
        Instant at = null;
        if (row.get("cine_referral_date") == null) {
            row.required("cine_referral_date");
        } else {
            at = row.instant("cine_referral_date");
            if (at != null && at.isAfter(clock.instant())) {
                row.error("cine_referral_date", "not-future", "cine_referral_date (" + row.get("cine_referral_date") + ") is in the future");
            }
        }
        row.code("cine_cin_primary_need_code", "primary_need", repository.primaryNeeds().keySet());
        row.code("cine_referral_source_code", "referral_source", repository.referralSources().keySet());
        row.text("cine_referral_source_desc", 500);
        ContactSsdHandler.outcome(row, "cine_referral_outcome_json", OUTCOME_KEYS);
        row.flag("cine_referral_nfa");
        row.code("cine_close_reason", "reason_for_closure", closureReasons().keySet());
        LocalDate closed = row.date("cine_close_date");
        if ((row.get("cine_close_reason") == null) != (row.get("cine_close_date") == null)) {
            String missing = row.get("cine_close_reason") == null ? "cine_close_reason" : "cine_close_date";
            row.error(missing, "both-or-neither", "cine_close_reason and cine_close_date go together: give both (the episode closed) or neither");
        }
        if (closed != null && at != null && closed.isBefore(at.atZone(TimeConfiguration.LONDON).toLocalDate())) {
            row.error("cine_close_date", "after:cine_referral_date", "cine_close_date (" + closed + ") cannot be before cine_referral_date ("
                    + row.get("cine_referral_date") + ")");
        }
        if (closed != null && closed.isAfter(LocalDate.now(clock.withZone(TimeConfiguration.LONDON)))) {
            row.error("cine_close_date", "not-future", "cine_close_date (" + closed + ") is in the future");
        }
        ctx.requireKnown(row, "cine_referral_team", SsdKind.TEAM, "ssd_department");
        ctx.requireKnown(row, "cine_referral_worker_id", SsdKind.PROFESSIONAL, "ssd_professionals");
    }

    private volatile Map<String, String> closureReasons;

    /** Reference data changes only with a migration: read once. */
    private Map<String, String> closureReasons() {
        if (closureReasons == null) {
            closureReasons = caseWork.closureReasons();
        }
        return closureReasons;
    }

    @Override
    public void write(List<SsdRow> rows, SsdImportContext ctx) {
        Instant now = clock.instant();
        Long actorId = ctx.actor().userId() > 0 ? ctx.actor().userId() : null;
        int n = rows.size();
        List<Long> childIds = rows.stream().map(r -> ctx.localId(SsdKind.PERSON, r.get("cine_person_id"))).toList();
        List<Instant> at = rows.stream().map(r -> r.instant("cine_referral_date")).toList();

        // the contacts that led to these referrals: same child, same date-time, accepted as a referral, none yet
        Map<String, ArrayList<Long>> contactChildren = new HashMap<>();
        jdbc.sql("""
                select m.id, q.child, q.at from (select distinct child, at from unnest(?::bigint[], ?::timestamptz[]) as u(child, at)) q
                 cross join lateral (select cc.id from contact_child cc join contact c on c.id = cc.contact_id
                                      where cc.child_id = q.child and c.received_at = q.at and cc.decision = 'REFERRAL_ACCEPTED'
                                        and not c.placeholder and not exists (select 1 from referral r where r.contact_child_id = cc.id)) m
                 order by m.id""")
                .params(childIds.toArray(Long[]::new), at.stream().map(Timestamp::from).toArray(Timestamp[]::new))
                .query(rs -> {
                    contactChildren.computeIfAbsent(rs.getLong(2) + "@" + rs.getTimestamp(3).toInstant(), k -> new ArrayList<>()).add(rs.getLong(1));
                });
        long[] ccIds = new long[n];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Long> found = contactChildren.get(childIds.get(i) + "@" + at.get(i));
            if (found == null || found.isEmpty()) {
                missing.add(i);
            } else {
                ccIds[i] = found.remove(0);
            }
        }
        if (!missing.isEmpty()) {
            placeholders(rows, ctx, childIds, at, missing, ccIds, now, actorId);
        }

        // re-referral: the child's latest referral in the 12 months before, already written or earlier in this batch
        List<Instant> previous = new ArrayList<>(ContactSsdHandler.previousReferrals(jdbc, childIds, at));
        Map<Long, List<Integer>> sameChild = new HashMap<>();
        for (int i = 0; i < n; i++) {
            sameChild.computeIfAbsent(childIds.get(i), k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < n; i++) {
            Instant from = ZonedDateTime.ofInstant(at.get(i), TimeConfiguration.LONDON).minusMonths(RE_REFERRAL_MONTHS).toInstant();
            for (int j : sameChild.get(childIds.get(i))) {
                if (at.get(j).isBefore(at.get(i)) && !at.get(j).isBefore(from)
                        && (previous.get(i) == null || at.get(j).isAfter(previous.get(i)))) {
                    previous.set(i, at.get(j));
                }
            }
        }

        List<ImportedCase> cases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SsdRow r = rows.get(i);
            LocalDate closedOn = r.date("cine_close_date");
            cases.add(new ImportedCase(childIds.get(i), CaseKind.CHILD_IN_NEED, at.get(i), localId(ctx, SsdKind.TEAM, r.get("cine_referral_team")),
                    localId(ctx, SsdKind.PROFESSIONAL, r.get("cine_referral_worker_id")),
                    closedOn == null ? null : ImportedCases.endOfDay(closedOn), r.get("cine_close_reason")));
        }
        long[] caseIds = importedCases.openCases(ctx.actor(), cases);

        long[] ids = bulk.nextIds("referral", n);
        Map<String, String> needs = repository.primaryNeeds();
        List<Object[]> referrals = new ArrayList<>(n);
        List<ImportedClockEvent> events = new ArrayList<>();
        List<ImportedChange> changes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SsdRow r = rows.get(i);
            long childId = childIds.get(i);
            Instant received = at.get(i);
            List<String> flags = ContactSsdHandler.outcome(r, "cine_referral_outcome_json", OUTCOME_KEYS);
            Boolean nfaFlag = r.flag("cine_referral_nfa");
            boolean nfa = Boolean.TRUE.equals(nfaFlag) || (flags != null && flags.contains("NFA_FLAG"));
            boolean decided = nfaFlag != null || (flags != null && !flags.isEmpty());
            List<String> steps = new ArrayList<>();
            if (nfa) {
                steps.add(NextStep.NO_FURTHER_ACTION.name());
            } else if (flags != null) {
                if (flags.contains("SINGLE_ASSESSMENT_FLAG")) {
                    steps.add(NextStep.SECTION_17_ASSESSMENT.name());
                }
                if (flags.contains("STRATEGY_DISCUSSION_FLAG")) {
                    steps.add(NextStep.SECTION_47_ENQUIRY.name());
                }
            }
            Instant decidedAt = received.plus(ContactSsdHandler.DECIDED_AFTER).isAfter(now) ? now : received.plus(ContactSsdHandler.DECIDED_AFTER);
            String outcomes = flags == null || flags.isEmpty() ? "none recorded" : String.join(", ", flags);
            String need = r.get("cine_cin_primary_need_code");
            String source = r.get("cine_referral_source_code");
            Instant prev = previous.get(i);
            referrals.add(new Object[] {ids[i], ccIds[i], childId, received, source, need, prev != null, prev, caseIds[i], received,
                    ACKNOWLEDGED_HOW, decided ? steps : null,
                    decided ? "Imported from the SSD (import " + ctx.importId() + "): referral outcome " + outcomes : null,
                    decided ? actorId : null, decided ? decidedAt : null, now, true, r.get("cine_referral_source_desc"), flags, nfaFlag,
                    cases.get(i).teamId(), cases.get(i).workerId()});
            String ref = FrontDoor.referralReference(ids[i]);
            events.add(new ImportedClockEvent(childId, ClockEvents.REFERRAL_RECEIVED, received, ref));
            events.add(new ImportedClockEvent(childId, ClockEvents.REFERRER_ACKNOWLEDGED, received, ref));
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("referralId", ids[i]);
            after.put("sourceCode", source);
            after.put("primaryNeed", need);
            after.put("reReferral", prev != null);
            changes.add(new ImportedChange(childId, received, Change.of("referral", ids[i], "REFERRAL_RECEIVED",
                    "Referral to children's social care (imported from the SSD)"
                            + (need == null ? "" : "; primary need " + need + " " + needs.get(need))
                            + (prev != null ? "; RE-REFERRAL: a previous referral on " + SsdFormat.dateTime(prev) + " was within 12 months" : ""))
                    .withValues(null, after)));
            if (decided) {
                events.add(new ImportedClockEvent(childId, ClockEvents.REFERRAL_DECISION_MADE, decidedAt, ref));
                if (nfa) {
                    // WT2023 para 153: no further action needs no s17 assessment; the assessment clock is cancelled
                    events.add(new ImportedClockEvent(childId, ClockEvents.REFERRAL_CLOSED_WITHOUT_ASSESSMENT, decidedAt, ref));
                }
                changes.add(new ImportedChange(childId, decidedAt, Change.of("referral", ids[i], "REFERRAL_DECISION_MADE",
                        "Manager's next-steps decision on the referral (imported from the SSD): "
                                + (steps.isEmpty() ? "outcome " + outcomes : String.join("; ", steps.stream().map(s -> NextStep.valueOf(s).label()).toList())))
                        .withValues(null, Map.of("steps", String.join(",", steps)))));
            }
            ctx.register(SsdKind.REFERRAL, r.get("cine_referral_id"), ids[i]);
            ctx.register(SsdKind.CASE, r.get("cine_referral_id"), caseIds[i]);
        }
        bulk.copy("referral", List.of("id", "contact_child_id", "child_id", "referral_at", "source_code", "primary_need", "re_referral",
                "previous_referral_at", "case_id", "acknowledged_at", "acknowledged_how", "next_steps", "next_steps_rationale",
                "decided_by", "decided_at", "created_at", "imported", "ssd_source_desc", "ssd_outcome_flags", "ssd_nfa",
                "ssd_team_id", "ssd_worker_id"), referrals);
        clocks.recordImported(ctx.actor(), events);
        audit.recordImported(ctx.actor(), changes);
        // contacts already recorded within 12 months after one of these referrals are possible re-referrals
        jdbc.sql("""
                update contact_child set possible_re_referral = true where id in (
                  select m.id from unnest(?::bigint[], ?::timestamptz[]) as q(child, at)
                   cross join lateral (select cc.id from contact_child cc join contact c on c.id = cc.contact_id
                                        where cc.child_id = q.child and not cc.possible_re_referral and c.received_at > q.at
                                          and c.received_at <= (q.at at time zone 'Europe/London' + interval '12 months') at time zone 'Europe/London') m)""")
                .params(childIds.toArray(Long[]::new), at.stream().map(Timestamp::from).toArray(Timestamp[]::new)).update();
    }

    /** Contacts made only to carry referrals the SSD gave without their contact: not exported, not counted, no clocks. */
    private void placeholders(List<SsdRow> rows, SsdImportContext ctx, List<Long> childIds, List<Instant> at, List<Integer> missing,
                              long[] ccIds, Instant now, Long actorId) {
        long[] contactIds = bulk.nextIds("contact", missing.size());
        long[] childRowIds = bulk.nextIds("contact_child", missing.size());
        Map<Long, PersonSummary> names = people.summaries(missing.stream().map(childIds::get).toList());
        List<Object[]> contacts = new ArrayList<>();
        List<Object[]> children = new ArrayList<>();
        String note = "Imported from the SSD (import " + ctx.importId() + "): the referral's contact was not in the file";
        for (int k = 0; k < missing.size(); k++) {
            int i = missing.get(k);
            SsdRow r = rows.get(i);
            String source = r.get("cine_referral_source_code") == null ? "10" : r.get("cine_referral_source_code");
            contacts.add(new Object[] {contactIds[k], at.get(i), "API", ContactSsdHandler.REFERRER, source, note, List.of(), false, actorId,
                    now, null, true});
            PersonSummary p = names.get(childIds.get(i));
            children.add(new Object[] {childRowIds[k], contactIds[k], childIds.get(i), p == null ? "Unknown" : p.displayName(), "CHOSEN",
                    "DECIDED", false, Decision.REFERRAL_ACCEPTED.name(), null, note, actorId, at.get(i), true, null});
            ccIds[i] = childRowIds[k];
        }
        bulk.copy("contact", List.of("id", "received_at", "channel", "referrer_name", "source_code", "concern", "categories",
                "early_help_assessment", "recorded_by", "recorded_at", "ssd_source_desc", "placeholder"), contacts);
        bulk.copy("contact_child", List.of("id", "contact_id", "child_id", "child_name", "matched", "status", "possible_re_referral",
                "decision", "decision_detail", "decision_reason", "decided_by", "decided_at", "imported", "ssd_outcome_flags"), children);
    }

    private static Long localId(SsdImportContext ctx, SsdKind kind, String ssdId) {
        return ssdId == null ? null : ctx.localId(kind, ssdId);
    }

    @Override
    public void export(SsdExportContext ctx, SsdRowWriter out) {
        ContactSsdHandler.pages(jdbc, """
                select r.id, r.child_id, r.referral_at, r.primary_need, r.source_code, r.imported, r.ssd_outcome_flags, r.ssd_nfa,
                       r.next_steps, r.decided_at, r.case_id, coalesce(r.ssd_source_desc, case when not r.imported then s.description end) as source_desc,
                       f.closure_reason, f.closed_at,
                       case when r.imported then r.ssd_team_id else f.team_id end as team_id,
                       case when r.imported then r.ssd_worker_id
                            else (select a.worker_id from case_allocation a where a.case_id = f.id order by a.allocated_at, a.id limit 1) end as worker_id
                  from referral r left join case_file f on f.id = r.case_id left join ref_referral_source s on s.code = r.source_code
                 where r.id > ? order by r.id limit ?""", rs -> {
                    boolean imported = rs.getBoolean("imported");
                    List<String> steps = ContactSsdHandler.cc(rs.getArray("next_steps"));
                    boolean decided = rs.getTimestamp("decided_at") != null;
                    String json;
                    String nfa;
                    if (imported) {
                        List<String> flags = ContactSsdHandler.cc(rs.getArray("ssd_outcome_flags"));
                        json = flags == null ? null : SsdFormat.flagsJson(OUTCOME_KEYS, Set.copyOf(flags));
                        nfa = SsdFormat.flag(rs.getObject("ssd_nfa", Boolean.class));
                    } else {
                        Set<String> on = new java.util.HashSet<>();
                        if (steps != null) {
                            if (steps.contains(NextStep.NO_FURTHER_ACTION.name())) {
                                on.add("NFA_FLAG");
                            }
                            if (steps.contains(NextStep.SECTION_17_ASSESSMENT.name())) {
                                on.add("SINGLE_ASSESSMENT_FLAG");
                            }
                            if (steps.contains(NextStep.SECTION_47_ENQUIRY.name())) {
                                on.add("STRATEGY_DISCUSSION_FLAG");
                            }
                        }
                        json = SsdFormat.flagsJson(OUTCOME_KEYS, on);
                        nfa = decided ? SsdFormat.flag(on.contains("NFA_FLAG")) : null;
                    }
                    Long caseId = rs.getObject("case_id", Long.class);
                    Timestamp closed = rs.getTimestamp("closed_at");
                    out.row(Arrays.asList(caseId != null ? ctx.ssdId(SsdKind.CASE, caseId) : ctx.ssdId(SsdKind.REFERRAL, rs.getLong("id")),
                            ctx.ssdId(SsdKind.PERSON, rs.getLong("child_id")),
                            SsdFormat.dateTime(rs.getTimestamp("referral_at").toInstant()), rs.getString("primary_need"),
                            rs.getString("source_code"), rs.getString("source_desc"), json, nfa, rs.getString("closure_reason"),
                            closed == null ? null : SsdFormat.date(closed.toInstant().atZone(TimeConfiguration.LONDON).toLocalDate()),
                            ctx.ssdId(SsdKind.TEAM, rs.getObject("team_id", Long.class)),
                            ctx.ssdId(SsdKind.PROFESSIONAL, rs.getObject("worker_id", Long.class))));
                    return rs.getLong("id");
                });
    }
}
