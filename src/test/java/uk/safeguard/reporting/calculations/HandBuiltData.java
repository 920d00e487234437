package uk.safeguard.reporting.calculations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import uk.safeguard.access.AgencyType;
import uk.safeguard.access.Role;
import uk.safeguard.access.StaffFacts.StaffMember;
import uk.safeguard.assessment.AssessmentFacts.AssessmentFact;
import uk.safeguard.assessment.AssessmentKind;
import uk.safeguard.assessment.AssessmentStatus;
import uk.safeguard.calendar.ShippedBankHolidays;
import uk.safeguard.calendar.WorkingDays;
import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceFacts.CoreGroupFact;
import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.conference.ConferenceFacts.CpVisitFact;
import uk.safeguard.conference.ConferenceKind;
import uk.safeguard.conference.EndReason;
import uk.safeguard.frontdoor.Decision;
import uk.safeguard.frontdoor.FrontDoorFacts.ContactFact;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.protection.ProtectionFacts.Participant;
import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.protection.ProtectionFacts.StrategyDiscussionFact;
import uk.safeguard.protection.Section47NextStep;
import uk.safeguard.protection.Section47Outcome;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.work.WorkFacts.AllocationFact;
import uk.safeguard.work.WorkFacts.CaseFact;

/**
 * A small fluent builder of {@link ReportingData} for hand-worked indicator tests (no database). Times are London
 * wall-clock times ("2027-01-04T10:00"), dates ISO dates. Every record gets the next id (1, 2, 3 ... across all
 * kinds; {@link #lastId()} is the one just added) and is held by the worker and team set with {@link #by}.
 * Records link to the same child's latest earlier record where that is the obvious link (an assessment to the
 * child's latest referral, an enquiry to the child's latest strategy discussion that started one, an initial
 * conference to the latest enquiry, a plan to the latest conference that decided one, reviews, core groups and
 * visits to the latest plan). Anything else: build the record yourself and {@link #add} it.
 *
 * <p>Working days are the bank holidays exactly as the V10 migration ships them (25 and 28 Dec 2026, 1 Jan 2027,
 * 26 and 29 Mar 2027 ...).
 */
public final class HandBuiltData {

    /** England and Wales bank holidays as shipped in V10__calendar.sql. */
    public static final WorkingDays WORKING_DAYS = ShippedBankHolidays.workingDays();

