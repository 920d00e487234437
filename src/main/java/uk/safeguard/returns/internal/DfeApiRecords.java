package uk.safeguard.returns.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.safeguard.access.StaffFacts.StaffMember;
import uk.safeguard.assessment.AssessmentFacts.AssessmentFact;
import uk.safeguard.childinneed.ChildInNeedReports.SsdCinPlan;
import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.people.ChildFacts.ChildCharacteristics;
import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.work.WorkFacts.AllocationFact;
import uk.safeguard.work.WorkFacts.CaseFact;

/**
 * The facts one DfE API push reads, for the window [from, to]: plain records, so the payload can be built (and tested)
 * without the database. {@code children} holds the characteristics of every child named by the other lists;
 * {@code mergedAway} the person ids merged into another record.
 */
public record DfeApiRecords(LocalDate from, LocalDate to, List<CaseFact> cases, List<ReferralFact> referrals,
                            List<AllocationFact> allocations, List<StaffMember> staff, List<AssessmentFact> assessments,
                            List<SsdCinPlan> cinPlans, List<Section47Fact> section47s, List<ConferenceFact> conferences,
                            List<CpPlanFact> cpPlans, Map<Long, ChildCharacteristics> children, List<Long> mergedAway) {
}
