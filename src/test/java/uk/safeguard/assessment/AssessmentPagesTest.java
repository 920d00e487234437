package uk.safeguard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.audit.Actor;
import uk.safeguard.calendar.WorkingDayCalendar;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;
import uk.safeguard.support.WebSession;

/** The assessment's pages through real HTTP with a signed-in session (the browser test covers the main journey). */
class AssessmentPagesTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    WorkingDayCalendar calendar;

    private TestReferrals.Referral referral() {
        return TestReferrals.refer(as("contact-officer"), as("team-manager"), TestChildren.register(people));
    }

    private static long idFrom(HttpResponse<String> r) {
        String path = r.uri().getPath();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    @Test
    void aWorkerStartsFromTheChildsPageRecordsEachPartAndSubmitsThenTheManagerAuthorises() {
        TestReferrals.Referral r = referral();
        long sibling = TestChildren.register(people);
        people.createHousehold(Actor.SYSTEM, "Home", List.of(r.childId(), sibling), LocalDate.of(2021, 5, 1));
        WebSession worker = WebSession.signIn(baseUrl(), "social-worker");
        String child = worker.get("/children/" + r.childId()).body();
        String startLink = "/children/" + r.childId() + "/assessments/new?referral=" + r.referralId();
        assertThat(child).contains("Assessments", "Start an assessment for the referral of 1 Dec 2026", startLink);

        assertThat(worker.get(startLink).body()).contains("Start an assessment", "Which referral is it for?");
        HttpResponse<String> bad = worker.post("/children/" + r.childId() + "/assessments/new",
                Map.of("referral", String.valueOf(r.referralId()), "startDate-day", "30", "startDate-month", "11", "startDate-year", "2026"));
        assertThat(bad.body()).contains("There is a problem", "href=\"#startDate\"", "cannot be before the referral", "value=\"30\"");
        HttpResponse<String> started = worker.post("/children/" + r.childId() + "/assessments/new",
                Map.of("referral", String.valueOf(r.referralId()), "startDate-day", "1", "startDate-month", "12", "startDate-year", "2026"));
        assertThat(started.uri().toString()).contains("?started");
        long id = idFrom(started);
        LocalDate due = calendar.addWorkingDays(LocalDate.of(2026, 12, 1), 45);
        String dueText = due.getDayOfMonth() + " " + due.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + due.getYear();
        assertThat(started.body()).contains("Assessment started", dueText + " – WT2023: 45 working days from the referral",
                "DfE measure: 45 working days from the start", "Record the child seen");
        String path = "/assessments/" + id + "/parts/";

        HttpResponse<String> unseen = worker.post(path + "child-seen", Map.of("seenOn-day", "1", "seenOn-month", "12", "seenOn-year", "2026"));
        assertThat(unseen.body()).contains("There is a problem", "href=\"#seenAlone\"", "value=\"12\"");
        assertThat(worker.post(path + "child-seen", Map.of("seenOn-day", "1", "seenOn-month", "12", "seenOn-year", "2026", "seenAlone", "true"))
                .body()).contains("1 December 2026, seen alone");
        assertThat(worker.post(path + "wishes", Map.of("wishesAndFeelings", "I like it when Nan picks me up.")).body())
                .contains("I like it when Nan picks me up.");
        assertThat(worker.post(path + "family-views", Map.of("familyViews", "Mother wants help with the rent.")).body())
                .contains("Mother wants help with the rent.");
        assertThat(worker.post(path + "other-children", Map.of("otherChild-" + sibling, "Seen at home, thriving")).body())
                .contains("Seen at home, thriving");

        HttpResponse<String> noConsent = worker.post(path + "information-requests", Map.of("agency", "GP surgery", "asked", "Health history",
                "requestedOn-day", "1", "requestedOn-month", "12", "requestedOn-year", "2026"));
        assertThat(noConsent.body()).contains("There is a problem", "href=\"#consentOverrideReason\"", "value=\"GP surgery\"");
        worker.post(path + "consent", Map.of("consentGivenBy", "Dana Parent (mother)", "consentDate-day", "1", "consentDate-month", "12", "consentDate-year", "2026"));
        HttpResponse<String> asked = worker.post(path + "information-requests", Map.of("agency", "GP surgery", "asked", "Health history",
                "requestedOn-day", "1", "requestedOn-month", "12", "requestedOn-year", "2026"));
        assertThat(asked.body()).contains("GP surgery, 1 December 2026: Health history — awaiting a response", "Response from GP surgery");

        HttpResponse<String> badFactors = worker.post(path + "factors", Map.of("factor-21", "on", "factor-3A", "on"));
        assertThat(badFactors.body()).contains("There is a problem", "href=\"#factors\"", "cannot be combined");
        assertThat(worker.post(path + "factors", Map.of("factor-3B", "on", "factor-16A", "on")).body())
                .contains("3B – Domestic abuse", "16A – Abuse or neglect");
        assertThat(worker.post(path + "outcome", Map.of("outcome", "OTHER", "outcomeDetails", "")).body()).contains("href=\"#outcomeDetails\"");
        worker.post(path + "outcome", Map.of("outcome", "CHILD_IN_NEED_PLAN", "outcomeDetails", ""));
        HttpResponse<String> noAnalysis = worker.post(path + "submission", Map.of("lateReason", "", "notSeenReason", ""));
        assertThat(noAnalysis.body()).contains("There is a problem", "href=\"#analysis\"");
        worker.post(path + "analysis", Map.of("analysis", "Needs met with a child in need plan."));
        HttpResponse<String> submitted = worker.post(path + "submission", Map.of("lateReason", "", "notSeenReason", ""));
        assertThat(submitted.body()).contains("Assessment submitted for authorisation", "Submitted for authorisation");

        assertThat(worker.get("/assessments/" + id + "/authorisation").statusCode()).isEqualTo(403);
        WebSession manager = WebSession.signIn(baseUrl(), "team-manager");
        assertThat(manager.get("/assessments/" + id).body()).contains("Authorise or return the assessment");
        assertThat(manager.get("/assessments/" + id + "/authorisation").body()).contains("Authorise the assessment", "Return to the worker");
        HttpResponse<String> noComment = manager.post("/assessments/" + id + "/return", Map.of("comment", ""));
        assertThat(noComment.body()).contains("There is a problem", "href=\"#comment\"");
        HttpResponse<String> authorised = manager.post("/assessments/" + id + "/authorisation",
                Map.of("authorisedOn-day", "", "authorisedOn-month", "", "authorisedOn-year", "", "lateReason", ""));
        assertThat(authorised.body()).contains("Assessment authorised", "1 December 2026 by Morgan Reid").doesNotContain("Record the child seen");
        assertThat(worker.get("/children/" + r.childId()).body()).contains("Assessment " + id, "Authorised on 1 Dec 2026");
    }

    @Test
    void aLateAuthorisationOnThePageNeedsTheReason() {
        TestReferrals.Referral r = referral();
        long id = as("social-worker").post("/api/referrals/" + r.referralId() + "/assessment", Map.of()).json().get("id").asLong();
        as("social-worker").put("/api/assessments/" + id, Map.of("analysis", "a", "factors", List.of("21"), "outcome", "NO_FURTHER_ACTION"));
        as("social-worker").post("/api/assessments/" + id + "/child-seen", Map.of("seenOn", "2026-12-01", "seenAlone", true));
        as("social-worker").post("/api/assessments/" + id + "/submission", Map.of());
        clock.set(LocalDateTime.of(2027, 3, 1, 10, 0));
        WebSession manager = WebSession.signIn(baseUrl(), "team-manager");
        assertThat(manager.get("/assessments/" + id + "/authorisation").body()).contains("The 45th working day from the referral has passed");
        Map<String, String> form = new HashMap<>(Map.of("lateReason", ""));
        assertThat(manager.post("/assessments/" + id + "/authorisation", form).body()).contains("There is a problem", "href=\"#lateReason\"");
        form.put("lateReason", "Waiting for the paediatric report");
        assertThat(manager.post("/assessments/" + id + "/authorisation", form).body()).contains("Assessment authorised", "Waiting for the paediatric report");
    }

    @Test
    void partnersAndContactOfficersCannotStartOrRecord() {
        TestReferrals.Referral r = referral();
        long id = as("social-worker").post("/api/referrals/" + r.referralId() + "/assessment", Map.of()).json().get("id").asLong();
        WebSession officer = WebSession.signIn(baseUrl(), "contact-officer");
        assertThat(officer.get("/children/" + r.childId() + "/assessments/new").statusCode()).isEqualTo(403);
        String page = officer.get("/assessments/" + id).body();
        assertThat(page).contains("Child and family assessment").doesNotContain("Record the child seen");
        assertThat(officer.post("/assessments/" + id + "/parts/wishes", Map.of("wishesAndFeelings", "x")).statusCode()).isEqualTo(403);
        WebSession police = WebSession.signIn(baseUrl(), "police-officer");
        assertThat(police.get("/assessments/" + id).statusCode()).isEqualTo(403);
    }
}
