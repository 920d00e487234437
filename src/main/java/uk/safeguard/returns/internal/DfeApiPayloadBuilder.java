package uk.safeguard.returns.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.safeguard.access.StaffFacts.StaffMember;
import uk.safeguard.assessment.AssessmentFacts.AssessmentFact;
import uk.safeguard.childinneed.ChildInNeedReports.SsdCinPlan;
import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.people.ChildFacts.ChildCharacteristics;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.work.WorkFacts.AllocationFact;
import uk.safeguard.work.WorkFacts.CaseFact;

/**
 * Builds one item of the DfE API's {@code CSC} array per child from plain facts (no database). Ids follow the SSD
 * export (docs/SSD-FORMAT.md): a record made in Safeguard is {@code SG} + its kind's letter + its number, so the
 * child {@code la_child_id} is {@code SGP<person id>} and the episode is the case ({@code SGC<case id>}, or the
 * referral {@code SGR<id>} without a case), as in {@code ssd_cin_episodes}. {@code mis_child_id} is Safeguard's own
 * person id. Properties without a value are left out (the schema allows no nulls).
 */
public final class DfeApiPayloadBuilder {
    /** Episodes are child-in-need work: CIN and CP cases (contacts and early help are not social care episodes). */
    private static final Set<String> EPISODE_KINDS = Set.of("CHILD_IN_NEED", "CHILD_PROTECTION");
    /** DfE schema: worker_id ^[A-Za-z0-9_-]*$, at most 12 characters. */
    private static final Pattern WORKER_ID = Pattern.compile("^[A-Za-z0-9_-]{1,12}$");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DfeApiPayloadBuilder() {
    }

    public static String laChildId(long personId) {
        return SsdKind.PERSON.defaultSsdId(personId);
    }

    /** Every child with an episode in the records, by (surviving) person id, in id order. */
    public static Map<Long, DfeApiChildItem> build(DfeApiRecords r) {
        Map<Long, String> workerIds = workerIds(r.staff());
        Map<Long, ReferralFact> referralById = new HashMap<>();
        r.referrals().forEach(f -> referralById.put(f.referralId(), f));
        Map<Long, ConferenceFact> conferenceById = new HashMap<>();
        r.conferences().forEach(c -> conferenceById.put(c.conferenceId(), c));

        // Episodes, per child.
        Map<Long, Map<String, Episode>> episodes = new TreeMap<>();
        Map<Long, Episode> episodeOfCase = new HashMap<>();
        Map<Long, Episode> episodeOfReferral = new HashMap<>();
        for (CaseFact c : r.cases()) {
            if (!EPISODE_KINDS.contains(c.kind())) {
                continue;
            }
            Episode e = new Episode(SsdKind.CASE.defaultSsdId(c.caseId()), survivor(r, c.childId()), date(c.openedAt()),
                    date(c.closedAt()));
            e.closureReason = c.closedAt() == null ? null : c.closureReason();
            episodes.computeIfAbsent(e.childId, k -> new LinkedHashMap<>()).put(e.id, e);
            episodeOfCase.put(c.caseId(), e);
        }
        for (ReferralFact f : r.referrals().stream().sorted(Comparator.comparing(ReferralFact::referralAt)
                .thenComparing(ReferralFact::referralId)).toList()) {
            Episode e = f.caseId() == null ? null : episodeOfCase.get(f.caseId());
            if (e == null && f.caseId() == null) {
                e = new Episode(SsdKind.REFERRAL.defaultSsdId(f.referralId()), survivor(r, f.childId()), date(f.referralAt()), null);
                episodes.computeIfAbsent(e.childId, k -> new LinkedHashMap<>()).put(e.id, e);
            }
            if (e == null) {
                continue; // a referral into contact or early-help work only
            }
            episodeOfReferral.put(f.referralId(), e);
            if (e.referral == null) {
                e.referral = f; // the referral that opened the episode
            }
        }

        for (AllocationFact a : r.allocations()) {
            Episode e = episodeOfCase.get(a.caseId());
            if (e != null) {
                ObjectNode w = JSON.objectNode();
                w.put("worker_id", workerIds.getOrDefault(a.workerId(), SsdKind.PROFESSIONAL.defaultSsdId(a.workerId())));
                putDate(w, "start_date", date(a.allocatedAt()));
                putDate(w, "end_date", date(a.endedAt()));
                e.workers.add(new Keyed(a.allocatedAt() + "/" + a.allocationId(), w));
            }
        }
        for (AssessmentFact a : r.assessments()) {
            Episode e = attach(episodes, episodeOfCase, episodeOfReferral, a.caseId(), a.referralId(), survivor(r, a.childId()), a.startedOn());
            if (e != null) {
                String id = SsdKind.ASSESSMENT.defaultSsdId(a.assessmentId());
                ObjectNode n = JSON.objectNode().put("child_and_family_assessment_id", id);
                putDate(n, "start_date", a.startedOn());
                putDate(n, "authorisation_date", a.authorisedOn());
                if (a.factors() != null && !a.factors().isEmpty()) {
                    ArrayNode factors = n.putArray("factors");
                    new LinkedHashSet<>(a.factors()).stream().filter(Objects::nonNull).sorted().forEach(factors::add);
                }
                e.add(DfeApiSentItem.ASSESSMENT, id, n);
            }
        }
        for (SsdCinPlan p : r.cinPlans()) {
            Episode e = attach(episodes, episodeOfCase, episodeOfReferral, p.cinpReferralId(), null, survivor(r, p.cinpPersonId()),
                    p.cinpCinPlanStartDate());
            if (e != null) {
                String id = SsdKind.CIN_PLAN.defaultSsdId(p.cinpCinPlanId());
                ObjectNode n = JSON.objectNode().put("child_in_need_plan_id", id);
                putDate(n, "start_date", p.cinpCinPlanStartDate());
                putDate(n, "end_date", p.cinpCinPlanEndDate());
                e.add(DfeApiSentItem.CIN_PLAN, id, n);
            }
        }
        Map<Long, LocalDate> icpcDates = icpcDates(r.conferences());
        for (Section47Fact s : r.section47s()) {
            Episode e = attach(episodes, episodeOfCase, episodeOfReferral, s.caseId(), s.referralId(), survivor(r, s.childId()), s.startedOn());
            if (e != null) {
                String id = SsdKind.SECTION47_ENQUIRY.defaultSsdId(s.section47Id());
                ObjectNode n = JSON.objectNode().put("section_47_assessment_id", id);
                putDate(n, "start_date", s.startedOn());
                if (s.icpcRequired() || s.nextStep() != null || s.completedOn() != null) {
                    n.put("icpc_required_flag", s.icpcRequired());
                }
                putDate(n, "icpc_date", icpcDates.get(s.section47Id()));
                putDate(n, "end_date", s.completedOn());
                e.add(DfeApiSentItem.SECTION_47, id, n);
            }
        }
        for (CpPlanFact p : r.cpPlans()) {
            Long caseId = p.caseId();
            if (caseId == null && p.conferenceId() != null && conferenceById.containsKey(p.conferenceId())) {
                caseId = conferenceById.get(p.conferenceId()).caseId();
            }
            Episode e = attach(episodes, episodeOfCase, episodeOfReferral, caseId, null, survivor(r, p.childId()), p.startedOn());
            if (e != null) {
                String id = SsdKind.CP_PLAN.defaultSsdId(p.planId());
                ObjectNode n = JSON.objectNode().put("child_protection_plan_id", id);
                putDate(n, "start_date", p.startedOn());
                putDate(n, "end_date", p.endedOn());
                e.add(DfeApiSentItem.CP_PLAN, id, n);
            }
        }

        Map<Long, ChildCharacteristics> details = new HashMap<>();
        r.children().values().forEach(c -> details.put(c.personId(), c)); // a survivor's details, even if asked for under a duplicate
        Map<Long, DfeApiChildItem> items = new LinkedHashMap<>();
        episodes.forEach((childId, byId) -> items.put(childId, child(childId, details.get(childId), byId.values())));
        return items;
    }

