package uk.safeguard.childinneed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.Actor;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.clock.ChildClock;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;
import uk.safeguard.work.CaseKind;
import uk.safeguard.work.CaseWork;
import uk.safeguard.work.EpisodeActivity;

/** Child in need plans through the API: every rule, with 400 naming the field, 403 and 409. */
class ChildInNeedPlanApiTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    AuditTrail audit;
    @Autowired
    StatutoryClocks clocks;
    @Autowired
    UserDirectory users;
    @Autowired
    CaseWork caseWork;
    @Autowired
    List<EpisodeActivity> activities;

    private TestReferrals.Referral referral() {
        long child = TestChildren.register(people);
        return TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
    }

    private Api sw() {
        return as("social-worker");
    }

    private long startPlan(TestReferrals.Referral r, String startDate) {
        Api.Response started = sw().post("/api/cases/" + r.caseId() + "/cin-plan",
                Map.of("startDate", startDate, "needs", List.of("Regular meals and school attendance")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json().get("id").asLong();
    }

    private static void assertBad(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }

    private static void assertConflict(Api.Response response, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.json().get("field").asString()).isEqualTo(rule);
    }

    @Test
    void aSocialWorkerStartsAPlanInTheOpenCinCaseAndItsReviewClockRuns() {
        var r = referral();
        Api.Response started = sw().post("/api/cases/" + r.caseId() + "/cin-plan",
                Map.of("startDate", "2026-12-01", "needs", List.of("Regular meals", "School attendance")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        JsonNode plan = started.json();
        long planId = plan.get("id").asLong();
        assertThat(plan.get("caseId").asLong()).isEqualTo(r.caseId());
        assertThat(plan.get("childId").asLong()).isEqualTo(r.childId());
        assertThat(plan.get("needs")).hasSize(2);
        assertThat(plan.get("open").asBoolean()).isTrue();
        // 1 Dec 2026 + 3 calendar months (the local clock's declared default).
        assertThat(plan.get("nextReview").get("dueDate").asString()).isEqualTo("2027-03-01");
        assertThat(plan.get("nextReview").get("basis").asString()).contains("3 months", "1 Dec 2026");

        ChildClock review = clocks.clocksFor(r.childId()).stream().filter(c -> c.clockId().equals("cin-plan-review")).findFirst().orElseThrow();
        assertThat(review.dueDate()).isEqualTo(LocalDate.of(2027, 3, 1));

        assertThat(jdbc.sql("select count(*) from clock_event where subject_id = ? and event_type = 'CIN_PLAN_STARTED' and reference = ?")
                .params(r.childId(), "cin-plan-" + planId).query(Long.class).single()).isEqualTo(1);
        assertThat(audit.chronology(r.childId())).anyMatch(e -> e.action().equals("CIN_PLAN_STARTED"));

        // The child's plans, and the view is logged.
        Api.Response list = sw().get("/api/children/" + r.childId() + "/cin-plans");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get(0).get("id").asLong()).isEqualTo(planId);
        assertThat(list.json().get(0).get("nextReviewDue").asString()).isEqualTo("2027-03-01");
        assertThat(sw().get("/api/cin-plans/" + planId).status()).isEqualTo(200);
        assertThat(audit.views(r.childId(), 10)).anyMatch(v -> v.what().equals("Child in need plan " + planId));
    }

    @Test
    void startingAPlanChecksItsDatesAndNeeds() {
        var r = referral(); // the case opened on 1 Dec 2026 09:00
        String path = "/api/cases/" + r.caseId() + "/cin-plan";
        assertBad(sw().post(path, Map.of("needs", List.of("Meals"))), "startDate");
        assertBad(sw().post(path, Map.of("startDate", "2026-12-02", "needs", List.of("Meals"))), "startDate");
        assertBad(sw().post(path, Map.of("startDate", "2026-11-30", "needs", List.of("Meals"))), "startDate");
        assertBad(sw().post(path, Map.of("startDate", "2026-12-01")), "needs");
        assertBad(sw().post(path, Map.of("startDate", "2026-12-01", "needs", List.of())), "needs");
        assertBad(sw().post(path, Map.of("startDate", "2026-12-01", "needs", List.of("Meals", " "))), "needs[1]");
        assertBad(sw().post(path, Map.of("startDate", "not a date", "needs", List.of("Meals"))), "startDate");
        assertThat(sw().get("/api/children/" + r.childId() + "/cin-plans").json()).isEmpty();
    }

    @Test
    void onlyOneOpenPlanPerCaseAndOnlyInAnOpenChildInNeedCase() {
        var r = referral();
        long planId = startPlan(r, "2026-12-01");
        assertConflict(sw().post("/api/cases/" + r.caseId() + "/cin-plan",
                Map.of("startDate", "2026-12-01", "needs", List.of("Meals"))), "openPlan");
        // A child has one plan at a time, even with a second child-in-need case open (ssd_cin_plans.yml).
        long secondCase = caseWork.openCase(Actor.SYSTEM, r.childId(), CaseKind.CHILD_IN_NEED, clock.instant(), null, null).id();
        assertConflict(sw().post("/api/cases/" + secondCase + "/cin-plan",
                Map.of("startDate", "2026-12-01", "needs", List.of("Meals"))), "openPlan");
        assertThat(sw().post("/api/cases/999999999/cin-plan", Map.of("startDate", "2026-12-01", "needs", List.of("Meals"))).status())
                .isEqualTo(404);

        // Another kind of case.
        long other = TestChildren.register(people);
        long earlyHelp = caseWork.openCase(Actor.SYSTEM, other, CaseKind.EARLY_HELP, clock.instant(), null, null).id();
        assertConflict(sw().post("/api/cases/" + earlyHelp + "/cin-plan", Map.of("startDate", "2026-12-01", "needs", List.of("Meals"))),
                "caseKind");

        // Once the plan has ended a new one may start.
        assertThat(sw().post("/api/cin-plans/" + planId + "/end", Map.of("endDate", "2026-12-01", "reason", "NO_LONGER_IN_NEED")).status())
                .isEqualTo(200);
        assertThat(sw().post("/api/cases/" + r.caseId() + "/cin-plan", Map.of("startDate", "2026-12-01", "needs", List.of("Meals"))).status())
                .isEqualTo(201);
    }

    @Test
    void aClosedCaseTakesNoNewPlan() {
        var r = referral();
        clock.set(LocalDateTime.of(2026, 12, 1, 10, 0));
        caseWork.closeCase(Actor.SYSTEM, r.caseId(), clock.instant(), "RC8");
        assertConflict(sw().post("/api/cases/" + r.caseId() + "/cin-plan", Map.of("startDate", "2026-12-01", "needs", List.of("Meals"))),
                "caseClosed");
    }

    @Test
    void onlyRegisteredSocialWorkersAndManagersRecordAndRefusalsAreLogged() {
        var r = referral();
        long planId = startPlan(r, "2026-12-01");
        int before = audit.denialsFor("contact-officer");
        Api.Response refused = as("contact-officer").post("/api/cases/" + r.caseId() + "/cin-plan",
                Map.of("startDate", "2026-12-01", "needs", List.of("Meals")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(as("contact-officer").post("/api/cin-plans/" + planId + "/needs", Map.of("description", "Sleep")).status()).isEqualTo(403);
        assertThat(as("early-help-practitioner").post("/api/cin-plans/" + planId + "/visits",
                Map.of("visitedAt", "2026-12-01T08:00", "seen", false)).status()).isEqualTo(403);
        assertThat(audit.denialsFor("contact-officer")).isEqualTo(before + 2);
        // A partner not linked to the child may not even read it.
        assertThat(as("health-visitor").get("/api/cin-plans/" + planId).status()).isEqualTo(403);
        assertThat(as("councillor").get("/api/children/" + r.childId() + "/cin-plans").status()).isEqualTo(403);
        // The team manager records too.
        assertThat(as("team-manager").post("/api/cin-plans/" + planId + "/needs", Map.of("description", "Sleep")).status()).isEqualTo(201);
        // A refused change saved nothing.
        assertThat(sw().get("/api/cin-plans/" + planId).json().get("needs")).hasSize(2);
    }

    @Test
    void needsAndActionsAreAddedAndActionsUpdatedWithTheirHistoryAudited() {
        var r = referral();
        long planId = startPlan(r, "2026-12-01");
        String p = "/api/cin-plans/" + planId;
        assertBad(sw().post(p + "/needs", Map.of("description", "  ")), "description");
        assertThat(sw().post(p + "/needs", Map.of("description", "Safe sleeping arrangements")).status()).isEqualTo(201);

        assertBad(sw().post(p + "/actions", Map.of("ownerName", "Pat Lee", "ownerAgency", "Oakfield Primary School", "dueDate", "2027-01-15")),
                "description");
        assertBad(sw().post(p + "/actions", Map.of("description", "Breakfast club", "dueDate", "2027-01-15")), "ownerName");
        assertBad(sw().post(p + "/actions", Map.of("description", "Breakfast club", "ownerName", "Pat Lee", "dueDate", "2027-01-15")),
                "ownerAgency");
        assertBad(sw().post(p + "/actions", Map.of("description", "Breakfast club", "ownerUserId", 999999999, "dueDate", "2027-01-15")),
                "ownerUserId");
        long samId = users.findByUsername("social-worker").orElseThrow().id();
        assertBad(sw().post(p + "/actions", Map.of("description", "Breakfast club", "ownerUserId", samId, "ownerName", "Pat Lee",
                "dueDate", "2027-01-15")), "ownerName");
        assertBad(sw().post(p + "/actions", Map.of("description", "Breakfast club", "ownerName", "Pat Lee",
                "ownerAgency", "Oakfield Primary School")), "dueDate");
        assertBad(sw().post(p + "/actions", Map.of("description", "Breakfast club", "ownerName", "Pat Lee",
                "ownerAgency", "Oakfield Primary School", "dueDate", "2026-11-30")), "dueDate");

        Api.Response school = sw().post(p + "/actions", Map.of("description", "Breakfast club place", "ownerName", "Pat Lee",
                "ownerAgency", "Oakfield Primary School", "dueDate", "2027-01-15"));
        assertThat(school.status()).as(school.toString()).isEqualTo(201);
        assertThat(school.json().get("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(school.json().get("owner").asString()).isEqualTo("Pat Lee (Oakfield Primary School)");
        Api.Response mine = sw().post(p + "/actions", Map.of("description", "Parenting support referral", "ownerUserId", samId,
                "dueDate", "2026-12-20"));
        assertThat(mine.status()).isEqualTo(201);
        assertThat(mine.json().get("owner").asString()).startsWith("Sam Okafor");

        long actionId = school.json().get("id").asLong();
        assertBad(sw().put(p + "/actions/" + actionId, Map.of("progressNote", "x")), "status");
        assertBad(sw().put(p + "/actions/" + actionId, Map.of("status", "FINISHED")), "status");
        assertBad(sw().put(p + "/actions/" + actionId, Map.of("status", "NOT_DONE")), "progressNote");
        Api.Response updated = sw().put(p + "/actions/" + actionId, Map.of("status", "IN_PROGRESS", "progressNote", "Starts Monday", "version", 0));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(updated.json().get("version").asInt()).isEqualTo(1);
        // Based on the old version: 409, nothing lost.
        assertThat(sw().put(p + "/actions/" + actionId, Map.of("status", "DONE", "version", 0)).status()).isEqualTo(409);
        assertThat(sw().put(p + "/actions/999999999", Map.of("status", "DONE")).status()).isEqualTo(404);

        String values = jdbc.sql("select before_values::text || ' -> ' || after_values::text from audit_event "
                        + "where child_id = ? and action = 'CIN_PLAN_ACTION_UPDATED'").param(r.childId()).query(String.class).single();
        assertThat(values).contains("NOT_STARTED", "IN_PROGRESS", "Starts Monday");

        JsonNode plan = sw().get(p).json();
        assertThat(plan.get("needs")).hasSize(2);
        assertThat(plan.get("actions")).hasSize(2);
        assertThat(plan.get("actions").get(0).get("description").asString()).isEqualTo("Parenting support referral");
    }

    @Test
    void visitsAreNotInTheFutureNorBeforeThePlanAndSeenAloneOnlyIfSeen() {
        var r = referral();
        long planId = startPlan(r, "2026-12-01");
        String v = "/api/cin-plans/" + planId + "/visits";
        assertBad(sw().post(v, Map.of("seen", true, "seenAlone", true)), "visitedAt");
        assertBad(sw().post(v, Map.of("visitedAt", "2026-12-01T09:30", "seen", true, "seenAlone", true)), "visitedAt");
        assertBad(sw().post(v, Map.of("visitedAt", "2026-11-30T16:00", "seen", true, "seenAlone", true)), "visitedAt");
        assertBad(sw().post(v, Map.of("visitedAt", "2026-12-01T08:30")), "seen");
        assertBad(sw().post(v, Map.of("visitedAt", "2026-12-01T08:30", "seen", true)), "seenAlone");
        assertBad(sw().post(v, Map.of("visitedAt", "2026-12-01T08:30", "seen", false, "seenAlone", true)), "seenAlone");

        Map<String, Object> visit = new HashMap<>(Map.of("visitedAt", "2026-12-01T08:30", "seen", true, "seenAlone", true,
                "bedroomSeen", true, "withWhom", "Mother", "location", "Home", "note", "Tidy home; food in the fridge."));
        Api.Response recorded = sw().post(v, visit);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().get("seenAlone").asBoolean()).isTrue();
        Api.Response notSeen = sw().post(v, Map.of("visitedAt", "2026-12-01T08:45", "seen", false, "note", "Nobody home"));
        assertThat(notSeen.status()).isEqualTo(201);
        assertThat(notSeen.json().get("seenAlone").isNull()).isTrue();

        JsonNode plan = sw().get("/api/cin-plans/" + planId).json();
        assertThat(plan.get("visits")).hasSize(2);
        assertThat(plan.get("visits").get(0).get("visitedAt").asString()).isEqualTo("2026-12-01T08:45:00");
        assertThat(audit.chronology(r.childId())).anyMatch(e -> e.action().equals("CIN_VISIT_RECORDED") && e.summary().contains("seen alone"));
    }

    @Test
    void aReviewStopsTheClockAndStartsTheNextOneAndChecksItsInput() {
        var r = referral();
        long planId = startPlan(r, "2026-12-01");
        String rv = "/api/cin-plans/" + planId + "/reviews";
        clock.set(LocalDateTime.of(2027, 2, 15, 10, 0));
        Map<String, Object> good = new HashMap<>(Map.of("reviewDate", "2027-02-15", "attendees", "Sam Okafor, mother, Pat Lee (school)",
                "progressSummary", "Attendance up to 95%; meals regular.", "decision", "CONTINUE"));
        for (String missing : List.of("reviewDate", "attendees", "progressSummary", "decision")) {
            Map<String, Object> bad = new HashMap<>(good);
            bad.remove(missing);
            assertBad(sw().post(rv, bad), missing);
        }
        Map<String, Object> future = new HashMap<>(good);
        future.put("reviewDate", "2027-02-16");
        assertBad(sw().post(rv, future), "reviewDate");
        Map<String, Object> early = new HashMap<>(good);
        early.put("reviewDate", "2026-11-30");
        assertBad(sw().post(rv, early), "reviewDate");
        Map<String, Object> unknownDecision = new HashMap<>(good);
        unknownDecision.put("decision", "MAYBE");
        assertBad(sw().post(rv, unknownDecision), "decision");
        Map<String, Object> tooLate = new HashMap<>(good);
        tooLate.put("nextReviewDate", "2027-05-16"); // the clock allows 3 months: by 15 May 2027
        assertBad(sw().post(rv, tooLate), "nextReviewDate");
        Map<String, Object> notAfter = new HashMap<>(good);
        notAfter.put("nextReviewDate", "2027-02-15");
        assertBad(sw().post(rv, notAfter), "nextReviewDate");

        Api.Response recorded = sw().post(rv, good);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        // The next review date defaults to the review clock's due date.
        assertThat(recorded.json().get("nextReviewDate").asString()).isEqualTo("2027-05-15");

        List<ChildClock> reviews = clocks.clocksFor(r.childId()).stream().filter(c -> c.clockId().equals("cin-plan-review")).toList();
        assertThat(reviews).hasSize(2);
        assertThat(reviews).anyMatch(c -> c.stoppedAt() != null && c.status().name().equals("MET"));
        assertThat(reviews).anyMatch(c -> c.stoppedAt() == null && c.dueDate().equals(LocalDate.of(2027, 5, 15)));
        JsonNode plan = sw().get("/api/cin-plans/" + planId).json();
        assertThat(plan.get("nextReview").get("dueDate").asString()).isEqualTo("2027-05-15");
        assertThat(plan.get("nextReview").get("basis").asString()).contains("last review on 15 Feb 2027");
        assertThat(plan.get("reviews").get(0).get("decision").asString()).isEqualTo("CONTINUE");

        // A later review may not be dated before this one.
        Map<String, Object> before = new HashMap<>(good);
        before.put("reviewDate", "2027-02-14");
        assertBad(sw().post(rv, before), "reviewDate");
    }

    @Test
    void aPlanStartedOnThe30thOfNovemberIsReviewedByTheEndOfFebruary() {
        long child = TestChildren.register(people);
        clock.set(LocalDateTime.of(2026, 11, 27, 10, 0));
        var r = TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        long planId = startPlan(r, "2026-11-30");
        // The engine adds 3 calendar months with plusMonths: 30 Nov 2026 -> 28 Feb 2027 (no 30 Feb, and 2027 is no leap year).
        ChildClock review = clocks.clocksFor(child).stream().filter(c -> c.clockId().equals("cin-plan-review")).findFirst().orElseThrow();
        assertThat(review.dueDate()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(sw().get("/api/cin-plans/" + planId).json().get("nextReview").get("dueDate").asString()).isEqualTo("2027-02-28");
        // On 1 Mar 2027 it is overdue.
        clock.set(LocalDateTime.of(2027, 3, 1, 9, 0));
        assertThat(sw().get("/api/cin-plans/" + planId).json().get("nextReview").get("status").asString()).isEqualTo("OVERDUE");
        // The default next review date of a review on 31 Mar 2027 is 30 Jun 2027 (no 31 Jun).
        assertThat(plans.defaultNextReviewDate(LocalDate.of(2027, 3, 31))).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Autowired
    ChildInNeedPlans plans;

    @Test
    void endingThePlanCancelsTheReviewClockAndFreezesThePlan() {
        var r = referral();
        long planId = startPlan(r, "2026-12-01");
        String p = "/api/cin-plans/" + planId;
        clock.set(LocalDateTime.of(2026, 12, 10, 12, 0));
        assertThat(sw().post(p + "/visits", Map.of("visitedAt", "2026-12-08T10:00", "seen", true, "seenAlone", false)).status()).isEqualTo(201);
        assertBad(sw().post(p + "/end", Map.of("reason", "NO_LONGER_IN_NEED")), "endDate");
        assertBad(sw().post(p + "/end", Map.of("endDate", "2026-12-11", "reason", "NO_LONGER_IN_NEED")), "endDate");
        assertBad(sw().post(p + "/end", Map.of("endDate", "2026-11-30", "reason", "NO_LONGER_IN_NEED")), "endDate");
        assertBad(sw().post(p + "/end", Map.of("endDate", "2026-12-07", "reason", "NO_LONGER_IN_NEED")), "endDate"); // before the visit
        assertBad(sw().post(p + "/end", Map.of("endDate", "2026-12-10")), "reason");
        assertBad(sw().post(p + "/end", Map.of("endDate", "2026-12-10", "reason", "OTHER")), "note");
        assertBad(sw().post(p + "/end", Map.of("endDate", "2026-12-10", "reason", "BORED")), "reason");

        Api.Response ended = sw().post(p + "/end", Map.of("endDate", "2026-12-10", "reason", "STEPPED_DOWN_TO_EARLY_HELP"));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().get("endDate").asString()).isEqualTo("2026-12-10");
        assertThat(ended.json().get("open").asBoolean()).isFalse();
        assertThat(ended.json().get("nextReview").isNull()).isTrue();
        assertThat(clocks.clocksFor(r.childId())).noneMatch(c -> c.clockId().equals("cin-plan-review"));
        String values = jdbc.sql("select before_values::text || ' -> ' || after_values::text from audit_event "
                + "where child_id = ? and action = 'CIN_PLAN_ENDED'").param(r.childId()).query(String.class).single();
        assertThat(values).contains("open", "2026-12-10", "STEPPED_DOWN_TO_EARLY_HELP");

        assertConflict(sw().post(p + "/end", Map.of("endDate", "2026-12-10", "reason", "NO_LONGER_IN_NEED")), "planEnded");
        assertConflict(sw().post(p + "/needs", Map.of("description", "More")), "planEnded");
        assertConflict(sw().post(p + "/visits", Map.of("visitedAt", "2026-12-10T10:00", "seen", false)), "planEnded");
        assertConflict(sw().post(p + "/reviews", Map.of("reviewDate", "2026-12-10", "attendees", "x", "progressSummary", "y",
                "decision", "CONTINUE")), "planEnded");
        assertThat(sw().get("/api/cin-plans/999999999").status()).isEqualTo(404);
    }

    @Test
    void theCaseCannotCloseBeforeTheLatestPlanActivity() {
        var r = referral();
        long planId = startPlan(r, "2026-12-01");
        clock.set(LocalDateTime.of(2026, 12, 3, 15, 0));
        sw().post("/api/cin-plans/" + planId + "/visits", Map.of("visitedAt", "2026-12-03T14:00", "seen", true, "seenAlone", true));
        var latest = activities.stream().map(a -> a.latestActivity(r.caseId())).flatMap(java.util.Optional::stream)
                .max(java.util.Comparator.comparing(EpisodeActivity.Activity::at)).orElseThrow();
        assertThat(latest.what()).isEqualTo("Child in need visit");
        assertThat(latest.at()).isEqualTo(LocalDateTime.of(2026, 12, 3, 14, 0).atZone(uk.safeguard.platform.TimeConfiguration.LONDON).toInstant());
    }

    @Autowired
    ChildInNeedReports reports;

    @Test
    void reportsReadPlansReviewsAndVisitsInAPeriodWithSsdNames() {
        var r = referral();
        long planId = startPlan(r, "2026-12-01");
        sw().post("/api/cin-plans/" + planId + "/visits", Map.of("visitedAt", "2026-12-01T08:30", "seen", true, "seenAlone", false,
                "bedroomSeen", true));
        clock.set(LocalDateTime.of(2027, 1, 5, 10, 0));
        sw().post("/api/cin-plans/" + planId + "/reviews", Map.of("reviewDate", "2027-01-05", "attendees", "Sam Okafor",
                "progressSummary", "Going well", "decision", "STEP_UP"));

        var plan = reports.plansOpenIn(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)).stream()
                .filter(p -> p.cinpCinPlanId() == planId).findFirst().orElseThrow();
        assertThat(plan.cinpPersonId()).isEqualTo(r.childId());
        assertThat(plan.cinpReferralId()).isEqualTo(r.caseId());
        assertThat(plan.cinpCinPlanStartDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(reports.plansOpenIn(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).noneMatch(p -> p.cinpCinPlanId() == planId);
        // The per-child read is the same rows as the range read filtered to the child.
        assertThat(reports.plansOf(r.childId())).contains(plan).isEqualTo(reports.plansOpenIn(LocalDate.of(2000, 1, 1),
                LocalDate.of(2100, 12, 31)).stream().filter(p -> p.cinpPersonId() == r.childId()).toList());

        var visit = reports.visitsIn(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)).stream()
                .filter(v -> v.cinPlanId() == planId).findFirst().orElseThrow();
        assertThat(visit.cinvCinVisitSeen()).isEqualTo("Yes");
        assertThat(visit.cinvCinVisitSeenAlone()).isEqualTo("No");
        assertThat(visit.cinvCinVisitBedroom()).isEqualTo("Yes");
        assertThat(reports.visitsIn(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 31))).noneMatch(v -> v.cinPlanId() == planId);

        assertThat(reports.reviewsIn(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31)))
                .anyMatch(f -> f.cinPlanId() == planId && f.decision() == ReviewDecision.STEP_UP
                        && f.nextReviewDate().equals(LocalDate.of(2027, 4, 5)));
        // A step up puts a task on a manager's work tray (WT2023 chapter 3: the manager and lead practitioner decide on a
        // strategy discussion).
        assertThat(audit.chronology(r.childId())).anyMatch(e -> e.action().equals("TASK_ASSIGNED")
                && e.summary().contains("Consider a strategy discussion"));
    }
}
