package uk.safeguard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.Browser;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;

/** Adding a relationship and a household in a real browser, with axe-core on every step. */
class FamilyFormsBrowserTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;

    @Test
    void socialWorkerFindsTheOtherPersonPicksThemAndCreatesAHousehold() {
        long child = TestChildren.register(people, "Poppy", "Treloar", LocalDate.of(2019, 9, 9));
        long father = TestChildren.register(people, "Jago", "Treloar", LocalDate.of(2009, 1, 2));
        WebDriver driver = Browser.driver();
        Browser.signIn(baseUrl(), "social-worker");

        driver.get(baseUrl() + "/people/" + child);
        Browser.clickAndWait(driver.findElement(By.linkText("Add a relationship")));
        Browser.awaitMain("Find the other person");
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();
        driver.findElement(By.id("name")).sendKeys("Treloar Jago");
        Browser.clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Search']")));
        Browser.awaitMain("Record the relationship", "Jago Treloar");
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();
        Browser.clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Add relationship']")));
        Browser.awaitMain("There is a problem", "Choose the other person from the results");
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();
        driver.findElement(By.cssSelector("input[type=radio][value='" + father + "']")).click();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("type"))).selectByValue("PARENT");
        driver.findElement(By.id("parentalResponsibility")).click();
        Browser.clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Add relationship']")));
        Browser.awaitMain("Relationship added", "Jago Treloar");

        Browser.clickAndWait(driver.findElement(By.partialLinkText("Create a household with")));
        Browser.awaitMain("will be its first member");
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();
        driver.findElement(By.id("name")).sendKeys("3 Harbour Row");
        driver.findElement(By.id("from-day")).sendKeys("1");
        driver.findElement(By.id("from-month")).sendKeys("10");
        driver.findElement(By.id("from-year")).sendKeys("2019");
        Browser.clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Create household']")));
        Browser.awaitMain("Household created", "3 Harbour Row");
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();

        Browser.clickAndWait(driver.findElement(By.partialLinkText("Add someone to this household")));
        Browser.awaitMain("Find the person joining");
        driver.findElement(By.id("name")).sendKeys("Jago Treloar");
        Browser.clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Search']")));
        Browser.awaitMain("Who joins, and when");
        driver.findElement(By.cssSelector("input[type=radio][value='" + father + "']")).click();
        assertThat(Browser.seriousAccessibilityViolations()).isEmpty();
        Browser.clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Add to household']")));
        Browser.awaitMain("Added to the household");
        assertThat(people.householdsOf(father)).hasSize(1);
    }

}
