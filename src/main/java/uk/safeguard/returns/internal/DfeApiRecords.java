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
import uk.safeguard.migration.SsdKind;
import uk.safeguard.people.ChildFacts.ChildCharacteristics;
import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.work.WorkFacts.AllocationFact;
import uk.safeguard.work.WorkFacts.CaseFact;

/**
 * The facts one DfE API push reads, for the window [from, to]: plain records, so the payload can be built (and tested)
 * without the database. {@code children} holds the characteristics of every child named by the other lists;
 * {@code mergedAway} the person ids merged into another record. {@code ssdIds}: for records imported from the SSD, the
 * id they were imported under, by kind and local id (records made here are not in it).
 */
public record DfeApiRecords(LocalDate from, LocalDate to, List<CaseFact> cases, List<ReferralFact> referrals,
                            List<AllocationFact> allocations, List<StaffMember> staff, List<AssessmentFact> assessments,
                            List<SsdCinPlan> cinPlans, List<Section47Fact> section47s, List<ConferenceFact> conferences,
                            List<CpPlanFact> cpPlans, Map<Long, ChildCharacteristics> children, List<Long> mergedAway,
                            Map<SsdKind, Map<Long, String>> ssdIds) {

    /** Without imported ids: every record goes out under its default id. */
    public DfeApiRecords(LocalDate from, LocalDate to, List<CaseFact> cases, List<ReferralFact> referrals,
                         List<AllocationFact> allocations, List<StaffMember> staff, List<AssessmentFact> assessments,
                         List<SsdCinPlan> cinPlans, List<Section47Fact> section47s, List<ConferenceFact> conferences,
                         List<CpPlanFact> cpPlans, Map<Long, ChildCharacteristics> children, List<Long> mergedAway) {
        this(from, to, cases, referrals, allocations, staff, assessments, cinPlans, section47s, conferences, cpPlans,
                children, mergedAway, Map.of());
    }

    /** The SSD id a record was imported under, or null. */
    public String importedId(SsdKind kind, long localId) {
        Map<Long, String> ids = ssdIds == null ? null : ssdIds.get(kind);
        return ids == null ? null : ids.get(localId);
    }
}
