package uk.safeguard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.Actor;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonRecord;
import uk.safeguard.support.Browser;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.work.CaseKind;
import uk.safeguard.work.CaseWork;

/** The front door in a real browser, with axe-core on every page. */
class FrontDoorBrowserTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    CaseWork caseWork;
    @Autowired
    UserDirectory users;

    private static WebDriver d() {
        return Browser.driver();
    }

    private static void type(String id, String text) {
        for (int attempt = 0; ; attempt++) {
            try {
                var field = d().findElement(By.id(id));
                field.clear();
                field.sendKeys(text);
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Waits (up to 5 s) for the page after a click to show this heading: navigation can race the next lookup. */
    private static void expectHeading(String expected) {
        String seen = null;
        for (int i = 0; i < 50; i++) {
            try {
                seen = Browser.heading().getText();
                if (seen.equals(expected)) {
                    return;
                }
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                // the page is changing
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(seen).isEqualTo(expected);
    }

    /** The form's main button, not "Add another child" or "Remove". */
    private static final String CONTINUE = "main form button.govuk-button:not(.govuk-button--secondary):not(.govuk-button--warning)";

    private static void waitFor(By by) {
        new org.openqa.selenium.support.ui.WebDriverWait(d(), java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(by));
    }

    private static void click(String css) {
        d().findElement(By.cssSelector(css)).click();
    }

    private static void accessible() {
        assertThat(Browser.seriousAccessibilityViolations()).as(d().getCurrentUrl()).isEmpty();
    }

    @Test
    void aPartnerSubmitsTheReferralFormResumingADraftAfterSigningOutAndIn() {
        Browser.signIn(baseUrl(), "school-dsl");
        d().findElement(By.linkText("Refer a child")).click();
        expectHeading("Refer a child");
        accessible();
        click(CONTINUE);
        expectHeading("About the child");
        accessible();
        click(CONTINUE);   // nothing typed: errors, and the page still saved
        assertThat(d().findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter the child's given names");
        accessible();
        type("child1Given", "Rosalind");
        type("child1Family", "Brightwaterly");
        type("child1Dob", "14");          // GOV.UK date input: day, month, year
        type("child1Dob-month", "2");
        type("child1Dob-year", "2017");
        // Two brothers: "Add another child" twice (no JavaScript: the page is saved and shown again with a new block).
        click("button[value=add-child]");
        waitFor(By.id("child2Given"));
        accessible();
        type("child2Given", "Tobias");
        type("child2Family", "Brightwaterly");
        click("button[value=add-child]");
        waitFor(By.id("child3Given"));
        type("child3Given", "Felix");
        type("child3Family", "Brightwaterly");
        type("child3Dob", "31");
        type("child3Dob-month", "2");
        type("child3Dob-year", "2020");
        click(CONTINUE);
        waitFor(By.cssSelector(".govuk-error-summary"));
        assertThat(d().findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("The date of birth must be a real date");
        accessible();
        type("child3Dob", "29");
        click(CONTINUE);
        expectHeading("Adults involved");
        accessible();
        type("adult1Name", "Helen Brightwaterly");
        type("adult1Relationship", "mother");
        click(CONTINUE);
        expectHeading("Your concern");
        accessible();
        type("concern", "Rosalind told her teacher she is frightened to go home because of shouting and fighting.");
        // Time out: sign out without pressing continue on this page, then sign back in and resume.
        Browser.signIn(baseUrl(), "school-dsl");
        d().get(baseUrl() + "/portal");
        d().findElement(By.partialLinkText("Continue your referral about Rosalind Brightwaterly")).click();
        expectHeading("Your concern");
        type("concern", "Rosalind told her teacher she is frightened to go home because of shouting and fighting.");
        d().findElement(By.id("categories-DOMESTIC_ABUSE")).click();
        click(CONTINUE);
        expectHeading("The family");
        accessible();
        d().findElement(By.id("familyKnows")).click();
        d().findElement(By.id("familyConsents")).click();
        d().findElement(By.id("earlyHelpAssessment-no")).click();
        click(CONTINUE);
        expectHeading("About you");
        accessible();
        assertThat(d().findElement(By.id("referrerName")).getAttribute("value")).isEqualTo("Avery Hughes");
        type("referrerEmail", "dsl@oakfield.example");
        click(CONTINUE);
        expectHeading("Check your answers");
        assertThat(d().findElement(By.tagName("main")).getText()).contains("Rosalind Brightwaterly, Tobias Brightwaterly, Felix Brightwaterly",
                "frightened to go home");
        accessible();
        click(CONTINUE);
        waitFor(By.cssSelector(".govuk-panel__title"));
        assertThat(d().findElement(By.cssSelector(".govuk-panel__title")).getText()).isEqualTo("Referral sent");
        assertThat(d().findElement(By.tagName("main")).getText()).contains("Rosalind Brightwaterly", "Received: awaiting a decision");
        accessible();
    }

    @Test
    void aContactOfficerLogsACallForAKnownChildWithAnOpenCase() {
        long child = TestChildren.register(people, "Cordelia", "Fenwickshaw", java.time.LocalDate.of(2016, 6, 1));
        PersonRecord record = people.find(child).orElseThrow();
        caseWork.openCase(Actor.SYSTEM, child, CaseKind.CHILD_IN_NEED, Instant.parse("2026-11-02T09:00:00Z"),
                users.findByUsername("social-worker").orElseThrow().id(), null);
        Browser.signIn(baseUrl(), "contact-officer");
        d().findElement(By.linkText("MASH queue")).click();
        expectHeading("MASH queue");
        accessible();
        d().findElement(By.linkText("Record a contact")).click();
        expectHeading("Record a contact");
        accessible();
        d().findElement(By.id("channel")).click();
        type("referrerName", "Jo Neighbour");
        new org.openqa.selenium.support.ui.Select(d().findElement(By.id("sourceCode"))).selectByValue("1B");
        type("child1Given", "Cordelia");
        type("child1Family", "Fenwickshaw");
        type("child1Dob", "1/6/2016");
        type("concern", "Heard a child crying for hours late at night.");
        d().findElement(By.id("familyKnows-no")).click();
        click("main form button.govuk-button[type=submit]:last-of-type");
        // The known-child check: the register's match is shown first.
        assertThat(d().findElement(By.tagName("main")).getText()).contains("may already be known", record.displayName());
        accessible();
        d().findElement(By.id("child1Choice")).click();
        d().findElements(By.cssSelector("main form button.govuk-button")).get(0).click();
        assertThat(Browser.heading().getText()).startsWith("Contact about Cordelia Fenwickshaw");
        assertThat(d().findElement(By.tagName("main")).getText()).contains("This child has an open case");
        accessible();
        // The social worker has the task on the tray.
        Browser.signIn(baseUrl(), "social-worker");
        assertThat(d().findElement(By.id("tasks")).getText()).contains("New information about Cordelia Fenwickshaw");
        accessible();
    }

    @Test
    void aManagerScreensAndDecidesASiblingContactAndASocialWorkerIsRefused() {
        long a = TestChildren.register(people, "Bartholomew", "Quillingsworth", java.time.LocalDate.of(2014, 1, 9));
        long b = TestChildren.register(people, "Henrietta", "Quillingsworth", java.time.LocalDate.of(2017, 8, 19));
        String body = "{\"channel\":\"PHONE\",\"referrer\":{\"name\":\"Dr Lee Grant\",\"agency\":\"Riverside Surgery\",\"agencyType\":\"HEALTH\","
                + "\"email\":\"lee@riverside.example\"},\"sourceCode\":\"3A\",\"children\":[{\"personId\":" + a + "},{\"personId\":" + b + "}],"
                + "\"concern\":\"Both children missed appointments; mother appears very low.\"}";
        long contactId = as("contact-officer").post("/api/front-door/contacts", body).json().get("contactId").asLong();

        Browser.signIn(baseUrl(), "social-worker");
        d().get(baseUrl() + "/front-door/contacts/" + contactId);
        accessible();
        d().findElement(By.id("decision-" + a)).click();
        type("reason-" + a, "Advice only");
        d().findElement(By.xpath("//button[contains(., 'Record the decision for Bartholomew')]")).click();
        expectHeading("You do not have access");
        assertThat(d().findElement(By.tagName("main")).getText()).contains("Only a social-work-qualified manager");
        accessible();

        Browser.signIn(baseUrl(), "team-manager");
        d().get(baseUrl() + "/front-door/contacts/" + contactId);
        for (long child : new long[] {a, b}) {
            d().findElement(By.id("level-" + child + "-2")).click();
            d().findElement(By.id("indicators-" + child + "-L2-32")).click();
            type("rationale-" + child, "Parental low mood affecting care; needs can be met with early help.");
            d().findElement(By.xpath("//button[starts-with(., 'Save the level of need for') and contains(., '" + (child == a ? "Bartholomew" : "Henrietta") + "')]")).click();
        }
        accessible();
        d().findElement(By.id("decision-" + a + "-PASSED_TO_EARLY_HELP")).click();
        type("reason-" + a, "Level 2: family support through early help.");
        d().findElement(By.xpath("//button[contains(., 'Record the decision for Bartholomew')]")).click();
        assertThat(d().findElement(By.tagName("main")).getText()).contains("Decision recorded");
        // The second child: NFA without the required feedback shows errors linked to the fields.
        d().findElement(By.id("decision-" + b + "-NO_FURTHER_ACTION")).click();
        type("reason-" + b, "Younger sibling's needs met by universal services.");
        d().findElement(By.xpath("//button[contains(., 'Record the decision for Henrietta')]")).click();
        assertThat(d().findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("other sources of support");
        accessible();
        d().findElement(By.id("decision-" + b + "-NO_FURTHER_ACTION")).click();
        type("reason-" + b, "Younger sibling's needs met by universal services.");
        type("otherSupport-" + b, "Health visitor drop-in and the family hub");
        d().findElement(By.id("familyInformed-" + b)).click();
        d().findElement(By.xpath("//button[contains(., 'Record the decision for Henrietta')]")).click();
        String page = d().findElement(By.tagName("main")).getText();
        assertThat(page).contains("Passed to early help (level 2 or 3)", "No further action");
        accessible();
    }
}
