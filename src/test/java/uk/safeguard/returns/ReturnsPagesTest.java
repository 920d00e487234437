package uk.safeguard.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.WebSession;

/** The statutory returns index and the Annex A page: the form, its errors, and the download it leads to. */
class ReturnsPagesTest extends IntegrationTest {

    @Test
    void theIndexLinksToEveryReturn() {
        HttpResponse<String> page = WebSession.signIn(baseUrl(), "performance-analyst").get("/returns");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/returns/annex-a\"", "href=\"/returns/cin-census\"",
                "href=\"/returns/dfe-api\"");
    }

    @Test
    void theAnnexAFormStartsAtTodayAndSixMonths() {
        HttpResponse<String> page = WebSession.signIn(baseUrl(), "team-manager").get("/returns/annex-a");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Download Annex A (XLSX)", "name=\"end-day\"", "value=\"2026\"")
                .containsPattern("id=\"months\" name=\"months\" type=\"radio\" value=\"6\" checked");
    }

    @Test
    void aBadDateOrLengthIsShownInTheErrorSummaryWithWhatWasTyped() {
        WebSession session = WebSession.signIn(baseUrl(), "team-manager");
        session.get("/returns/annex-a");

        HttpResponse<String> page = session.post("/returns/annex-a",
                Map.of("end-day", "31", "end-month", "2", "end-year", "2026"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("There is a problem", "href=\"#end\"", "href=\"#months\"",
                "Choose six or twelve months", "value=\"31\"");
    }

    @Test
    void theButtonDownloadsTheWorkbook() {
        WebSession session = WebSession.signIn(baseUrl(), "team-manager");
        session.get("/returns/annex-a");

        HttpResponse<String> download = session.post("/returns/annex-a",
                Map.of("end-day", "30", "end-month", "11", "end-year", "2026", "months", "12"));

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.uri().toString()).endsWith("/returns/annex-a.xlsx?end=2026-11-30&months=12");
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith(AnnexAApiTest.XLSX));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("annex-a-2025-12-01-to-2026-11-30.xlsx"));
    }

    @Test
    void aSocialWorkerIsRefused() {
        HttpResponse<String> page = WebSession.signIn(baseUrl(), "social-worker").get("/returns/annex-a");

        assertThat(page.statusCode()).isEqualTo(403);
    }
}
