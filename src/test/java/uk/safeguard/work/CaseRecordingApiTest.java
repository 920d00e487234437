package uk.safeguard.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.Actor;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;

/** Typed case notes, significant events, closing a child-in-need episode with step-down, and caseloads. Now is Tue 1 Dec 2026 09:00. */
class CaseRecordingApiTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    CaseWork caseWork;
    @Autowired
    UserDirectory users;

    private static Instant london(int y, int m, int d, int h) {
        return LocalDateTime.of(y, m, d, h, 0).atZone(TimeConfiguration.LONDON).toInstant();
    }

    private long openCase(long child, Long worker) {
        return caseWork.openCase(Actor.SYSTEM, child, CaseKind.CHILD_IN_NEED, london(2026, 11, 2, 9), worker, null).id();
    }

    private Map<String, Object> note(String type, String occurredAt, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("occurredAt", occurredAt);
        body.put("text", text);
        return body;
    }

    private static void assertField(Api.Response r, int status, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().get("field").asString()).as(r.toString()).isEqualTo(field);
    }

    @Test
    void aCaseNoteNeedsItsTypeTextAndATimeThatIsNotInTheFuture() {
        long caseId = openCase(TestChildren.register(people), null);
        String path = "/api/cases/" + caseId + "/notes";
        assertField(as("social-worker").post(path, note(null, "2026-11-30T10:00:00Z", "Visited")), 400, "type");
        assertField(as("social-worker").post(path, note("TELEPATHY", "2026-11-30T10:00:00Z", "Visited")), 400, "type");
        assertField(as("social-worker").post(path, note("VISIT", "2026-12-02T10:00:00Z", "Visited")), 400, "occurredAt");
        assertField(as("social-worker").post(path, note("VISIT", null, "Visited")), 400, "occurredAt");
        assertField(as("social-worker").post(path, note("VISIT", "2026-10-01T10:00:00Z", "Before the case")), 400, "occurredAt");
        assertField(as("social-worker").post(path, note("VISIT", "2026-11-30T10:00:00Z", " ")), 400, "text");
        Map<String, Object> secret = note("PHONE_CALL", "2026-11-30T10:00:00Z", "Police update on the investigation");
        secret.put("notSharedWithFamily", true);
        assertField(as("social-worker").post(path, secret), 400, "notSharedReason");
        assertThat(caseWork.caseNotes(caseId)).isEmpty();

        secret.put("notSharedReason", "Would jeopardise a police investigation");
        Api.Response saved = as("social-worker").post(path, secret);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(saved.json().get("type").asString()).isEqualTo("PHONE_CALL");
        assertThat(saved.json().get("notSharedReason").asString()).contains("police investigation");
        assertThat(as("social-worker").get(path).json()).hasSize(1);
    }

    @Test
    void partnersDoNotWriteOrReadCaseNotes() {
        long caseId = openCase(TestChildren.register(people), null);
        assertThat(as("police-officer").post("/api/cases/" + caseId + "/notes", note("VISIT", "2026-11-30T10:00:00Z", "x")).status())
                .isEqualTo(403);
        assertThat(as("police-officer").get("/api/cases/" + caseId).status()).isEqualTo(403);
        assertThat(as("councillor").get("/api/cases/" + caseId + "/notes").status()).isEqualTo(403);
    }

    @Test
    void aSignificantEventShowsInTheChronologyWhenItHappened() {
        long child = TestChildren.register(people);
        long caseId = openCase(child, null);
        Map<String, Object> visit = note("VISIT", "2026-11-20T15:30:00Z", "Home visit: Tilly seen alone, bedroom seen.");
        visit.put("significant", true);
        long noteId = as("social-worker").post("/api/cases/" + caseId + "/notes", visit).json().get("id").asLong();
        as("social-worker").post("/api/cases/" + caseId + "/notes", note("MEETING", "2026-11-25T10:00:00Z", "Team around the family"));

        assertThat(jdbc.sql("select action, occurred_at from audit_event where subject_type = 'case_note' and subject_id = ?")
                .param(String.valueOf(noteId)).query((rs, i) -> rs.getString(1) + " " + rs.getTimestamp(2).toInstant()).single())
                .isEqualTo("SIGNIFICANT_EVENT 2026-11-20T15:30:00Z");
        JsonNode chronology = as("social-worker").get("/api/children/" + child + "/chronology").json();
        assertThat(chronology.findValues("action").stream().map(JsonNode::asString)).contains("SIGNIFICANT_EVENT", "CASE_NOTE_ADDED");

        JsonNode events = as("social-worker").get("/api/children/" + child + "/significant-events").json();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("text").asString()).contains("bedroom seen");
        assertThat(events.get(0).get("occurredAt").asString()).isEqualTo("2026-11-20T15:30:00Z");
    }

    @Test
    void theFrontDoorsUntypedNoteStillWorks() {
        long caseId = openCase(TestChildren.register(people), null);
        CaseNote n = caseWork.addCaseNote(Actor.SYSTEM, caseId, london(2026, 11, 30, 9), "New information from the school");
        assertThat(n.type()).isEqualTo(NoteType.OTHER);
        assertThat(n.significant()).isFalse();
        assertThat(n.occurredAt()).isEqualTo(london(2026, 11, 30, 9));
    }

    @Test
    void onlyAManagerClosesACaseAndTheClosureMayNotPrecedeActivity() {
        long child = TestChildren.register(people);
        long caseId = openCase(child, null);
        as("social-worker").post("/api/cases/" + caseId + "/notes", note("VISIT", "2026-11-27T14:00:00Z", "Final visit"));
        String path = "/api/cases/" + caseId + "/closure";

        int before = jdbc.sql("select count(*) from access_denial where actor_username = 'social-worker' and what = ?")
                .param("close case " + caseId).query(Integer.class).single();
        assertThat(as("social-worker").post(path, Map.of("closedAt", "2026-11-30", "closureReason", "RC8")).status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from access_denial where actor_username = 'social-worker' and what = ?")
                .param("close case " + caseId).query(Integer.class).single()).isEqualTo(before + 1);

        Api.Response early = as("team-manager").post(path, Map.of("closedAt", "2026-11-26", "closureReason", "RC8"));
        assertField(early, 400, "closedAt");
        assertThat(early.json().get("message").asString()).contains("case note (visit)", "27 Nov 2026 14:00");
        assertField(as("team-manager").post(path, Map.of("closedAt", "2026-12-02", "closureReason", "RC8")), 400, "closedAt");
        assertField(as("team-manager").post(path, Map.of("closedAt", "2026-10-01", "closureReason", "RC8")), 400, "closedAt");
        assertField(as("team-manager").post(path, Map.of("closedAt", "2026-11-30", "closureReason", "RC99")), 400, "closureReason");
        assertField(as("team-manager").post(path, Map.of("closedAt", "2026-11-30")), 400, "closureReason");
        assertThat(caseWork.openCasesFor(child)).anyMatch(c -> c.id() == caseId);

        // the closure may be on the day of the last activity
        Api.Response closed = as("team-manager").post(path, Map.of("closedAt", "2026-11-27", "closureReason", "RC9", "stepDownToEarlyHelp", true));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("closureReason").asString()).isEqualTo("RC9");
        assertThat(closed.json().get("steppedDownToEarlyHelp").asBoolean()).isTrue();
        assertThat(caseWork.openCasesFor(child)).noneMatch(c -> c.id() == caseId);
        assertField(as("team-manager").post(path, Map.of("closedAt", "2026-11-30", "closureReason", "RC8")), 409, "caseClosed");

        JsonNode report = as("performance-analyst").get("/api/reports/step-downs?from=2026-11-01&to=2026-11-30").json();
        assertThat(report.get("stepDowns").findValues("childId").stream().map(JsonNode::asLong)).contains(child);
        assertThat(caseWork.stepDowns(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27))).anyMatch(s -> s.childId() == child);
        assertThat(as("performance-analyst").get("/api/reports/step-downs?from=2026-12-01&to=2026-12-31").json().get("stepDowns")
                .findValues("childId").stream().map(JsonNode::asLong)).doesNotContain(child);
        assertThat(as("social-worker").get("/api/reports/step-downs?from=2026-11-01&to=2026-11-30").status()).isEqualTo(403);
    }

    @Test
    void aStepDownIsRecordedWhateverTheReasonAndNotAssumedFromRc9() {
        long child = TestChildren.register(people);
        long caseId = openCase(child, null);
        assertThat(as("team-manager").post("/api/cases/" + caseId + "/closure", Map.of("closedAt", "2026-12-01", "closureReason", "RC9"))
                .json().get("steppedDownToEarlyHelp").asBoolean()).isFalse();
        long other = TestChildren.register(people);
        long otherCase = openCase(other, null);
        assertThat(as("team-manager").post("/api/cases/" + otherCase + "/closure",
                Map.of("closedAt", "2026-12-01", "closureReason", "RC7", "stepDownToEarlyHelp", true)).status()).isEqualTo(200);
        JsonNode report = as("team-manager").get("/api/reports/step-downs?from=2026-12-01&to=2026-12-01").json();
        List<Long> children = report.get("stepDowns").findValues("childId").stream().map(JsonNode::asLong).toList();
        assertThat(children).contains(other).doesNotContain(child);
    }

    @Test
    void siblingsInOneHouseholdAreOneFamilyInACaseload() {
        WorkTestUsers.Worker worker = WorkTestUsers.create(baseUrl(), as("admin"), users, "SOCIAL_WORKER", "Assessment Team 1");
        long first = TestChildren.register(people);
        long second = TestChildren.register(people);
        long alone = TestChildren.register(people);
        long movedOut = TestChildren.register(people);
        people.createHousehold(Actor.SYSTEM, "12 Test Road", List.of(first, second), LocalDate.of(2020, 1, 1));
        long oldHome = people.createHousehold(Actor.SYSTEM, "3 Old Lane", List.of(alone, movedOut), LocalDate.of(2018, 1, 1));
        jdbc.sql("update household_member set to_date = '2025-06-30' where household_id = ? and person_id = ?").params(oldHome, movedOut).update();
        for (long child : List.of(first, second, alone, movedOut)) {
            openCase(child, worker.id());
        }
        // a second open case for the same child does not count the child twice
        caseWork.openCase(Actor.SYSTEM, first, CaseKind.CHILD_PROTECTION, london(2026, 11, 10, 9), worker.id(), null);

        JsonNode team = as("team-manager").get("/api/caseloads").json();
        JsonNode line = null;
        for (JsonNode l : team) {
            if (l.get("workerId").asLong() == worker.id()) {
                line = l;
            }
        }
        assertThat(line).as(team.toString()).isNotNull();
        assertThat(line.get("children").asInt()).isEqualTo(4);
        assertThat(line.get("families").asInt()).isEqualTo(3);
        assertThat(team.findValues("workerName").stream().map(JsonNode::asString)).contains("Sam Okafor", "Morgan Reid");

        JsonNode own = worker.api().get("/api/caseloads").json();
        assertThat(own).hasSize(1);
        assertThat(own.get(0).get("families").asInt()).isEqualTo(3);
        assertThat(as("social-worker").get("/api/caseloads").json()).hasSize(1);

        long otherTeam = users.teams().stream().filter(t -> !t.name().equals("Assessment Team 1")).findFirst().orElseThrow().id();
        assertThat(as("team-manager").get("/api/caseloads?teamId=" + otherTeam).status()).isEqualTo(403);
        assertThat(as("police-officer").get("/api/caseloads").status()).isEqualTo(403);
        assertThat(as("performance-analyst").get("/api/caseloads").status()).isEqualTo(403);
    }
}
