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
     * How far before a period's start the facts reach: 12 months for re-referrals, and plans and reviews that
     * started up to two years before (plans ended after two years or more; review and visit timeliness).
     */
    public static final int LOOK_BACK_MONTHS = 27;
}
