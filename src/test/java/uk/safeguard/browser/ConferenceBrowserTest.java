package uk.safeguard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.conference.ConferenceFixtures;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.Browser;
import uk.safeguard.support.IntegrationTest;

/** Conferences and child protection plans in a real browser, with axe-core on every new page. */
class ConferenceBrowserTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    StatutoryClocks clocks;
    @Autowired
    UserDirectory users;

    ConferenceFixtures f;

    @BeforeEach
    void fixtures() {
        f = new ConferenceFixtures(people, clocks, jdbc, users, this::as);
    }

    private static WebDriver d() {
        return Browser.driver();
    }

    private void open(String path) {
        d().get(baseUrl() + path);
        Browser.headingText();
    }

    private static void type(String id, String text) {
        WebElement field = d().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void choose(String id, String value) {
        new Select(d().findElement(By.id(id))).selectByValue(value);
    }

    private static void submit(String buttonText) {
        WebElement button = d().findElements(By.cssSelector("main form button")).stream()
                .filter(b -> b.getText().equals(buttonText)).findFirst().orElseThrow();
        Browser.clickAndWait(button);
    }

    private static String main() {
        return new WebDriverWait(d(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(dr -> dr.findElement(By.tagName("main")).getText());
    }

    private static void accessible() {
        assertThat(Browser.seriousAccessibilityViolations()).as(d().getCurrentUrl()).isEmpty();
    }

    private ConferenceFixtures.Child childWithS47() {
        clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
        ConferenceFixtures.Child c = f.referred("social-worker");
        f.s47Started(c, LocalDateTime.of(2026, 11, 23, 10, 0));
        clock.set(LocalDateTime.of(2026, 11, 24, 9, 0));
        return c;
    }

    private void fillConference(String chairUsername) {
        choose("kind", "INITIAL");
        type("scheduledAt", "30/11/2026");
        type("scheduledTime", "10:00");
        type("venue", "Riverford Civic Centre");
        choose("chairId", String.valueOf(f.userId(chairUsername)));
        choose("invitees-0-type", "AGENCY");
        choose("invitees-0-agencyId", String.valueOf(f.agency("POLICE").id()));
        choose("invitees-1-type", "AGENCY");
        choose("invitees-1-agencyId", String.valueOf(f.agency("HEALTH").id()));
        type("invitees-1-email", "safeguarding@health.example");
        choose("invitees-2-type", "FAMILY");
        type("invitees-2-name", "Dana Parent");
    }

    @Test
    void a_conference_chaired_by_someone_independent_decides_a_plan_with_a_category() {
        ConferenceFixtures.Child c = childWithS47();
        Browser.signIn(baseUrl(), "social-worker");
        open("/children/" + c.childId());
        Browser.clickAndWait(d().findElement(By.linkText("Schedule a child protection conference")));
        assertThat(Browser.headingText()).isEqualTo("Schedule a child protection conference");
        assertThat(main()).contains("Initial child protection conference due by 14 December 2026");
        accessible();
        fillConference("conference-chair");
        submit("Schedule the conference");
        assertThat(Browser.headingText()).isEqualTo("Initial child protection conference");
        assertThat(main()).contains("Jordan Ellis").contains("Riverford Police").contains("14 December 2026");
        accessible();
        String conference = d().getCurrentUrl();

        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        Browser.signIn(baseUrl(), "conference-chair");
        d().get(conference);
        Browser.headingText();
        accessible();
        choose("attendance-0-status", "ATTENDED");
        choose("attendance-1-status", "APOLOGIES");
        type("childViews", "Wants things to be calmer at home.");
        choose("decision", "PLAN");
        choose("category", "NEG");
        choose("leadBody", "LA");
        choose("leadSocialWorkerId", String.valueOf(f.userId("social-worker")));
        type("coreGroup-0-name", "Sam Okafor");
        submit("Record the outcome");
        assertThat(main()).contains("Child protection plan").contains("Neglect").contains("Attended").contains("Apologies");
        Browser.clickAndWait(d().findElement(By.linkText("Open the plan")));
        assertThat(Browser.headingText()).isEqualTo("Child protection plan");
        assertThat(main()).contains("Neglect").contains("First review conference").contains("28 February 2027");
        accessible();
    }

    @Test
    void a_chair_who_is_the_workers_manager_is_refused() {
        ConferenceFixtures.Child c = childWithS47();
        Browser.signIn(baseUrl(), "social-worker");
        open("/children/" + c.childId() + "/conferences/new");
        fillConference("team-manager");
        submit("Schedule the conference");
        WebElement summary = new WebDriverWait(d(), Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-error-summary")));
        assertThat(summary.getText()).contains("Morgan Reid manages Sam Okafor").contains("independent");
        assertThat(d().findElement(By.id("venue")).getAttribute("value")).isEqualTo("Riverford Civic Centre");
        accessible();
    }

    @Test
    void a_core_group_and_a_review() {
        ConferenceFixtures.Child c = childWithS47();
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        long planId = f.icpcWithPlan(c, LocalDateTime.of(2026, 11, 30, 10, 0), "NEG");
        clock.set(LocalDateTime.of(2026, 12, 9, 16, 0));
        Browser.signIn(baseUrl(), "social-worker");
        open("/cp-plans/" + planId);
        type("cg-metOn", "9/12/2026");
        type("cg-attendees-0-name", "Sam Okafor");
        type("cg-attendees-0-agency", "Children's Services");
        type("cg-absenteeViews-0-name", "Jamie Collins");
        type("cg-absenteeViews-0-agency", "Health");
        type("cg-absenteeViews-0-views", "Weight gain on track.");
        type("cg-decisions", "Weekly visits; nursery place.");
        submit("Record the core group");
        assertThat(main()).contains("Core group on 9 December 2026").contains("Jamie Collins: Weight gain on track.");
        assertThat(main()).doesNotContain("First core group meeting");
        accessible();

        Browser.clickAndWait(d().findElement(By.linkText("Schedule a review conference")));
        assertThat(new Select(d().findElement(By.id("kind"))).getFirstSelectedOption().getText()).isEqualTo("Review child protection conference");
        // The previous conference's chair is suggested.
        assertThat(new Select(d().findElement(By.id("chairId"))).getFirstSelectedOption().getText()).startsWith("Jordan Ellis");
        type("scheduledAt", "9/12/2026");
        type("scheduledTime", "14:00");
        type("venue", "Riverford Civic Centre");
        submit("Schedule the conference");
        assertThat(Browser.headingText()).isEqualTo("Review child protection conference");
        String review = d().getCurrentUrl();

        Browser.signIn(baseUrl(), "conference-chair");
        d().get(review);
        Browser.headingText();
        choose("decision", "CHANGE");
        choose("category", "EMO");
        submit("Record the outcome");
        assertThat(main()).contains("every child in the household is considered");
        type("household-" + c.childId(), "Considered; proceedings not needed now.");
        choose("category", "EMO");
        choose("decision", "CHANGE");
        submit("Record the outcome");
        assertThat(main()).contains("Emotional Abuse").contains("Considered; proceedings not needed now.");
        accessible();
        open("/cp-plans/" + planId);
        assertThat(d().findElement(By.id("latest-category")).getText()).isEqualTo("Emotional Abuse");
        assertThat(main()).contains("Changed at the review conference");
    }

    @Test
    void ending_a_plan_tells_every_agency_invited_to_the_initial_conference() {
        ConferenceFixtures.Child c = childWithS47();
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        long planId = f.icpcWithPlan(c, LocalDateTime.of(2026, 11, 30, 10, 0), "PHY");
        Browser.signIn(baseUrl(), "team-manager");
        open("/cp-plans/" + planId);
        accessible();
        submit("End the plan");
        assertThat(main()).contains("A child protection plan ends only for one of five reasons");
        choose("end-endReason", "NO_LONGER_AT_RISK");
        submit("End the plan");
        List<String> told = new WebDriverWait(d(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(dr -> dr.findElements(By.cssSelector("#end-notices tbody tr td:first-child")).stream().map(WebElement::getText).toList());
        // The initial conference invited police, health and Hillside Academy (ConferenceFixtures.invitees).
        assertThat(told).containsExactly("Riverford Police", "Riverford Community Health NHS Trust", "Hillside Academy");
        assertThat(main()).contains("No longer at risk of significant harm").contains("safeguarding@health.example");
        accessible();
    }
}
