package uk.safeguard.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeguard.access.StaffFacts.StaffMember;
import uk.safeguard.assessment.AssessmentFacts.AssessmentFact;
import uk.safeguard.childinneed.ChildInNeedReports.SsdCinPlan;
import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.people.ChildFacts.ChildCharacteristics;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.returns.internal.DfeApiRecords;
import uk.safeguard.work.WorkFacts.AllocationFact;
import uk.safeguard.work.WorkFacts.CaseFact;

/** Hand-built facts for DfE API tests: each child gets one episode (case) with a referral, an allocation and an assessment. */
final class DfeApiTestRecords {
    final List<CaseFact> cases = new ArrayList<>();
    final List<ReferralFact> referrals = new ArrayList<>();
    final List<AllocationFact> allocations = new ArrayList<>();
    final List<StaffMember> staff = new ArrayList<>();
    final List<AssessmentFact> assessments = new ArrayList<>();
    final List<SsdCinPlan> cinPlans = new ArrayList<>();
    final List<Section47Fact> section47s = new ArrayList<>();
    final List<ConferenceFact> conferences = new ArrayList<>();
    final List<CpPlanFact> cpPlans = new ArrayList<>();
    final Map<Long, ChildCharacteristics> children = new HashMap<>();
    final List<Long> mergedAway = new ArrayList<>();

    static Instant at(int y, int m, int d) {
        return LocalDateTime.of(y, m, d, 10, 0).atZone(TimeConfiguration.LONDON).toInstant();
    }

    /** Child {@code id}, case {@code id}, referral {@code id}, allocation {@code id}, assessment {@code id}. */
    DfeApiTestRecords child(long id) {
        children.put(id, new ChildCharacteristics(id, "Amara", "Test" + id, LocalDate.of(2015, 3, 4), null, "F", "2",
                "WBRI", "A12345678901" + (id % 10), "9434765919", List.of("HAND", "VIS"), "RF1 2AB", "CHILD"));
        cases.add(new CaseFact(id, id, "CHILD_IN_NEED", at(2026, 9, 1), null, null, 7L, 70L));
        referrals.add(new ReferralFact(id, id, null, at(2026, 9, 1), "1C", "N1", false, null, at(2026, 9, 1),
                at(2026, 9, 2), List.of("ASSESSMENT"), false, 71L, "EDUCATION", "Oakfield Primary School", id, false));
        allocations.add(new AllocationFact(id, id, id, 70L, null, 7L, at(2026, 9, 2), null));
        assessments.add(new AssessmentFact(id, id, id, id, "S17", at(2026, 9, 1), LocalDate.of(2026, 9, 3),
                LocalDate.of(2026, 10, 20), "AUTHORISED", List.of("2A", "4A", "2A"), null, 70L, 7L, false));
        return this;
    }

    DfeApiTestRecords staff() {
        staff.add(new StaffMember(70L, "Sam Okafor", "SOCIAL_WORKER", 7L, 1L, "SW123456", true));
        staff.add(new StaffMember(71L, "Morgan Reid", "TEAM_MANAGER", 7L, 1L, null, true));
        return this;
    }

    DfeApiRecords records() {
        return new DfeApiRecords(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 12, 1), List.copyOf(cases), List.copyOf(referrals),
                List.copyOf(allocations), List.copyOf(staff), List.copyOf(assessments), List.copyOf(cinPlans),
                List.copyOf(section47s), List.copyOf(conferences), List.copyOf(cpPlans), Map.copyOf(children), List.copyOf(mergedAway));
    }
}
