package uk.safeguard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.people.DemoFamilies;
import uk.safeguard.support.Browser;
import uk.safeguard.support.IntegrationTest;

/** axe-core (WCAG 2.2 A and AA) over the foundation's other pages: no serious or critical violations. */
class AccessibilityBrowserTest extends IntegrationTest {
    @Autowired
    DemoFamilies families;

    @Test
    void peoplePagesHaveNoSeriousViolations() {
        long adult = families.family(4).stream().filter(m -> !m.role().contains("child")).findFirst().orElseThrow().personId();
        Browser.signIn(baseUrl(), "team-manager");
        for (String path : new String[] {"/", "/people/" + adult, "/people/" + adult + "/edit", "/people/new"}) {
            Browser.driver().get(baseUrl() + path);
            assertThat(Browser.seriousAccessibilityViolations()).as(path).isEmpty();
        }
    }

    @Test
    void bankHolidayAdministrationHasNoSeriousViolations() {
        Browser.signIn(baseUrl(), "admin");
        Browser.driver().get(baseUrl() + "/admin/calendar");
        assertThat(Browser.headingText()).containsIgnoringCase("bank holidays");
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void userAdministrationHasNoSeriousViolations() {
        Browser.signIn(baseUrl(), "admin");
        for (String path : new String[] {"/admin/users", "/admin/users/social-worker/password"}) {
            Browser.driver().get(baseUrl() + path);
            assertThat(Browser.seriousAccessibilityViolations()).as(path).isEmpty();
        }
        Browser.driver().get(baseUrl() + "/admin/users");
        Browser.clickAndWait(Browser.driver().findElement(org.openqa.selenium.By.xpath("//button[normalize-space()='Create user']")));
        assertThat(Browser.driver().getPageSource()).contains("There is a problem");
        assertThat(Browser.seriousAccessibilityViolations()).as("create form with errors").isEmpty();
    }
}
