package uk.safeguard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;

/**
 * The indicators API: the exact shape, dashboard order, bad input (400 naming the field), unknown ids (404), who may
 * see aggregates and child lists (403, logged), and settings: a target change re-colours a figure, never its value.
 * The database is shared, so these tests assert shapes and relations, never global counts; settings changed here
 * are put back.
 */
class IndicatorsApiTest extends IntegrationTest {
    private static final List<String> MINE = List.of("contacts", "contacts-decided-within-24h",
            "contact-to-referral-conversion", "referrals", "re-referrals-within-12-months", "referrals-decided-within-1wd",
            "caseload-per-worker", "worker-changes-per-child");
    private static final String YEAR = "from=2025-12-01&to=2026-11-30";
    private static final String DECEMBER = "from=2026-12-01&to=2026-12-31";

    @Autowired
    AuditTrail audit;

    @Autowired
    PeopleRegister people;

    /** A referral received now (Tue 1 Dec 2026 09:00) from Oakfield Primary School, not yet decided. */
    private TestReferrals.Referral referral() {
        long child = TestChildren.register(people);
        return TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
    }

    @Test
    void everyFigureHasExactlyTheApiShapeInDashboardOrder() {
        var response = as("councillor").get("/api/indicators?" + YEAR);
        assertThat(response.status()).isEqualTo(200);
        JsonNode figures = response.json();
        assertThat(figures.isArray()).isTrue();
        List<String> ids = new ArrayList<>();
        for (JsonNode figure : figures) {
            assertThat(figure.propertyNames()).containsExactlyInAnyOrder("id", "name", "numerator", "denominator", "value",
                    "unit", "rag", "target", "england");
            assertThat(figure.get("unit").asString()).isIn("COUNT", "PERCENT", "PER_10000", "AVERAGE");
            assertThat(figure.get("rag").asString()).isIn("RED", "AMBER", "GREEN", "NONE");
            ids.add(figure.get("id").asString());
        }
        assertThat(ids).containsSubsequence(MINE);
        JsonNode reReferrals = figures.get(ids.indexOf("re-referrals-within-12-months"));
        assertThat(reReferrals.get("england").asDouble()).isEqualTo(22.6);
        assertThat(reReferrals.get("unit").asString()).isEqualTo("PERCENT");
        JsonNode contacts = figures.get(ids.indexOf("contacts"));
        assertThat(contacts.get("denominator").isNull()).isTrue();
        assertThat(contacts.get("value").asDouble()).isEqualTo(contacts.get("numerator").asDouble());
    }

    @Test
    void definitionsCarryEverythingDefinedInCodeAndTheThresholdsInForce() {
        var response = as("performance-analyst").get("/api/indicators/definitions");
        assertThat(response.status()).isEqualTo(200);
        JsonNode caseload = find(response.json(), "caseload-per-worker");
        assertThat(caseload.get("group").asString()).isEqualTo("Workforce");
        assertThat(caseload.get("polarity").asString()).isEqualTo("LOWER_IS_BETTER");
        assertThat(caseload.get("unit").asString()).isEqualTo("AVERAGE");
        assertThat(caseload.get("england").asDouble()).isEqualTo(15.4);
        assertThat(caseload.get("source").asString()).contains("DfE");
        assertThat(caseload.get("definition").asString()).isNotBlank();
        assertThat(caseload.get("numerator").asString()).isNotBlank();
        assertThat(caseload.get("denominator").asString()).isNotBlank();
        assertThat(caseload.get("target").asDouble()).isEqualTo(caseload.get("defaultTarget").asDouble());
        JsonNode decided = find(response.json(), "referrals-decided-within-1wd");
        assertThat(decided.get("source").asString()).contains("WT2023 para 153");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        var api = as("team-manager");
        assertField(api.get("/api/indicators?from=2026-13-01&to=2026-12-31"), "from");
        assertField(api.get("/api/indicators?from=2026-11-01&to=30/11/2026"), "to");
        assertField(api.get("/api/indicators?from=2026-11-01"), "to");
        assertField(api.get("/api/indicators?from=2026-11-30&to=2026-11-01"), "to");
        assertField(api.get("/api/indicators/monthly?first=2026-1&last=2026-11"), "first");
        assertField(api.get("/api/indicators/monthly?first=2026-11&last=2026-01"), "last");
        assertField(api.get("/api/indicators/referrals/breakdown?by=colour&" + YEAR), "by");
        assertField(api.get("/api/indicators/referrals/children?from=2026-11-31&to=2026-12-01"), "from");
        assertField(api.get("/api/indicators/multi-agency?from=2026-11-30&to=2026-11-01"), "to");
    }

