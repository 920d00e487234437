package uk.safeguard.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.safeguard.support.IntegrationTest;

class AccessApiTest extends IntegrationTest {

    @Test
    void apiRefusesAnonymousCallersWithJson() {
        var response = anonymous().get("/api/me");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("message").asString()).contains("Sign in");
    }

    @Test
    void wrongPasswordIsRefused() {
        var response = new uk.safeguard.support.Api(baseUrl(), "social-worker", "wrong").get("/api/me");
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void meDescribesTheSignedInUser() {
        var me = as("police-officer").get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("role").asString()).isEqualTo("PARTNER_PRACTITIONER");
        assertThat(me.json().get("agencyType").asString()).isEqualTo("POLICE");
    }

    @Test
    void healthReportsUpIncludingTheDatabase() {
        var health = anonymous().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void demoUsersExistOnePerRoleWithHashedPasswords() {
        // Users imported from an SSD extract have no password until an administrator sets one.
        var hashes = jdbc.sql("select password_hash from app_user where password_hash is not null").query(String.class).list();
        assertThat(hashes).hasSizeGreaterThanOrEqualTo(13).allSatisfy(h -> assertThat(h).startsWith("$2"));
        assertThat(jdbc.sql("select count(*) from app_user where username in ('contact-officer', 'social-worker', 'team-manager', "
                + "'conference-chair', 'early-help-practitioner', 'police-officer', 'health-visitor', 'school-dsl', 'lado', "
                + "'partnership-officer', 'performance-analyst', 'councillor', 'admin') and password_hash like '$2%'")
                .query(Long.class).single()).isEqualTo(13);
        var roles = jdbc.sql("select distinct role from app_user").query(String.class).list();
        assertThat(roles).hasSize(Role.values().length);
    }

    @Test
    void openApiDocumentIsServed() {
        var docs = anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"");
    }
}
