package uk.safeguard.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.safeguard.support.IntegrationTest;

/** The GOV.UK pages over real HTTP with a signed-in session (no JavaScript involved). */
class PeoplePagesTest extends IntegrationTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private String csrf;

        Browser signIn(String username) {
            get("/sign-in");
            HttpResponse<String> r = post("/sign-in", Map.of("username", username, "password", "safeguard-demo"));
            assertThat(r.statusCode()).isEqualTo(302);
            return this;
        }

        HttpResponse<String> get(String path) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET());
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return r;
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            Map<String, String> all = new LinkedHashMap<>(form);
            all.put("_csrf", csrf);
            String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        private String enc(String s) {
            return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> childForm(String given, String family) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "CHILD");
        form.put("givenNames", given);
        form.put("familyName", family);
        form.put("dobDay", "4");
        form.put("dobMonth", "5");
        form.put("dobYear", "2017");
        form.put("postcode", "RF2 3AB");
        form.put("line1", "3 Hollins Road");
        return form;
    }

    @Test
    void registerShowsLikelyDuplicatesThenRegistersOnConfirmation() {
        Browser sw = new Browser().signIn("social-worker");
        assertThat(sw.get("/people/new").body()).contains("Register a person").contains("for=\"givenNames\"");
        HttpResponse<String> first = sw.post("/people/new", childForm("Margaret", "Oddbody"));
        assertThat(first.statusCode()).isEqualTo(302);
        String location = first.headers().firstValue("Location").orElseThrow();
        assertThat(location).as("a child's home is the child's record").matches(".*/children/\\d+\\?registered");

        sw.get("/people/new");
        HttpResponse<String> again = sw.post("/people/new", childForm("Maggie", "Oddbody"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("This person may already be registered").contains("register anyway").contains("Margaret Oddbody");

        Map<String, String> confirmed = childForm("Maggie", "Oddbody");
        confirmed.put("confirmNoDuplicate", "true");
        assertThat(sw.post("/people/new", confirmed).statusCode()).isEqualTo(302);
    }

    @Test
    void invalidInputIsShownWithAnErrorSummaryLinkingToTheField() {
        Browser sw = new Browser().signIn("social-worker");
        sw.get("/people/new");
        Map<String, String> form = childForm("Ivy", "Quarrington");
        form.put("nhsNumber", "9434765918");
        form.put("dobMonth", "13");
        HttpResponse<String> r = sw.post("/people/new", form);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("govuk-error-summary").contains("href=\"#dateOfBirth-day\"").contains("value=\"Quarrington\"");
    }

    @Test
    void staleEditKeepsTheTypedInputAndShowsTheConflict() {
        Browser sw = new Browser().signIn("social-worker");
        sw.get("/people/new");
        String location = sw.post("/people/new", childForm("Penelope", "Vexley")).headers().firstValue("Location").orElseThrow();
        String path = registerPage(location);
        assertThat(sw.get(path + "/edit").body()).contains("name=\"version\" value=\"1\"");

        Map<String, String> mine = childForm("Penny", "Vexley");
        mine.put("version", "1");
        Map<String, String> theirs = childForm("Penelope", "Vexley-Hart");
        theirs.put("version", "1");
        assertThat(sw.post(path + "/edit", theirs).statusCode()).isEqualTo(302);
        sw.get(path + "/edit");
        HttpResponse<String> conflict = sw.post(path + "/edit", mine);
        assertThat(conflict.statusCode()).isEqualTo(200);
        assertThat(conflict.body()).contains("Someone else changed this record").contains("value=\"Penny\"").contains("Vexley-Hart");
    }

    @Test
    void searchPageFindsPeopleAndMergedRecordsRedirect() {
        Browser sw = new Browser().signIn("social-worker");
        sw.get("/people/new");
        String a = URI.create(sw.post("/people/new", childForm("Katherine", "Ullswater")).headers().firstValue("Location").orElseThrow()).getPath();
        Map<String, String> dup = childForm("Kate", "Ullswater");
        dup.put("confirmNoDuplicate", "true");
        String b = URI.create(sw.post("/people/new", dup).headers().firstValue("Location").orElseThrow()).getPath();

        String results = sw.get("/people?name=Kathy+Ulswater").body();
        assertThat(results).contains("Katherine Ullswater").contains("href=\"" + a + "\"");
        String childA = a;
        String childB = b;
        a = registerPage(a);
        b = registerPage(b);

        Browser manager = new Browser().signIn("team-manager");
        manager.get(b);
        String survivorId = a.substring(a.lastIndexOf('/') + 1);
        HttpResponse<String> merged = manager.post(b + "/merge", Map.of("survivorId", survivorId));
        assertThat(merged.statusCode()).isEqualTo(302);
        HttpResponse<String> redirect = sw.get(b);
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).contains(a);
        assertThat(sw.get(a).body()).contains("Kate Ullswater").contains("Previous name");
        HttpResponse<String> childRedirect = sw.get(childB);
        assertThat(childRedirect.statusCode()).isEqualTo(302);
        assertThat(childRedirect.headers().firstValue("Location").orElseThrow()).endsWith(childA);
    }

    /** A registered child lands on /children/{id}; their register page (edit, merge) is /people/{id}. */
    private static String registerPage(String location) {
        return URI.create(location).getPath().replace("/children/", "/people/");
    }

    @Test
    void partnerIsRefusedAnUnlinkedPersonsPage() {
        Browser sw = new Browser().signIn("social-worker");
        sw.get("/people/new");
        String path = URI.create(sw.post("/people/new", childForm("Wilfred", "Yellowlees")).headers().firstValue("Location").orElseThrow()).getPath();
        Browser police = new Browser().signIn("police-officer");
        assertThat(police.get(path).statusCode()).isEqualTo(403);
        assertThat(police.get("/people/new").statusCode()).isEqualTo(403);
    }
}
