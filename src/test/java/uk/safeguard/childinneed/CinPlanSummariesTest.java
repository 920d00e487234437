package uk.safeguard.childinneed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.audit.Actor;
import uk.safeguard.childinneed.internal.CinPlanSection;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.ChildRecordSection;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;
import uk.safeguard.work.CaseKind;
import uk.safeguard.work.CaseWork;

/**
 * The plans' summaries behind the child's page section, read in a bounded number of queries (the benchmark counts the
 * statements): for a child with three plans, each with visits and reviews, they answer what each full plan answers.
 */
class CinPlanSummariesTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    ChildInNeedPlans plans;
    @Autowired
    CaseWork caseWork;
    @Autowired
    CinPlanSection section;

    private Api sw() {
        return as("social-worker");
    }

    private long startPlan(long caseId, String startDate) {
        Api.Response started = sw().post("/api/cases/" + caseId + "/cin-plan", Map.of("startDate", startDate, "needs", List.of("Regular meals")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json().get("id").asLong();
    }

    private void visit(long planId, String at) {
        Api.Response r = sw().post("/api/cin-plans/" + planId + "/visits", Map.of("visitedAt", at, "seen", true, "seenAlone", true));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private void review(long planId, String on) {
        Api.Response r = sw().post("/api/cin-plans/" + planId + "/reviews", Map.of("reviewDate", on, "attendees", "Sam Okafor, mother",
                "progressSummary", "Meals regular.", "decision", "CONTINUE"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private void end(long planId, String on) {
        Api.Response r = sw().post("/api/cin-plans/" + planId + "/end", Map.of("endDate", on, "reason", "NO_LONGER_IN_NEED"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    @Test
    void summariesOfAChildWithThreePlansMatchTheFullPlansAndFeedTheSection() {
        var r = TestReferrals.refer(as("contact-officer"), as("team-manager"), TestChildren.register(people));
        long first = startPlan(r.caseId(), "2026-12-01");
        clock.set(LocalDateTime.of(2026, 12, 10, 10, 0));
        visit(first, "2026-12-08T10:00");
        visit(first, "2026-12-03T10:00");
        review(first, "2026-12-09");
        end(first, "2026-12-10");
        long second = startPlan(r.caseId(), "2026-12-10");
        clock.set(LocalDateTime.of(2027, 1, 12, 10, 0));
        visit(second, "2027-01-11T10:00");
        end(second, "2027-01-12");
        long third = startPlan(r.caseId(), "2027-01-12");
        clock.set(LocalDateTime.of(2027, 2, 15, 10, 0));
        visit(third, "2027-02-10T11:00");
        visit(third, "2027-02-01T10:00");
        review(third, "2027-02-03");
        review(third, "2027-02-15");

        List<CinPlanSummary> summaries = plans.summaries(r.childId());
        assertThat(summaries).extracting(CinPlanSummary::id).containsExactly(third, second, first);
        for (CinPlanSummary s : summaries) {
            JsonNode full = sw().get("/api/cin-plans/" + s.id()).json();
            assertThat(s.lastVisit()).isEqualTo(LocalDateTime.parse(full.get("visits").get(0).get("visitedAt").asString()));
            assertThat(s.open()).isEqualTo(full.get("open").asBoolean());
            assertThat(s.nextReviewDue()).isEqualTo(s.open() ? LocalDate.parse(full.get("nextReview").get("dueDate").asString()) : null);
            assertThat(s.startDate()).isEqualTo(LocalDate.parse(full.get("startDate").asString()));
        }
        CinPlanSummary open = summaries.get(0);
        assertThat(open.lastVisit()).isEqualTo(LocalDateTime.of(2027, 2, 10, 11, 0));
        assertThat(open.nextReviewDue()).isEqualTo(LocalDate.of(2027, 5, 15)); // 3 months from the latest review
        assertThat(summaries.get(2).lastVisit()).isEqualTo(LocalDateTime.of(2026, 12, 8, 10, 0));
        assertThat(summaries.get(2).endReason()).isEqualTo(PlanEndReason.NO_LONGER_IN_NEED);

        ChildRecordSection.Section shown = section.section(r.childId(), new ChildRecordSection.Viewer(0, "SOCIAL_WORKER", null)).orElseThrow();
        assertThat(shown.rows()).extracting(ChildRecordSection.Row::value)
                .containsExactly("Started 12 Jan 2027", "15 May 2027", "10 Feb 2027 11:00", "2");

        // Open child-in-need cases without an open plan, read together.
        long secondCase = caseWork.openCase(Actor.SYSTEM, r.childId(), CaseKind.CHILD_IN_NEED, clock.instant(), null, null).id();
        assertThat(plans.casesWithoutOpenPlan(List.of(r.caseId(), secondCase))).containsExactly(secondCase);
        assertThat(plans.casesWithoutOpenPlan(List.of())).isEmpty();
    }
}
