package uk.safeguard.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.Actor;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;

/** Allocation with the practitioner's agreement (WT2023 para 156), handover notes and lead-practitioner changes. */
class AllocationApiTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    CaseWork caseWork;
    @Autowired
    UserDirectory users;

    private CurrentUser socialWorker;

    @BeforeEach
    void users() {
        socialWorker = users.findByUsername("social-worker").orElseThrow();
    }

    private static Instant london(int y, int m, int d, int h) {
        return LocalDateTime.of(y, m, d, h, 0).atZone(TimeConfiguration.LONDON).toInstant();
    }

    private int denials(String username, String whatLike) {
        return jdbc.sql("select count(*) from access_denial where actor_username = ? and what like ?")
                .params(username, whatLike).query(Integer.class).single();
    }

    private long unallocatedCase() {
        long child = TestChildren.register(people);
        return TestReferrals.refer(as("contact-officer"), as("team-manager"), child).caseId();
    }

    private Api.Response propose(String as, long caseId, Long workerId, String handoverNote) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("workerId", workerId);
        body.put("handoverNote", handoverNote);
        return as(as).post("/api/cases/" + caseId + "/allocation-proposals", body);
    }

    @Test
    void aManagerProposesTheWorkerAgreesAndTheCaseIsTheirs() {
        long caseId = unallocatedCase();
        Api.Response proposed = propose("team-manager", caseId, socialWorker.id(), null);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        long proposalId = proposed.json().get("id").asLong();
        assertThat(proposed.json().get("status").asString()).isEqualTo("PENDING");

        JsonNode mine = as("social-worker").get("/api/allocation-proposals").json();
        assertThat(mine.findValues("id").stream().map(JsonNode::asLong)).contains(proposalId);
        assertThat(as("social-worker").get("/api/cases/" + caseId).json().get("pendingProposal").get("workerName").asString())
                .isEqualTo("Sam Okafor");

        Api.Response agreed = as("social-worker").post("/api/allocation-proposals/" + proposalId + "/agreement", "");
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
        assertThat(agreed.json().get("change").asBoolean()).isFalse();

        JsonNode view = as("social-worker").get("/api/cases/" + caseId).json();
        assertThat(view.get("workerName").asString()).isEqualTo("Sam Okafor");
        assertThat(view.get("pendingProposal").isNull()).isTrue();
        assertThat(view.get("allocations")).hasSize(1);
        assertThat(view.get("allocations").get(0).get("agreedThroughProposal").asBoolean()).isTrue();
        long childId = view.get("childId").asLong();
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'CASE_ALLOCATED' and after_values::text like '%Sam Okafor%'")
                .param(childId).query(Integer.class).single()).isEqualTo(1);
        assertThat(as("social-worker").get("/api/allocation-proposals").json().findValues("id").stream().map(JsonNode::asLong))
                .doesNotContain(proposalId);
    }

    @Test
    void onlyAManagerMayProposeAndTheRefusalIsLogged() {
        long caseId = unallocatedCase();
        int before = denials("social-worker", "propose allocation%");
        Api.Response refused = propose("social-worker", caseId, socialWorker.id(), null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.body()).contains("para 156");
        assertThat(denials("social-worker", "propose allocation%")).isEqualTo(before + 1);
        assertThat(propose("police-officer", caseId, socialWorker.id(), null).status()).isEqualTo(403);
    }

    @Test
    void onlyTheProposedWorkerMayAgreeOrDecline() {
        long caseId = unallocatedCase();
        long proposalId = propose("team-manager", caseId, socialWorker.id(), null).json().get("id").asLong();
        int before = denials("team-manager", "%allocation proposal " + proposalId);
        assertThat(as("team-manager").post("/api/allocation-proposals/" + proposalId + "/agreement", "").status()).isEqualTo(403);
        assertThat(as("conference-chair").post("/api/allocation-proposals/" + proposalId + "/agreement", "").status()).isEqualTo(403);
        assertThat(as("team-manager").post("/api/allocation-proposals/" + proposalId + "/decline", Map.of("reason", "no")).status())
                .isEqualTo(403);
        assertThat(denials("team-manager", "%allocation proposal " + proposalId)).isEqualTo(before + 2);
        assertThat(as("social-worker").get("/api/cases/" + caseId).json().get("workerId").isNull()).isTrue();
    }

    @Test
    void oneProposalAtATimePerCase() {
        long caseId = unallocatedCase();
        assertThat(propose("team-manager", caseId, socialWorker.id(), null).status()).isEqualTo(201);
        CurrentUser chair = users.findByUsername("conference-chair").orElseThrow();
        Api.Response second = propose("team-manager", caseId, chair.id(), null);
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.json().get("field").asString()).isEqualTo("proposal");
    }

    @Test
    void badProposalsNameTheField() {
        long caseId = unallocatedCase();
        Api.Response none = propose("team-manager", caseId, null, null);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("field").asString()).isEqualTo("workerId");
        Api.Response nobody = propose("team-manager", caseId, 99_999_999L, null);
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.json().get("field").asString()).isEqualTo("workerId");
        CurrentUser analyst = users.findByUsername("performance-analyst").orElseThrow();
        Api.Response notAPractitioner = propose("team-manager", caseId, analyst.id(), null);
        assertThat(notAPractitioner.status()).as(notAPractitioner.toString()).isEqualTo(400);
        assertThat(notAPractitioner.json().get("field").asString()).isEqualTo("workerId");
        // a worker who cannot open the (restricted) record cannot lead the case
        long childId = as("team-manager").get("/api/cases/" + caseId).json().get("childId").asLong();
        assertThat(as("team-manager").post("/api/children/" + childId + "/restriction",
                Map.of("reason", "A member of staff's family", "usernames", java.util.List.of("team-manager"))).status()).isLessThan(300);
        Api.Response cannotSee = propose("team-manager", caseId, socialWorker.id(), null);
        assertThat(cannotSee.status()).as(cannotSee.toString()).isEqualTo(409);
        assertThat(cannotSee.json().get("field").asString()).isEqualTo("workerId");
    }

    @Test
    void aReallocationNeedsAHandoverNoteAndCountsAsAChange() {
        WorkTestUsers.Worker newWorker = WorkTestUsers.create(baseUrl(), as("admin"), users, "SOCIAL_WORKER", "Assessment Team 1");
        long child = TestChildren.register(people);
        long caseId = caseWork.openCase(Actor.SYSTEM, child, CaseKind.CHILD_IN_NEED, london(2026, 11, 2, 9), socialWorker.id(), null).id();

        Api.Response noNote = propose("team-manager", caseId, newWorker.id(), "  ");
        assertThat(noNote.status()).as(noNote.toString()).isEqualTo(400);
        assertThat(noNote.json().get("field").asString()).isEqualTo("handoverNote");
        Api.Response same = propose("team-manager", caseId, socialWorker.id(), "note");
        assertThat(same.status()).isEqualTo(400);

        long proposalId = propose("team-manager", caseId, newWorker.id(), "Mum prefers phone calls after 4pm; CIN review due in January.")
                .json().get("id").asLong();
        Api.Response agreed = newWorker.api().post("/api/allocation-proposals/" + proposalId + "/agreement", "");
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
        assertThat(agreed.json().get("change").asBoolean()).isTrue();
        assertThat(agreed.json().get("previousWorkerName").asString()).isEqualTo("Sam Okafor");

        JsonNode view = as("team-manager").get("/api/cases/" + caseId).json();
        assertThat(view.get("workerName").asString()).isEqualTo(newWorker.displayName());
        assertThat(view.get("allocations")).hasSize(2);
        assertThat(view.get("allocations").get(1).get("handoverNote").asString()).contains("phone calls after 4pm");
        assertThat(jdbc.sql("""
                select count(*) from audit_event where child_id = ? and action = 'LEAD_PRACTITIONER_CHANGED'
                   and before_values::text like '%Sam Okafor%' and after_values::text like ?""")
                .params(child, "%" + newWorker.displayName() + "%").query(Integer.class).single()).isEqualTo(1);

        JsonNode changes = as("team-manager").get("/api/children/" + child + "/lead-practitioner-changes?from=2026-12-01&to=2026-12-01").json();
        assertThat(changes.get("changes").asInt()).isEqualTo(1);
        assertThat(changes.get("history")).hasSize(2);
        assertThat(as("team-manager").get("/api/children/" + child + "/lead-practitioner-changes?from=2026-11-01&to=2026-11-30")
                .json().get("changes").asInt()).isZero();
        assertThat(caseWork.leadPractitionerChanges(child, java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2026, 12, 31))).isEqualTo(1);

        JsonNode report = as("performance-analyst").get("/api/reports/lead-practitioner-changes?from=2026-12-01&to=2026-12-31").json();
        assertThat(report.get("perChild").findValues("childId").stream().map(JsonNode::asLong)).contains(child);
        assertThat(caseWork.leadPractitionerChanges(java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2026, 12, 31)))
                .containsEntry(child, 1);
        assertThat(as("social-worker").get("/api/reports/lead-practitioner-changes?from=2026-12-01&to=2026-12-31").status()).isEqualTo(403);
        assertThat(as("councillor").get("/api/reports/lead-practitioner-changes?from=2026-12-01&to=2026-12-31").status()).isEqualTo(403);
        Api.Response backwards = as("team-manager").get("/api/reports/lead-practitioner-changes?from=2026-12-31&to=2026-12-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("field").asString()).isEqualTo("to");
    }

    @Test
    void aWorkerDeclinesWithAReasonAndTheManagerGetsATask() {
        long caseId = unallocatedCase();
        long proposalId = propose("team-manager", caseId, socialWorker.id(), null).json().get("id").asLong();
        Api.Response blank = as("social-worker").post("/api/allocation-proposals/" + proposalId + "/decline", Map.of("reason", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("field").asString()).isEqualTo("reason");

        Api.Response declined = as("social-worker").post("/api/allocation-proposals/" + proposalId + "/decline",
                Map.of("reason", "I know the family personally"));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
        JsonNode tasks = as("team-manager").get("/api/work-tray/tasks").json();
        assertThat(tasks.findValues("detail").stream().map(JsonNode::asString)).contains("Reason: I know the family personally");
        assertThat(as("social-worker").post("/api/allocation-proposals/" + proposalId + "/agreement", "").status()).isEqualTo(409);
        // the manager can propose again, and withdraw a proposal the worker cannot answer
        CurrentUser manager = users.findByUsername("team-manager").orElseThrow();
        long again = propose("team-manager", caseId, manager.id(), null).json().get("id").asLong();
        assertThat(as("social-worker").post("/api/allocation-proposals/" + again + "/withdrawal", "").status()).isEqualTo(403);
        Api.Response withdrawn = as("team-manager").post("/api/allocation-proposals/" + again + "/withdrawal", "");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(propose("team-manager", caseId, socialWorker.id(), null).status()).isEqualTo(201);
    }

    @Test
    void aClosedCaseIsNotAllocated() {
        long child = TestChildren.register(people);
        long caseId = caseWork.openCase(Actor.SYSTEM, child, CaseKind.CHILD_IN_NEED, london(2026, 11, 2, 9), null, null).id();
        caseWork.closeCase(Actor.SYSTEM, caseId, london(2026, 11, 30, 9), "RC8");
        Api.Response closed = propose("team-manager", caseId, socialWorker.id(), null);
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().get("field").asString()).isEqualTo("caseClosed");
    }
}
