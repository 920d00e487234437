package uk.safeguard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.Browser;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;

/**
 * A social worker records a strategy discussion with police and health that decides on a section 47 enquiry, and
 * emergency action before it, in a real browser, with axe-core on each protection page.
 */
class StrategyDiscussionBrowserTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    UserDirectory users;

    private static WebDriver d() {
        return Browser.driver();
    }

    private static void type(String id, String text) {
        WebElement field = d().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void choose(String id, String visibleText) {
        new Select(d().findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    private static void label(String forId) {
        d().findElement(By.cssSelector("label[for='" + forId + "']")).click();
    }

    private static void clickAndWait(WebElement element) {
        WebElement page = d().findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(d(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.stalenessOf(page));
        Browser.headingText();
    }

    private static void submit() {
        clickAndWait(d().findElement(By.cssSelector("main form button.govuk-button")));
    }

    private static void accessible() {
        assertThat(Browser.seriousAccessibilityViolations()).as(d().getCurrentUrl()).isEmpty();
    }

    @Test
    void aStrategyDiscussionWithPoliceAndHealthDecidesASection47Enquiry() {
        long child = TestChildren.register(people, "Juniper", "Ashcombe", java.time.LocalDate.of(2019, 5, 4));
        TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        jdbc.sql("update case_file set allocated_worker_id = ? where id = ?")
                .params(users.findByUsername("social-worker").orElseThrow().id(), r.caseId()).update();
        clock.set(LocalDateTime.of(2026, 12, 1, 12, 0));

        Browser.signIn(baseUrl(), "social-worker");
        d().get(baseUrl() + "/children/" + child);
        Browser.awaitMain("Child protection enquiries");

        // Emergency action first: police protection, then the discussion follows it.
        clickAndWait(d().findElement(By.linkText("Record emergency action")));
        assertThat(Browser.headingText()).isEqualTo("Record emergency action");
        accessible();
        label("type-POLICE_PROTECTION");
        choose("agencyId", "Riverford Police");
        type("takenAt-time", "09:30");
        type("childSeenBy", "PC Dee Harper");
        label("legalAdviceObtained-no");
        submit();
        Browser.awaitMain("Emergency action recorded", "No strategy discussion has followed");
        accessible();

        d().get(baseUrl() + "/children/" + child);
        Browser.awaitMain("Child protection enquiries");
        clickAndWait(d().findElement(By.linkText("Record a strategy discussion")));
        assertThat(Browser.headingText()).isEqualTo("Record a strategy discussion");
        accessible();
        type("heldAt-time", "11:00");
        label("format-VIDEO");
        type("attendees-1-name", "PC Dee Harper");
        choose("attendees-1-agencyId", "Riverford Police");
        type("attendees-1-role", "Child abuse investigation officer");
        choose("attendees-1-attended", "Took part");
        type("attendees-2-name", "Lee Marsh");
        choose("attendees-2-agencyId", "Riverford Community Health NHS Trust");
        type("attendees-2-role", "Named nurse for safeguarding");
        choose("attendees-2-attended", "Took part");
        type("informationShared", "Bruising seen at school; two police call-outs to the address in November.");
        label("section47");
        label("criminalInvestigation-JOINT");
        type("criminalLeadAgency", "Riverford Police");
        type("actions-0-what", "See Juniper alone at school");
        choose("actions-0-ownerId", "Sam Okafor (Assessment Team 1)");
        type("actions-0-dueOn", "2");
        type("actions-0-dueOn-month", "12");
        type("actions-0-dueOn-year", "2026");
        submit();   // no rationale: the error summary, with the typed input kept
        assertThat(d().findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("rationale for the section 47 decision");
        assertThat(d().findElement(By.id("attendees-1-name")).getAttribute("value")).isEqualTo("PC Dee Harper");
        accessible();
        type("section47Rationale", "Reasonable cause to suspect Juniper is suffering significant harm.");
        submit();
        Browser.awaitMain("Strategy discussion recorded", "Riverford Police", "Riverford Community Health NHS Trust",
                "To be made", "See Juniper alone at school");
        assertThat(d().getPageSource()).doesNotContain("Held without");
        accessible();

        clickAndWait(d().findElement(By.linkText("Open the section 47 enquiry")));
        Browser.awaitMain("Section 47 enquiry", "Sam Okafor", "Record the outcome");
        accessible();

        d().get(baseUrl() + "/children/" + child);
        Browser.awaitMain("Section 47 enquiry", "Strategy discussion");
        assertThat(d().findElement(By.tagName("main")).getText()).doesNotContain("no strategy discussion yet");
        var clocks = as("social-worker").get("/api/children/" + child + "/clocks").json();
        assertThat(clocks.valueStream().anyMatch(c -> c.get("clockId").asString().equals("initial-child-protection-conference")
                && c.get("dueAt").asString().equals("2026-12-22"))).isTrue();
    }
}
