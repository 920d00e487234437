package uk.safeguard.returns.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.safeguard.access.StaffFacts;
import uk.safeguard.assessment.AssessmentFacts;
import uk.safeguard.assessment.AssessmentFacts.AssessmentFact;
import uk.safeguard.childinneed.ChildInNeedReports;
import uk.safeguard.childinneed.ChildInNeedReports.SsdCinPlan;
import uk.safeguard.conference.ConferenceFacts;
import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.frontdoor.FrontDoorFacts;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdMigration;
import uk.safeguard.people.ChildFacts;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.protection.ProtectionFacts;
import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.work.WorkFacts;
import uk.safeguard.work.WorkFacts.AllocationFact;
import uk.safeguard.work.WorkFacts.CaseFact;

/**
 * Reads the facts a push needs for [from, to] from each module's facts API, and the SSD ids of the imported records
 * among them (from the migration module's id map, kept only for the records read) so they go out under the ids the
 * SSD export gives them.
 */
@Component
public class DfeApiRecordsLoader {
    private final ObjectProvider<FrontDoorFacts> frontDoor;
    private final ObjectProvider<WorkFacts> work;
    private final ObjectProvider<StaffFacts> staff;
    private final ObjectProvider<AssessmentFacts> assessments;
    private final ObjectProvider<ProtectionFacts> protection;
    private final ObjectProvider<ConferenceFacts> conferences;
    private final ObjectProvider<ChildFacts> children;
    private final ChildInNeedReports childInNeed;
    private final SsdMigration migration;

    public DfeApiRecordsLoader(ObjectProvider<FrontDoorFacts> frontDoor, ObjectProvider<WorkFacts> work,
                               ObjectProvider<StaffFacts> staff, ObjectProvider<AssessmentFacts> assessments,
                               ObjectProvider<ProtectionFacts> protection, ObjectProvider<ConferenceFacts> conferences,
                               ObjectProvider<ChildFacts> children, ChildInNeedReports childInNeed,
                               SsdMigration migration) {
        this.frontDoor = frontDoor;
        this.work = work;
        this.staff = staff;
        this.assessments = assessments;
        this.protection = protection;
        this.conferences = conferences;
        this.children = children;
        this.childInNeed = childInNeed;
        this.migration = migration;
    }

    public DfeApiRecords load(LocalDate from, LocalDate to) {
        List<CaseFact> cases = need(work).cases(from, to);
        // An episode open in the window may have started long before it: read its referral from the earliest opening.
        LocalDate referralsFrom = cases.stream().map(c -> c.openedAt().atZone(TimeConfiguration.LONDON).toLocalDate())
                .min(LocalDate::compareTo).filter(d -> d.isBefore(from)).orElse(from);
        List<ReferralFact> referrals = ofTheWindow(need(frontDoor).referrals(referralsFrom, to), from, to, cases);
        var allocations = need(work).allocations(from, to);
        var assessed = need(assessments).assessments(from, to);
        var cinPlans = childInNeed.plansOpenIn(from, to);
        var s47 = need(protection).section47Enquiries(from, to);
        var held = need(conferences).conferences(referralsFrom, to); // an ICPC may precede the window when its enquiry started before it
        var plans = need(conferences).plans(from, to);
        return records(from, to, cases, referrals, allocations, assessed, cinPlans, s47, held, plans, need(children), null);
    }

    /** The records with the characteristics of every child they name and the SSD ids of the imported ones among them. */
    private DfeApiRecords records(LocalDate from, LocalDate to, List<CaseFact> cases, List<ReferralFact> referrals,
                                  List<AllocationFact> allocations, List<AssessmentFact> assessed, List<SsdCinPlan> cinPlans,
                                  List<Section47Fact> s47, List<ConferenceFact> held, List<CpPlanFact> plans,
                                  ChildFacts people, List<Long> mergedAway) {
        Set<Long> ids = new TreeSet<>();
        Stream.of(cases.stream().map(CaseFact::childId), referrals.stream().map(ReferralFact::childId),
                assessed.stream().map(a -> a.childId()), cinPlans.stream().map(p -> p.cinpPersonId()),
                s47.stream().map(s -> s.childId()), plans.stream().map(p -> p.childId())).flatMap(s -> s).forEach(ids::add);
        var characteristics = people.characteristics(ids);
        Set<Long> persons = new TreeSet<>(ids);
        characteristics.values().forEach(c -> persons.add(c.personId())); // the survivors of merged records
        Map<SsdKind, Map<Long, String>> ssdIds = new EnumMap<>(SsdKind.class);
        ssdIds.put(SsdKind.PERSON, imported(SsdKind.PERSON, persons));
        ssdIds.put(SsdKind.CASE, imported(SsdKind.CASE, cases.stream().map(CaseFact::caseId).toList()));
        ssdIds.put(SsdKind.REFERRAL, imported(SsdKind.REFERRAL, referrals.stream().map(ReferralFact::referralId).toList()));
        ssdIds.put(SsdKind.ASSESSMENT, imported(SsdKind.ASSESSMENT, assessed.stream().map(a -> a.assessmentId()).toList()));
        ssdIds.put(SsdKind.CIN_PLAN, imported(SsdKind.CIN_PLAN, cinPlans.stream().map(p -> p.cinpCinPlanId()).toList()));
        ssdIds.put(SsdKind.SECTION47_ENQUIRY, imported(SsdKind.SECTION47_ENQUIRY, s47.stream().map(s -> s.section47Id()).toList()));
        ssdIds.put(SsdKind.CP_PLAN, imported(SsdKind.CP_PLAN, plans.stream().map(p -> p.planId()).toList()));
        return new DfeApiRecords(from, to, cases, referrals, allocations, need(staff).staff(), assessed, cinPlans, s47, held,
                plans, characteristics, mergedAway == null ? people.mergedAway() : mergedAway, ssdIds);
    }

