package uk.safeguard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import uk.safeguard.support.Browser;
import uk.safeguard.support.IntegrationTest;

/** The indicator settings pages in a real browser, from the header link, with axe-core on each page. */
class IndicatorSettingsBrowserTest extends IntegrationTest {

    @Test
    void anAdministratorChangesATargetFromTheHeaderLinkAndSeesTheErrorThenTheChange() {
        WebDriver driver = Browser.driver();
        Browser.signIn(baseUrl(), "admin");
        try {
            Browser.clickAndWait(driver.findElement(By.linkText("Indicator targets")));
            Browser.awaitMain("Indicator targets and thresholds", "Average caseload per worker");
            assertThat(Browser.seriousAccessibilityViolations()).isEmpty();

            Browser.clickAndWait(driver.findElement(By.cssSelector("a[href='/admin/indicators/caseload-per-worker']")));
            Browser.awaitMain("Average caseload per worker", "Better when");
            assertThat(Browser.seriousAccessibilityViolations()).isEmpty();

            driver.findElement(By.id("target")).clear();
            driver.findElement(By.id("target")).sendKeys("16");
            driver.findElement(By.id("amberFrom")).clear();
            driver.findElement(By.id("amberFrom")).sendKeys("12");
            Browser.clickAndWait(driver.findElement(By.cssSelector("form button[type=submit].govuk-button:not(.govuk-button--secondary)")));
            Browser.awaitMain("There is a problem", "must be at or above the target");
            assertThat(driver.findElement(By.id("amberFrom")).getAttribute("value")).isEqualTo("12");
            assertThat(Browser.seriousAccessibilityViolations()).isEmpty();

            driver.findElement(By.id("amberFrom")).clear();
            driver.findElement(By.id("amberFrom")).sendKeys("19");
            Browser.clickAndWait(driver.findElement(By.cssSelector("form button[type=submit].govuk-button:not(.govuk-button--secondary)")));
            Browser.awaitMain("Average caseload per worker: settings changed");
            assertThat(Browser.seriousAccessibilityViolations()).isEmpty();
        } finally {
            as("admin").put("/api/indicators/settings", Map.of("indicators", List.of(Map.of("id", "caseload-per-worker", "reset", true))));
        }
    }
}
