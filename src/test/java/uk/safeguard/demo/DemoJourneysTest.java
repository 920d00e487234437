package uk.safeguard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.people.DemoFamilies;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;

/** The shared test context runs in demo mode, so the demo journeys were loaded at start-up: each is visible through the API. */
class DemoJourneysTest extends IntegrationTest {
    @Autowired
    DemoFamilies families;
    @Autowired
    DemoJourneys journeys;

    private long child(int family) {
        return families.family(family).stream().filter(m -> m.role().equals("child")).findFirst().orElseThrow().personId();
    }

    private JsonNode ok(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void theSocialWorkerHasAnAllocationRequest() {
        long child = child(DemoJourneys.ALLOCATION_FAMILY);
        JsonNode proposals = ok(as("social-worker").get("/api/allocation-proposals"));
        assertThat(proposals.findValues("childId").stream().map(JsonNode::asLong)).contains(child);
    }

    @Test
    void theChildInNeedHasAnOpenPlanWithNeedsActionsAVisitNotesAndADocument() {
        long child = child(DemoJourneys.CHILD_IN_NEED_FAMILY);
        JsonNode plans = ok(as("social-worker").get("/api/children/" + child + "/cin-plans"));
        assertThat(plans).hasSize(1);
        assertThat(plans.get(0).get("endDate").isNull()).isTrue();
        JsonNode plan = ok(as("social-worker").get("/api/cin-plans/" + plans.get(0).get("id").asLong()));
        assertThat(plan.get("needs")).hasSize(2);
        assertThat(plan.get("actions")).hasSize(2);
        assertThat(plan.get("visits")).hasSize(1);
        assertThat(plan.get("visits").get(0).get("seenAlone").asBoolean()).isTrue();
        assertThat(plan.get("workerName").asString()).isEqualTo("Sam Okafor");

        JsonNode assessments = ok(as("social-worker").get("/api/children/" + child + "/assessments"));
        assertThat(assessments.findValuesAsString("status")).contains("AUTHORISED");
        assertThat(assessments.findValuesAsString("outcome")).contains("CHILD_IN_NEED_PLAN");

        long caseId = plan.get("caseId").asLong();
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'SIGNIFICANT_EVENT'")
                .param(child).query(Integer.class).single()).isEqualTo(1);
        assertThat(ok(as("social-worker").get("/api/cases/" + caseId)).get("workerName").asString()).isEqualTo("Sam Okafor");

        JsonNode documents = ok(as("social-worker").get("/api/children/" + child + "/documents"));
        assertThat(documents.findValuesAsString("title")).contains("Visit summary");
    }

    @Test
    void theProtectedChildIsOnAPlanForNeglectAfterAStrategyDiscussionAndAConference() {
        long child = child(DemoJourneys.CHILD_PROTECTION_FAMILY);
        JsonNode cp = ok(as("social-worker").get("/api/children/" + child + "/child-protection"));
        JsonNode plan = cp.get("openPlan");
        assertThat(plan.isNull()).as(cp.toString()).isFalse();
        assertThat(plan.get("initialCategory").asString()).isEqualTo("NEG");
        assertThat(plan.get("leadSocialWorkerName").asString()).isEqualTo("Sam Okafor");
        assertThat(plan.get("coreGroups")).hasSize(1);
        assertThat(plan.get("visits")).hasSize(1);
        assertThat(cp.get("conferences")).hasSize(1);
        assertThat(cp.get("conferences").get(0).get("invitees").findValuesAsString("agency"))
                .contains("Riverford Police", "Riverford Community Health NHS Trust", "Oakfield Primary School");
        List<String> actions = jdbc.sql("select action from audit_event where child_id = ?").param(child).query(String.class).list();
        assertThat(actions).contains("STRATEGY_DISCUSSION_HELD", "S47_OUTCOME", "CASE_ALLOCATED");
    }

    @Test
    void anAdultOfTheProtectedChildsHouseholdHasAnEvidencedAlertWithContraryEvidence() {
        long child = child(DemoJourneys.CHILD_PROTECTION_FAMILY);
        Long alerted = jdbc.sql("select child_id from audit_event where action = 'ALERT_RAISED' and child_id in "
                + "(select person_id from people_demo_member where family_no = ?)").param(DemoJourneys.CHILD_PROTECTION_FAMILY)
                .query(Long.class).single();
        assertThat(alerted).isNotEqualTo(child);
        JsonNode alerts = ok(as("social-worker").get("/api/people/" + alerted + "/alerts"));
        assertThat(alerts.findValuesAsString("labelType")).contains("RISK_TO_STAFF");
        JsonNode alert = alerts.get(0);
        assertThat(alert.get("evidence").asString()).isNotBlank();
        assertThat(alert.get("reviewDate").isNull()).isFalse();
        assertThat(alert.get("contraryEvidence")).hasSize(1);
    }

    @Test
    void aSecondRunAddsNothing() {
        List<Long> children = List.of(child(DemoJourneys.ALLOCATION_FAMILY), child(DemoJourneys.CHILD_IN_NEED_FAMILY),
                child(DemoJourneys.CHILD_PROTECTION_FAMILY));
        String count = "select count(*) from audit_event where child_id in (:ids)";
        int before = jdbc.sql(count).param("ids", children).query(Integer.class).single();
        journeys.run(null);
        assertThat(jdbc.sql(count).param("ids", children).query(Integer.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from demo_journeys_marker").query(Integer.class).single()).isEqualTo(1);
    }
}
