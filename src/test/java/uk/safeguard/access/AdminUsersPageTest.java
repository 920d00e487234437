package uk.safeguard.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.WebSession;

class AdminUsersPageTest extends IntegrationTest {

    @Test
    void theAdministratorSeesTheUsersAndTheNavigationLink() {
        var page = WebSession.signIn(baseUrl(), "admin").get("/admin/users");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 class=\"govuk-heading-l\">Users</h1>", "social-worker", "Sam Okafor",
                "Social worker", "Assessment Team 1", "Create a user", "href=\"/admin/users\"", "Team manager");
    }

    @Test
    void createShowsErrorsLinkedToFieldsAndKeepsWhatWasTyped() {
        WebSession admin = WebSession.signIn(baseUrl(), "admin");
        admin.get("/admin/users");
        var shown = admin.post("/admin/users", form("Bad Name", "Typed Name", "LADO", "", "short"));
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("There is a problem", "href=\"#username\"", "href=\"#agencyCode\"",
                "href=\"#password\"", "value=\"Bad Name\"", "value=\"Typed Name\"")
                .containsPattern("value=\"LADO\"\\s+selected");

        var created = admin.post("/admin/users", form("page.user", "Page User", "SOCIAL_WORKER", "LA-CSC", "a-long-enough-password"));
        assertThat(created.body()).contains("User created: page.user");
        assertThat(new Api(baseUrl(), "page.user", "a-long-enough-password").get("/api/me").status()).isEqualTo(200);

        assertThat(admin.post("/admin/users/page.user/deactivate", Map.of()).body())
                .contains("User deactivated: page.user", "Deactivated");
        assertThat(new Api(baseUrl(), "page.user", "a-long-enough-password").get("/api/me").status()).isEqualTo(401);
        admin.post("/admin/users/page.user/reactivate", Map.of());

        assertThat(admin.get("/admin/users/page.user/password").body()).contains("Set a new password for");
        var tooShort = admin.post("/admin/users/page.user/password", Map.of("password", "short"));
        assertThat(tooShort.body()).contains("There is a problem", "href=\"#password\"");
        admin.get("/admin/users/page.user/password");
        assertThat(admin.post("/admin/users/page.user/password", Map.of("password", "brand-new-password")).body())
                .contains("New password set for page.user");
        assertThat(new Api(baseUrl(), "page.user", "brand-new-password").get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void aTeamManagerIsRefusedAndTheAttemptLogged() {
        int before = jdbc.sql("select count(*) from access_denial where actor_username = 'team-manager' and what = 'user administration'")
                .query(Integer.class).single();
        var session = WebSession.signIn(baseUrl(), "team-manager");
        var page = session.get("/admin/users");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("Create a user");
        assertThat(session.get("/").body()).doesNotContain("href=\"/admin/users\"");
        assertThat(jdbc.sql("select count(*) from access_denial where actor_username = 'team-manager' and what = 'user administration'")
                .query(Integer.class).single()).isEqualTo(before + 1);
    }

    private static Map<String, String> form(String username, String displayName, String role, String agency, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("displayName", displayName);
        form.put("role", role);
        form.put("agencyCode", agency);
        form.put("teamName", "");
        form.put("password", password);
        return form;
    }
}