    private Period window = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31));
    private WorkingDays workingDays = WORKING_DAYS;
    private long childPopulation;
    private long nextId = 1;
    private long lastId;
    private Long workerId;
    private Long teamId;
    private boolean imported;

    private final List<ContactFact> contacts = new ArrayList<>();
    private final List<ReferralFact> referrals = new ArrayList<>();
    private final List<CaseFact> cases = new ArrayList<>();
    private final List<AllocationFact> allocations = new ArrayList<>();
    private final List<AssessmentFact> assessments = new ArrayList<>();
    private final List<StrategyDiscussionFact> strategyDiscussions = new ArrayList<>();
    private final List<Section47Fact> section47s = new ArrayList<>();
    private final List<ConferenceFact> conferences = new ArrayList<>();
    private final List<CpPlanFact> plans = new ArrayList<>();
    private final List<CoreGroupFact> coreGroups = new ArrayList<>();
    private final List<CpVisitFact> visits = new ArrayList<>();
    private final List<StaffMember> staff = new ArrayList<>();

    public static HandBuiltData data() {
        return new HandBuiltData();
    }

    /** A London wall-clock time, e.g. {@code at("2027-01-04T10:00")}. */
    public static Instant at(String londonDateTime) {
        return londonDateTime == null ? null
                : LocalDateTime.parse(londonDateTime).atZone(TimeConfiguration.LONDON).toInstant();
    }

    public static LocalDate day(String isoDate) {
        return isoDate == null ? null : LocalDate.parse(isoDate);
    }

    public static Period period(String from, String to) {
        return new Period(day(from), day(to));
    }

    /** An agency that took part in a strategy discussion. */
    public static Participant attended(AgencyType agency) {
        return new Participant(agency.name(), agency.label(), null, true);
    }

    /** An agency invited to a strategy discussion that did not take part. */
    public static Participant absent(AgencyType agency) {
        return new Participant(agency.name(), agency.label(), null, false);
    }

    // ---- settings

    /** The worker and team holding the records added from now on. */
    public HandBuiltData by(Long workerId, Long teamId) {
        this.workerId = workerId;
        this.teamId = teamId;
        return this;
    }

    /** Whether the records added from now on were imported (migrated) rather than recorded in Safeguard. */
    public HandBuiltData imported(boolean imported) {
        this.imported = imported;
        return this;
    }

    public HandBuiltData population(long childPopulation) {
        this.childPopulation = childPopulation;
        return this;
    }

    public HandBuiltData window(String from, String to) {
        this.window = period(from, to);
        return this;
    }

    public HandBuiltData workingDays(WorkingDays workingDays) {
        this.workingDays = workingDays;
        return this;
    }

    /** The id given to the record added last. */
    public long lastId() {
        return lastId;
    }

    // ---- front door, cases and staff

    /** A contact awaiting a decision, received by the current team. */
    public HandBuiltData contact(long child, String receivedAt) {
        return contact(child, receivedAt, null, null);
    }

    /** A contact decided at {@code decidedAt} (also its first decision). */
    public HandBuiltData contact(long child, String receivedAt, String decidedAt, Decision decision) {
        long id = next();
        contacts.add(new ContactFact(id, id, child, at(receivedAt), null, null, null, null, null, null,
                at(decidedAt), at(decidedAt), decision == null ? null : decision.name(), workerId, teamId, null,
                imported));
        return this;
    }

    /** A referral received at {@code referralAt}, not yet decided. */
    public HandBuiltData referral(long child, String referralAt) {
        return referral(child, referralAt, null);
    }

    /** A referral decided (and acknowledged) at {@code decidedAt}; a re-referral when the child had one in the 12 months before. */
    public HandBuiltData referral(long child, String referralAt, String decidedAt) {
        Instant receivedAt = at(referralAt);
        ReferralFact previous = latest(referrals, r -> r.childId() == child);
        boolean reReferral = previous != null
                && !previous.referralAt().isBefore(receivedAt.atZone(TimeConfiguration.LONDON).minusMonths(12).toInstant());
        referrals.add(new ReferralFact(next(), child, null, receivedAt, null, null, reReferral,
                previous == null ? null : previous.referralAt(), at(decidedAt), at(decidedAt), List.of(), false,
                workerId, null, null, null, imported));
        return this;
    }

    public HandBuiltData staff(long userId, String displayName, Role role, Long teamId) {
        staff.add(new StaffMember(userId, displayName, role.name(), teamId, null, null, true));
        lastId = userId;
        return this;
    }

    /** A child-in-need case opened at {@code openedAt} for the current team and worker. */
    public HandBuiltData caseOpened(long child, String openedAt) {
        cases.add(new CaseFact(next(), child, "CHILD_IN_NEED", at(openedAt), null, null, teamId, workerId));
        return this;
    }

    /** The current worker allocated to the child's latest case from {@code from} until {@code to} (null: still). */
    public HandBuiltData allocation(long child, String from, String to) {
        CaseFact theCase = latest(cases, c -> c.childId() == child);
        AllocationFact previous = latest(allocations, a -> a.childId() == child);
        allocations.add(new AllocationFact(next(), theCase == null ? 0 : theCase.caseId(), child,
                workerId == null ? 0 : workerId, previous == null ? null : previous.workerId(), teamId, at(from),
                at(to)));
        return this;
    }

    // ---- assessment

    /** A section 17 assessment of the child's latest referral; {@code authorisedOn} null while in progress. */
    public HandBuiltData assessment(long child, String startedOn, String authorisedOn) {
        ReferralFact referral = latest(referrals, r -> r.childId() == child);
        assessments.add(new AssessmentFact(next(), child, referral == null ? 0 : referral.referralId(),
                referral == null ? null : referral.caseId(), AssessmentKind.SECTION_17.name(),
                referral == null ? null : referral.referralAt(), day(startedOn), day(authorisedOn),
                (authorisedOn == null ? AssessmentStatus.IN_PROGRESS : AssessmentStatus.AUTHORISED).name(),
                List.of(), null, workerId, teamId, imported));
        return this;
    }

    // ---- protection

    /** A strategy discussion held at {@code heldAt}; {@code section47} when it started an enquiry. */
    public HandBuiltData strategyDiscussion(long child, String heldAt, boolean section47, Participant... participants) {
        strategyDiscussions.add(new StrategyDiscussionFact(next(), child, null, at(heldAt), section47,
                Arrays.asList(participants), workerId));
        return this;
    }

    /**
     * A section 47 enquiry started on {@code startedOn}, initiated at the child's latest strategy discussion that
     * started one (none when the data set has none, or when imported: the date is then unknown).
     */
    public HandBuiltData section47(long child, String startedOn) {
        StrategyDiscussionFact discussion = imported ? null
                : latest(strategyDiscussions, s -> s.childId() == child && s.section47());
        ReferralFact referral = latest(referrals, r -> r.childId() == child);
        section47s.add(new Section47Fact(next(), child, null, referral == null ? null : referral.referralId(),
                discussion == null ? null : discussion.strategyDiscussionId(),
                discussion == null ? null : discussion.heldAt(), day(startedOn),
                Section47Outcome.SUBSTANTIATED.name(), Section47NextStep.INITIAL_CONFERENCE.name(), true, null,
                workerId, teamId, imported));
        return this;
    }

    // ---- conferences and plans

    /** An initial conference held on {@code heldOn} for the child's latest enquiry; decision PLAN or NO_PLAN. */
    public HandBuiltData initialConference(long child, String heldOn, String decision) {
        return conference(child, ConferenceKind.INITIAL, heldOn, decision);
    }

    /**
     * A conference of any kind held on {@code heldOn} (null: scheduled, not held). Initial and pre-birth ones link
     * to the child's latest enquiry; reviews to the child's latest plan.
     */
    public HandBuiltData conference(long child, ConferenceKind kind, String heldOn, String decision) {
        Section47Fact enquiry = kind == ConferenceKind.REVIEW ? null : latest(section47s, s -> s.childId() == child);
        CpPlanFact plan = kind == ConferenceKind.REVIEW ? latest(plans, p -> p.childId() == child) : null;
        LocalDate held = day(heldOn);
        conferences.add(new ConferenceFact(next(), child, null, kind.name(),
                held == null ? null : held.atTime(10, 0).atZone(TimeConfiguration.LONDON).toInstant(), held,
                decision, "NEGLECT", enquiry == null ? null : enquiry.section47Id(),
                plan == null ? null : plan.planId(), null, imported));
        return this;
    }

    /** A review conference of the child's latest plan held on {@code heldOn} (decision CONTINUE). */
    public HandBuiltData review(long child, String heldOn) {
        return conference(child, ConferenceKind.REVIEW, heldOn, "CONTINUE");
    }

    /** A plan started on {@code startedOn} by the child's latest conference that decided one; counts the child's earlier plans here. */
    public HandBuiltData plan(long child, String startedOn) {
        int earlier = (int) plans.stream().filter(p -> p.childId() == child).count();
        return plan(child, startedOn, earlier);
    }

    /** A plan started on {@code startedOn}, the child having had {@code previousPlans} plans before it. */
    public HandBuiltData plan(long child, String startedOn, int previousPlans) {
        ConferenceFact conference = latest(conferences, c -> c.childId() == child && "PLAN".equals(c.decision()));
        plans.add(new CpPlanFact(next(), child, null, conference == null ? null : conference.conferenceId(),
                day(startedOn), null, "N1", "N1", null, previousPlans, workerId, teamId, imported));
        return this;
    }

    /** Ends the child's latest plan on {@code endedOn} (no longer at risk of significant harm). */
    public HandBuiltData planEnded(long child, String endedOn) {
        CpPlanFact plan = latest(plans, p -> p.childId() == child);
        plans.set(plans.indexOf(plan), new CpPlanFact(plan.planId(), plan.childId(), plan.caseId(),
                plan.conferenceId(), plan.startedOn(), day(endedOn), plan.initialCategory(), plan.latestCategory(),
                EndReason.NO_LONGER_AT_RISK.name(), plan.previousPlans(), plan.leadSocialWorkerId(), plan.teamId(),
                plan.imported()));
        lastId = plan.planId();
        return this;
    }

    /** A core group meeting of the child's latest plan. */
    public HandBuiltData coreGroup(long child, String metOn) {
        CpPlanFact plan = latest(plans, p -> p.childId() == child);
        coreGroups.add(new CoreGroupFact(next(), plan.planId(), child, day(metOn)));
        return this;
    }

    /** A visit under the child's latest plan; {@code seen} whether the child was seen (alone when seen). */
    public HandBuiltData visit(long child, String visitedAt, boolean seen) {
        CpPlanFact plan = latest(plans, p -> p.childId() == child);
        visits.add(new CpVisitFact(next(), plan.planId(), child, at(visitedAt), seen, seen ? Boolean.TRUE : null));
        return this;
    }

    // ---- anything else

    /** Adds a record built by hand (any of the facts records in {@link ReportingData}); keeps its own id. */
    public HandBuiltData add(Record fact) {
        @SuppressWarnings("unchecked")
        List<Record> list = (List<Record>) listOf(fact.getClass());
        list.add(fact);
        return this;
    }

    /** Replaces the latest record of {@code type} with a changed copy (e.g. to set a field no helper sets). */
    @SuppressWarnings("unchecked")
    public <T extends Record> HandBuiltData changeLast(Class<T> type, UnaryOperator<T> change) {
        List<T> list = (List<T>) listOf(type);
        list.set(list.size() - 1, change.apply(list.get(list.size() - 1)));
        return this;
    }

    public ReportingData build() {
        return new ReportingData(window, workingDays, List.copyOf(contacts), List.copyOf(referrals),
                List.copyOf(cases), List.copyOf(allocations), List.copyOf(assessments),
                List.copyOf(strategyDiscussions), List.copyOf(section47s), List.copyOf(conferences),
                List.copyOf(plans), List.copyOf(coreGroups), List.copyOf(visits), List.copyOf(staff),
                childPopulation);
    }

    private List<?> listOf(Class<?> type) {
        if (type == ContactFact.class) return contacts;
        if (type == ReferralFact.class) return referrals;
        if (type == CaseFact.class) return cases;
        if (type == AllocationFact.class) return allocations;
        if (type == AssessmentFact.class) return assessments;
        if (type == StrategyDiscussionFact.class) return strategyDiscussions;
        if (type == Section47Fact.class) return section47s;
        if (type == ConferenceFact.class) return conferences;
        if (type == CpPlanFact.class) return plans;
        if (type == CoreGroupFact.class) return coreGroups;
        if (type == CpVisitFact.class) return visits;
        if (type == StaffMember.class) return staff;
        throw new IllegalArgumentException("not a reporting fact: " + type);
    }

    private long next() {
        lastId = nextId++;
        return lastId;
    }

    private static <T> T latest(List<T> list, Predicate<T> which) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (which.test(list.get(i))) {
                return list.get(i);
            }
        }
        return null;
    }
}
