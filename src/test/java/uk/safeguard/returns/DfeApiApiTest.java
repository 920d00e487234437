package uk.safeguard.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.conference.ConferenceFacts;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;
import uk.safeguard.support.WebSession;

/** Who may see and start DfE API pushes, the unconfigured state (the shared test context sets no endpoint), the preview. */
class DfeApiApiTest extends IntegrationTest {
    @Autowired
    AuditTrail audit;
    @Autowired
    PeopleRegister people;
    @Autowired
    ApplicationContext context;

    @Test
    void analystsAndManagersSeeThePushesOthersAreRefusedAndTheRefusalLogged() {
        assertThat(as("performance-analyst").get("/api/returns/dfe-api/pushes").status()).isEqualTo(200);
        assertThat(as("team-manager").get("/api/returns/dfe-api/pushes").status()).isEqualTo(200);
        int before = audit.denialsFor("councillor");
        for (String user : new String[] {"councillor", "social-worker", "police-officer", "admin"}) {
            assertThat(as(user).get("/api/returns/dfe-api/pushes").status()).as(user).isEqualTo(403);
            assertThat(as(user).post("/api/returns/dfe-api/pushes", Map.of()).status()).as(user).isEqualTo(403);
            assertThat(as(user).get("/api/returns/dfe-api/payload?childId=1").status()).as(user).isEqualTo(403);
        }
        assertThat(audit.denialsFor("councillor")).isGreaterThanOrEqualTo(before + 3);
    }

    @Test
    void anAdministratorSeesOnlyTheConfigurationAndNoTokenIsShown() {
        Api.Response status = as("admin").get("/api/returns/dfe-api/status");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("configured").asBoolean()).isFalse();
        assertThat(status.json().get("problem").asString()).contains("safeguard.returns.dfe-api.endpoint");
        assertThat(as("councillor").get("/api/returns/dfe-api/status").status()).isEqualTo(403);
    }

    @Test
    void pushingWithoutAConfiguredEndpointIs409() {
        Api.Response started = as("performance-analyst").post("/api/returns/dfe-api/pushes", Map.of());
        assertThat(started.status()).isEqualTo(409);
        assertThat(started.body()).contains("Not configured");
    }

    @Test
    void thePreviewNeedsAChildId() {
        Api.Response missing = as("performance-analyst").get("/api/returns/dfe-api/payload");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("childId");
        assertThat(as("performance-analyst").get("/api/returns/dfe-api/payload?childId=abc").status()).isEqualTo(400);
    }

    @Test
    void aReferredChildsPayloadIsValidAndItsViewLogged() {
        Assumptions.assumeTrue(context.getBeanProvider(ConferenceFacts.class).getIfAvailable() != null,
                "ConferenceFacts not implemented on this branch yet");
        long child = TestChildren.register(people);
        TestReferrals.refer(as("contact-officer"), as("team-manager"), child);

        Api.Response preview = as("performance-analyst").get("/api/returns/dfe-api/payload?childId=" + child);

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().get("valid").asBoolean()).as(preview.body()).isTrue();
        assertThat(preview.json().at("/item/la_child_id").asString()).isEqualTo("SGP" + child);
        assertThat(preview.json().at("/item/social_care_episodes/0/referral_date").asString()).isEqualTo("2026-12-01");
        assertThat(audit.views(child, 5)).anySatisfy(v -> assertThat(v.toString()).contains("DfE API payload preview"));
        long unknown = TestChildren.register(people);
        assertThat(as("performance-analyst").get("/api/returns/dfe-api/payload?childId=" + unknown).status()).isEqualTo(404);
    }

    @Autowired
    DfeApiReturns returns;

    @Test
    void aWholePushOfTheDatabaseReachesTheEndpointWithTheReferredChild() {
        long child = TestChildren.register(people);
        TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        try (DfeApiFakeEndpoint dfe = new DfeApiFakeEndpoint()) {
            var client = new uk.safeguard.returns.internal.DfeApiClient(java.net.http.HttpClient.newHttpClient(), d -> { }, 3,
                    java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(5));

            long id = returns.pushTo(dfe.target(), "test", client);

            DfeApiPush push = returns.pushes(analyst()).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
            assertThat(push.status()).as(push.toString()).isIn("SUCCEEDED", "PARTLY_FAILED");
            assertThat(push.finishedAt()).isNotNull();
            assertThat(dfe.batchSizes()).allSatisfy(n -> assertThat(n).isBetween(1, 100));
            assertThat(dfe.bodies.stream().flatMap(b -> java.util.stream.StreamSupport.stream(b.spliterator(), false))
                    .filter(i -> i.get("la_child_id").asString().equals("SGP" + child)))
                    .singleElement().satisfies(i -> assertThat(i.at("/social_care_episodes/0/referral_date").asString()).isEqualTo("2026-12-01"));
            assertThat(push.invalidChildren()).noneSatisfy(c -> assertThat(c.childId()).isEqualTo(child));
            // pressed again with nothing changed: the child is not sent again
            int before = dfe.bodies.size();
            returns.pushTo(dfe.target(), "test", client);
            assertThat(dfe.bodies.subList(before, dfe.bodies.size()).stream()
                    .flatMap(b -> java.util.stream.StreamSupport.stream(b.spliterator(), false))
                    .filter(i -> i.get("la_child_id").asString().equals("SGP" + child))).isEmpty();
        }
    }

    private uk.safeguard.access.CurrentUser analyst() {
        return new uk.safeguard.access.CurrentUser(0, "performance-analyst", "Analyst", uk.safeguard.access.Role.PERFORMANCE_ANALYST,
                1, "Children's Services", null, null, null);
    }

    @Test
    void thePageShowsTheConfigurationAndRefusesOthers() {
        WebSession analyst = WebSession.signIn(baseUrl(), "performance-analyst");
        HttpResponse<String> page = analyst.get("/returns/dfe-api");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("DfE children’s social care API").contains("Not configured").contains("Pushes")
                .contains("Download payload (JSON)");
        HttpResponse<String> bad = analyst.get("/returns/dfe-api/payload?childId=x1");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("There is a problem").contains("Enter the child&#39;s record number");

        HttpResponse<String> admin = WebSession.signIn(baseUrl(), "admin").get("/returns/dfe-api");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("Not configured").doesNotContain("Download payload").doesNotContain("Push now");

        assertThat(WebSession.signIn(baseUrl(), "social-worker").get("/returns/dfe-api").statusCode()).isEqualTo(403);
        assertThat(WebSession.signIn(baseUrl(), "councillor").get("/returns/dfe-api").statusCode()).isEqualTo(403);
    }
}
