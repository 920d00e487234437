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

    private static org.openqa.selenium.support.ui.WebDriverWait waiting() {
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(d(), java.time.Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Waits for the page to show this heading (navigation can race the next lookup). */
    private static void expectHeading(String expected) {
        waiting().until(dr -> Browser.heading().getText().equals(expected));
        assertThat(Browser.heading().getText()).isEqualTo(expected);
    }

    private static void expectHeadingStartingWith(String prefix) {
        waiting().until(dr -> Browser.heading().getText().startsWith(prefix));
    }

    /** Clicks (usually a form's submit button) and waits until the browser has left the current page. */
    private static void clickAndWait(org.openqa.selenium.WebElement element) {
        org.openqa.selenium.WebElement page = d().findElement(By.tagName("html"));
        element.click();
        waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }

    private static void clickAndWait(String css) {
        clickAndWait(d().findElement(By.cssSelector(css)));
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
        clickAndWait(d().findElement(By.linkText("Refer a child")));
        expectHeading("Refer a child");
        accessible();
        clickAndWait(CONTINUE);
        expectHeading("About the child");
        accessible();
        clickAndWait(CONTINUE);   // nothing typed: errors, and the page still saved
        assertThat(d().findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter the child's given names");
        accessible();
        type("child1Given", "Rosalind");
        type("child1Family", "Brightwaterly");
        type("child1Dob", "14");          // GOV.UK date input: day, month, year
        type("child1Dob-month", "2");
        type("child1Dob-year", "2017");
        // Two brothers: "Add another child" twice (no JavaScript: the page is saved and shown again with a new block).
        clickAndWait("button[value=add-child]");
        waitFor(By.id("child2Given"));
        accessible();
        type("child2Given", "Tobias");
        type("child2Family", "Brightwaterly");
        clickAndWait("button[value=add-child]");
        waitFor(By.id("child3Given"));
        type("child3Given", "Felix");
        type("child3Family", "Brightwaterly");
        type("child3Dob", "31");
        type("child3Dob-month", "2");
        type("child3Dob-year", "2020");
        clickAndWait(CONTINUE);
        waitFor(By.cssSelector(".govuk-error-summary"));
        assertThat(d().findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("The date of birth must be a real date");
        accessible();
        type("child3Dob", "29");
        clickAndWait(CONTINUE);
        expectHeading("Adults involved");
        accessible();
        type("adult1Name", "Helen Brightwaterly");
        type("adult1Relationship", "mother");
        clickAndWait(CONTINUE);
        expectHeading("Your concern");
        accessible();
        type("concern", "Rosalind told her teacher she is frightened to go home because of shouting and fighting.");
        // Time out: sign out without pressing continue on this page, then sign back in and resume.
        Browser.signIn(baseUrl(), "school-dsl");
        d().get(baseUrl() + "/portal");
        clickAndWait(d().findElement(By.partialLinkText("Continue your referral about Rosalind Brightwaterly")));
        expectHeading("Your concern");
        type("concern", "Rosalind told her teacher she is frightened to go home because of shouting and fighting.");
        d().findElement(By.id("categories-DOMESTIC_ABUSE")).click();
        clickAndWait(CONTINUE);
        expectHeading("The family");
        accessible();
        d().findElement(By.id("familyKnows")).click();
        d().findElement(By.id("familyConsents")).click();
        d().findElement(By.id("earlyHelpAssessment-no")).click();
        clickAndWait(CONTINUE);
        expectHeading("About you");
        accessible();
        assertThat(d().findElement(By.id("referrerName")).getAttribute("value")).isEqualTo("Avery Hughes");
        type("referrerEmail", "dsl@oakfield.example");
        clickAndWait(CONTINUE);
        expectHeading("Check your answers");
        assertThat(d().findElement(By.tagName("main")).getText()).contains("Rosalind Brightwaterly, Tobias Brightwaterly, Felix Brightwaterly",
                "frightened to go home");
        accessible();
        clickAndWait(CONTINUE);
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
        clickAndWait(d().findElement(By.linkText("MASH queue")));
        expectHeading("MASH queue");
        accessible();
        clickAndWait(d().findElement(By.linkText("Record a contact")));
        expectHeading("Record a contact");
        accessible();
        d().findElement(By.id("channel")).click();
        type("referrerName", "Jo Neighbour");
        new org.openqa.selenium.support.ui.Select(d().findElement(By.id("sourceCode"))).selectByValue("1B");
        type("child1Given", "Cordelia");
        type("child1Family", "Fenwickshaw");
        type("child1Dob", "1");
        type("child1Dob-month", "6");
        type("child1Dob-year", "2016");
        type("concern", "Heard a child crying for hours late at night.");
        d().findElement(By.id("familyKnows-no")).click();
        clickAndWait("main form button.govuk-button[type=submit]:last-of-type");
        // The known-child check: the register's match is shown first.
        assertThat(d().findElement(By.tagName("main")).getText()).contains("may already be known", record.displayName());
        accessible();
        d().findElement(By.id("child1Choice")).click();
        clickAndWait(d().findElements(By.cssSelector("main form button.govuk-button")).get(0));
        expectHeadingStartingWith("Contact about Cordelia Fenwickshaw");
        assertThat(d().findElement(By.tagName("main")).getText()).contains("This child has an open case");
        accessible();
        // The social worker has the task on the tray.
        Browser.signIn(baseUrl(), "social-worker");
        waitFor(By.id("tasks"));
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
        expectHeadingStartingWith("Contact about Bartholomew");
        accessible();
        d().findElement(By.id("decision-" + a)).click();
        type("reason-" + a, "Advice only");
        clickAndWait(d().findElement(By.xpath("//button[contains(., 'Record the decision for Bartholomew')]")));
        expectHeading("You do not have access");
        assertThat(d().findElement(By.tagName("main")).getText()).contains("Only a social-work-qualified manager");
        accessible();

        Browser.signIn(baseUrl(), "team-manager");
        d().get(baseUrl() + "/front-door/contacts/" + contactId);
        expectHeadingStartingWith("Contact about Bartholomew");
        for (long child : new long[] {a, b}) {
            d().findElement(By.id("level-" + child + "-2")).click();
            d().findElement(By.id("indicators-" + child + "-L2-32")).click();
            type("rationale-" + child, "Parental low mood affecting care; needs can be met with early help.");
            clickAndWait(d().findElement(By.xpath("//button[starts-with(., 'Save the level of need for') and contains(., '"
                    + (child == a ? "Bartholomew" : "Henrietta") + "')]")));
        }
        accessible();
        d().findElement(By.id("decision-" + a + "-PASSED_TO_EARLY_HELP")).click();
        type("reason-" + a, "Level 2: family support through early help.");
        clickAndWait(d().findElement(By.xpath("//button[contains(., 'Record the decision for Bartholomew')]")));
        assertThat(d().findElement(By.tagName("main")).getText()).contains("Decision recorded");
        // The second child: NFA without the required feedback shows errors linked to the fields.
        d().findElement(By.id("decision-" + b + "-NO_FURTHER_ACTION")).click();
        type("reason-" + b, "Younger sibling's needs met by universal services.");
        clickAndWait(d().findElement(By.xpath("//button[contains(., 'Record the decision for Henrietta')]")));
        assertThat(d().findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("other sources of support");
        accessible();
        d().findElement(By.id("decision-" + b + "-NO_FURTHER_ACTION")).click();
        type("reason-" + b, "Younger sibling's needs met by universal services.");
        type("otherSupport-" + b, "Health visitor drop-in and the family hub");
        d().findElement(By.id("familyInformed-" + b)).click();
        clickAndWait(d().findElement(By.xpath("//button[contains(., 'Record the decision for Henrietta')]")));
        String page = d().findElement(By.tagName("main")).getText();
        assertThat(page).contains("Passed to early help (level 2 or 3)", "No further action");
        accessible();
    }

    @Test
    void theNewFrontDoorPagesWorkAndAreAccessible() {
        long child = TestChildren.register(people, "Wilhelmina", "Strathcarron", java.time.LocalDate.of(2015, 3, 3));
        long other = TestChildren.register(people, "Leopold", "Strathcarron", java.time.LocalDate.of(2012, 7, 7));
        String body = "{\"channel\":\"PHONE\",\"referrer\":{\"name\":\"Pat Caller\"},\"sourceCode\":\"1D\","
                + "\"children\":[{\"personId\":" + child + "}],\"concern\":\"Child seen alone at night.\"}";
        long contactId = as("contact-officer").post("/api/front-door/contacts", body).json().get("contactId").asLong();
        String path = "/api/front-door/contacts/" + contactId + "/children/" + child;
        as("team-manager").post(path + "/screening", java.util.Map.of("level", 3, "indicators", java.util.List.of("L3-06"), "rationale", "r"));
        long referralId = as("team-manager").post(path + "/decision", java.util.Map.of("decision", "REFERRAL_ACCEPTED", "reason", "Alone at night",
                "primaryNeed", "N1")).json().get("referralId").asLong();
        String body2 = body.replace("\"personId\":" + child, "\"personId\":" + other);
        long second = as("contact-officer").post("/api/front-door/contacts", body2).json().get("contactId").asLong();

        // The threshold document.
        Browser.signIn(baseUrl(), "social-worker");
        d().get(baseUrl() + "/front-door/threshold");
        expectHeading("Right Help Right Time: practitioners guide to determining need");
        accessible();
        // A consultation: errors first, then saved and listed.
        d().get(baseUrl() + "/front-door/consultations/new");
        expectHeading("Record a consultation");
        accessible();
        clickAndWait(CONTINUE);
        waitFor(By.cssSelector(".govuk-error-summary"));
        assertThat(d().findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter the name of the professional consulting");
        accessible();
        type("professionalName", "Sister Maeve Dunlop");
        type("professionalAgency", "Riverford Children's Hospital");
        type("concern", "Repeated attendances with minor burns");
        type("advice", "Refer to the MASH if there is another attendance");
        clickAndWait(CONTINUE);
        expectHeading("Consultations");
        assertThat(d().findElement(By.tagName("main")).getText()).contains("Sister Maeve Dunlop", "Riverford Children's Hospital");
        accessible();

        // The manager: acknowledgement and next steps on the referral.
        Browser.signIn(baseUrl(), "team-manager");
        d().get(baseUrl() + "/front-door/contacts/" + contactId);
        expectHeadingStartingWith("Contact about Wilhelmina");
        accessible();
        type("how-r" + referralId, "By phone to Pat Caller");
        clickAndWait(d().findElement(By.xpath("//button[contains(., 'Record the acknowledgement')]")));
        assertThat(d().findElement(By.tagName("main")).getText()).contains("Acknowledgement recorded", "By phone to Pat Caller");
        d().findElement(By.id("steps-r" + referralId + "-NO_FURTHER_ACTION")).click();
        type("rationale-r" + referralId, "Family support already in place");
        clickAndWait(d().findElement(By.xpath("//button[contains(., 'Record the next steps')]")));
        assertThat(d().findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Suggest other sources of support");
        accessible();
        // The answers are kept on the page with the errors.
        assertThat(d().findElement(By.id("steps-r" + referralId + "-NO_FURTHER_ACTION")).isSelected()).isTrue();
        type("otherSupport-r" + referralId, "The family hub");
        d().findElement(By.id("familyInformed-r" + referralId)).click();
        clickAndWait(d().findElement(By.xpath("//button[contains(., 'Record the next steps')]")));
        assertThat(d().findElement(By.tagName("main")).getText()).contains("Next steps recorded", "The family will be told");
        accessible();

        // Correcting the child on the other contact: search, then choose.
        d().get(baseUrl() + "/front-door/contacts/" + second);
        expectHeadingStartingWith("Contact about Leopold");
        d().findElement(By.cssSelector("details.govuk-details summary")).click();
        type("given-m" + other, "Wilhelmina");
        type("family-m" + other, "Strathcarron");
        clickAndWait(d().findElement(By.cssSelector("button[value=search]")));
        waitFor(By.id("person-m" + other));
        accessible();
        d().findElement(By.id("person-m" + other)).click();
        clickAndWait(d().findElement(By.cssSelector("button[value=choose]")));
        expectHeadingStartingWith("Contact about Wilhelmina Strathcarron");
        assertThat(d().findElement(By.tagName("main")).getText()).contains("Child corrected");
        accessible();
    }
}
