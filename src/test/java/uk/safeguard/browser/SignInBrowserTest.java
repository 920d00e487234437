package uk.safeguard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.safeguard.support.Browser;
import uk.safeguard.support.IntegrationTest;

class SignInBrowserTest extends IntegrationTest {

    @Test
    void signInPageIsAccessibleAndWrongPasswordsAreExplained() {
        var driver = Browser.driver();
        driver.manage().deleteAllCookies();
        driver.get(baseUrl() + "/sign-in");
        assertThat(Browser.headingText()).isEqualTo("Sign in to Safeguard");
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();

        driver.findElement(By.id("username")).sendKeys("social-worker");
        driver.findElement(By.id("password")).sendKeys("not-the-password");
        Browser.clickAndWait(driver.findElement(By.cssSelector("button.govuk-button")));
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("Enter a correct user name and password");
    }

    @Test
    void signedInUserLandsOnTheirWorkTrayAndCanSignOut() {
        Browser.signIn(baseUrl(), "social-worker");
        var driver = Browser.driver();
        assertThat(Browser.headingText()).isEqualTo("Work tray");
        assertThat(driver.findElement(By.tagName("header")).getText()).contains("Sam Okafor");
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();

        Browser.clickAndWait(driver.findElement(By.cssSelector("header form button")));
        assertThat(driver.getCurrentUrl()).contains("/sign-in");
        assertThat(driver.getPageSource()).contains("You have signed out");
    }

    @Test
    void anUnknownPageIsAPlainGovukPageNotFound() {
        Browser.signIn(baseUrl(), "social-worker");
        Browser.driver().get(baseUrl() + "/no-such-page");
        assertThat(Browser.headingText()).isEqualTo("Page not found");
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();
    }
}
