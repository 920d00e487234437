package uk.safeguard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.audit.Actor;
import uk.safeguard.calendar.WorkingDayCalendar;
import uk.safeguard.clock.ChildClock;
import uk.safeguard.clock.ClockStatus;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;
import uk.safeguard.work.EpisodeActivity;

/** The child and family assessment through the JSON API. Now is Tue 1 Dec 2026 09:00 unless a test moves the clock. */
class AssessmentApiTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    StatutoryClocks clocks;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    Assessments assessments;
    @Autowired
    List<EpisodeActivity> activities;

    private TestReferrals.Referral referral() {
        return TestReferrals.refer(as("contact-officer"), as("team-manager"), TestChildren.register(people));
    }

    private long start(TestReferrals.Referral r) {
        Api.Response started = as("social-worker").post("/api/referrals/" + r.referralId() + "/assessment", Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json().get("id").asLong();
    }

    private static void badRequest(Api.Response r, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().get("field").asString()).as(r.toString()).isEqualTo(field);
    }

    private static void status(Api.Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
    }

    private int denials(String username, String whatLike) {
        return jdbc.sql("select count(*) from access_denial where actor_username = ? and what like ?").params(username, whatLike)
                .query(Integer.class).single();
    }

    /** Analysis, factors, outcome and a visit: ready to submit. */
    private void complete(long id) {
        status(as("social-worker").put("/api/assessments/" + id, Map.of("analysis", "Needs are met with support.",
                "factors", List.of("16A", "3B"), "outcome", "CHILD_IN_NEED_PLAN")), 200);
        status(as("social-worker").post("/api/assessments/" + id + "/child-seen", Map.of("seenOn", "2026-12-01", "seenAlone", true)), 200);
    }

    @Test
    void anAssessmentNotAuthorisedWhenItsCaseClosesIsWithdrawnAndItsClocksCancelled() {
        TestReferrals.Referral r = referral();
        long id = start(r);
        clock.set(java.time.LocalDateTime.of(2026, 12, 3, 10, 0));
        uk.safeguard.support.WebSession page = uk.safeguard.support.WebSession.signIn(baseUrl(), "social-worker");
        assertThat(page.get("/children/" + r.childId()).body()).contains("In progress; due ", "(WT2023, from the referral)", "(DfE, from the start)");
        // The family moved away: the case closes (RC5) with the assessment still in progress.
        Api.Response closed = as("team-manager").post("/api/cases/" + r.caseId() + "/closure",
                Map.of("closedAt", "2026-12-03", "closureReason", "RC5"));
        status(closed, 200);
        JsonNode a = as("social-worker").get("/api/assessments/" + id).json();
        assertThat(a.get("status").asString()).isEqualTo("WITHDRAWN");
        // Neither met nor missed: both assessment clocks are gone from the child's clocks.
        assertThat(clocks.clocksFor(r.childId())).extracting(ChildClock::clockId)
                .doesNotContain("assessment", "assessment-dfe-measure");
        Api.Response edit = as("social-worker").put("/api/assessments/" + id, Map.of("analysis", "Late thoughts"));
        status(edit, 409);
        assertThat(edit.json().get("message").asString()).contains("withdrawn");
        assertThat(page.get("/children/" + r.childId()).body()).contains("Withdrawn: the case closed before it was authorised");
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'ASSESSMENT_WITHDRAWN'")
                .param(r.childId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void startsTheSingleAssessmentOfAReferralWithBothClocksAndRefusesASecond() {
        TestReferrals.Referral r = referral();
        Api.Response started = as("social-worker").post("/api/referrals/" + r.referralId() + "/assessment", Map.of("startDate", "2026-12-01"));
        status(started, 201);
        JsonNode a = started.json();
        assertThat(a.get("kind").asString()).isEqualTo("SECTION_17");
        assertThat(a.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(a.get("caseId").asLong()).isEqualTo(r.caseId());
        LocalDate due = calendar.addWorkingDays(LocalDate.of(2026, 12, 1), 45);
        assertThat(a.get("dueByReferral").asString()).isEqualTo(due.toString());
        assertThat(a.get("dueFromStart").asString()).isEqualTo(due.toString());
        // The para 155 clock runs from the referral; the DfE measure now runs from the start.
        assertThat(clocks.clocksFor(r.childId())).extracting(ChildClock::clockId).contains("assessment", "assessment-dfe-measure");

        status(as("social-worker").post("/api/referrals/" + r.referralId() + "/assessment", Map.of()), 409);
        status(as("team-manager").post("/api/referrals/" + r.referralId() + "/assessment", Map.of()), 409);
        status(as("social-worker").post("/api/referrals/999999999/assessment", Map.of()), 404);

        JsonNode ofChild = as("social-worker").get("/api/children/" + r.childId() + "/assessments").json();
        assertThat(ofChild.size()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'ASSESSMENT_STARTED'").param(r.childId())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theStartDateAndTheManagersTargetDateAreChecked() {
        TestReferrals.Referral r = referral();
        String path = "/api/referrals/" + r.referralId() + "/assessment";
        badRequest(as("social-worker").post(path, Map.of("startDate", "2026-11-30")), "startDate");
        badRequest(as("social-worker").post(path, Map.of("startDate", "2026-12-02")), "startDate");
        badRequest(as("social-worker").post(path, Map.of("startDate", "1 Dec")), "startDate");
        // Only the manager agrees the target date at the start (seeds 003 line 1701).
        status(as("social-worker").post(path, Map.of("targetDate", "2026-12-20")), 403);
        assertThat(denials("social-worker", "set the target date%")).isPositive();
        LocalDate due = calendar.addWorkingDays(LocalDate.of(2026, 12, 1), 45);
        badRequest(as("team-manager").post(path, Map.of("targetDate", due.plusDays(1).toString())), "targetDate");
        badRequest(as("team-manager").post(path, Map.of("targetDate", "2026-11-30")), "targetDate");
        Api.Response ok = as("team-manager").post(path, Map.of("startDate", "2026-12-01", "targetDate", "2026-12-18"));
        status(ok, 201);
        assertThat(ok.json().get("targetDate").asString()).isEqualTo("2026-12-18");
        // A later change by the manager is checked the same way; a worker may not change it.
        long id = ok.json().get("id").asLong();
        badRequest(as("team-manager").put("/api/assessments/" + id, Map.of("targetDate", due.plusDays(1).toString())), "targetDate");
        status(as("social-worker").put("/api/assessments/" + id, Map.of("targetDate", "2026-12-17")), 403);
    }

    @Test
    void onlyRegisteredSocialWorkersAndManagersRecordAndPartnersCannotRead() {
        TestReferrals.Referral r = referral();
        for (String user : List.of("contact-officer", "police-officer", "early-help-practitioner", "performance-analyst")) {
            status(as(user).post("/api/referrals/" + r.referralId() + "/assessment", Map.of()), 403);
            assertThat(denials(user, "start an assessment on referral " + r.referralId())).as(user).isPositive();
        }
        long id = start(r);
        status(as("contact-officer").put("/api/assessments/" + id, Map.of("analysis", "x")), 403);
        status(as("contact-officer").post("/api/assessments/" + id + "/child-seen", Map.of("seenOn", "2026-12-01", "seenAlone", true)), 403);
        status(as("police-officer").get("/api/assessments/" + id), 403);
        status(as("police-officer").get("/api/children/" + r.childId() + "/assessments"), 403);
        status(as("councillor").get("/api/assessments/" + id), 403);
        status(as("social-worker").get("/api/assessments/" + id), 200);
        assertThat(jdbc.sql("select count(*) from record_view where child_id = ? and what = ?").params(r.childId(), "assessment " + id)
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void theChildSeenNeedsADateAndWhetherAloneAndWhoElseWasThere() {
        long id = start(referral());
        String path = "/api/assessments/" + id + "/child-seen";
        badRequest(as("social-worker").post(path, Map.of("seenAlone", true)), "seenOn");
        badRequest(as("social-worker").post(path, Map.of("seenOn", "2026-12-02", "seenAlone", true)), "seenOn");
        badRequest(as("social-worker").post(path, Map.of("seenOn", "2026-11-01", "seenAlone", true)), "seenOn");
        badRequest(as("social-worker").post(path, Map.of("seenOn", "2026-12-01")), "seenAlone");
        badRequest(as("social-worker").post(path, Map.of("seenOn", "2026-12-01", "seenAlone", false)), "othersPresent");
        status(as("social-worker").post(path, Map.of("seenOn", "2026-12-01", "seenAlone", false, "othersPresent", "Mother, Dana Parent")), 200);
        JsonNode a = as("social-worker").post(path, Map.of("seenOn", "2026-12-01", "seenAlone", true)).json();
        assertThat(a.get("childSeen").size()).isEqualTo(2);
        assertThat(a.get("childSeen").get(0).get("othersPresent").asString()).isEqualTo("Mother, Dana Parent");
    }

    @Test
    void factorsAreCinCodesWith21OnlyOnItsOwnAndOtherOutcomeNeedsDetails() {
        long id = start(referral());
        String path = "/api/assessments/" + id;
        badRequest(as("social-worker").put(path, Map.of("factors", List.of("99Z"))), "factors");
        badRequest(as("social-worker").put(path, Map.of("factors", List.of("21", "3A"))), "factors");
        badRequest(as("social-worker").put(path, Map.of("outcome", "OTHER")), "outcomeDetails");
        badRequest(as("social-worker").put(path, Map.of("outcome", "MAYBE")), "outcome");
        JsonNode a = as("social-worker").put(path, Map.of("factors", List.of("3b", "1A"), "outcome", "OTHER",
                "outcomeDetails", "Referred to the family group conference service", "wishesAndFeelings", "I want my dad to stop shouting.",
                "familyViews", "Mother agrees help is needed.")).json();
        assertThat(a.get("factors").toString()).isEqualTo("[\"1A\",\"3B\"]");
        assertThat(a.get("outcome").asString()).isEqualTo("OTHER");
        assertThat(a.get("wishesAndFeelings").asString()).isEqualTo("I want my dad to stop shouting.");
        assertThat(as("social-worker").put(path, Map.of("factors", List.of("21"))).json().get("factors").toString()).isEqualTo("[\"21\"]");
        assertThat(as("social-worker").get("/api/assessments/factors").json().get("21").asString()).startsWith("No factors identified");
    }

    @Test
    void askingAnotherAgencyNeedsRecordedConsentOrAReasonToOverrideIt() {
        long id = start(referral());
        String path = "/api/assessments/" + id + "/information-requests";
        Map<String, Object> request = new HashMap<>(Map.of("agency", "Riverford Community Health", "asked", "Health history and attendance",
                "requestedOn", "2026-12-01"));
        badRequest(as("social-worker").post(path, request), "consent");
        badRequest(as("social-worker").post(path, Map.of("asked", "x", "requestedOn", "2026-12-01", "consentOverrideReason", "r")), "agency");
        badRequest(as("social-worker").post(path, Map.of("agency", "GP", "asked", "x", "requestedOn", "2026-12-05", "consentOverrideReason", "r")), "requestedOn");
        Map<String, Object> overridden = new HashMap<>(request);
        overridden.put("consentOverrideReason", "Asking would put the child at risk of harm");
        status(as("social-worker").post(path, overridden), 200);
        // Consent recorded: both who and when.
        badRequest(as("social-worker").put("/api/assessments/" + id, Map.of("consentGivenBy", "Dana Parent (mother)")), "consentDate");
        badRequest(as("social-worker").put("/api/assessments/" + id, Map.of("consentDate", "2026-12-01")), "consentGivenBy");
        status(as("social-worker").put("/api/assessments/" + id, Map.of("consentGivenBy", "Dana Parent (mother)", "consentDate", "2026-12-01")), 200);
        JsonNode a = as("social-worker").post(path, request).json();
        assertThat(a.get("informationRequests").size()).isEqualTo(2);
        long requestId = a.get("informationRequests").get(1).get("id").asLong();
        badRequest(as("social-worker").post(path + "/" + requestId + "/response", Map.of("respondedOn", "2026-12-01")), "response");
        badRequest(as("social-worker").post(path + "/" + requestId + "/response", Map.of("response", "Up to date with immunisations")), "respondedOn");
        JsonNode answered = as("social-worker").post(path + "/" + requestId + "/response",
                Map.of("response", "Up to date with immunisations", "respondedOn", "2026-12-01")).json();
        assertThat(answered.get("informationRequests").get(1).get("response").asString()).isEqualTo("Up to date with immunisations");
    }

    @Test
    void inASection47EnquiryConsentIsNotNeededAndAnAuthorisedAssessmentCannotJoinOne() {
        TestReferrals.Referral r = referral();
        long id = start(r);
        Assessment marked = assessments.startSection47Assessment(Actor.SYSTEM, r.referralId(), "s47-1", clock.instant());
        assertThat(marked.id()).isEqualTo(id);
        assertThat(marked.kind()).isEqualTo(AssessmentKind.SECTION_47);
        assertThat(marked.consentRequired()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'ASSESSMENT_PART_OF_SECTION_47'")
                .param(r.childId()).query(Integer.class).single()).isEqualTo(1);
        status(as("social-worker").post("/api/assessments/" + id + "/information-requests",
                Map.of("agency", "Riverford Police", "asked", "Previous call-outs", "requestedOn", "2026-12-01")), 200);

        // A new referral's assessment started directly as part of a s47 enquiry.
        TestReferrals.Referral other = referral();
        Assessment s47 = assessments.startSection47Assessment(Actor.SYSTEM, other.referralId(), "s47-2", clock.instant());
        assertThat(s47.kind()).isEqualTo(AssessmentKind.SECTION_47);
        assertThat(clocks.clocksFor(other.childId())).extracting(ChildClock::clockId).contains("assessment-dfe-measure");

        // Once authorised it cannot become part of an enquiry.
        TestReferrals.Referral third = referral();
        long thirdId = start(third);
        complete(thirdId);
        status(as("social-worker").post("/api/assessments/" + thirdId + "/submission", Map.of()), 200);
        status(as("team-manager").post("/api/assessments/" + thirdId + "/authorisation", Map.of()), 200);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                assessments.startSection47Assessment(Actor.SYSTEM, third.referralId(), "s47-3", clock.instant())).isInstanceOf(RuleBroken.class);
    }

    @Test
    void submissionNeedsEveryPartThenTheManagerReturnsOrAuthorisesAndItBecomesReadOnly() {
        TestReferrals.Referral r = referral();
        long id = start(r);
        String path = "/api/assessments/" + id;
        Api.Response missing = as("social-worker").post(path + "/submission", Map.of());
        badRequest(missing, "analysis");
        assertThat(missing.json().get("errors").findValuesAsString("field")).containsExactly("analysis", "factors", "outcome", "notSeenReason");
        status(as("social-worker").put(path, Map.of("analysis", "Needs are met with support.", "factors", List.of("16A"),
                "outcome", "CHILD_IN_NEED_PLAN")), 200);
        badRequest(as("social-worker").post(path + "/submission", Map.of()), "notSeenReason");
        status(as("social-worker").post(path + "/child-seen", Map.of("seenOn", "2026-12-01", "seenAlone", true)), 200);
        // Only a manager authorises or returns, and only a submitted assessment.
        status(as("team-manager").post(path + "/authorisation", Map.of()), 409);
        status(as("social-worker").post(path + "/submission", Map.of()), 200);
        status(as("social-worker").post(path + "/submission", Map.of()), 409);
        status(as("social-worker").post(path + "/authorisation", Map.of()), 403);
        assertThat(denials("social-worker", "authorise assessment " + id)).isPositive();
        status(as("social-worker").post(path + "/return", Map.of("comment", "x")), 403);
        badRequest(as("team-manager").post(path + "/return", Map.of()), "comment");
        JsonNode returned = as("team-manager").post(path + "/return", Map.of("comment", "Say more about the father's role.")).json();
        assertThat(returned.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(returned.get("returnComment").asString()).isEqualTo("Say more about the father's role.");
        status(as("social-worker").put(path, Map.of("analysis", "Needs are met with support; father engaged.")), 200);
        status(as("social-worker").post(path + "/submission", Map.of()), 200);
        badRequest(as("team-manager").post(path + "/authorisation", Map.of("authorisedOn", "2026-12-02")), "authorisedOn");
        badRequest(as("team-manager").post(path + "/authorisation", Map.of("authorisedOn", "2026-11-30")), "authorisedOn");
        JsonNode done = as("team-manager").post(path + "/authorisation", Map.of("authorisedOn", "2026-12-01")).json();
        assertThat(done.get("status").asString()).isEqualTo("AUTHORISED");
        assertThat(done.get("authorisedBy").asString()).isEqualTo("Morgan Reid");
        assertThat(clocks.clocksFor(r.childId())).filteredOn(c -> c.clockId().startsWith("assessment"))
                .extracting(ChildClock::status).containsOnly(ClockStatus.MET).hasSize(2);
        // Read-only now.
        status(as("social-worker").put(path, Map.of("analysis", "changed")), 409);
        status(as("social-worker").post(path + "/child-seen", Map.of("seenOn", "2026-12-01", "seenAlone", true)), 409);
        status(as("social-worker").post(path + "/information-requests", Map.of("agency", "GP", "asked", "x", "requestedOn", "2026-12-01",
                "consentOverrideReason", "r")), 409);
        status(as("team-manager").post(path + "/authorisation", Map.of()), 409);
        status(as("team-manager").post(path + "/return", Map.of("comment", "x")), 409);

        // For reporting: both measures, labelled; and the case's latest activity.
        List<AssessmentSummary> done1 = assessments.assessmentsCompletedBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1));
        assertThat(done1).filteredOn(s -> s.assessmentId() == id).singleElement().satisfies(s -> {
            assertThat(s.workingDaysFromReferral()).isZero();
            assertThat(s.workingDaysFromStart()).isZero();
            assertThat(s.factors()).containsExactly("16A");
            assertThat(s.outcome()).isEqualTo(AssessmentOutcome.CHILD_IN_NEED_PLAN);
            assertThat(s.childSeenAlone()).isTrue();
        });
        assertThat(activities.stream().flatMap(a -> a.latestActivity(r.caseId()).stream()))
                .anySatisfy(a -> assertThat(a.what()).isEqualTo("Child and family assessment"));
    }

    @Test
    void completingAfterThe45thWorkingDayAcrossTheBankHolidaysNeedsAReason() {
        TestReferrals.Referral r = referral();      // referred Tue 1 Dec 2026
        long id = start(r);
        complete(id);
        String path = "/api/assessments/" + id;
        // 45 working days, skipping Christmas, the Boxing Day substitute and New Year's Day.
        LocalDate due = LocalDate.parse(as("social-worker").get(path).json().get("dueByReferral").asString());
        assertThat(due).isEqualTo(calendar.addWorkingDays(LocalDate.of(2026, 12, 1), 45));
        assertThat(calendar.bankHolidaysBetween(LocalDate.of(2026, 12, 1), due)).extracting(h -> h.date())
                .contains(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));
        // On the due day itself (later than 45 weekdays would be) no reason is needed ...
        clock.set(LocalDateTime.of(due, java.time.LocalTime.of(10, 0)));
        status(as("social-worker").post(path + "/submission", Map.of()), 200);
        // ... but authorised the next working day it is late.
        LocalDate late = calendar.addWorkingDays(due, 1);
        clock.set(LocalDateTime.of(late, java.time.LocalTime.of(10, 0)));
        badRequest(as("team-manager").post(path + "/authorisation", Map.of()), "lateReason");
        status(as("team-manager").post(path + "/authorisation", Map.of("authorisedOn", due.toString())), 200);
        assertThat(clocks.clocksFor(r.childId())).filteredOn(c -> c.clockId().equals("assessment"))
                .extracting(ChildClock::status).containsExactly(ClockStatus.MET);

        // Submitted late: the worker gives the reason at submission.
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 30));
        TestReferrals.Referral r2 = referral();
        long id2 = start(r2);
        complete(id2);
        clock.set(LocalDateTime.of(late, java.time.LocalTime.of(11, 0)));
        badRequest(as("social-worker").post("/api/assessments/" + id2 + "/submission", Map.of()), "lateReason");
        status(as("social-worker").post("/api/assessments/" + id2 + "/submission",
                Map.of("lateReason", "The family were abroad for three weeks over Christmas")), 200);
        JsonNode done = as("team-manager").post("/api/assessments/" + id2 + "/authorisation", Map.of()).json();
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("AUTHORISED");
        assertThat(done.get("lateReason").asString()).isEqualTo("The family were abroad for three weeks over Christmas");
        assertThat(clocks.clocksFor(r2.childId())).filteredOn(c -> c.clockId().equals("assessment"))
                .extracting(ChildClock::status).containsExactly(ClockStatus.MISSED);
    }

    @Test
    void authorisingWithoutTheChildSeenNeedsAReason() {
        long id = start(referral());
        String path = "/api/assessments/" + id;
        status(as("social-worker").put(path, Map.of("analysis", "a", "factors", List.of("21"), "outcome", "NO_FURTHER_ACTION")), 200);
        status(as("social-worker").post(path + "/submission", Map.of("notSeenReason", "Family moved away before a visit")), 200);
        // The reason recorded at submission carries to authorisation; clearing it is refused at authorisation.
        status(as("team-manager").put(path, Map.of("notSeenReason", "")), 200);
        badRequest(as("team-manager").post(path + "/authorisation", Map.of()), "notSeenReason");
        status(as("team-manager").post(path + "/authorisation", Map.of("notSeenReason", "Family moved out of the area before a visit")), 200);
    }

    @Test
    void otherChildrenOfTheHouseholdAreListedWithANoteEach() {
        TestReferrals.Referral r = referral();
        long sibling = TestChildren.register(people);
        long stranger = TestChildren.register(people);
        people.createHousehold(Actor.SYSTEM, "Household", List.of(r.childId(), sibling), LocalDate.of(2020, 1, 1));
        long id = start(r);
        JsonNode a = as("social-worker").get("/api/assessments/" + id).json();
        assertThat(a.get("otherChildren").findValues("childId")).extracting(JsonNode::asLong).containsExactly(sibling);
        badRequest(as("social-worker").put("/api/assessments/" + id,
                Map.of("otherChildren", List.of(Map.of("childId", stranger, "note", "x")))), "otherChildren");
        JsonNode noted = as("social-worker").put("/api/assessments/" + id,
                Map.of("otherChildren", List.of(Map.of("childId", sibling, "note", "Seen at home; no concerns")))).json();
        assertThat(noted.get("otherChildren").get(0).get("note").asString()).isEqualTo("Seen at home; no concerns");
    }

    @Test
    void demoModeHasOneAssessmentInProgressWithTheChildSeenAlone() {
        long child = jdbc.sql("select a.child_id from assessment a join person p on p.id = a.child_id "
                + "where exists (select 1 from demo_assessments_marker) order by a.id limit 1").query(Long.class).single();
        JsonNode list = as("social-worker").get("/api/children/" + child + "/assessments").json();
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("childName").asString()).isEqualTo("Ruby Demoassess");
        assertThat(list.get(0).get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(list.get(0).get("childSeen").get(0).get("seenAlone").asBoolean()).isTrue();
    }
}
