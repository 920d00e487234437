package uk.safeguard.childrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.people.DemoFamilies;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;

class ChildRecordApiTest extends IntegrationTest {
    @Autowired
    DemoFamilies families;

    @Autowired
    PeopleRegister people;

    private long demoChild(int family) {
        return families.family(family).stream().filter(m -> m.role().equals("child")).findFirst().orElseThrow().personId();
    }

    @Test
    void theChildsRecordHoldsPersonFamilyOpenWorkClocksAndChronology() {
        long child = demoChild(2);
        var record = as("social-worker").get("/api/children/" + child);
        assertThat(record.status()).isEqualTo(200);
        JsonNode json = record.json();
        assertThat(json.get("person").get("id").asLong()).isEqualTo(child);
        assertThat(json.get("relationships").size()).isPositive();
        assertThat(json.get("households").size()).isPositive();
        assertThat(json.get("openWork").get(0).get("kind").asString()).isEqualTo("CHILD_PROTECTION");
        assertThat(json.get("clocks").valueStream().map(c -> c.get("clockId").asString()))
                .contains("initial-child-protection-conference");
        assertThat(json.get("chronology").size()).isGreaterThanOrEqualTo(4);
        assertThat(json.get("views").isNull()).as("only managers see the view log").isTrue();
    }

    @Test
    void theChronologyIsNewestFirst() {
        long child = demoChild(3);
        List<String> when = as("social-worker").get("/api/children/" + child + "/chronology").json().valueStream()
                .map(e -> e.get("occurredAt").asString()).toList();
        assertThat(when).hasSizeGreaterThan(3);
        assertThat(when).isSortedAccordingTo((a, b) -> java.time.Instant.parse(b).compareTo(java.time.Instant.parse(a)));
    }

    @Test
    void everyViewIsLoggedAndAManagerSeesWhoHasViewed() {
        long child = TestChildren.register(people);
        assertThat(as("social-worker").get("/api/children/" + child).status()).isEqualTo(200);
        assertThat(as("contact-officer").get("/api/children/" + child + "/clocks").status()).isEqualTo(200);
        assertThat(as("early-help-practitioner").get("/api/people/" + child).status()).isEqualTo(200);

        var views = as("team-manager").get("/api/children/" + child + "/views");
        assertThat(views.status()).isEqualTo(200);
        assertThat(views.json().valueStream().map(v -> v.get("username").asString() + ":" + v.get("what").asString()))
                .contains("social-worker:child's record", "contact-officer:clocks", "early-help-practitioner:person record (API)",
                        "team-manager:view log");

        var refused = as("social-worker").get("/api/children/" + child + "/views");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from access_denial where child_id = ? and actor_username = 'social-worker' and what = 'view log'")
                .param(child).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void partnersSeeOnlyChildrenLinkedToTheirAgency() {
        long linkedToPolice = demoChild(2);
        long notLinked = demoChild(5);
        assertThat(as("police-officer").get("/api/children/" + linkedToPolice).status()).isEqualTo(200);
        assertThat(as("school-dsl").get("/api/children/" + linkedToPolice).status()).isEqualTo(403);

        var refused = as("police-officer").get("/api/children/" + notLinked);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asString()).isEqualTo("You do not have access to this record.");
        assertThat(jdbc.sql("select count(*) from access_denial where child_id = ? and actor_username = 'police-officer'")
                .param(notLinked).query(Long.class).single()).isPositive();
    }

    @Test
    void councillorsAndAdministratorsNeverOpenAChildsRecord() {
        long child = demoChild(1);
        assertThat(as("councillor").get("/api/children/" + child).status()).isEqualTo(403);
        assertThat(as("admin").get("/api/children/" + child).status()).isEqualTo(403);
    }

    @Test
    void aRestrictedRecordIsVisibleOnlyToTheNamedUsers() {
        long restricted = demoChild(6);
        assertThat(as("social-worker").get("/api/children/" + restricted).status()).isEqualTo(200);
        assertThat(as("team-manager").get("/api/children/" + restricted).status()).isEqualTo(200);
        assertThat(as("early-help-practitioner").get("/api/children/" + restricted).status()).isEqualTo(403);
        assertThat(as("police-officer").get("/api/children/" + restricted).status()).isEqualTo(403);
    }

    @Test
    void aManagerRestrictsARecordNamingUsersAndBadNamesAreRefused() {
        long child = TestChildren.register(people);
        var bad = as("team-manager").post("/api/children/" + child + "/restriction",
                Map.of("reason", "High-profile case", "usernames", List.of("social-worker", "nobody-here")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("usernames");
        assertThat(as("early-help-practitioner").get("/api/children/" + child).status()).as("nothing was restricted").isEqualTo(200);

        var noReason = as("team-manager").post("/api/children/" + child + "/restriction", Map.of("usernames", List.of()));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asString()).isEqualTo("reason");

        var notManager = as("social-worker").post("/api/children/" + child + "/restriction",
                Map.of("reason", "x", "usernames", List.of()));
        assertThat(notManager.status()).isEqualTo(403);

        var ok = as("team-manager").post("/api/children/" + child + "/restriction",
                Map.of("reason", "High-profile case", "usernames", List.of("social-worker")));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("namedUsers").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("social-worker", "team-manager");
        assertThat(as("early-help-practitioner").get("/api/children/" + child).status()).isEqualTo(403);
        assertThat(as("social-worker").get("/api/children/" + child + "/chronology").json().valueStream()
                .map(e -> e.get("action").asString())).contains("RECORD_RESTRICTED");
    }

    @Test
    void unknownChildrenAndAdultsAreNotFound() {
        assertThat(as("social-worker").get("/api/children/99999999").status()).isEqualTo(404);
        long adult = families.family(1).stream().filter(m -> !m.role().contains("child")).findFirst().orElseThrow().personId();
        assertThat(as("social-worker").get("/api/children/" + adult).status()).isEqualTo(404);
    }
}
