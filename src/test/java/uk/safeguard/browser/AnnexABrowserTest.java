package uk.safeguard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import uk.safeguard.support.Browser;
import uk.safeguard.support.IntegrationTest;

/** The statutory returns index and the Annex A form in a real browser, with axe-core on each page. */
class AnnexABrowserTest extends IntegrationTest {

    private static WebDriver d() {
        return Browser.driver();
    }

    @Test
    void aPerformanceAnalystFindsAnnexAAndAMistakeIsExplained() {
        Browser.signIn(baseUrl(), "performance-analyst");
        d().get(baseUrl() + "/returns");
        assertThat(Browser.headingText()).isEqualTo("Statutory returns");
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();

        Browser.clickAndWait(d().findElement(By.linkText("Ofsted Annex A")));
        assertThat(Browser.headingText()).isEqualTo("Ofsted Annex A");
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();
        assertThat(d().findElement(By.id("months")).isSelected()).isTrue();

        d().findElement(By.id("end")).clear();
        d().findElement(By.id("end")).sendKeys("31");
        d().findElement(By.id("end-month")).clear();
        d().findElement(By.id("end-month")).sendKeys("2");
        Browser.clickAndWait(d().findElement(By.cssSelector("form button.govuk-button")));

        Browser.awaitMain("There is a problem", "Enter the date the period ends on as a real date");
        assertThat(d().findElement(By.id("end")).getAttribute("value")).isEqualTo("31");
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();
    }
}