    /**
     * The facts of one child's item for [from, to]: the per-child reads of the child and of the duplicates merged into
     * them (their records go out under the survivor), kept to the window as {@link #load} keeps them
     * ({@link CinCensusWindow}), so the item {@link DfeApiPayloadBuilder} builds is the one a push would send.
     */
    public DfeApiRecords loadChild(LocalDate from, LocalDate to, long childId) {
        ChildFacts people = need(children);
        List<Long> duplicates = people.mergedInto(childId);
        List<Long> persons = new ArrayList<>();
        persons.add(childId);
        persons.addAll(duplicates);
        CinCensusWindow window = new CinCensusWindow(from, to);
        WorkFacts w = need(work);
        List<CaseFact> cases = read(persons, w::casesOf, window::open,
                Comparator.comparing(CaseFact::openedAt).thenComparingLong(CaseFact::caseId));
        // The whole-authority read goes back to the authority's earliest open case (only to bound the read): every
        // referral and conference of the child up to the window's end keeps the same ones here.
        CinCensusWindow upToTheEnd = new CinCensusWindow(LocalDate.MIN, to);
        List<ReferralFact> referrals = ofTheWindow(read(persons, need(frontDoor)::referralsOf, upToTheEnd::referred,
                Comparator.comparing(ReferralFact::referralAt).thenComparingLong(ReferralFact::referralId)), from, to, cases);
        Set<Long> caseIds = new HashSet<>();
        cases.forEach(c -> caseIds.add(c.caseId()));
        var allocations = read(persons, w::allocationsOf, a -> caseIds.contains(a.caseId()) && window.overlaps(a),
                Comparator.comparingLong(AllocationFact::caseId).thenComparing(AllocationFact::allocatedAt)
                        .thenComparingLong(AllocationFact::allocationId));
        var assessed = read(persons, need(assessments)::assessmentsOf, window::touches,
                Comparator.comparing(AssessmentFact::startedOn).thenComparingLong(AssessmentFact::assessmentId));
        var cinPlans = read(persons, childInNeed::plansOf, window::touches,
                Comparator.comparing(SsdCinPlan::cinpCinPlanStartDate).thenComparingLong(SsdCinPlan::cinpCinPlanId));
        var s47 = read(persons, need(protection)::section47EnquiriesOf, window::touches,
                Comparator.comparing(Section47Fact::startedOn).thenComparingLong(Section47Fact::section47Id));
        ConferenceFacts c = need(conferences);
        var held = read(persons, c::conferencesOf, upToTheEnd::scheduledOrHeld,
                Comparator.comparing(ConferenceFact::scheduledAt, Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(ConferenceFact::conferenceId));
        var plans = read(persons, c::plansOf, window::touches,
                Comparator.comparing(CpPlanFact::startedOn).thenComparingLong(CpPlanFact::planId));
        return records(from, to, cases, referrals, allocations, assessed, cinPlans, s47, held, plans, people, duplicates);
    }

    /**
     * The referrals that belong to the window: made in it, or the referral of a case open in it (however long ago). A
     * referral before the window that opened no case open in it is not part of this push.
     */
    private static List<ReferralFact> ofTheWindow(List<ReferralFact> referrals, LocalDate from, LocalDate to, List<CaseFact> cases) {
        CinCensusWindow window = new CinCensusWindow(from, to);
        Set<Long> caseIds = new HashSet<>();
        cases.forEach(c -> caseIds.add(c.caseId()));
        return referrals.stream().filter(r -> window.referred(r) || (r.caseId() != null && caseIds.contains(r.caseId()))).toList();
    }

    /** One kind of fact for these persons, kept to the window; sorted as the range read orders them when there are several. */
    private static <T> List<T> read(List<Long> persons, Function<Long, List<T>> perChild, Predicate<T> inWindow,
                                    Comparator<T> order) {
        List<T> out = new ArrayList<>();
        persons.forEach(id -> perChild.apply(id).stream().filter(inWindow).forEach(out::add));
        if (persons.size() > 1) {
            out.sort(order);
        }
        return out;
    }

    /** The imported SSD ids of these records only. */
    private Map<Long, String> imported(SsdKind kind, Collection<Long> localIds) {
        return migration.ssdIds(kind, localIds);
    }

    private static <T> T need(ObjectProvider<T> provider) {
        T facts = provider.getIfAvailable();
        if (facts == null) {
            throw new RuleBroken("dfe-api-facts-missing",
                    "The record-level facts the DfE API payload is built from are not available in this build yet.");
        }
        return facts;
    }
}