    @Test
    void anUnknownIndicatorIsNotFound() {
        assertThat(as("team-manager").get("/api/indicators/no-such-thing/children?" + YEAR).status()).isEqualTo(404);
        assertThat(as("team-manager").get("/api/indicators/no-such-thing/breakdown?by=team&" + YEAR).status()).isEqualTo(404);
        var change = Map.of("indicators", List.of(Map.of("id", "no-such-thing", "target", 5)));
        assertThat(as("admin").put("/api/indicators/settings", change).status()).isEqualTo(404);
    }

    @Test
    void aCouncillorSeesTheAggregatesButIsRefusedTheChildListAndTheRefusalIsLogged() {
        var councillor = as("councillor");
        assertThat(councillor.get("/api/indicators?" + YEAR).status()).isEqualTo(200);
        assertThat(councillor.get("/api/indicators/monthly?first=2025-11&last=2026-11").status()).isEqualTo(200);
        assertThat(councillor.get("/api/indicators/referrals/breakdown?by=team&" + YEAR).status()).isEqualTo(200);
        assertThat(councillor.get("/api/indicators/multi-agency?" + YEAR).status()).isEqualTo(200);
        int before = audit.denialsFor("councillor");
        var refused = councillor.get("/api/indicators/referrals/children?" + YEAR);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(audit.denialsFor("councillor")).isEqualTo(before + 1);
        assertThat(as("admin").get("/api/indicators/referrals/children?" + YEAR).status()).isEqualTo(403);
        assertThat(as("police-officer").get("/api/indicators/referrals/children?" + YEAR).status()).isEqualTo(403);
        assertThat(as("team-manager").get("/api/indicators/referrals/children?" + YEAR).status()).isEqualTo(200);
        assertThat(as("performance-analyst").get("/api/indicators/referrals/children?" + YEAR).status()).isEqualTo(200);
    }

    @Test
    void partnersSeeNoFigures() {
        var police = as("police-officer");
        int before = audit.denialsFor("police-officer");
        assertThat(police.get("/api/indicators?" + YEAR).status()).isEqualTo(403);
        assertThat(police.get("/api/indicators/monthly?first=2025-11&last=2026-11").status()).isEqualTo(403);
        assertThat(police.get("/api/indicators/multi-agency?" + YEAR).status()).isEqualTo(403);
        assertThat(audit.denialsFor("police-officer")).isEqualTo(before + 3);
    }

