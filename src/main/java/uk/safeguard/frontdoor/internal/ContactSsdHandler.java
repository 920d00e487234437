package uk.safeguard.frontdoor.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * {@code ssd_contacts} ↔ {@code contact} + {@code contact_child} (one child per SSD contact), decided.
 * <ul>
 *   <li>{@code cont_contact_id} → the contact_child (kind CONTACT); {@code cont_person_id} → {@code child_id};
 *   {@code cont_contact_date} → {@code contact.received_at}; {@code cont_contact_source_code} / {@code _desc} →
 *   {@code source_code} / {@code ssd_source_desc}</li>
 *   <li>{@code cont_contact_outcome_json} → {@code contact_child.ssd_outcome_flags} (the "Y" keys) and the decision:
 *   NEW_REFERRAL or CP_ENQUIRY → referral accepted; NFA → no further action; anything else → advice and information
 *   (the flags named in the detail). Decided 4 hours after it arrived (docs/SSD-FORMAT.md).</li>
 *   <li>Referrer and concern are not in the SSD: "Not recorded in the SSD" / "Imported from the SSD (import …)".</li>
 *   <li>Clocks and chronology as the front door records them: CONTACT_RECEIVED and CONTACT_DECISION_MADE
 *   ({@code contact-child-<id>}), CONTACT_RECEIVED and CONTACT_DECIDED entries, at the real times.</li>
 * </ul>
 * Export: every contact child made here or imported, except placeholders made for referrals given without a contact.
 */
@Component
public class ContactSsdHandler implements SsdHandler {
    static final SsdObject OBJECT = new SsdObject("ssd_contacts",
            List.of("cont_contact_id", "cont_person_id", "cont_contact_date", "cont_contact_source_code", "cont_contact_source_desc",
                    "cont_contact_outcome_json"),
            "cont_contact_id", SsdKind.CONTACT, "cont_person_id", SsdOrder.CONTACTS);
    public static final List<String> OUTCOME_KEYS = List.of("NEW_REFERRAL_FLAG", "EXISTING_REFERRAL_FLAG", "CP_ENQUIRY_FLAG",
            "NFA_FLAG", "NON_AGENCY_ADOPTION_FLAG", "PRIVATE_FOSTERING_FLAG", "ADVICE_FLAG", "MISSING_FLAG", "OLA_CP_FLAG",
            "OTHER_OUTCOMES_EXIST_FLAG");
    /** The SSD leaves out the comment and count keys on export; import ignores them. */
    static final Set<String> IGNORED_KEYS = Set.of("TOTAL_NO_OF_OUTCOMES", "COMMENTS", "OUTCOME_COMMENTS");
    /** "Decided 4 hours after it arrived unless the importer knows better" (docs/SSD-FORMAT.md). */
    static final Duration DECIDED_AFTER = Duration.ofHours(4);
    static final String REFERRER = "Not recorded in the SSD";

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final FrontDoorRepository repository;
    private final PeopleRegister people;
    private final AuditTrail audit;
    private final StatutoryClocks clocks;
    private final Clock clock;

