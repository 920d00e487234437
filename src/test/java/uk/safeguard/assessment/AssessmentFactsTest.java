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
import uk.safeguard.migration.SsdImportResult;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdMigration;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.SsdFiles;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;

class AssessmentFactsTest extends IntegrationTest {
    @Autowired
    AssessmentFacts facts;
    @Autowired
    PeopleRegister people;
    @Autowired
    UserDirectory users;
    @Autowired
    SsdMigration migration;

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
        assertThat(a.childSeen()).as("in progress, no visit yet: not known").isNull();
        assertThat(a.outcome()).isNull();
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
        assertThat(done.childSeen()).isTrue();
        assertThat(done.outcome()).isEqualTo("CHILD_IN_NEED_PLAN");
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

        // The per-child read is the same facts as the range read filtered to the child; withdrawn ones left out too.
        assertThat(facts.assessmentsOf(child)).hasSize(1).isEqualTo(of(child, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31)));
        assertThat(facts.assessmentsOf(other)).isEmpty();
    }

    @Test
    void aChildNotSeenIsFalseOnceSubmittedAndAnImportedAssessmentGivesTheSsdFlag() {
        long child = TestChildren.register(people);
        clock.set(LocalDateTime.of(2026, 11, 2, 10, 0));
        TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        Api.Response started = as("social-worker").post("/api/referrals/" + r.referralId() + "/assessment", Map.of("startDate", "2026-11-02"));
        status(started, 201);
        long id = started.json().get("id").asLong();
        status(as("social-worker").put("/api/assessments/" + id, Map.of("analysis", "Family declined; no concerns found.",
                "factors", List.of("21"), "outcome", "NO_FURTHER_ACTION")), 200);
        clock.set(LocalDateTime.of(2026, 11, 16, 10, 0));
        status(as("social-worker").post("/api/assessments/" + id + "/submission",
                Map.of("notSeenReason", "The family moved away before a visit could be made")), 200);
        AssessmentFact submitted = of(child, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 16)).get(0);
        assertThat(submitted.childSeen()).isFalse();
        assertThat(submitted.outcome()).isEqualTo("NO_FURTHER_ACTION");

        // Imported: the SSD's cina_assessment_child_seen as given (N, or blank: not known); the outcome nearest its flags.
        String p = "f" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        List<Long> children = new java.util.ArrayList<>();
        StringBuilder csv = new StringBuilder("cina_assessment_id,cina_person_id,cina_referral_id,cina_assessment_start_date,"
                + "cina_assessment_child_seen,cina_assessment_auth_date,cina_assessment_outcome_json,cina_assessment_outcome_nfa,"
                + "cina_assessment_team,cina_assessment_worker_id\n");
        for (String seen : List.of("N", "")) {
            long c = TestChildren.register(people);
            clock.set(LocalDateTime.of(2026, 10, 1, 10, 0));
            TestReferrals.Referral ref = TestReferrals.refer(as("contact-officer"), as("team-manager"), c);
            String person = p + "P" + c;
            String episode = p + "R" + c;
            SsdFiles.registerExisting(jdbc, SsdKind.PERSON, person, c, person);
            SsdFiles.registerExisting(jdbc, SsdKind.REFERRAL, episode, ref.referralId(), person);
            SsdFiles.registerExisting(jdbc, SsdKind.CASE, episode, ref.caseId(), person);
            csv.append(p).append("S").append(c).append(',').append(person).append(',').append(episode)
                    .append(",2026-10-02,").append(seen).append(",2026-10-20,,Y,,\n");
            children.add(c);
        }
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        SsdImportResult result = SsdFiles.importCsv(migration, Map.of("ssd_cin_assessments.csv", csv.toString()));
        assertThat(result.errors()).isEmpty();
        AssessmentFact notSeen = of(children.get(0), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)).get(0);
        AssessmentFact unknown = of(children.get(1), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)).get(0);
        assertThat(notSeen.imported()).isTrue();
        assertThat(notSeen.childSeen()).isFalse();
        assertThat(notSeen.outcome()).isEqualTo("NO_FURTHER_ACTION");
        assertThat(unknown.childSeen()).isNull();
        assertThat(facts.assessmentsOf(children.get(0))).containsExactly(notSeen);
    }
}
