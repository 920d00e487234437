package uk.safeguard.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceFacts.CoreGroupFact;
import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.conference.ConferenceFacts.CpVisitFact;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;

/** A child walked from referral through a strategy discussion and s47 enquiry to an ICPC, plan, core group, visits and review. */
class ConferenceFactsTest extends IntegrationTest {
    @Autowired
    ConferenceFacts facts;
    @Autowired
    PeopleRegister people;
    @Autowired
    UserDirectory users;
    @Autowired
    StatutoryClocks clocks;

    private static Map<String, Object> attendee(String name, long agencyId, String role) {
        return Map.of("name", name, "agencyId", agencyId, "role", role, "attended", true);
    }

    private List<ConferenceFact> conferencesOf(long child, LocalDate from, LocalDate to) {
        return facts.conferences(from, to).stream().filter(c -> c.childId() == child).toList();
    }

    private List<CpPlanFact> plansOf(long child, LocalDate from, LocalDate to) {
        return facts.plans(from, to).stream().filter(p -> p.childId() == child).toList();
    }

    private static void ok(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isLessThan(300);
    }

    @Test
    void theIcpcLinksToItsEnquiryAndMakesAPlanWithCoreGroupsVisitsAndAReview() {
        ConferenceFixtures f = new ConferenceFixtures(people, clocks, jdbc, users, this::as);
        CurrentUser sam = f.user("social-worker");
        long la = f.agency("LA-CSC").id();
        long police = f.agency("POLICE").id();
        long health = f.agency("HEALTH").id();
        clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
        ConferenceFixtures.Child c = f.referred("social-worker");
        long child = c.childId();

        clock.set(LocalDateTime.of(2026, 11, 3, 12, 0));
        Map<String, Object> discussion = new HashMap<>();
        discussion.put("heldAt", LocalDateTime.of(2026, 11, 3, 10, 0).atZone(TimeConfiguration.LONDON).toInstant().toString());
        discussion.put("format", "MEETING");
        discussion.put("attendees", List.of(attendee("Sam Okafor", la, "Social worker"), attendee("PC Dee Harper", police, "CAIT officer"),
                attendee("Lee Marsh", health, "Named nurse")));
        discussion.put("informationShared", "School reported bruising.");
        discussion.put("section47", true);
        discussion.put("section47Rationale", "Reasonable cause to suspect significant harm.");
        discussion.put("criminalInvestigation", "NONE");
        Api.Response held = as("social-worker").post("/api/cases/" + c.caseId() + "/strategy-discussions", discussion);
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        long enquiryId = held.json().get("section47EnquiryId").asLong();
        clock.set(LocalDateTime.of(2026, 11, 10, 12, 0));
        ok(as("team-manager").post("/api/section-47-enquiries/" + enquiryId + "/outcome", Map.of("outcome", "SUBSTANTIATED",
                "rationale", "Non-accidental injury confirmed by the paediatrician", "completedOn", "2026-11-10")));

        clock.set(LocalDateTime.of(2026, 11, 25, 16, 0)); // recorded afterwards (the fixture's report arrived on 25 Nov)
        long planId = f.icpcWithPlan(c, LocalDateTime.of(2026, 11, 20, 10, 0), "NEG");

        List<ConferenceFact> icpcs = conferencesOf(child, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20));
        assertThat(icpcs).hasSize(1);
        ConferenceFact icpc = icpcs.get(0);
        assertThat(icpc.kind()).isEqualTo("INITIAL");
        assertThat(icpc.caseId()).isEqualTo(c.caseId());
        assertThat(icpc.scheduledAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 10, 0).atZone(TimeConfiguration.LONDON).toInstant());
        assertThat(icpc.heldOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(icpc.decision()).isEqualTo("PLAN");
        assertThat(icpc.category()).isEqualTo("NEG");
        assertThat(icpc.section47Id()).isEqualTo(enquiryId);
        assertThat(icpc.planId()).isEqualTo(planId);
        assertThat(icpc.chairId()).isEqualTo(f.userId("conference-chair"));
        assertThat(icpc.imported()).isFalse();
        assertThat(conferencesOf(child, LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 30))).isEmpty();

        List<CpPlanFact> plans = plansOf(child, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20));
        assertThat(plans).hasSize(1);
        CpPlanFact plan = plans.get(0);
        assertThat(plan.planId()).isEqualTo(planId);
        assertThat(plan.caseId()).isNotNull();
        assertThat(plan.conferenceId()).isEqualTo(icpc.conferenceId());
        assertThat(plan.startedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(plan.endedOn()).isNull();
        assertThat(plan.initialCategory()).isEqualTo("NEG");
        assertThat(plan.latestCategory()).isEqualTo("NEG");
        assertThat(plan.endReason()).isNull();
        assertThat(plan.previousPlans()).isZero();
        assertThat(plan.leadSocialWorkerId()).isEqualTo(sam.id());
        assertThat(plan.teamId()).isEqualTo(sam.teamId());
        assertThat(plan.imported()).isFalse();
        assertThat(plansOf(child, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 19))).isEmpty();
        assertThat(plansOf(child, LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 31))).hasSize(1);

        clock.set(LocalDateTime.of(2026, 11, 27, 16, 0));
        Map<String, Object> meeting = new HashMap<>();
        meeting.put("metOn", "2026-11-27");
        meeting.put("attendees", List.of(Map.of("name", "Sam Okafor", "agency", "Children's Services")));
        meeting.put("decisions", "Weekly home visits; nursery place.");
        ok(as("social-worker").post("/api/cp-plans/" + planId + "/core-groups", meeting));
        ok(as("social-worker").post("/api/cp-plans/" + planId + "/visits", Map.of("visitedAt", "2026-11-27T10:00", "seen", true, "seenAlone", true)));
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        ok(as("social-worker").post("/api/cp-plans/" + planId + "/visits", Map.of("visitedAt", "2026-11-30T23:30", "seen", true, "seenAlone", false)));

        List<CoreGroupFact> groups = facts.coreGroups(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27)).stream()
                .filter(g -> g.childId() == child).toList();
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.planId()).isEqualTo(planId);
            assertThat(g.metOn()).isEqualTo(LocalDate.of(2026, 11, 27));
        });
        assertThat(facts.coreGroups(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 31)).stream().filter(g -> g.childId() == child)).isEmpty();
        List<CpVisitFact> visits = facts.visits(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).stream()
                .filter(v -> v.childId() == child).toList();
        assertThat(visits).extracting(CpVisitFact::planId).containsOnly(planId);
        assertThat(visits).extracting(CpVisitFact::visitedAt).containsExactly(
                LocalDateTime.of(2026, 11, 27, 10, 0).atZone(TimeConfiguration.LONDON).toInstant(),
                LocalDateTime.of(2026, 11, 30, 23, 30).atZone(TimeConfiguration.LONDON).toInstant());
        assertThat(visits).extracting(CpVisitFact::seen, CpVisitFact::seenAlone).containsExactly(
                org.assertj.core.groups.Tuple.tuple(true, true), org.assertj.core.groups.Tuple.tuple(true, false));
        assertThat(facts.visits(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)).stream().filter(v -> v.childId() == child)).isEmpty();

        Api.Response review = as("social-worker").post("/api/children/" + child + "/conferences",
                f.conference("REVIEW", LocalDateTime.of(2027, 2, 15, 10, 0), "conference-chair"));
        assertThat(review.status()).as(review.toString()).isEqualTo(201);
        List<ConferenceFact> reviews = conferencesOf(child, LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 15));
        assertThat(reviews).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("REVIEW");
            assertThat(r.heldOn()).isNull();
            assertThat(r.decision()).isNull();
            assertThat(r.planId()).isEqualTo(planId);
            assertThat(r.section47Id()).isNull();
        });

        // The per-child reads are the same facts as the range reads filtered to the child, whatever their dates.
        assertThat(facts.conferencesOf(child)).hasSizeGreaterThanOrEqualTo(2)
                .isEqualTo(conferencesOf(child, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31)));
        assertThat(facts.plansOf(child)).hasSize(1).isEqualTo(plansOf(child, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31)));
    }
}
