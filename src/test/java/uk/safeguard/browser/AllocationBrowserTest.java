package uk.safeguard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.Actor;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.support.Browser;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.work.Allocations;
import uk.safeguard.work.CaseKind;
import uk.safeguard.work.CaseWork;

/**
 * Allocation in a real browser: the manager proposes the social worker on the case page, the worker agrees on their work
 * tray and records a significant visit; axe-core on the case page and the caseloads page.
 */
class AllocationBrowserTest extends IntegrationTest {
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
        var field = d().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Autowired
    Allocations allocations;

    @Test
    void theManagerProposesTheWorkerAgreesAndRecordsASignificantVisit() {
        long child = TestChildren.register(people);
        long caseId = caseWork.openCase(Actor.SYSTEM, child, CaseKind.CHILD_IN_NEED,
                LocalDateTime.of(2026, 11, 2, 9, 0).atZone(TimeConfiguration.LONDON).toInstant(), null, null).id();
        CurrentUser sam = users.findByUsername("social-worker").orElseThrow();

        Browser.signIn(baseUrl(), "team-manager");
        d().get(baseUrl() + "/cases/" + caseId);
        assertThat(Browser.headingText()).startsWith("Child in need case for");
        assertThat(Browser.seriousAccessibilityViolations()).as("case page").isEmpty();
        new Select(d().findElement(By.id("workerId"))).selectByValue(String.valueOf(sam.id()));
        Browser.clickAndWait(d().findElement(By.xpath("//button[normalize-space()='Propose allocation']")));
        Browser.awaitMain("The allocation is proposed", "proposed Sam Okafor");

        d().get(baseUrl() + "/team/caseloads");
        assertThat(Browser.headingText()).isEqualTo("Caseloads: Assessment Team 1");
        assertThat(Browser.seriousAccessibilityViolations()).as("caseloads page").isEmpty();

        Browser.signIn(baseUrl(), "social-worker");
        Browser.awaitMain("Allocation requests");
        assertThat(Browser.seriousAccessibilityViolations()).as("work tray with an allocation request").isEmpty();
        // Other requests (e.g. the demo data's) may be waiting too: agree to this case's.
        Browser.clickAndWait(d().findElement(By.cssSelector("#allocation-requests form[action*='/allocation-proposals/"
                + allocations.pendingFor(sam.id()).stream().filter(p -> p.caseId() == caseId).findFirst().orElseThrow().id()
                + "/agree'] button[type=submit]")));
        Browser.awaitMain("You are now the lead practitioner");
        assertThat(caseWork.openCasesFor(child)).singleElement().satisfies(c -> assertThat(c.workerName()).isEqualTo("Sam Okafor"));

        d().get(baseUrl() + "/cases/" + caseId);
        Browser.headingText();
        d().findElement(By.id("type")).click(); // Visit
        type("occurredAt", "30");
        type("occurredAt-month", "11");
        type("occurredAt-year", "2026");
        type("occurredAtTime", "15:30");
        type("text", "Home visit: both children seen, and seen alone; bedrooms seen.");
        d().findElement(By.id("significant")).click();
        Browser.clickAndWait(d().findElement(By.xpath("//button[normalize-space()='Save the note']")));
        Browser.awaitMain("The case note is saved", "Visit, 30 Nov 2026 15:30", "Significant event");
        assertThat(Browser.seriousAccessibilityViolations()).as("case page with a note").isEmpty();

        d().get(baseUrl() + "/children/" + child);
        Browser.awaitMain("Significant event (Visit)", "Changes of lead practitioner");
    }
}
