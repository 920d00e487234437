package uk.safeguard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.Browser;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;

/**
 * The scrutiny dashboard in a real browser with axe-core: the charts render, a manager drills down to the children
 * behind a figure, a councillor is refused the child list, and the XLSX and PDF downloads arrive.
 */
class DashboardBrowserTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;

    private static WebDriver d() {
        return Browser.driver();
    }

    private static void open(String url) {
        d().get(url);
        Browser.headingText();
    }

    private static void noSeriousAccessibilityProblems() {
        assertThat(Browser.seriousAccessibilityViolations()).as(d().getCurrentUrl()).isEmpty();
    }

    /** Fetches a link's target with the browser's session cookie: the bytes and content type a download would get. */
    private static HttpResponse<byte[]> download(String href) throws IOException, InterruptedException {
        Cookie session = d().manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("signed-in session cookie").isNotNull();
        HttpRequest request = HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session.getValue())
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_dashboard_renders_with_charts_and_downloads_for_a_councillor_who_is_refused_the_child_list() throws Exception {
        Browser.signIn(baseUrl(), "councillor");
        d().findElement(By.linkText("Performance")).click();
        new WebDriverWait(d(), Duration.ofSeconds(20)).until(dr -> Browser.heading().getText().startsWith("Performance: "));
        assertThat(Browser.headingText()).isEqualTo("Performance: November 2026");
        List<WebElement> charts = d().findElements(By.cssSelector("main svg[role=img]"));
        assertThat(charts).isNotEmpty();
        assertThat(charts.get(0).getAttribute("aria-labelledby")).endsWith("-desc");
        assertThat(charts.get(0).getSize().getWidth()).isGreaterThan(200);
        assertThat(d().findElements(By.cssSelector("main svg[role=img] circle, main svg[role=img] text"))).isNotEmpty();
        // Colour is never alone: each status is written out.
        assertThat(d().findElement(By.tagName("main")).getText()).containsAnyOf("No target", "Green: on target",
                "Amber: near target", "Red: off target");
        noSeriousAccessibilityProblems();

        // The figures behind a chart open without JavaScript-only controls.
        WebElement details = d().findElement(By.cssSelector("main details.govuk-details summary"));
        details.click();
        assertThat(d().findElement(By.cssSelector("main details.govuk-details table")).isDisplayed()).isTrue();

        // The downloads: XLSX (a zip) and the PDF pack.
        String xlsxHref = d().findElement(By.cssSelector("a[href*='/performance/export/dashboard.xlsx']")).getAttribute("href");
        HttpResponse<byte[]> xlsx = download(xlsxHref);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).contains(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        String pdfHref = d().findElement(By.partialLinkText("scrutiny pack (PDF)")).getAttribute("href");
        HttpResponse<byte[]> pdf = download(pdfHref);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // Drill-down: the aggregate figures, no child list.
        Browser.clickAndWait(d().findElement(By.cssSelector("main table a[href*='/performance/indicators/referrals']")));
        assertThat(Browser.headingText()).isEqualTo("Referrals");
        Browser.awaitMain("Definition", "Breakdowns", "shown only to team managers");
        assertThat(d().findElements(By.cssSelector("a[href*='/children?']"))).isEmpty();
        noSeriousAccessibilityProblems();

        open(baseUrl() + "/performance/indicators/referrals/children?month=2026-11");
        assertThat(Browser.headingText()).isEqualTo("You do not have access");

        open(baseUrl() + "/performance/attrition");
        assertThat(Browser.headingText()).isEqualTo("Attrition: contacts that went no further");
        noSeriousAccessibilityProblems();
    }

    @Test
    void a_manager_drills_down_to_the_children_behind_a_figure_and_writes_the_commentary() {
        long child = TestChildren.register(people);
        clock.set(LocalDateTime.of(2026, 11, 12, 11, 0));
        TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));

        Browser.signIn(baseUrl(), "team-manager");
        open(baseUrl() + "/performance/indicators/referrals?month=2026-11");
        assertThat(Browser.headingText()).isEqualTo("Referrals");
        Browser.clickAndWait(d().findElement(By.partialLinkText("See the children counted")));
        assertThat(Browser.headingText()).isEqualTo("Children behind the figure");
        assertThat(d().findElements(By.cssSelector("main a[href='/children/" + child + "']"))).hasSize(1);
        noSeriousAccessibilityProblems();

        open(baseUrl() + "/performance/pack/narrative?month=2026-08");
        assertThat(Browser.headingText()).isEqualTo("Commentary on each indicator");
        noSeriousAccessibilityProblems();
        WebElement box = d().findElement(By.id("narrative-referrals"));
        box.clear();
        box.sendKeys("Referrals held steady over the summer.");
        Browser.clickAndWait(d().findElement(By.cssSelector("main form[method=post] button.govuk-button")));
        assertThat(Browser.headingText()).isEqualTo("Performance: August 2026");
        Browser.awaitMain("The commentary for August 2026 is saved.", "Referrals held steady over the summer.");
        noSeriousAccessibilityProblems();
    }
}
