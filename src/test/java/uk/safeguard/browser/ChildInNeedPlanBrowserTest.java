package uk.safeguard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.Browser;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;

/**
 * A child in need plan in a real browser, without JavaScript help: start it from the child's page, add a need and an
 * action, record a visit (seen alone) and a review. axe-core checks every new page.
 */
class ChildInNeedPlanBrowserTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;

    private static WebDriver d() {
        return Browser.driver();
    }

    private static void type(String id, String text) {
        WebElement field = d().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void submit() {
        Browser.clickAndWait(d().findElement(By.cssSelector("main form button.govuk-button")));
    }

    private static void follow(String linkText) {
        Browser.clickAndWait(d().findElement(By.linkText(linkText)));
    }

    private static void accessible() {
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void aSocialWorkerStartsAPlanAddsANeedAndAnActionRecordsAVisitAndAReview() {
        long child = TestChildren.register(people);
        TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        Browser.signIn(baseUrl(), "social-worker");
        d().get(baseUrl() + "/children/" + child);
        Browser.headingText();
        accessible();

        // Start the plan (the start date defaults to today); a missing need is reported first.
        follow("Start a child in need plan");
        assertThat(Browser.headingText()).isEqualTo("Start a child in need plan");
        accessible();
        submit();
        Browser.awaitMain("There is a problem", "Enter at least one need the plan addresses");
        accessible();
        type("need-1", "Regular meals and getting to school on time");
        submit();
        assertThat(Browser.headingText()).isEqualTo("Child in need plan");
        Browser.awaitMain("Child in need plan started", "Regular meals", "1 Mar 2027");
        accessible();

        // A need.
        follow("Add a need");
        assertThat(Browser.headingText()).isEqualTo("Add a need");
        accessible();
        type("description", "Safe sleeping arrangements");
        submit();
        Browser.awaitMain("Need added", "Safe sleeping arrangements");

        // An action for a named person at the school.
        follow("Add an action");
        assertThat(Browser.headingText()).isEqualTo("Add an action");
        accessible();
        type("description", "Breakfast club place");
        type("ownerName", "Pat Lee");
        type("ownerAgency", "Oakfield Primary School");
        type("dueDate", "15");
        type("dueDate-month", "1");
        type("dueDate-year", "2027");
        submit();
        Browser.awaitMain("Action added", "Pat Lee (Oakfield Primary School)", "Not started");

        // Its progress.
        Browser.clickAndWait(d().findElement(By.partialLinkText("Update")));
        assertThat(Browser.headingText()).isEqualTo("Update an action");
        accessible();
        d().findElement(By.id("status-IN_PROGRESS")).click();
        type("progressNote", "Starts on Monday");
        submit();
        Browser.awaitMain("Action updated", "In progress", "Starts on Monday");

        // A visit: seen, and seen alone.
        clock.set(LocalDateTime.of(2026, 12, 1, 16, 0));
        follow("Record a visit");
        assertThat(Browser.headingText()).isEqualTo("Record a visit");
        accessible();
        type("visitedTime", "15:00");
        d().findElement(By.id("seen")).click();
        d().findElement(By.id("seenAlone")).click();
        type("withWhom", "Mother");
        type("location", "The family home");
        type("note", "Food in the fridge; the child showed me their bedroom.");
        submit();
        Browser.awaitMain("Visit recorded", "1 Dec 2026 15:00", "The family home");

        // A review two months on.
        clock.set(LocalDateTime.of(2027, 2, 1, 10, 0));
        follow("Record a review");
        assertThat(Browser.headingText()).isEqualTo("Record a review");
        accessible();
        type("attendees", "Sam Okafor (social worker), mother, Pat Lee (school)");
        type("progressSummary", "Attendance is up and meals are regular.");
        submit();
        Browser.awaitMain("There is a problem", "Choose the review");
        accessible();
        d().findElement(By.id("decision-CONTINUE")).click();
        submit();
        Browser.awaitMain("Review recorded", "Review on 1 Feb 2027", "Continue the plan", "1 May 2027");
        accessible();

        // The child's page shows the plan with its next review and last visit.
        follow("Back to the child's record");
        Browser.awaitMain("Child in need plan", "1 May 2027", "1 Dec 2026 15:00");
        accessible();
    }
}
