package uk.safeguard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.Browser;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;

/** The child and family assessment in a real browser (no JavaScript needed), with axe-core on every new page. */
class AssessmentBrowserTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;

    private static WebDriver d() {
        return Browser.driver();
    }

    private static void type(String id, String text) {
        var field = d().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void press(String buttonText) {
        Browser.clickAndWait(d().findElement(By.xpath("//main//button[normalize-space()=\"" + buttonText + "\"]")));
    }

    private static void accessible() {
        assertThat(Browser.seriousAccessibilityViolations()).as(d().getCurrentUrl()).isEmpty();
    }

    private static String main() {
        return d().findElement(By.tagName("main")).getText();
    }

    @Test
    void theWorkerStartsRecordsAVisitAndFactorsAndSubmitsThenTheManagerAuthorises() {
        long child = TestChildren.register(people, "Marnie", "Quillfeather", java.time.LocalDate.of(2017, 6, 3));
        TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), child);

        Browser.signIn(baseUrl(), "social-worker");
        d().get(baseUrl() + "/children/" + child);
        Browser.clickAndWait(d().findElement(By.partialLinkText("Start an assessment for the referral of 1 Dec 2026")));
        assertThat(Browser.headingText()).isEqualTo("Start an assessment");
        accessible();
        press("Start the assessment");
        assertThat(Browser.headingText()).isEqualTo("Child and family assessment: Marnie Quillfeather");
        Browser.awaitMain("Assessment started", "WT2023: 45 working days from the referral", "DfE measure: 45 working days from the start");
        accessible();

        // A visit: the child seen alone.
        type("seenOn", "1");
        type("seenOn-month", "12");
        type("seenOn-year", "2026");
        press("Record the child seen");
        Browser.awaitMain("There is a problem", "Say whether the child was seen alone");
        accessible();
        d().findElement(By.id("seenAlone")).click();
        press("Record the child seen");
        Browser.awaitMain("1 December 2026, seen alone");

        type("wishesAndFeelings", "I want to stay at my school.");
        press("Save the wishes and feelings");
        d().findElement(By.id("factor-3B")).click();
        d().findElement(By.id("factor-16A")).click();
        press("Save the factors");
        Browser.awaitMain("3B – Domestic abuse", "16A – Abuse or neglect");
        d().findElement(By.id("outcome-CHILD_IN_NEED_PLAN")).click();
        press("Save the outcome");
        type("analysis", "Mother is protective; a child in need plan will support the family.");
        press("Save the analysis");
        press("Submit for authorisation");
        Browser.awaitMain("Assessment submitted for authorisation");
        accessible();

        Browser.signIn(baseUrl(), "team-manager");
        d().get(baseUrl() + "/assessments/" + assessmentOf(r));
        Browser.clickAndWait(d().findElement(By.linkText("Authorise or return the assessment")));
        assertThat(Browser.headingText()).isEqualTo("Authorise the assessment");
        accessible();
        press("Authorise the assessment");
        Browser.awaitMain("Assessment authorised", "by Morgan Reid");
        accessible();
    }

    @Test
    void aLateCompletionNeedsTheReasonForTheDelay() {
        long child = TestChildren.register(people);
        TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        long id = as("social-worker").post("/api/referrals/" + r.referralId() + "/assessment", Map.of()).json().get("id").asLong();
        as("social-worker").put("/api/assessments/" + id, Map.of("analysis", "Needs met", "factors", List.of("21"), "outcome", "NO_FURTHER_ACTION"));
        as("social-worker").post("/api/assessments/" + id + "/child-seen", Map.of("seenOn", "2026-12-01", "seenAlone", false, "othersPresent", "Father"));
        // The 45th working day from 1 Dec 2026 falls after Christmas and New Year's Day; this is well past it.
        clock.set(LocalDateTime.of(2027, 2, 22, 10, 0));
        Browser.signIn(baseUrl(), "social-worker");
        d().get(baseUrl() + "/assessments/" + id);
        press("Submit for authorisation");
        Browser.awaitMain("There is a problem", "record the reason for the delay (WT2023 para 155)");
        accessible();
        type("lateReason", "The family were away for three weeks; the school report came late.");
        press("Submit for authorisation");
        Browser.awaitMain("Assessment submitted for authorisation", "Reason for the delay");

        Browser.signIn(baseUrl(), "team-manager");
        d().get(baseUrl() + "/assessments/" + id + "/authorisation");
        assertThat(main()).contains("The family were away for three weeks");
        press("Authorise the assessment");
        Browser.awaitMain("Assessment authorised");
    }

    private long assessmentOf(TestReferrals.Referral r) {
        return as("social-worker").get("/api/children/" + r.childId() + "/assessments").json().get(0).get("id").asLong();
    }
}
