package uk.safeguard.childinneed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;
import uk.safeguard.support.WebSession;

/** The plan's pages through real HTTP with a signed-in session. */
class ChildInNeedPlanPagesTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;

    private TestReferrals.Referral referral() {
        return TestReferrals.refer(as("contact-officer"), as("team-manager"), TestChildren.register(people));
    }

    private static Map<String, String> date(String name, int day, int month, int year) {
        return Map.of(name + "-day", String.valueOf(day), name + "-month", String.valueOf(month), name + "-year", String.valueOf(year));
    }

    private static Map<String, String> form(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new HashMap<>(a);
        all.putAll(b);
        return all;
    }

    private long startThroughThePages(WebSession sw, TestReferrals.Referral r) {
        String child = sw.get("/children/" + r.childId()).body();
        assertThat(child).contains("Child in need plan", "Start a child in need plan", "/cases/" + r.caseId() + "/cin-plan/new");
        String path = "/cases/" + r.caseId() + "/cin-plan/new";
        assertThat(sw.get(path).body()).contains("Start a child in need plan", "name=\"startDate-day\" type=\"text\" inputmode=\"numeric\" value=\"1\"");
        HttpResponse<String> blank = sw.post(path, date("startDate", 1, 12, 2026));
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("There is a problem", "href=\"#need-1\"", "Enter at least one need the plan addresses");
        HttpResponse<String> future = sw.post(path, form(date("startDate", 2, 12, 2026), Map.of("need-1", "Regular meals")));
        assertThat(future.body()).contains("href=\"#startDate\"", "must be today or in the past", "Regular meals");
        HttpResponse<String> started = sw.post(path, form(date("startDate", 1, 12, 2026), Map.of("need-1", "Regular meals", "need-2", "School attendance")));
        assertThat(started.uri().getPath()).startsWith("/cin-plans/");
        assertThat(started.body()).contains("Child in need plan started", "Regular meals", "School attendance", "Next review due",
                "1 Mar 2027", "3 months after the plan&#39;s start or last review on 1 Dec 2026");
        return Long.parseLong(started.uri().getPath().substring("/cin-plans/".length()));
    }

    @Test
    void aSocialWorkerStartsAPlanFromTheChildsPageAndRecordsOnIt() {
        var r = referral();
        WebSession sw = WebSession.signIn(baseUrl(), "social-worker");
        long planId = startThroughThePages(sw, r);
        String p = "/cin-plans/" + planId;

        // The child's page now shows the open plan.
        String child = sw.get("/children/" + r.childId()).body();
        assertThat(child).contains("Next review due", "1 Mar 2027", "Open the child in need plan", "None recorded")
                .doesNotContain("Start a child in need plan");

        // A need.
        sw.get(p + "/needs/new");
        assertThat(sw.post(p + "/needs/new", Map.of("description", " ")).body()).contains("href=\"#description\"");
        assertThat(sw.post(p + "/needs/new", Map.of("description", "Safe sleep")).body()).contains("Need added", "Safe sleep");

        // An action: a named person needs their agency; the typed input comes back.
        assertThat(sw.get(p + "/actions/new").body()).contains("Sam Okafor");
        HttpResponse<String> noAgency = sw.post(p + "/actions/new", form(date("dueDate", 15, 1, 2027),
                Map.of("description", "Breakfast club place", "ownerName", "Pat Lee")));
        assertThat(noAgency.body()).contains("href=\"#ownerAgency\"", "Breakfast club place", "value=\"Pat Lee\"");
        HttpResponse<String> added = sw.post(p + "/actions/new", form(date("dueDate", 15, 1, 2027),
                Map.of("description", "Breakfast club place", "ownerName", "Pat Lee", "ownerAgency", "Oakfield Primary School")));
        assertThat(added.body()).contains("Action added", "Pat Lee (Oakfield Primary School)", "15 Jan 2027", "Not started");
        long actionId = as("social-worker").get("/api/cin-plans/" + planId).json().get("actions").get(0).get("id").asLong();

        // Its progress.
        assertThat(sw.get(p + "/actions/" + actionId).body()).contains("Update an action", "Breakfast club place");
        HttpResponse<String> notDone = sw.post(p + "/actions/" + actionId, Map.of("status", "NOT_DONE", "version", "0"));
        assertThat(notDone.body()).contains("href=\"#progressNote\"", "why the action was not done");
        HttpResponse<String> noStatus = sw.post(p + "/actions/" + actionId, Map.of("version", "0"));
        assertThat(noStatus.body()).contains("href=\"#status-NOT_STARTED\"");
        assertThat(sw.post(p + "/actions/" + actionId, Map.of("status", "IN_PROGRESS", "progressNote", "Starts Monday", "version", "0")).body())
                .contains("Action updated", "In progress", "Starts Monday");

        // A visit: seen alone only if seen.
        clock.set(LocalDateTime.of(2026, 12, 1, 16, 0));
        sw.get(p + "/visits/new");
        HttpResponse<String> alone = sw.post(p + "/visits/new", form(date("visitedOn", 1, 12, 2026),
                Map.of("visitedTime", "15:00", "seen", "false", "seenAlone", "true", "location", "Home")));
        assertThat(alone.body()).contains("href=\"#seenAlone\"", "cannot have been seen alone", "value=\"Home\"");
        HttpResponse<String> noTime = sw.post(p + "/visits/new", form(date("visitedOn", 1, 12, 2026), Map.of("seen", "false")));
        assertThat(noTime.body()).contains("href=\"#visitedTime\"");
        HttpResponse<String> visited = sw.post(p + "/visits/new", form(date("visitedOn", 1, 12, 2026),
                Map.of("visitedTime", "15:00", "seen", "true", "seenAlone", "true", "withWhom", "Mother", "location", "Home")));
        assertThat(visited.body()).contains("Visit recorded", "1 Dec 2026 15:00", "Mother");

        // A review.
        clock.set(LocalDateTime.of(2027, 2, 1, 10, 0));
        assertThat(sw.get(p + "/reviews/new").body()).contains("Record a review", "name=\"nextReviewDate-month\" type=\"text\" inputmode=\"numeric\" value=\"5\"");
        HttpResponse<String> noDecision = sw.post(p + "/reviews/new", form(date("reviewDate", 1, 2, 2027),
                Map.of("attendees", "Sam Okafor, mother", "progressSummary", "Better")));
        assertThat(noDecision.body()).contains("href=\"#decision-CONTINUE\"", "Sam Okafor, mother");
        HttpResponse<String> reviewed = sw.post(p + "/reviews/new", form(date("reviewDate", 1, 2, 2027),
                Map.of("attendees", "Sam Okafor, mother", "progressSummary", "Meals regular", "decision", "CONTINUE")));
        assertThat(reviewed.body()).contains("Review recorded", "Review on 1 Feb 2027", "Continue the plan", "1 May 2027");

        // The end.
        sw.get(p + "/end");
        assertThat(sw.post(p + "/end", form(date("endDate", 1, 2, 2027), Map.of("reason", "OTHER"))).body())
                .contains("href=\"#note\"");
        HttpResponse<String> ended = sw.post(p + "/end", form(date("endDate", 1, 2, 2027), Map.of("reason", "STEPPED_DOWN_TO_EARLY_HELP")));
        assertThat(ended.body()).contains("Child in need plan ended", "Stepped down to early help").doesNotContain("Record a visit");
        assertThat(sw.get(p + "/visits/new").statusCode()).isEqualTo(409);
    }

    @Test
    void othersMayReadButNotRecord() {
        var r = referral();
        WebSession sw = WebSession.signIn(baseUrl(), "social-worker");
        long planId = startThroughThePages(sw, r);

        WebSession officer = WebSession.signIn(baseUrl(), "contact-officer");
        assertThat(officer.get("/children/" + r.childId()).body()).contains("Open the child in need plan");
        String page = officer.get("/cin-plans/" + planId).body();
        assertThat(page).contains("Child in need plan", "Regular meals").doesNotContain("Add a need", "Record a visit");
        assertThat(officer.get("/cin-plans/" + planId + "/visits/new").statusCode()).isEqualTo(403);
        assertThat(officer.get("/cases/" + r.caseId() + "/cin-plan/new").statusCode()).isEqualTo(403);

        WebSession partner = WebSession.signIn(baseUrl(), "health-visitor");
        assertThat(partner.get("/cin-plans/" + planId).statusCode()).isEqualTo(403);
    }
}