    /** A child's item with every episode; the characteristics may be missing (then no child_details). */
    static DfeApiChildItem child(long childId, ChildCharacteristics c, java.util.Collection<Episode> episodes) {
        String laChildId = laChildId(childId);
        ObjectNode item = JSON.objectNode();
        item.put("la_child_id", laChildId);
        item.put("mis_child_id", String.valueOf(childId));
        if (c != null) {
            ObjectNode d = JSON.objectNode();
            putText(d, "unique_pupil_number", c.upn());
            putText(d, "first_name", c.givenNames());
            putText(d, "surname", c.familyName());
            putDate(d, "date_of_birth", c.dateOfBirth());
            putDate(d, "expected_date_of_birth", c.expectedDateOfBirth());
            putText(d, "sex", c.sex());
            putText(d, "ethnicity", c.ethnicity());
            if (c.disabilities() != null && !c.disabilities().isEmpty()) {
                ArrayNode a = d.putArray("disabilities");
                new LinkedHashSet<>(c.disabilities()).stream().filter(Objects::nonNull).forEach(a::add);
            }
            putText(d, "postcode", c.postcode());
            if (!d.isEmpty()) {
                item.set("child_details", d);
            }
        }
        List<DfeApiSentItem> sent = new ArrayList<>();
        ArrayNode array = JSON.arrayNode();
        episodes.stream().sorted(Comparator.comparing((Episode e) -> e.start == null ? LocalDate.MIN : e.start).thenComparing(e -> e.id))
                .forEach(e -> {
                    array.add(e.toJson());
                    sent.add(new DfeApiSentItem(DfeApiSentItem.EPISODE, e.id, null));
                    e.items.values().forEach(list -> list.forEach(k -> sent.add(new DfeApiSentItem(k.type, k.key, e.id))));
                });
        if (!array.isEmpty()) {
            item.set("social_care_episodes", array);
        }
        return new DfeApiChildItem(childId, laChildId, item, List.copyOf(sent));
    }

