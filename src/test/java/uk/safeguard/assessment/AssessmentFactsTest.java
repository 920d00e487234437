package uk.safeguard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.assessment.AssessmentFacts.AssessmentFact;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;

class AssessmentFactsTest extends IntegrationTest {
    @Autowired
    AssessmentFacts facts;
    @Autowired
    PeopleRegister people;
    @Autowired
    UserDirectory users;

    private List<AssessmentFact> of(long child, LocalDate from, LocalDate to) {
        return facts.assessments(from, to).stream().filter(a -> a.childId() == child).toList();
    }

    private static void status(Api.Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
    }

    @Test
    void anAuthorisedAssessmentTouchesTheWindowsFromItsStartToItsAuthorisationAndAWithdrawnOneIsLeftOut() {
        CurrentUser sam = users.findByUsername("social-worker").orElseThrow();
        long child = TestChildren.register(people);
        clock.set(LocalDateTime.of(2026, 11, 2, 23, 30));
        TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        clock.set(LocalDateTime.of(2026, 11, 3, 10, 0));
        Api.Response started = as("social-worker").post("/api/referrals/" + r.referralId() + "/assessment", Map.of("startDate", "2026-11-03"));
        status(started, 201);
        long id = started.json().get("id").asLong();

        List<AssessmentFact> running = of(child, LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3));
        assertThat(running).hasSize(1);
        AssessmentFact a = running.get(0);
        assertThat(a.assessmentId()).isEqualTo(id);
        assertThat(a.referralId()).isEqualTo(r.referralId());
        assertThat(a.caseId()).isEqualTo(r.caseId());
        assertThat(a.kind()).isEqualTo("SECTION_17");
        assertThat(a.status()).isEqualTo("IN_PROGRESS");
        assertThat(a.referralAt()).isEqualTo(LocalDateTime.of(2026, 11, 2, 23, 30).atZone(TimeConfiguration.LONDON).toInstant());
        assertThat(a.startedOn()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(a.authorisedOn()).isNull();
        assertThat(a.factors()).isEmpty();
        assertThat(a.workerId()).isEqualTo(sam.id());
        assertThat(a.teamId()).isEqualTo(sam.teamId());
        assertThat(a.imported()).isFalse();
        assertThat(of(child, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 2))).isEmpty();
        assertThat(of(child, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 30))).hasSize(1);

        status(as("social-worker").put("/api/assessments/" + id, Map.of("analysis", "Needs are met with support.",
                "factors", List.of("16A", "3B"), "outcome", "CHILD_IN_NEED_PLAN")), 200);
        status(as("social-worker").post("/api/assessments/" + id + "/child-seen", Map.of("seenOn", "2026-11-03", "seenAlone", true)), 200);
        clock.set(LocalDateTime.of(2026, 11, 19, 16, 0));
        status(as("social-worker").post("/api/assessments/" + id + "/submission", Map.of()), 200);
        clock.set(LocalDateTime.of(2026, 11, 20, 23, 30));
        status(as("team-manager").post("/api/assessments/" + id + "/authorisation", Map.of()), 200);

        AssessmentFact done = of(child, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30)).get(0);
        assertThat(done.status()).isEqualTo("AUTHORISED");
        assertThat(done.authorisedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(done.factors()).containsExactlyInAnyOrder("16A", "3B");
        assertThat(of(child, LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 30))).isEmpty();
        assertThat(of(child, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 3))).hasSize(1);

        // Another child's assessment is withdrawn when its case closes: never a fact.
        long other = TestChildren.register(people);
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        TestReferrals.Referral r2 = TestReferrals.refer(as("contact-officer"), as("team-manager"), other);
        status(as("social-worker").post("/api/referrals/" + r2.referralId() + "/assessment", Map.of()), 201);
        assertThat(of(other, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1))).hasSize(1);
        clock.set(LocalDateTime.of(2026, 12, 3, 10, 0));
        status(as("team-manager").post("/api/cases/" + r2.caseId() + "/closure", Map.of("closedAt", "2026-12-03", "closureReason", "RC5")), 200);
        assertThat(of(other, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))).isEmpty();
    }
}
