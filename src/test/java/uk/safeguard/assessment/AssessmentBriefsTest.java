package uk.safeguard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.assessment.internal.AssessmentSection;
import uk.safeguard.audit.Actor;
import uk.safeguard.frontdoor.ReferralView;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.ChildRecordSection;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;
import uk.safeguard.work.CaseWork;

/**
 * The light read behind the child's page section: one query for all of a child's assessments (the benchmark counts the
 * statements). Here: for a child with three assessments it answers what the full views answer, and the section and
 * "referrals awaiting assessment" come from it.
 */
class AssessmentBriefsTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    Assessments assessments;
    @Autowired
    AssessmentSection section;
    @Autowired
    CaseWork caseWork;

    private long start(TestReferrals.Referral r) {
        Api.Response started = as("social-worker").post("/api/referrals/" + r.referralId() + "/assessment", Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json().get("id").asLong();
    }

    private void authorise(long id) {
        String path = "/api/assessments/" + id;
        assertThat(as("social-worker").put(path, Map.of("analysis", "Needs are met with support.", "factors", List.of("16A"),
                "outcome", "CHILD_IN_NEED_PLAN")).status()).isEqualTo(200);
        assertThat(as("social-worker").post(path + "/child-seen", Map.of("seenOn", "2026-12-01", "seenAlone", true)).status()).isEqualTo(200);
        assertThat(as("social-worker").post(path + "/submission", Map.of()).status()).isEqualTo(200);
        assertThat(as("team-manager").post(path + "/authorisation", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void briefsOfAChildWithThreeAssessmentsMatchTheFullViewsAndFeedTheSection() {
        long child = TestChildren.register(people);
        // One referral at a time: a child with an open case is not referred again, so each case closes before the next.
        List<TestReferrals.Referral> referrals = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clock.set(LocalDateTime.of(2026, 12, 1, 9 + i, 0));
            TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
            referrals.add(r);
            if (i < 3) {
                long id = start(r);
                if (i == 0) {
                    authorise(id);
                }
            }
            caseWork.closeCase(Actor.SYSTEM, r.caseId(), clock.instant(), "RC8");
        }

        List<AssessmentBrief> briefs = assessments.briefsOfChildUnchecked(child);
        List<Assessment> full = assessments.ofChildUnchecked(child);
        assertThat(briefs).hasSize(3);
        assertThat(briefs).extracting(AssessmentBrief::id).containsExactlyElementsOf(full.stream().map(Assessment::id).toList());
        for (int i = 0; i < briefs.size(); i++) {
            AssessmentBrief b = briefs.get(i);
            Assessment a = full.get(i);
            assertThat(b).isEqualTo(new AssessmentBrief(a.id(), a.referralId(), a.childId(), a.caseId(), a.kind(), a.status(),
                    a.referralAt(), a.startedOn(), a.targetDate(), a.dueByReferral(), a.dueFromStart(), a.authorisedOn()));
        }
        assertThat(briefs).extracting(AssessmentBrief::status)
                // the two not authorised were withdrawn when their cases closed
                .containsExactly(AssessmentStatus.AUTHORISED, AssessmentStatus.WITHDRAWN, AssessmentStatus.WITHDRAWN);

        // Only the fourth referral awaits its assessment.
        assertThat(assessments.awaiting(child)).extracting(ReferralView::id).containsExactly(referrals.get(3).referralId());

        ChildRecordSection.Section shown = section.section(child, new ChildRecordSection.Viewer(0, "SOCIAL_WORKER", null)).orElseThrow();
        assertThat(shown.rows()).hasSize(3);
        assertThat(shown.rows().get(0).value()).isEqualTo("Section 17 (child in need) assessment started 1 Dec 2026: Authorised on 1 Dec 2026");
        assertThat(shown.rows().get(1).value())
                .isEqualTo("Section 17 (child in need) assessment started 1 Dec 2026: Withdrawn: the case closed before it was authorised");
        assertThat(shown.links()).extracting(ChildRecordSection.Link::href)
                .containsExactly("/children/" + child + "/assessments/new?referral=" + referrals.get(3).referralId());
    }
}
