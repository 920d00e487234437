package uk.safeguard.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;

class AdminUsersApiTest extends IntegrationTest {
    private static final String PASSWORD = "a-long-enough-password";

    private Map<String, Object> newUser(String username) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("displayName", "Alex Example");
        body.put("role", "SOCIAL_WORKER");
        body.put("agencyCode", "LA-CSC");
        body.put("teamName", "Assessment Team 1");
        body.put("password", PASSWORD);
        return body;
    }

    private Api user(String username, String password) {
        return new Api(baseUrl(), username, password);
    }

    private int denials(String username) {
        return jdbc.sql("select count(*) from access_denial where actor_username = ? and what = 'user administration'")
                .param(username).query(Integer.class).single();
    }

    @Test
    void aCreatedUserCanCallTheApiUntilDeactivatedAndAgainWhenReactivated() {
        var created = as("admin").post("/api/admin/users", newUser("alex.example-1"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("role").asString()).isEqualTo("SOCIAL_WORKER");
        assertThat(created.json().get("team").asString()).isEqualTo("Assessment Team 1");
        assertThat(created.json().get("active").asBoolean()).isTrue();

        var me = user("alex.example-1", PASSWORD).get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("displayName").asString()).isEqualTo("Alex Example");

        String hash = jdbc.sql("select password_hash from app_user where username = 'alex.example-1'").query(String.class).single();
        assertThat(hash).startsWith("$2").doesNotContain(PASSWORD);
        String audited = jdbc.sql("select coalesce(after_values::text, '') from audit_event where subject_type = 'user' and subject_id = 'alex.example-1' and action = 'USER_CREATED'")
                .query(String.class).single();
        assertThat(audited).contains("alex.example-1").doesNotContain(hash).doesNotContain(PASSWORD);

        assertThat(as("admin").get("/api/admin/users").body()).contains("alex.example-1", "social-worker");

        var deactivated = as("admin").post("/api/admin/users/alex.example-1/deactivate", "");
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(user("alex.example-1", PASSWORD).get("/api/me").status()).isEqualTo(401);

        assertThat(as("admin").post("/api/admin/users/alex.example-1/reactivate", "").status()).isEqualTo(200);
        assertThat(user("alex.example-1", PASSWORD).get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void aNewPasswordReplacesTheOld() {
        assertThat(as("admin").post("/api/admin/users", newUser("alex.example-2")).status()).isEqualTo(201);
        var set = as("admin").post("/api/admin/users/alex.example-2/password", Map.of("password", "another-long-password"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(user("alex.example-2", PASSWORD).get("/api/me").status()).isEqualTo(401);
        assertThat(user("alex.example-2", "another-long-password").get("/api/me").status()).isEqualTo(200);

        var tooShort = as("admin").post("/api/admin/users/alex.example-2/password", Map.of("password", "short"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("\"password\"");
        assertThat(as("admin").post("/api/admin/users/nobody-here/password", Map.of("password", "another-long-password")).status())
                .isEqualTo(404);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertBad(with("username", "Not Valid!"), "username");
        assertBad(with("username", ""), "username");
        assertBad(with("displayName", " "), "displayName");
        assertBad(with("role", "KING"), "role");
        assertBad(with("agencyCode", "NOPE"), "agencyCode");
        assertBad(with("teamName", "No Such Team"), "teamName");
        assertBad(with("password", "eleven-char"), "password");
        var policeInLaTeam = newUser("alex.example-3");
        policeInLaTeam.put("agencyCode", "POLICE");
        assertBad(policeInLaTeam, "teamName");

        var duplicate = as("admin").post("/api/admin/users", newUser("social-worker"));
        assertThat(duplicate.status()).isIn(400, 409);
        assertThat(duplicate.body()).contains("\"username\"");
        assertThat(jdbc.sql("select count(*) from app_user where username like 'alex.example-3%'").query(Integer.class).single()).isZero();
    }

    @Test
    void anAdministratorCannotDeactivateThemself() {
        var self = as("admin").post("/api/admin/users/admin/deactivate", "");
        assertThat(self.status()).isEqualTo(409);
        assertThat(as("admin").get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void everyoneElseIsRefusedAndTheAttemptLogged() {
        int before = denials("team-manager");
        assertThat(as("team-manager").get("/api/admin/users").status()).isEqualTo(403);
        assertThat(as("team-manager").post("/api/admin/users", newUser("sneaky.one")).status()).isEqualTo(403);
        assertThat(as("team-manager").post("/api/admin/users/social-worker/deactivate", "").status()).isEqualTo(403);
        assertThat(as("team-manager").post("/api/admin/users/social-worker/reactivate", "").status()).isEqualTo(403);
        assertThat(as("team-manager").post("/api/admin/users/social-worker/password", Map.of("password", "another-long-password")).status())
                .isEqualTo(403);
        assertThat(denials("team-manager")).isEqualTo(before + 5);
        assertThat(jdbc.sql("select count(*) from app_user where username = 'sneaky.one'").query(Integer.class).single()).isZero();
        assertThat(as("social-worker").get("/api/me").status()).isEqualTo(200);
    }

    private Map<String, Object> with(String field, String value) {
        Map<String, Object> body = newUser("alex.example-3");
        body.put(field, value);
        return body;
    }

    private void assertBad(Map<String, Object> body, String field) {
        var response = as("admin").post("/api/admin/users", body);
        assertThat(response.status()).as(field + ": " + response).isEqualTo(400);
        assertThat(response.body()).as(field + ": " + response).contains("\"" + field + "\"");
    }
}
