package uk.safeguard.returns.internal;

import java.util.List;
import java.util.Map;
import uk.safeguard.assessment.AssessmentFacts.AssessmentFact;
import uk.safeguard.childinneed.ChildInNeedReports.SsdCinPlan;
import uk.safeguard.childinneed.ChildInNeedReports.SsdCinVisit;
import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.conference.ConferenceFacts.CpVisitFact;
import uk.safeguard.frontdoor.FrontDoorFacts.ContactFact;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.people.ChildFacts.ChildCharacteristics;
import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.work.WorkFacts.CaseFact;

/**
 * Everything the six lists are built from, loaded once per list by date range (no per-child queries). Referrals,
 * enquiries and conferences reach back twelve months before the period for the "in the last 12 months" counts;
 * referrals also reach back to the oldest open episode for its primary need. {@code workers} and {@code teams} map
 * ids to names for the "Allocated worker" and "Allocated team" columns.
 */
public record AnnexAFacts(List<ContactFact> contacts, List<ReferralFact> referrals, List<AssessmentFact> assessments,
                          List<Section47Fact> enquiries, List<ConferenceFact> conferences, List<CpPlanFact> plans,
                          List<CpVisitFact> cpVisits, List<CaseFact> cases, List<SsdCinPlan> cinPlans,
                          List<SsdCinVisit> cinVisits, Map<Long, ChildCharacteristics> children,
                          Map<Long, String> workers, Map<Long, String> teams) {}
