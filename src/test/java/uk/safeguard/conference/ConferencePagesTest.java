package uk.safeguard.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.WebSession;

/** The conference pages without JavaScript: forms with blank rows, errors shown with the typed input kept. */
class ConferencePagesTest extends IntegrationTest {
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

    @Test
    void schedule_hold_and_follow_a_plan_through_the_pages() {
        clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
        ConferenceFixtures.Child c = f.referred("social-worker");
        f.s47Started(c, LocalDateTime.of(2026, 11, 23, 10, 0));
        clock.set(LocalDateTime.of(2026, 11, 24, 9, 0));

        WebSession sw = WebSession.signIn(baseUrl(), "social-worker");
        HttpResponse<String> child = sw.get("/children/" + c.childId());
        assertThat(child.body()).contains("Child protection").contains("Schedule a child protection conference");
        HttpResponse<String> form = sw.get("/children/" + c.childId() + "/conferences/new");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Initial child protection conference due by 14 December 2026")
                .contains("at which the section 47 enquiry began");

        Map<String, String> fields = new HashMap<>();
        fields.put("kind", "INITIAL");
        fields.put("scheduledAt", "30/11/2026");
        fields.put("scheduledTime", "10:00");
        fields.put("venue", "Civic Centre");
        fields.put("chairId", String.valueOf(f.userId("team-manager")));
        fields.put("invitees-0-type", "AGENCY");
        fields.put("invitees-0-agencyId", String.valueOf(f.agency("POLICE").id()));
        fields.put("invitees-1-type", "AGENCY");
        fields.put("invitees-1-agency", "Hillside Academy");
        HttpResponse<String> refused = sw.post("/children/" + c.childId() + "/conferences/new", fields);
        assertThat(refused.body()).contains("There is a problem").contains("manages Sam Okafor").contains("Hillside Academy");

        sw.get("/children/" + c.childId() + "/conferences/new");
        fields.put("chairId", String.valueOf(f.userId("conference-chair")));
        HttpResponse<String> scheduled = sw.post("/children/" + c.childId() + "/conferences/new", fields);
        assertThat(scheduled.uri().getPath()).startsWith("/conferences/");
        assertThat(scheduled.body()).contains("Initial child protection conference").contains("Jordan Ellis").contains("Riverford Police");
        String conference = scheduled.uri().getPath();
        HttpResponse<String> papers = sw.post(conference + "/papers-sent", Map.of("papersSentOn", "24/11/2026"));
        assertThat(papers.body()).contains("6 days before the conference");
        assertThat(papers.body()).doesNotContain("Record the outcome");

        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        WebSession chair = WebSession.signIn(baseUrl(), "conference-chair");
        HttpResponse<String> page = chair.get(conference);
        assertThat(page.body()).contains("Record the outcome").contains("value=\"Riverford Police\"");
        Map<String, String> outcome = new HashMap<>();
        outcome.put("attendance-0-agency", "Riverford Police");
        outcome.put("attendance-0-status", "ATTENDED");
        outcome.put("decision", "PLAN");
        outcome.put("leadBody", "LA");
        outcome.put("leadSocialWorkerId", String.valueOf(f.userId("social-worker")));
        outcome.put("childViews", "Wants things to be calmer at home.");
        HttpResponse<String> noCategory = chair.post(conference + "/outcome", outcome);
        assertThat(noCategory.body()).contains("There is a problem").contains("needs a category of abuse")
                .contains("Wants things to be calmer at home.");
        outcome.put("category", "NEG");
        HttpResponse<String> held = chair.post(conference + "/outcome", outcome);
        assertThat(held.body()).contains("Child protection plan").contains("Neglect").contains("Open the plan");

        String planPath = held.body().replaceAll("(?s).*href=\"(/cp-plans/\\d+)\".*", "$1");
        HttpResponse<String> plan = sw.get(planPath);
        assertThat(plan.body()).contains("Child protection plan").contains("First review conference").contains("28 February 2027");
        HttpResponse<String> badAction = sw.post(planPath + "/actions", Map.of("act-actions-0-agency", "Health", "act-actions-0-what", "Dental check"));
        assertThat(badAction.body()).contains("There is a problem").contains("Enter who will do it").contains("Dental check");
        HttpResponse<String> action = sw.post(planPath + "/actions", Map.of("act-actions-0-agency", "Health", "act-actions-0-what", "Dental check",
                "act-actions-0-who", "Health visitor", "act-actions-0-byWhen", "15/1/2027", "act-actions-0-measure", "Dentist's letter"));
        assertThat(action.body()).contains("Dental check").contains("1 action added or changed");
        HttpResponse<String> visit = sw.post(planPath + "/visits", Map.of("visit-visitedAt", "1/12/2026", "visit-visitedTime", "08:30",
                "visit-seen", "true", "visit-seenAlone", "true"));
        assertThat(visit.body()).contains("1 December 2026 08:30");
        assertThat(sw.get("/children/" + c.childId()).body()).contains("Neglect");

        WebSession police = WebSession.signIn(baseUrl(), "police-officer");
        assertThat(police.get(planPath).statusCode()).isEqualTo(403);
        assertThat(police.get("/children/" + c.childId() + "/conferences/new").statusCode()).isEqualTo(403);
    }
}
