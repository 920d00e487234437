package uk.safeguard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.people.DemoFamilies;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonRecord;
import uk.safeguard.support.Browser;
import uk.safeguard.support.IntegrationTest;

/**
 * The foundation journey in a real browser: sign in, search, register a child (warned of a likely duplicate),
 * open the child's page with its chronology, and — as a manager — see who has viewed it. axe-core checks each page.
 */
class ChildJourneyBrowserTest extends IntegrationTest {
    @Autowired
    DemoFamilies families;

    @Autowired
    PeopleRegister people;

    /** Clicks and waits until the browser has left the current page, so the next check reads the new one. */
    private static void clickAndWait(org.openqa.selenium.WebElement element) {
        org.openqa.selenium.WebElement page = Browser.driver().findElement(By.tagName("html"));
        element.click();
        new org.openqa.selenium.support.ui.WebDriverWait(Browser.driver(), java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }

    @Test
    void socialWorkerSearchesRegistersAChildDespiteALikelyDuplicateAndAManagerSeesTheViewLog() {
        PersonRecord existing = people.find(families.family(7).stream().filter(m -> m.role().equals("child"))
                .findFirst().orElseThrow().personId()).orElseThrow();
        WebDriver driver = Browser.driver();
        Browser.signIn(baseUrl(), "social-worker");

        // Search, with a typo in the family name: the register still finds the child.
        clickAndWait(driver.findElement(By.linkText("People")));
        assertThat(Browser.heading().getText()).isEqualTo("Find a person");
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();
        String given = existing.currentName().givenNames();
        String family = existing.currentName().familyName();
        driver.findElement(By.id("name")).sendKeys(given + " " + typo(family));
        clickAndWait(driver.findElement(By.cssSelector("main form button.govuk-button")));
        assertThat(driver.findElement(By.tagName("main")).getText()).as("searching for " + given + " " + typo(family))
                .contains(existing.displayName());
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();

        // Register a child with the same name and date of birth: warned first, then registered anyway.
        clickAndWait(driver.findElement(By.linkText("Register a new person")));
        assertThat(Browser.heading().getText()).isEqualTo("Register a person");
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();
        driver.findElement(By.id("kind")).click();
        driver.findElement(By.id("givenNames")).sendKeys(given);
        driver.findElement(By.id("familyName")).sendKeys(family);
        driver.findElement(By.id("dateOfBirth-day")).sendKeys(String.valueOf(existing.dateOfBirth().getDayOfMonth()));
        driver.findElement(By.id("dateOfBirth-month")).sendKeys(String.valueOf(existing.dateOfBirth().getMonthValue()));
        driver.findElement(By.id("dateOfBirth-year")).sendKeys(String.valueOf(existing.dateOfBirth().getYear()));
        clickAndWait(driver.findElement(By.cssSelector("main form button.govuk-button")));
        assertThat(Browser.heading().getText()).isEqualTo("This person may already be registered");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(existing.displayName());
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();
        clickAndWait(driver.findElement(By.xpath("//button[contains(., 'register anyway')]")));

        // The new child's page: details, and a chronology that already records the registration.
        assertThat(driver.getCurrentUrl()).matches(".*/children/\\d+\\?registered");
        long newChild = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/children/(\\d+).*", "$1"));
        assertThat(newChild).isNotEqualTo(existing.id());
        assertThat(Browser.heading().getText()).isEqualTo(existing.displayName());
        assertThat(driver.findElement(By.id("chronology")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Sam Okafor");
        assertThat(driver.findElements(By.id("views"))).as("a social worker does not see the view log").isEmpty();
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();

        // A demo child with a running case: clocks with their reasons, and open work.
        long onPlan = families.family(3).stream().filter(m -> m.role().equals("child")).findFirst().orElseThrow().personId();
        driver.get(baseUrl() + "/children/" + onPlan);
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("First child protection review", "Child protection", "Sam Okafor");
        assertThat(driver.findElements(By.xpath("//h2[@id='clocks']/following-sibling::table[1]/tbody/tr/td/strong"))
                .stream().map(e -> e.getText()).distinct().toList())
                .as("the first table holds only clocks still running").isNotEmpty().isSubsetOf("running", "overdue");
        driver.findElement(By.cssSelector("#main-content details summary")).click();
        assertThat(driver.findElement(By.cssSelector("#main-content details")).getText()).contains("met");
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();

        // The manager sees who has viewed the new child's record.
        Browser.signIn(baseUrl(), "team-manager");
        driver.get(baseUrl() + "/children/" + newChild);
        String views = driver.findElement(By.xpath("//h2[@id='views']/following-sibling::table[1]")).getText();
        assertThat(views).contains("Sam Okafor").contains("Morgan Reid");
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void aPartnerOpeningAnUnlinkedChildSeesAPlainNoAccessPage() {
        long notLinked = families.family(5).stream().filter(m -> m.role().equals("child")).findFirst().orElseThrow().personId();
        Browser.signIn(baseUrl(), "police-officer");
        Browser.driver().get(baseUrl() + "/children/" + notLinked);
        assertThat(Browser.heading().getText()).isEqualTo("You do not have access");
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();
    }

    /** Swaps two letters in the middle of a name: a realistic slip of the keyboard. */
    private static String typo(String name) {
        if (name.length() < 4) {
            return name + "e";
        }
        char[] c = name.toCharArray();
        char t = c[2];
        c[2] = c[3];
        c[3] = t;
        return new String(c);
    }
}