    /**
     * The episode an item belongs to: its case, else its referral's episode, else the child's episode open on the
     * item's start date, else the child's latest episode; null when the child has no episode.
     */
    private static Episode attach(Map<Long, Map<String, Episode>> episodes, Map<Long, Episode> byCase,
                                  Map<Long, Episode> byReferral, Long caseId, Long referralId, long childId, LocalDate start) {
        if (caseId != null && byCase.containsKey(caseId)) {
            return byCase.get(caseId);
        }
        if (referralId != null && byReferral.containsKey(referralId)) {
            return byReferral.get(referralId);
        }
        Map<String, Episode> mine = episodes.get(childId);
        if (mine == null || mine.isEmpty()) {
            return null;
        }
        Episode latest = null;
        for (Episode e : mine.values()) {
            boolean covers = start != null && e.start != null && !start.isBefore(e.start) && (e.end == null || !start.isAfter(e.end));
            if (covers) {
                return e;
            }
            if (latest == null || (e.start != null && (latest.start == null || e.start.isAfter(latest.start)))) {
                latest = e;
            }
        }
        return latest;
    }

    /** A merged duplicate's records count for the survivor (ChildFacts answers for the survivor). */
    private static long survivor(DfeApiRecords r, long childId) {
        ChildCharacteristics c = r.children().get(childId);
        return c == null ? childId : c.personId();
    }

    /** The Social Work England number (or other staff id) where it fits the schema, else the SSD professional id. */
    private static Map<Long, String> workerIds(List<StaffMember> staff) {
        Map<Long, String> ids = new HashMap<>();
        for (StaffMember s : staff) {
            if (s.staffId() != null && WORKER_ID.matcher(s.staffId()).matches()) {
                ids.put(s.userId(), s.staffId());
            }
        }
        return ids;
    }

    /** The date each enquiry's initial (or pre-birth) conference was held: the earliest, if several. */
    private static Map<Long, LocalDate> icpcDates(List<ConferenceFact> conferences) {
        Map<Long, LocalDate> dates = new HashMap<>();
        for (ConferenceFact c : conferences) {
            if (c.section47Id() != null && c.heldOn() != null && ("INITIAL".equals(c.kind()) || "PRE_BIRTH".equals(c.kind()))) {
                dates.merge(c.section47Id(), c.heldOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return dates;
    }

    static LocalDate date(Instant at) {
        return at == null ? null : at.atZone(TimeConfiguration.LONDON).toLocalDate();
    }

    private static void putDate(ObjectNode n, String name, LocalDate d) {
        if (d != null) {
            n.put(name, d.toString());
        }
    }

    private static void putText(ObjectNode n, String name, String v) {
        if (v != null && !v.isBlank()) {
            n.put(name, v.strip());
        }
    }

    private record Keyed(String key, ObjectNode node, String type) {
        Keyed(String key, ObjectNode node) {
            this(key, node, null);
        }
    }

    /** One social care episode being built. */
    static final class Episode {
        final String id;
        final long childId;
        final LocalDate start;
        final LocalDate end;
        String closureReason;
        ReferralFact referral;
        final List<Keyed> workers = new ArrayList<>();
        /** By payload array type, items sorted by id. */
        final Map<String, List<Keyed>> items = new TreeMap<>();

        Episode(String id, long childId, LocalDate start, LocalDate end) {
            this.id = id;
            this.childId = childId;
            this.start = start;
            this.end = end;
        }

        void add(String type, String id, ObjectNode node) {
            items.computeIfAbsent(type, k -> new ArrayList<>()).add(new Keyed(id, node, type));
        }

        ObjectNode toJson() {
            ObjectNode n = JSON.objectNode();
            n.put("social_care_episode_id", id);
            if (referral != null) {
                putDate(n, "referral_date", date(referral.referralAt()));
                putText(n, "referral_source", referral.sourceCode());
                if (referral.decidedAt() != null) {
                    n.put("referral_no_further_action_flag", referral.noFurtherAction());
                }
            }
            putDate(n, "closure_date", end);
            putText(n, "closure_reason", closureReason);
            if (!workers.isEmpty()) {
                ArrayNode w = n.putArray("care_worker_details");
                workers.stream().sorted(Comparator.comparing(Keyed::key)).forEach(k -> w.add(k.node()));
            }
            for (String type : List.of(DfeApiSentItem.ASSESSMENT, DfeApiSentItem.CIN_PLAN, DfeApiSentItem.SECTION_47, DfeApiSentItem.CP_PLAN)) {
                List<Keyed> list = items.get(type);
                if (list != null && !list.isEmpty()) {
                    ArrayNode a = n.putArray(new DfeApiSentItem(type, "", null).arrayName());
                    list.stream().sorted(Comparator.comparing(Keyed::key)).forEach(k -> a.add(k.node()));
                }
            }
            return n;
        }
    }
}
