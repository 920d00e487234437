package uk.safeguard.reporting;

import java.util.List;

import uk.safeguard.access.StaffFacts.StaffMember;
import uk.safeguard.assessment.AssessmentFacts.AssessmentFact;
import uk.safeguard.calendar.WorkingDays;
import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceFacts.CoreGroupFact;
import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.conference.ConferenceFacts.CpVisitFact;
import uk.safeguard.frontdoor.FrontDoorFacts.ContactFact;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.protection.ProtectionFacts.StrategyDiscussionFact;
import uk.safeguard.work.WorkFacts.AllocationFact;
import uk.safeguard.work.WorkFacts.CaseFact;

/**
 * The record-level facts every indicator is computed from, loaded once for a window (the periods asked for plus
 * the look-back indicators need, see {@link #LOOK_BACK_MONTHS}) and shared by all indicators. Tests build it by
 * hand. {@code childPopulation} is the configured population aged 0-17 (the rate denominator).
 */
public record ReportingData(Period window, WorkingDays workingDays, List<ContactFact> contacts,
                            List<ReferralFact> referrals, List<CaseFact> cases, List<AllocationFact> allocations,
                            List<AssessmentFact> assessments, List<StrategyDiscussionFact> strategyDiscussions,
                            List<Section47Fact> section47Enquiries, List<ConferenceFact> conferences,
                            List<CpPlanFact> plans, List<CoreGroupFact> coreGroups, List<CpVisitFact> visits,
                            List<StaffMember> staff, long childPopulation) {

    /**
     * The furthest any fact reaches back before a period's start: review conferences, timed from the review before
     * them (15 months covers a late one). Visits, core groups, strategy discussions and enquiries reach back 3;
     * contacts and referrals none (a referral carries its previous referral); cases, allocations, assessments and plans are read as "open at any time
     * in the period" and need none (a plan's start date is on its fact).
     */
    public static final int LOOK_BACK_MONTHS = 15;
}
