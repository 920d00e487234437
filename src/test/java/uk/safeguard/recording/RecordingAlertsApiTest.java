package uk.safeguard.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.ChildRecordSection;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;

/** Alerts and labels on a person: evidence, review date, retirement with a reason, contrary evidence, who may do what. */
class RecordingAlertsApiTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    ChildAccess childAccess;
    @Autowired
    UserDirectory users;
    @Autowired
    java.util.List<ChildRecordSection> sections;

    private static Map<String, Object> alert(String type, String evidence, String raisedOn, String reviewDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("labelType", type);
        body.put("evidence", evidence);
        body.put("raisedOn", raisedOn);
        body.put("reviewDate", reviewDate);
        return body;
    }

    private static void assertField(Api.Response r, int status, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().get("field").asString()).isEqualTo(field);
    }

    @Test
    void anAlertCarriesItsEvidenceAuthorRaiseDateAndReviewDateAndIsAudited() {
        long child = TestChildren.register(people);
        var r = as("social-worker").post("/api/people/" + child + "/alerts",
                alert("RISK_TO_STAFF", "Threatened the visiting worker with a knife on 28 Nov 2026 (police ref 123)", null, "2027-03-01"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode a = r.json();
        assertThat(a.get("label").asString()).isEqualTo("Risk to staff");
        assertThat(a.get("raisedOn").asString()).isEqualTo("2026-12-01");
        assertThat(a.get("reviewDate").asString()).isEqualTo("2027-03-01");
        assertThat(a.get("raisedBy").asString()).contains("Sam Okafor");
        assertThat(a.get("active").asBoolean()).isTrue();
        assertThat(a.get("reviewOverdue").asBoolean()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'ALERT_RAISED'")
                .param(child).query(Long.class).single()).isEqualTo(1);

        var list = as("team-manager").get("/api/people/" + child + "/alerts");
        assertThat(list.json().get(0).get("evidence").asString()).contains("knife");
        assertThat(jdbc.sql("select count(*) from record_view where child_id = ? and actor_username = 'team-manager' and what = 'alerts'")
                .param(child).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void reviewDateIsRequiredAndAfterTheRaiseDateAndOtherFieldsAreChecked() {
        long child = TestChildren.register(people);
        String path = "/api/people/" + child + "/alerts";
        assertField(as("social-worker").post(path, alert("RISK_TO_STAFF", "Seen", null, null)), 400, "reviewDate");
        assertField(as("social-worker").post(path, alert("RISK_TO_STAFF", "Seen", null, "2026-12-01")), 400, "reviewDate");
        assertField(as("social-worker").post(path, alert("RISK_TO_STAFF", "Seen", "2026-11-20", "2026-11-19")), 400, "reviewDate");
        assertField(as("social-worker").post(path, alert("RISK_TO_STAFF", "Seen", null, "not a date")), 400, "reviewDate");
        assertField(as("social-worker").post(path, alert("RISK_TO_STAFF", " ", null, "2027-01-01")), 400, "evidence");
        assertField(as("social-worker").post(path, alert(null, "Seen", null, "2027-01-01")), 400, "labelType");
        assertField(as("social-worker").post(path, alert("AGGRESSIVE", "Seen", null, "2027-01-01")), 400, "labelType");
        assertField(as("social-worker").post(path, alert("OTHER", "Seen", null, "2027-01-01")), 400, "description");
        assertField(as("social-worker").post(path, alert("RISK_TO_STAFF", "Seen", "2026-12-02", "2027-01-01")), 400, "raisedOn");

        Map<String, Object> other = alert("OTHER", "Asked for a female worker", null, "2027-01-01");
        other.put("description", "Prefers female workers");
        var ok = as("social-worker").post(path, other);
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json().get("label").asString()).isEqualTo("Other: Prefers female workers");
        assertThat(as("social-worker").get(path).json().size()).isEqualTo(1);
    }

    @Test
    void anOverdueReviewIsShownAsSuch() {
        long child = TestChildren.register(people);
        var r = as("social-worker").post("/api/people/" + child + "/alerts",
                alert("LONE_WORKING_NOT_PERMITTED", "Dog at the address bit a worker", "2026-10-01", "2026-11-30"));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("reviewOverdue").asBoolean()).isTrue();
        clock.set(LocalDateTime.of(2026, 11, 29, 9, 0));
        assertThat(as("social-worker").get("/api/people/" + child + "/alerts").json().get(0).get("reviewOverdue").asBoolean()).isFalse();
    }

    @Test
    void retiringNeedsAReasonHappensOnceAndTheAlertStaysInTheHistory() {
        long child = TestChildren.register(people);
        long id = as("social-worker").post("/api/people/" + child + "/alerts",
                alert("RISK_TO_CHILDREN", "Conviction for assault (2019)", null, "2027-06-01")).json().get("id").asLong();
        assertField(as("social-worker").post("/api/alerts/" + id + "/retirement", Map.of("reason", "  ")), 400, "reason");
        assertField(as("social-worker").post("/api/alerts/" + id + "/retirement", "{}"), 400, "reason");
        assertThat(as("police-officer").post("/api/alerts/" + id + "/retirement", Map.of("reason", "x")).status()).isEqualTo(403);

        var retired = as("team-manager").post("/api/alerts/" + id + "/retirement", Map.of("reason", "Reviewed: conviction spent, no further concern"));
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.json().get("active").asBoolean()).isFalse();
        assertThat(retired.json().get("retiredReason").asString()).contains("conviction spent");
        assertThat(as("social-worker").post("/api/alerts/" + id + "/retirement", Map.of("reason", "again")).status()).isEqualTo(409);

        var history = as("social-worker").get("/api/people/" + child + "/alerts").json();
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).get("active").asBoolean()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'ALERT_RETIRED'")
                .param(child).query(Long.class).single()).isEqualTo(1);
        assertThat(as("social-worker").post("/api/alerts/999999999/retirement", Map.of("reason", "x")).status()).isEqualTo(404);
    }

    @Test
    void contraryEvidenceIsKeptWithTheAlertAndShownOnTheChildsPageSectionIncludingAdultsInTheHousehold() {
        long child = TestChildren.register(people);
        long parent = RecordingTestPeople.adult(people);
        RecordingTestPeople.household(people, child, parent);
        long id = as("social-worker").post("/api/people/" + parent + "/alerts",
                alert("RISK_OF_VIOLENCE_AT_ADDRESS", "Neighbour reported shouting and a smashed window", null, "2027-02-01")).json().get("id").asLong();

        assertField(as("social-worker").post("/api/alerts/" + id + "/contrary-evidence", Map.of("evidence", "x")), 400, "givenBy");
        assertField(as("social-worker").post("/api/alerts/" + id + "/contrary-evidence", Map.of("givenBy", "the mother")), 400, "evidence");
        assertField(as("social-worker").post("/api/alerts/" + id + "/contrary-evidence",
                Map.of("givenBy", "the mother", "evidence", "x", "givenOn", "2026-12-25")), 400, "givenOn");
        assertThat(as("health-visitor").post("/api/alerts/" + id + "/contrary-evidence",
                Map.of("givenBy", "the mother", "evidence", "x")).status()).isEqualTo(403);

        var contested = as("social-worker").post("/api/alerts/" + id + "/contrary-evidence",
                Map.of("givenBy", "the mother", "evidence", "The window was broken by a storm: insurer's report", "givenOn", "2026-11-30"));
        assertThat(contested.status()).as(contested.toString()).isEqualTo(200);
        assertThat(contested.json().get("contraryEvidence").get(0).get("givenBy").asString()).isEqualTo("the mother");
        assertThat(contested.json().get("contested").asString()).startsWith("contested: the mother").contains("storm");
        // the adult's alert is audited on the adult's own record, as the people register does
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action in ('ALERT_RAISED', 'ALERT_CONTESTED')")
                .param(parent).query(Long.class).single()).isEqualTo(2);

        var alertsSection = sections.stream().map(s -> s.section(child, new ChildRecordSection.Viewer(1, "SOCIAL_WORKER", 1L)))
                .flatMap(java.util.Optional::stream).filter(ChildRecordSection.Section::warning).findFirst().orElseThrow();
        assertThat(alertsSection.title()).isEqualTo("Alerts");
        assertThat(alertsSection.rows()).singleElement().satisfies(row -> {
            assertThat(row.key()).startsWith("Risk of violence at the address (Dana Testparent");
            assertThat(row.value()).contains("smashed window").contains("contested: the mother").contains("storm");
        });

        // a retired alert leaves the warning
        as("social-worker").post("/api/alerts/" + id + "/retirement", Map.of("reason", "Evidence did not stand up"));
        assertThat(sections.stream().map(s -> s.section(child, new ChildRecordSection.Viewer(1, "SOCIAL_WORKER", 1L)))
                .flatMap(java.util.Optional::stream).filter(ChildRecordSection.Section::warning)).isEmpty();
    }

    @Test
    void partnersReadAlertsOnlyForLinkedChildrenAndNeverWriteThem() {
        long child = TestChildren.register(people);
        var body = alert("COMMUNICATION_NEEDS", "Uses British Sign Language", null, "2027-12-01");
        assertThat(as("police-officer").post("/api/people/" + child + "/alerts", body).status()).isEqualTo(403);
        assertThat(as("performance-analyst").post("/api/people/" + child + "/alerts", body).status()).isEqualTo(403);
        assertThat(as("police-officer").get("/api/people/" + child + "/alerts").status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from access_denial where child_id = ? and actor_username = 'police-officer'")
                .param(child).query(Long.class).single()).isEqualTo(2);

        as("early-help-practitioner").post("/api/people/" + child + "/alerts", body);
        childAccess.linkAgency(child, users.findByUsername("police-officer").orElseThrow().agencyId(), ChildAccess.AgencyLink.INVOLVED);
        var read = as("police-officer").get("/api/people/" + child + "/alerts");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().size()).isEqualTo(1);
        assertThat(as("police-officer").post("/api/people/" + child + "/alerts", body).status()).isEqualTo(403);
        assertThat(as("social-worker").get("/api/people/999999999/alerts").status()).isEqualTo(404);
    }
}