    @Test
    void monthlyGivesEveryIndicatorForEachMonth() {
        var response = as("team-manager").get("/api/indicators/monthly?first=2025-11&last=2026-11");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().size()).isEqualTo(13);
        assertThat(response.json().get(0).get("month").asString()).isEqualTo("2025-11");
        assertThat(response.json().get(12).get("month").asString()).isEqualTo("2026-11");
        assertThat(response.json().get(12).get("values").size())
                .isEqualTo(as("team-manager").get("/api/indicators?from=2026-11-01&to=2026-11-30").json().size());
    }

    @Test
    void onlyAnAdministratorOrAnalystMayChangeSettingsAndChangesAreValidated() {
        var change = Map.of("indicators", List.of(Map.of("id", "referrals-decided-within-1wd", "target", 90, "amberFrom", 80)));
        assertThat(as("councillor").put("/api/indicators/settings", change).status()).isEqualTo(403);
        assertThat(as("team-manager").put("/api/indicators/settings", change).status()).isEqualTo(403);
        assertThat(as("councillor").get("/api/indicators/settings").status()).isEqualTo(200);
        assertThat(as("police-officer").get("/api/indicators/settings").status()).isEqualTo(403);

        var admin = as("admin");
        // higher is better, so amber must be at or below the target
        assertField(admin.put("/api/indicators/settings", Map.of("indicators", List.of(
                Map.of("id", "referrals-decided-within-1wd", "target", 80, "amberFrom", 90)))), "amberFrom");
        assertField(admin.put("/api/indicators/settings", Map.of("indicators", List.of(
                Map.of("id", "referrals-decided-within-1wd", "target", 120)))), "target");
        // a count where neither is better has no target
        assertField(admin.put("/api/indicators/settings", Map.of("indicators", List.of(Map.of("id", "referrals", "target", 10)))), "target");
        assertField(admin.put("/api/indicators/settings", Map.of("childPopulation", 0)), "childPopulation");
        assertField(admin.put("/api/indicators/settings", Map.of("indicators", List.of(Map.of("target", 1)))), "indicators[0].id");
        assertField(admin.put("/api/indicators/settings", "{\"indicators\":[{\"id\":\"referrals-decided-within-1wd\",\"target\":\"high\"}]}"),
                "indicators[0].target");
    }

    @Test
    void aTargetChangeReColoursAFigureButNeverChangesItsValue() {
        var analyst = as("performance-analyst");
        String id = "referrals-decided-within-1wd";
        referral();
        try {
            var set = analyst.put("/api/indicators/settings", Map.of("indicators", List.of(
                    Map.of("id", id, "target", 90.5, "amberFrom", 80))));
            assertThat(set.status()).isEqualTo(200);
            JsonNode setting = find(set.json().get("indicators"), id);
            assertThat(setting.get("target").asDouble()).isEqualTo(90.5);
            assertThat(setting.get("changed").asBoolean()).isTrue();
            assertThat(find(analyst.get("/api/indicators/definitions").json(), id).get("target").asDouble()).isEqualTo(90.5);
            assertThat(jdbc.sql("select count(*) from audit_event where action = 'INDICATOR_SETTING_CHANGED' and subject_id = :id")
                    .param("id", id).query(Long.class).single()).isPositive();

            // December's figure has a value below 100 (the referral above is not yet decided): re-colour it around itself
            JsonNode figure = find(analyst.get("/api/indicators?" + DECEMBER).json(), id);
            assertThat(figure.get("denominator").asLong()).isPositive();
            double value = figure.get("value").asDouble();
            assertThat(value).isLessThan(100.0);
            analyst.put("/api/indicators/settings", Map.of("indicators", List.of(Map.of("id", id, "target", value, "amberFrom", value))));
            JsonNode green = find(analyst.get("/api/indicators?" + DECEMBER).json(), id);
            assertThat(green.get("rag").asString()).isEqualTo("GREEN");
            assertThat(green.get("value").asDouble()).isEqualTo(value);
            {
                double above = Math.min(100, value + 0.1);
                analyst.put("/api/indicators/settings", Map.of("indicators", List.of(Map.of("id", id, "target", above, "amberFrom", value))));
                JsonNode amber = find(analyst.get("/api/indicators?" + DECEMBER).json(), id);
                assertThat(amber.get("rag").asString()).isEqualTo("AMBER");
                assertThat(amber.get("value").asDouble()).isEqualTo(value);
                analyst.put("/api/indicators/settings", Map.of("indicators", List.of(Map.of("id", id, "target", above, "amberFrom", above))));
                JsonNode red = find(analyst.get("/api/indicators?" + DECEMBER).json(), id);
                assertThat(red.get("rag").asString()).isEqualTo("RED");
                assertThat(red.get("value").asDouble()).isEqualTo(value);
                assertThat(red.get("numerator").asLong()).isEqualTo(figure.get("numerator").asLong());
                assertThat(red.get("target").asDouble()).isEqualTo(above);
            }
        } finally {
            analyst.put("/api/indicators/settings", Map.of("indicators", List.of(Map.of("id", id, "reset", true))));
        }
        assertThat(find(analyst.get("/api/indicators/definitions").json(), id).get("target").asDouble()).isEqualTo(95.0);
    }

    @Test
    void theChildListNamesTheChildrenBehindAFigureAndEachIsALoggedView() {
        var referral = referral();
        String name = people.summaries(List.of(referral.childId())).get(referral.childId()).displayName();
        var response = as("team-manager").get("/api/indicators/referrals-decided-within-1wd/children?" + DECEMBER);
        assertThat(response.status()).isEqualTo(200);
        JsonNode line = null;
        for (JsonNode l : response.json()) {
            if (l.get("type").asString().equals("referral") && l.get("id").asLong() == referral.referralId()) {
                line = l;
            }
        }
        assertThat(line).as("the referral is listed").isNotNull();
        assertThat(line.get("childId").asLong()).isEqualTo(referral.childId());
        assertThat(line.get("childName").asString()).isEqualTo(name);
        assertThat(line.get("date").asString()).isEqualTo("2026-12-01");
        assertThat(line.get("inNumerator").asBoolean()).as("not decided yet").isFalse();
        assertThat(line.get("agencyName").asString()).isEqualTo("Oakfield Primary School");
        assertThat(jdbc.sql("select count(*) from record_view where child_id = :c and actor_username = 'team-manager' and what like 'indicator child list%'")
                .param("c", referral.childId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void breakdownsAndTheMultiAgencyDatasetNameTheReferringAgency() {
        referral();
        var byAgency = as("councillor").get("/api/indicators/referrals/breakdown?by=referring-agency&" + DECEMBER);
        assertThat(byAgency.status()).isEqualTo(200);
        JsonNode school = byAgency.json().get("Oakfield Primary School");
        assertThat(school.get("id").asString()).isEqualTo("referrals");
        assertThat(school.get("numerator").asLong()).isPositive();
        assertThat(as("councillor").get("/api/indicators/caseload-per-worker/breakdown?by=worker&" + DECEMBER).status()).isEqualTo(200);
        assertThat(as("councillor").get("/api/indicators/caseload-per-worker/breakdown?by=team&" + DECEMBER).status()).isEqualTo(200);

        var dataset = as("councillor").get("/api/indicators/multi-agency?" + DECEMBER);
        assertThat(dataset.status()).isEqualTo(200);
        JsonNode row = null;
        for (JsonNode r : dataset.json()) {
            if (r.get("agencyName").asString().equals("Oakfield Primary School")) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.propertyNames()).containsExactlyInAnyOrder("agencyType", "agencyName", "contacts", "referrals",
                "strategyDiscussionsInvited", "strategyDiscussionsAttended", "percentAttended");
        assertThat(row.get("agencyType").asString()).isEqualTo("EDUCATION");
        assertThat(row.get("contacts").asLong()).isPositive();
        assertThat(row.get("referrals").asLong()).isPositive();
    }

    @Test
    void theOpenApiDocumentDescribesEveryIndicatorsEndpointAndTheUnits() {
        var docs = anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/indicators/{id}/children", "/api/indicators/{id}/breakdown",
                "/api/indicators/monthly", "/api/indicators/multi-agency", "/api/indicators/definitions",
                "/api/indicators/settings", "PER_10000");
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (node.get("id").asString().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no " + id + " in " + array);
    }

    private static void assertField(uk.safeguard.support.Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }
}