    public ContactSsdHandler(JdbcClient jdbc, BulkCopy bulk, FrontDoorRepository repository, PeopleRegister people, AuditTrail audit,
                             StatutoryClocks clocks, Clock clock) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.repository = repository;
        this.people = people;
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
        row.required("cont_contact_id");
        row.text("cont_contact_id", 20);
        if (row.required("cont_person_id") != null) {
            ctx.requireKnown(row, "cont_person_id", SsdKind.PERSON, "ssd_person");
        }
        Instant at = row.get("cont_contact_date") == null ? null : row.instant("cont_contact_date");
        if (row.get("cont_contact_date") == null) {
            row.required("cont_contact_date");
        } else if (at != null && at.isAfter(clock.instant())) {
            row.error("cont_contact_date", "not-future", "cont_contact_date (" + row.get("cont_contact_date") + ") is in the future");
        }
        if (row.required("cont_contact_source_code") != null) {
            row.code("cont_contact_source_code", "contact_source", repository.referralSources().keySet());
        }
        row.text("cont_contact_source_desc", 500);
        outcome(row, "cont_contact_outcome_json", OUTCOME_KEYS);
    }

    /** The "Y" keys of an outcome JSON (null when blank), the comment and count keys ignored. */
    static List<String> outcome(SsdRow row, String field, List<String> keys) {
        if (row.get(field) == null) {
            return null;
        }
        Set<String> allowed = new java.util.HashSet<>(keys);
        allowed.addAll(IGNORED_KEYS);
        Set<String> on = new java.util.TreeSet<>(row.flagsJson(field, allowed));
        on.removeAll(IGNORED_KEYS);
        return keys.stream().filter(on::contains).toList();
    }

    static Decision decisionOf(List<String> flags) {
        if (flags == null) {
            return Decision.ADVICE_AND_INFORMATION;
        }
        if (flags.contains("NEW_REFERRAL_FLAG") || flags.contains("CP_ENQUIRY_FLAG")) {
            return Decision.REFERRAL_ACCEPTED;
        }
        if (flags.contains("NFA_FLAG")) {
            return Decision.NO_FURTHER_ACTION;
        }
        return Decision.ADVICE_AND_INFORMATION;
    }

    @Override
    public void write(List<SsdRow> rows, SsdImportContext ctx) {
        Instant now = clock.instant();
        Long actorId = ctx.actor().userId() > 0 ? ctx.actor().userId() : null;
        long[] contactIds = bulk.nextIds("contact", rows.size());
        long[] ccIds = bulk.nextIds("contact_child", rows.size());
        List<Long> childIds = rows.stream().map(r -> ctx.localId(SsdKind.PERSON, r.get("cont_person_id"))).toList();
        Map<Long, PersonSummary> names = people.summaries(childIds);
        List<Instant> received = rows.stream().map(r -> r.instant("cont_contact_date")).toList();
        List<Boolean> reReferral = previousReferralWithinYear(jdbc, childIds, received);
        Map<String, String> sources = repository.referralSources();
        String concern = "Imported from the SSD (import " + ctx.importId() + ")";
        List<Object[]> contacts = new ArrayList<>();
        List<Object[]> children = new ArrayList<>();
        List<ImportedClockEvent> events = new ArrayList<>();
        List<ImportedChange> changes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SsdRow r = rows.get(i);
            long childId = childIds.get(i);
            Instant at = received.get(i);
            Instant decidedAt = at.plus(DECIDED_AFTER).isAfter(now) ? now : at.plus(DECIDED_AFTER);
            List<String> flags = outcome(r, "cont_contact_outcome_json", OUTCOME_KEYS);
            Decision decision = decisionOf(flags);
            String source = r.get("cont_contact_source_code");
            contacts.add(new Object[] {contactIds[i], at, "API", REFERRER, source, concern, List.of(), false, actorId, now,
                    r.get("cont_contact_source_desc"), false});
            PersonSummary person = names.get(childId);
            String childName = person == null ? "Unknown" : person.displayName();
            String outcomes = flags == null || flags.isEmpty() ? "none recorded" : String.join(", ", flags);
            String detail = decision == Decision.ADVICE_AND_INFORMATION ? "SSD contact outcome: " + outcomes : null;
            String reason = "Imported from the SSD (import " + ctx.importId() + "): contact outcome " + outcomes;
            children.add(new Object[] {ccIds[i], contactIds[i], childId, childName, "CHOSEN", "DECIDED", reReferral.get(i),
                    decision.name(), detail, reason, actorId, decidedAt, true, flags});
            String ref = "contact-child-" + ccIds[i];
            events.add(new ImportedClockEvent(childId, ClockEvents.CONTACT_RECEIVED, at, ref));
            events.add(new ImportedClockEvent(childId, ClockEvents.CONTACT_DECISION_MADE, decidedAt, ref));
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("contactId", contactIds[i]);
            after.put("channel", "API");
            after.put("referrer", REFERRER);
            after.put("sourceCode", source);
            after.put("concern", concern);
            String from = sources.getOrDefault(source, source).replaceAll("\\.$", "");
            changes.add(new ImportedChange(childId, at, Change.of("contact", contactIds[i], "CONTACT_RECEIVED",
                    "Contact received from " + from + " (imported from the SSD)"
                            + (reReferral.get(i) ? " (referred within the last 12 months: possible re-referral)" : ""))
                    .withValues(null, after)));
            Map<String, Object> decided = new LinkedHashMap<>();
            decided.put("decision", decision.name());
            decided.put("reason", reason);
            if (detail != null) {
                decided.put("detail", detail);
            }
            changes.add(new ImportedChange(childId, decidedAt, Change.of("contact", contactIds[i], "CONTACT_DECIDED",
                    "Contact decision: " + decision.label() + " (imported from the SSD; outcome " + outcomes + ")")
                    .withValues(Map.of("status", "OPEN"), decided)));
            ctx.register(SsdKind.CONTACT, r.get("cont_contact_id"), ccIds[i]);
        }
        bulk.copy("contact", List.of("id", "received_at", "channel", "referrer_name", "source_code", "concern", "categories",
                "early_help_assessment", "recorded_by", "recorded_at", "ssd_source_desc", "placeholder"), contacts);
        bulk.copy("contact_child", List.of("id", "contact_id", "child_id", "child_name", "matched", "status", "possible_re_referral",
                "decision", "decision_detail", "decision_reason", "decided_by", "decided_at", "imported", "ssd_outcome_flags"), children);
        clocks.recordImported(ctx.actor(), events);
        audit.recordImported(ctx.actor(), changes);
    }

    /**
     * For each (child, at): whether the child had a referral in the 12 months before {@code at} (the front door's
     * possible re-referral, WT2023 / CIN census re-referral measure) — one statement for the batch.
     */
    static List<Boolean> previousReferralWithinYear(JdbcClient jdbc, List<Long> childIds, List<Instant> at) {
        return previousReferrals(jdbc, childIds, at).stream().map(java.util.Objects::nonNull).toList();
    }

    /** For each (child, at): the child's latest referral in the 12 months before {@code at}, or null. */
    static List<Instant> previousReferrals(JdbcClient jdbc, List<Long> childIds, List<Instant> at) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        Instant[] result = new Instant[childIds.size()];
        jdbc.sql("""
                select q.n, (select max(r.referral_at) from referral r
                              where r.child_id = q.child and r.referral_at < q.at
                                and r.referral_at >= (q.at at time zone 'Europe/London' - interval '12 months') at time zone 'Europe/London')
                  from unnest(?::bigint[], ?::timestamptz[]) with ordinality as q(child, at, n)""")
                .params(childIds.toArray(Long[]::new), at.stream().map(java.sql.Timestamp::from).toArray(java.sql.Timestamp[]::new))
                .query(rs -> {
                    java.sql.Timestamp t = rs.getTimestamp(2);
                    result[rs.getInt(1) - 1] = t == null ? null : t.toInstant();
                });
        return Arrays.asList(result);
    }

    @Override
    public void export(SsdExportContext ctx, SsdRowWriter out) {
        pages(jdbc, """
                select cc.id, cc.child_id, c.received_at, c.source_code, coalesce(c.ssd_source_desc, case when not cc.imported
                       then s.description end) as source_desc, cc.imported, cc.ssd_outcome_flags, cc.status, cc.decision
                  from contact_child cc join contact c on c.id = cc.contact_id left join ref_referral_source s on s.code = c.source_code
                 where not c.placeholder and cc.id > ? order by cc.id limit ?""", rs -> {
                    List<String> flags = cc(rs.getArray("ssd_outcome_flags"));
                    String json;
                    if (rs.getBoolean("imported")) {
                        json = flags == null ? null : SsdFormat.flagsJson(OUTCOME_KEYS, Set.copyOf(flags));
                    } else {
                        json = SsdFormat.flagsJson(OUTCOME_KEYS, derived(rs.getString("status"), rs.getString("decision")));
                    }
                    out.row(Arrays.asList(ctx.ssdId(SsdKind.CONTACT, rs.getLong("id")), ctx.ssdId(SsdKind.PERSON, rs.getLong("child_id")),
                            SsdFormat.dateTime(rs.getTimestamp("received_at").toInstant()), rs.getString("source_code"),
                            rs.getString("source_desc"), json));
                    return rs.getLong("id");
                });
    }

    static final int PAGE = 20_000;

    /** A row handler that answers the row's id, for {@link #pages}. */
    interface IdRow {
        long handle(java.sql.ResultSet rs) throws SQLException;
    }

    /**
     * Streams a large table in pages of {@link #PAGE} by id (the export runs outside a transaction, so a cursor cannot
     * stream): {@code sql} ends with {@code id > ? order by id limit ?}.
     */
    static void pages(JdbcClient jdbc, String sql, IdRow row) {
        long after = 0;
        while (true) {
            long[] last = {after};
            int[] n = {0};
            jdbc.sql(sql).params(after, PAGE).query(rs -> {
                last[0] = row.handle(rs);
                n[0]++;
            });
            if (n[0] < PAGE) {
                return;
            }
            after = last[0];
        }
    }

    /** The SSD contact outcome of a contact decided here (contact_outcome.yml, via {@link Decision#ssdOutcome}). */
    static Set<String> derived(String status, String decision) {
        if ("ROUTED_TO_OPEN_CASE".equals(status)) {
            return Set.of("EXISTING_REFERRAL_FLAG");
        }
        if (decision == null || !"DECIDED".equals(status)) {
            return Set.of();
        }
        return switch (Decision.valueOf(decision)) {
            case REFERRAL_ACCEPTED -> Set.of("NEW_REFERRAL_FLAG");
            case NO_FURTHER_ACTION -> Set.of("NFA_FLAG");
            case ADVICE_AND_INFORMATION, SIGNPOSTED, CONSULTATION_ARRANGED -> Set.of("ADVICE_FLAG");
            case PASSED_TO_EARLY_HELP -> Set.of("OTHER_OUTCOMES_EXIST_FLAG");
            case HELD_IN_MASH -> Set.of();
        };
    }

    static List<String> cc(Array array) throws SQLException {
        return array == null ? null : Arrays.asList((String[]) array.getArray());
    }
}
