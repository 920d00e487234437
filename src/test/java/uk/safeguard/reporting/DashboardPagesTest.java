package uk.safeguard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;
import uk.safeguard.support.WebSession;

/**
 * The performance pages through real HTTP with signed-in sessions: councillors see the aggregate dashboard, the
 * pack and the downloads but never a child list; managers drill down to the children; partners see nothing.
 */
class DashboardPagesTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    AuditTrail audit;

    /** A signed-in session that can fetch bytes (downloads), which WebSession's string bodies cannot. */
    static final class Downloads {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        private final String base;

        Downloads(String base, String username) {
            this.base = base;
            String page = new String(get("/sign-in").body(), StandardCharsets.UTF_8);
            Matcher csrf = CSRF.matcher(page);
            String token = csrf.find() ? csrf.group(1) : "";
            String form = "username=" + username + "&password=safeguard-demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
            send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        HttpResponse<byte[]> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        private HttpResponse<byte[]> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void a_councillor_sees_the_aggregate_dashboard_with_accessible_charts() {
        WebSession councillor = WebSession.signIn(baseUrl(), "councillor");
        HttpResponse<String> page = councillor.get("/performance");
        assertThat(page.statusCode()).isEqualTo(200);
        // The default month is the last complete one: the clock says 1 December 2026.
        assertThat(page.body()).contains("Performance: November 2026", "November 2025", "England", "Target");
        assertThat(page.body()).contains("<svg", "role=\"img\"", "aria-labelledby=\"trend-referrals-title trend-referrals-desc\"",
                "Figures for each month");
        assertThat(page.body()).contains("Referrals", "/performance/indicators/referrals?month=2026-11");
        assertThat(page.body()).contains("/performance/pack?month=2026-11", "/performance/export/dashboard.csv?month=2026-11");
        assertThat(page.body()).doesNotContain("NaN").doesNotContain("/performance/pack/narrative");
        assertThat(page.body()).contains("/css/reporting.css");
    }

    @Test
    void a_councillor_gets_the_drill_down_without_children_and_is_refused_the_child_list() {
        int refusedBefore = audit.denialsFor("councillor");
        WebSession councillor = WebSession.signIn(baseUrl(), "councillor");
        HttpResponse<String> drill = councillor.get("/performance/indicators/referrals?month=2026-11");
        assertThat(drill.statusCode()).isEqualTo(200);
        assertThat(drill.body()).contains("Definition", "Source", "Numerator", "Breakdowns");
        assertThat(drill.body()).doesNotContain("/performance/indicators/referrals/children");
        assertThat(drill.body()).contains("shown only to team managers");
        assertThat(councillor.get("/performance/indicators/no-such-indicator").statusCode()).isEqualTo(404);

        HttpResponse<String> children = councillor.get("/performance/indicators/referrals/children?month=2026-11");
        assertThat(children.statusCode()).isEqualTo(403);
        assertThat(children.body()).contains("You do not have access");
        assertThat(audit.denialsFor("councillor")).isGreaterThan(refusedBefore);

        Downloads downloads = new Downloads(baseUrl(), "councillor");
        assertThat(downloads.get("/performance/export/indicators/referrals/children.csv?month=2026-11").statusCode()).isEqualTo(403);
        assertThat(downloads.get("/performance/export/indicators/referrals/team.csv?month=2026-11").statusCode()).isEqualTo(200);
    }

    @Test
    void a_manager_drills_down_to_the_children_behind_a_figure_and_each_view_is_logged() {
        long child = TestChildren.register(people);
        clock.set(LocalDateTime.of(2026, 11, 10, 10, 0));
        TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));

        WebSession manager = WebSession.signIn(baseUrl(), "team-manager");
        HttpResponse<String> drill = manager.get("/performance/indicators/referrals?month=2026-11");
        assertThat(drill.body()).contains("/performance/indicators/referrals/children?month=2026-11");
        HttpResponse<String> list = manager.get("/performance/indicators/referrals/children?month=2026-11");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Children behind the figure", "href=\"/children/" + child + "\"");
        assertThat(audit.views(child, 20)).isNotEmpty();

        Downloads downloads = new Downloads(baseUrl(), "team-manager");
        HttpResponse<byte[]> csv = downloads.get("/performance/export/indicators/referrals/children.csv?month=2026-11");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains(String.valueOf(child));
    }

    @Test
    void partners_see_no_performance_figures() {
        WebSession police = WebSession.signIn(baseUrl(), "police-officer");
        assertThat(police.get("/performance").statusCode()).isEqualTo(403);
        assertThat(police.get("/performance/attrition").statusCode()).isEqualTo(403);
        assertThat(as("police-officer").get("/api/performance/dashboard").status()).isEqualTo(403);
        assertThat(new Downloads(baseUrl(), "police-officer").get("/performance/pack").statusCode()).isEqualTo(403);
        // IT administrators manage targets, not figures: refused as the indicators engine refuses them.
        assertThat(WebSession.signIn(baseUrl(), "admin").get("/performance/attrition").statusCode()).isEqualTo(403);
    }

    @Test
    void the_dashboard_and_trends_download_as_csv_and_xlsx() throws Exception {
        Downloads councillor = new Downloads(baseUrl(), "councillor");
        HttpResponse<byte[]> csv = councillor.get("/performance/export/dashboard.csv?month=2026-11");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(v ->
                assertThat(v).contains("attachment", "performance-dashboard-2026-11.csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFGroup,Indicator id,Indicator,Month,Numerator").contains(",referrals,Referrals,2026-11,");

        HttpResponse<byte[]> xlsx = councillor.get("/performance/export/dashboard.xlsx?month=2026-11");
        assertThat(xlsx.headers().firstValue("Content-Type")).contains(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<String> sheets = workbook.getSheets().map(s -> s.getName()).toList();
            assertThat(sheets).containsExactly("Dashboard 2026-11", "Trends to 2026-11");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Indicator id");
            assertThat(rows.stream().map(r -> r.getCellText(1))).contains("referrals", "contacts");
        }
        assertThat(councillor.get("/performance/export/trends.csv?month=2026-11").statusCode()).isEqualTo(200);
        assertThat(councillor.get("/performance/export/nothing.csv").statusCode()).isEqualTo(404);
        assertThat(councillor.get("/performance/export/dashboard.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void a_councillor_downloads_the_scrutiny_pack_as_a_pdf() throws Exception {
        HttpResponse<byte[]> pdf = new Downloads(baseUrl(), "councillor").get("/performance/pack?month=2026-11");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("November 2026", "Referrals", "Contacts", "Aggregate figures only");
        }
    }

    @Test
    void managers_write_the_commentary_and_it_shows_on_the_dashboard_and_in_the_pack() throws Exception {
        WebSession analyst = WebSession.signIn(baseUrl(), "performance-analyst");
        HttpResponse<String> form = analyst.get("/performance/pack/narrative?month=2026-09");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Commentary on each indicator", "id=\"narrative-referrals\"", "September 2026");

        String tooLong = "x".repeat(1001);
        HttpResponse<String> bad = analyst.post("/performance/pack/narrative", Map.of("month", "2026-09",
                "narrative-referrals", tooLong, "narrative-contacts", "Kept while the other is fixed."));
        assertThat(bad.body()).contains("There is a problem", "href=\"#narrative-referrals\"",
                "must be 1,000 characters or fewer (it has 1,001)", "Kept while the other is fixed.");
        // Nothing was saved: all or nothing.
        assertThat(analyst.get("/performance?month=2026-09").body()).doesNotContain("Kept while the other is fixed.");

        HttpResponse<String> saved = analyst.post("/performance/pack/narrative", Map.of("month", "2026-09",
                "narrative-referrals", "Referrals fell after the half-term holiday & rose again.",
                "narrative-contacts", "Kept while the other is fixed."));
        assertThat(saved.uri().toString()).contains("/performance?month=2026-09&saved");
        assertThat(saved.body()).contains("The commentary for", "Referrals fell after the half-term holiday &amp; rose again.");

        HttpResponse<byte[]> pdf = new Downloads(baseUrl(), "councillor").get("/performance/pack?month=2026-09");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Referrals fell after the half-term holiday & rose again.");
        }
        // Clearing one removes it.
        analyst.get("/performance/pack/narrative?month=2026-09");
        analyst.post("/performance/pack/narrative", Map.of("month", "2026-09", "narrative-contacts", ""));
        assertThat(analyst.get("/performance?month=2026-09").body()).doesNotContain("Kept while the other is fixed.")
                .contains("Referrals fell after the half-term holiday");
    }

    @Test
    void councillors_and_social_workers_may_not_write_the_commentary() {
        WebSession councillor = WebSession.signIn(baseUrl(), "councillor");
        assertThat(councillor.get("/performance/pack/narrative?month=2026-10").statusCode()).isEqualTo(403);
        councillor.get("/performance");
        assertThat(councillor.post("/performance/pack/narrative", Map.of("month", "2026-10", "narrative-referrals", "No"))
                .statusCode()).isEqualTo(403);
        WebSession worker = WebSession.signIn(baseUrl(), "social-worker");
        assertThat(worker.get("/performance/pack/narrative?month=2026-10").statusCode()).isEqualTo(403);
        assertThat(worker.get("/performance?month=2026-10").body()).doesNotContain("Write the commentary");
    }

    @Test
    void a_month_that_is_not_a_month_or_has_not_started_is_refused_naming_the_field() {
        Api councillor = as("councillor");
        Api.Response bad = councillor.get("/api/performance/dashboard?month=November");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("month");
        Api.Response future = councillor.get("/api/performance/dashboard?month=2027-01");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("message").asString()).contains("has not started");
        assertThat(WebSession.signIn(baseUrl(), "councillor").get("/performance?month=2026-13").statusCode()).isEqualTo(400);
    }

    @Test
    void the_api_mirrors_the_dashboard() {
        Api.Response answer = as("councillor").get("/api/performance/dashboard?month=2026-11");
        assertThat(answer.status()).isEqualTo(200);
        var json = answer.json();
        assertThat(json.get("month").asString()).isEqualTo("2026-11");
        assertThat(json.get("trendFrom").asString()).isEqualTo("2025-11");
        var first = json.get("groups").get(0).get("indicators").get(0);
        assertThat(first.has("id")).isTrue();
        assertThat(first.get("trend").size()).isEqualTo(13);
        assertThat(first.has("rag")).isTrue();
        assertThat(first.has("sameMonthLastYear")).isTrue();
        assertThat(first.has("england")).isTrue();
    }

    @Test
    void attrition_by_agency_and_school_with_its_downloads() throws Exception {
        long child = TestChildren.register(people);
        clock.set(LocalDateTime.of(2026, 6, 10, 10, 0));
        TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));

        WebSession councillor = WebSession.signIn(baseUrl(), "councillor");
        HttpResponse<String> page = councillor.get("/performance/attrition?from=2026-06-01&to=2026-06-30");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Attrition: contacts that went no further", "By referring agency type", "By school",
                "Education", "Oakfield Primary School", "No further action", "Advice or signposting only", "1 June 2026 to 30 June 2026");

        HttpResponse<String> bad = councillor.get("/performance/attrition?from=June&to=2026-06-30");
        assertThat(bad.body()).contains("There is a problem", "href=\"#from\"", "Enter the start date");
        HttpResponse<String> backwards = councillor.get("/performance/attrition?from=2026-07-01&to=2026-06-30");
        assertThat(backwards.body()).contains("The start date must be on or before the end date");

        Downloads downloads = new Downloads(baseUrl(), "councillor");
        HttpResponse<byte[]> csv = downloads.get("/performance/export/attrition-school.csv?from=2026-06-01&to=2026-06-30");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Oakfield Primary School,2026-06-01,2026-06-30,");
        HttpResponse<byte[]> xlsx = downloads.get("/performance/export/attrition.xlsx?from=2026-06-01&to=2026-06-30");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheets().map(s -> s.getName()).toList())
                    .containsExactly("Attrition by agency type", "Attrition by school");
        }
        Api.Response api = as("councillor").get("/api/performance/attrition?from=2026-06-01&to=2026-06-30");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().get("bySchool").toString()).contains("Oakfield Primary School");
        assertThat(as("councillor").get("/api/performance/attrition?from=2026-06-01&to=bad").json().get("field").asString())
                .isEqualTo("to");
    }

    @Test
    void the_multi_agency_dataset_page_and_download() {
        long child = TestChildren.register(people);
        clock.set(LocalDateTime.of(2026, 5, 12, 10, 0));
        TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));

        WebSession councillor = WebSession.signIn(baseUrl(), "councillor");
        HttpResponse<String> page = councillor.get("/performance/multi-agency?from=2026-05-01&to=2026-05-31");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Multi-agency dataset", "Oakfield Primary School", "Education",
                "Strategy discussions invited to", "1 May 2026 to 31 May 2026");
        HttpResponse<byte[]> csv = new Downloads(baseUrl(), "councillor")
                .get("/performance/export/multi-agency.csv?from=2026-05-01&to=2026-05-31");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Education,Oakfield Primary School,2026-05-01,2026-05-31,");
        assertThat(WebSession.signIn(baseUrl(), "police-officer").get("/performance/multi-agency").statusCode()).isEqualTo(403);
    }
}
