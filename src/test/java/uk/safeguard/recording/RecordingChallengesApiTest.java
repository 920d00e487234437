package uk.safeguard.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.ChronologyEntry;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;

/** A family member's challenge to a recorded fact: recorded against the entry, a task for the owner, one outcome. */
class RecordingChallengesApiTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDirectory users;

    private long userId(String username) {
        return users.findByUsername(username).orElseThrow().id();
    }

    private Map<String, Object> challenge(Long eventId, Long ownerId, String dueDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("eventId", eventId);
        body.put("challengerName", "Dana Testparent");
        body.put("relationship", "mother");
        body.put("whatIsWrong", "The record says I was at home on 3 November; I was in hospital (discharge letter)");
        body.put("ownerId", ownerId);
        body.put("dueDate", dueDate);
        return body;
    }

    private static void assertField(Api.Response r, int status, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().get("field").asString()).isEqualTo(field);
    }

    private ChronologyEntry registration(long child) {
        return audit.chronology(child).stream().filter(e -> e.action().equals("PERSON_REGISTERED")).findFirst().orElseThrow();
    }

    @Test
    void aChallengeIsRecordedAgainstTheEntryAndGivesTheOwnerATaskThenTheCorrectionIsKeptBesideTheOriginal() {
        long child = TestChildren.register(people);
        ChronologyEntry entry = registration(child);
        var recorded = as("social-worker").post("/api/children/" + child + "/challenges",
                challenge(entry.id(), userId("social-worker"), "2026-12-15"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        JsonNode c = recorded.json();
        assertThat(c.get("originalEntry").asString()).isEqualTo(entry.summary());
        assertThat(c.get("ownerName").asString()).isEqualTo("Sam Okafor");
        assertThat(c.get("outcome").isNull()).isTrue();
        long id = c.get("id").asLong();
        long taskId = c.get("taskId").asLong();

        var tasks = as("social-worker").get("/api/work-tray/tasks").json();
        assertThat(tasks.valueStream().filter(t -> t.get("id").asLong() == taskId)).singleElement()
                .satisfies(t -> assertThat(t.get("title").asString()).contains("Dana Testparent").contains("2026-12-15"));

        var decided = as("social-worker").post("/api/challenges/" + id + "/outcome",
                Map.of("outcome", "CORRECTED", "correction", "She was in hospital from 2 to 5 November 2026"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().get("outcome").asString()).isEqualTo("CORRECTED");
        assertThat(decided.json().get("outcomeText").asString()).contains("in hospital");
        // the original entry is untouched and still shown beside the correction
        assertThat(decided.json().get("originalEntry").asString()).isEqualTo(entry.summary());
        assertThat(audit.chronology(child).stream().filter(e -> e.id() == entry.id()).findFirst().orElseThrow().summary())
                .isEqualTo(entry.summary());
        assertThat(audit.chronology(child)).extracting(ChronologyEntry::action)
                .contains("RECORD_CHALLENGED", "TASK_ASSIGNED", "RECORD_CORRECTED", "TASK_DONE");
        assertThat(as("social-worker").get("/api/work-tray/tasks").json().valueStream().noneMatch(t -> t.get("id").asLong() == taskId)).isTrue();

        // an outcome is recorded once
        var again = as("team-manager").post("/api/challenges/" + id + "/outcome", Map.of("outcome", "NOT_UPHELD", "reason", "x"));
        assertField(again, 409, "outcome");

        var list = as("team-manager").get("/api/children/" + child + "/challenges");
        assertThat(list.json().get(0).get("outcome").asString()).isEqualTo("CORRECTED");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        long child = TestChildren.register(people);
        long other = TestChildren.register(people);
        long entry = registration(child).id();
        long othersEntry = registration(other).id();
        String path = "/api/children/" + child + "/challenges";
        long sam = userId("social-worker");
        assertField(as("social-worker").post(path, challenge(null, sam, "2026-12-15")), 400, "eventId");
        assertField(as("social-worker").post(path, challenge(othersEntry, sam, "2026-12-15")), 400, "eventId");
        assertField(as("social-worker").post(path, challenge(entry, null, "2026-12-15")), 400, "ownerId");
        assertField(as("social-worker").post(path, challenge(entry, 999999L, "2026-12-15")), 400, "ownerId");
        assertField(as("social-worker").post(path, challenge(entry, userId("police-officer"), "2026-12-15")), 400, "ownerId");
        assertField(as("social-worker").post(path, challenge(entry, sam, null)), 400, "dueDate");
        assertField(as("social-worker").post(path, challenge(entry, sam, "2026-11-30")), 400, "dueDate");
        Map<String, Object> noName = challenge(entry, sam, "2026-12-15");
        noName.put("challengerName", " ");
        assertField(as("social-worker").post(path, noName), 400, "challengerName");
        Map<String, Object> noRelationship = challenge(entry, sam, "2026-12-15");
        noRelationship.remove("relationship");
        assertField(as("social-worker").post(path, noRelationship), 400, "relationship");
        Map<String, Object> nothingWrong = challenge(entry, sam, "2026-12-15");
        nothingWrong.put("whatIsWrong", "");
        assertField(as("social-worker").post(path, nothingWrong), 400, "whatIsWrong");
        assertThat(as("social-worker").get(path).json().size()).isZero();

        long id = as("social-worker").post(path, challenge(entry, sam, "2026-12-15")).json().get("id").asLong();
        assertField(as("social-worker").post("/api/challenges/" + id + "/outcome", Map.of()), 400, "outcome");
        assertField(as("social-worker").post("/api/challenges/" + id + "/outcome", Map.of("outcome", "MAYBE")), 400, "outcome");
        assertField(as("social-worker").post("/api/challenges/" + id + "/outcome", Map.of("outcome", "CORRECTED")), 400, "correction");
        assertField(as("social-worker").post("/api/challenges/" + id + "/outcome", Map.of("outcome", "ANNOTATED", "correction", "x")), 400, "annotation");
        assertField(as("social-worker").post("/api/challenges/" + id + "/outcome", Map.of("outcome", "NOT_UPHELD", "reason", " ")), 400, "reason");
    }

    @Test
    void onlyTheOwnerOrAManagerRecordsTheOutcomeAndOnlyLaPractitionersRecordChallenges() {
        long child = TestChildren.register(people);
        long entry = registration(child).id();
        String path = "/api/children/" + child + "/challenges";
        assertThat(as("police-officer").post(path, challenge(entry, userId("social-worker"), "2026-12-15")).status()).isEqualTo(403);
        assertThat(as("performance-analyst").post(path, challenge(entry, userId("social-worker"), "2026-12-15")).status()).isEqualTo(403);

        long id = as("contact-officer").post(path, challenge(entry, userId("social-worker"), "2026-12-15")).json().get("id").asLong();
        var refused = as("early-help-practitioner").post("/api/challenges/" + id + "/outcome", Map.of("outcome", "ANNOTATED", "annotation", "x"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from access_denial where child_id = ? and actor_username = 'early-help-practitioner'")
                .param(child).query(Long.class).single()).isEqualTo(1);

        var byManager = as("team-manager").post("/api/challenges/" + id + "/outcome",
                Map.of("outcome", "ANNOTATED", "annotation", "The mother says she was in hospital; see her letter of 1 Dec 2026"));
        assertThat(byManager.status()).as(byManager.toString()).isEqualTo(200);
        assertThat(byManager.json().get("outcomeBy").asString()).contains("Morgan Reid");
        // The owner's task is done too: the work it asked for is done.
        assertThat(jdbc.sql("select done_at is not null from task where id = (select task_id from record_challenge where id = ?)")
                .param(id).query(Boolean.class).single()).isTrue();
        assertThat(as("police-officer").get(path).status()).isEqualTo(403);
        assertThat(as("social-worker").post("/api/challenges/999999999/outcome", Map.of("outcome", "ANNOTATED", "annotation", "x")).status()).isEqualTo(404);
    }
}
