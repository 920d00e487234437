package uk.safeguard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.audit.Actor;
import uk.safeguard.notify.NewNotification;
import uk.safeguard.notify.Notifications;
import uk.safeguard.support.Browser;
import uk.safeguard.support.IntegrationTest;

/** The outbox in a real browser, from the header link to a message in full, with axe-core on each page. */
class OutboxBrowserTest extends IntegrationTest {
    @Autowired
    Notifications notifications;

    @Test
    void managerOpensTheOutboxFromTheHeaderAndReadsAMessage() throws Exception {
        notifications.send(Actor.SYSTEM, new NewNotification("Dr Kim Okafor", "k.okafor@example.org", "Outcome of your referral",
                "Dear Dr Okafor,\nWe have completed our enquiries.", null, "contact outbox-browser"));
        WebDriver driver = Browser.driver();
        Browser.signIn(baseUrl(), "team-manager");
        driver.findElement(By.linkText("Outbox")).click();
        Browser.awaitMain("No e-mail server is configured");
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();
        driver.findElement(By.linkText("Outcome of your referral")).click();
        Browser.awaitMain("Back to the outbox", "We have completed our enquiries.");
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();
    }
}
