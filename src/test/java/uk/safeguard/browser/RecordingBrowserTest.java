package uk.safeguard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.audit.Actor;
import uk.safeguard.people.NewPerson;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonDetails;
import uk.safeguard.people.PersonKind;
import uk.safeguard.support.Browser;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;

/** Recording in a real browser: an alert with its evidence and contrary evidence on the child's page; axe on every page. */
class RecordingBrowserTest extends IntegrationTest {
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

    private static void submit(String buttonText) {
        Browser.clickAndWait(d().findElement(By.xpath("//button[normalize-space()='" + buttonText + "']")));
    }

    private static void accessible() {
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void anAlertOnAParentWithEvidenceAndContraryEvidenceShowsOnTheChildsPage() throws Exception {
        long child = TestChildren.register(people);
        long parent = people.register(Actor.SYSTEM, new NewPerson(new PersonDetails(PersonKind.ADULT, "Rowan", "Browserparent",
                java.time.LocalDate.of(1988, 5, 5), null, null, null, null, null, null, null, false, List.of())));
        people.createHousehold(Actor.SYSTEM, "Home", List.of(child, parent), java.time.LocalDate.of(2025, 6, 1));

        Browser.signIn(baseUrl(), "social-worker");
        d().get(baseUrl() + "/people/" + parent + "/alerts");
        assertThat(Browser.headingText()).isEqualTo("Alerts");
        accessible();

        // a mistake first: the error summary, then the corrected form
        d().findElement(By.id("labelType-RISK_TO_STAFF")).click();
        type("evidence", "Threatened the duty worker by phone on 26 Nov 2026 (call recording kept)");
        submit("Raise the alert");
        Browser.awaitMain("There is a problem", "Enter a review date");
        accessible();
        type("reviewDate", "1/3/2027");
        submit("Raise the alert");
        Browser.awaitMain("Alert raised", "Risk to staff", "Threatened the duty worker");
        accessible();

        d().findElement(By.xpath("//summary[contains(., 'Add contrary evidence')]")).click();
        String alertId = d().findElement(By.cssSelector("[id^=alert-]")).getAttribute("id").substring("alert-".length());
        type("givenBy-" + alertId, "the mother");
        type("evidence-" + alertId, "The call came from another number: phone company letter");
        submit("Add contrary evidence");
        Browser.awaitMain("Contrary evidence recorded", "Contested", "phone company letter");
        accessible();

        d().get(baseUrl() + "/children/" + child);
        Browser.awaitMain("Alerts", "Risk to staff (Rowan Browserparent, in the household)", "contested: the mother",
                "phone company letter", "Documents and challenges");
        accessible();

        // documents: upload a file through the form
        d().get(baseUrl() + "/children/" + child + "/documents");
        assertThat(Browser.headingText()).isEqualTo("Documents");
        accessible();
        Path pdf = Files.createTempFile("visit", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n%%EOF\n");
        d().findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        type("title", "Visit record");
        submit("Upload the document");
        Browser.awaitMain("Document uploaded", "Visit record", "Not scanned");
        accessible();
        Files.deleteIfExists(pdf);

        // challenges: pick the chronology entry from the list
        d().get(baseUrl() + "/children/" + child + "/challenges");
        assertThat(Browser.headingText()).isEqualTo("Challenges to the record");
        accessible();
        new org.openqa.selenium.support.ui.Select(d().findElement(By.id("eventId"))).selectByIndex(1);
        type("challengerName", "Rowan Browserparent");
        type("relationship", "father");
        type("whatIsWrong", "The document was uploaded to the wrong child");
        new org.openqa.selenium.support.ui.Select(d().findElement(By.id("ownerId"))).selectByVisibleText("Sam Okafor (Social worker, Assessment Team 1)");
        type("dueDate", "15/12/2026");
        submit("Record the challenge");
        Browser.awaitMain("Challenge recorded", "Challenge by Rowan Browserparent (father)");
        accessible();
    }
}
