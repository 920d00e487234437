package uk.safeguard.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.Actor;
import uk.safeguard.clock.ChildClock;
import uk.safeguard.clock.ClockEvents;
import uk.safeguard.clock.ClockStatus;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.notify.Notifications;
import uk.safeguard.people.NewPerson;
import uk.safeguard.people.NewRelationship;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonDetails;
import uk.safeguard.people.PersonKind;
import uk.safeguard.people.RelationshipType;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.work.AllocationRule;
import uk.safeguard.work.CaseWork;
import uk.safeguard.work.EpisodeActivity;

/** Conferences and child protection plans through the API: every rule, with bad input. */
class ConferenceApiTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    StatutoryClocks clocks;
    @Autowired
    UserDirectory users;
    @Autowired
    Notifications notifications;
    @Autowired
    CaseWork caseWork;
    @Autowired
    List<AllocationRule> allocationRules;
    @Autowired
    List<EpisodeActivity> episodeActivities;
    @Autowired
    uk.safeguard.audit.AuditTrail audit;

    ConferenceFixtures f;

    @BeforeEach
    void fixtures() {
        f = new ConferenceFixtures(people, clocks, jdbc, users, this::as);
    }

    private static String field(Api.Response r) {
        return r.json().get("field").asString();
    }

    private ChildClock clock(long childId, String clockId) {
        return clocks.clocksFor(childId).stream().filter(c -> c.clockId().equals(clockId))
                .max(java.util.Comparator.comparing(ChildClock::startedAt)).orElseThrow();
    }

    private static Map<String, LocalDate> due(JsonNode plan) {
        Map<String, LocalDate> due = new HashMap<>();
        plan.get("nextDue").forEach(d -> due.put(d.get("clockId").asString(), LocalDate.parse(d.get("dueDate").asString())));
        return due;
    }

    private ConferenceFixtures.Child childWithS47(LocalDateTime referredAt, LocalDateTime s47At) {
        clock.set(referredAt);
        ConferenceFixtures.Child c = f.referred("social-worker");
        f.s47Started(c, s47At);
        LocalDateTime usualNow = LocalDateTime.of(2026, 12, 1, 9, 0);
        if (referredAt.isBefore(usualNow)) {
            clock.set(usualNow); // the test clock's usual now
        }
        return c;
    }

    @Test
    void an_icpc_on_30_november_makes_a_plan_with_its_first_review_due_by_28_february() {
        ConferenceFixtures.Child c = childWithS47(LocalDateTime.of(2026, 11, 20, 9, 0), LocalDateTime.of(2026, 11, 23, 10, 0));
        clock.set(LocalDateTime.of(2026, 11, 24, 9, 0));
        JsonNode before = as("social-worker").get("/api/children/" + c.childId() + "/child-protection").json();
        assertThat(before.get("conferenceDue").get(0).get("dueDate").asString()).isEqualTo("2026-12-14");

        Api.Response scheduled = as("social-worker").post("/api/children/" + c.childId() + "/conferences",
                f.conference("INITIAL", LocalDateTime.of(2026, 11, 30, 10, 0), "conference-chair"));
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        JsonNode conference = scheduled.json();
        long id = conference.get("id").asLong();
        assertThat(conference.get("dueBy").asString()).isEqualTo("2026-12-14");
        assertThat(conference.get("dueExplanation").asString()).contains("strategy discussion");
        assertThat(conference.get("invitees")).hasSize(5);

        assertThat(as("social-worker").post("/api/conferences/" + id + "/invitations-sent", Map.of("on", "2026-11-24")).status()).isEqualTo(200);
        clock.set(LocalDateTime.of(2026, 11, 27, 9, 0));
        Api.Response papers = as("social-worker").post("/api/conferences/" + id + "/papers-sent", Map.of("on", "2026-11-27"));
        assertThat(papers.json().get("papersDaysBefore").asInt()).isEqualTo(3);
        assertThat(field(as("social-worker").post("/api/conferences/" + id + "/papers-sent", Map.of("on", "2026-11-28")))).isEqualTo("papersSentOn");

        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        Api.Response held = as("conference-chair").post("/api/conferences/" + id + "/outcome", f.planOutcome("NEG"));
        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        long planId = held.json().get("planId").asLong();
        assertThat(clock(c.childId(), "initial-child-protection-conference").status()).isEqualTo(ClockStatus.MET);

        JsonNode plan = as("social-worker").get("/api/cp-plans/" + planId).json();
        assertThat(plan.get("initialCategory").asString()).isEqualTo("NEG");
        assertThat(plan.get("latestCategoryDescription").asString()).isEqualTo("Neglect");
        assertThat(plan.get("previousPlans").asInt()).isZero();
        assertThat(plan.get("caseId").asLong()).isEqualTo(c.caseId());
        assertThat(plan.get("startedOn").asString()).isEqualTo("2026-11-30");
        Map<String, LocalDate> due = due(plan);
        assertThat(due.get("first-child-protection-review")).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(due.get("first-core-group")).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(due.get("cp-visits")).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(due).containsKey("eighteenth-birthday-review");
        assertThat(as("social-worker").get("/api/cp-plans/" + planId + "/versions").json()).hasSize(1);

        // The case (episode) cannot close before the conference: it is the case's latest activity.
        assertThat(episodeActivities.stream().map(a -> a.latestActivity(c.caseId())).flatMap(java.util.Optional::stream))
                .anySatisfy(a -> assertThat(a.what()).isEqualTo("Child protection conference"));
    }

    @Test
    void conference_and_core_group_deadlines_skip_christmas_and_new_year_bank_holidays() {
        ConferenceFixtures.Child c = childWithS47(LocalDateTime.of(2026, 12, 10, 9, 0), LocalDateTime.of(2026, 12, 14, 10, 0));
        clock.set(LocalDateTime.of(2026, 12, 17, 15, 0));
        long planId = f.icpcWithPlan(c, LocalDateTime.of(2026, 12, 17, 10, 0), "PHY");
        JsonNode plan = as("social-worker").get("/api/cp-plans/" + planId).json();
        JsonNode conference = as("social-worker").get("/api/conferences/" + plan.get("conferenceId").asLong()).json();
        // 15 WD from 14 Dec: 25 and 28 Dec and 1 Jan are bank holidays (seeds 000 line 2895).
        assertThat(conference.get("dueBy").asString()).isEqualTo("2027-01-07");
        // 10 WD from 17 Dec (seeds 000 line 2997).
        assertThat(due(plan).get("first-core-group")).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(due(plan).get("first-child-protection-review")).isEqualTo(LocalDate.of(2027, 3, 17));
    }

    @Test
    void a_review_on_31_august_sets_the_next_by_29_february_and_a_change_of_category_makes_a_version() {
        ConferenceFixtures.Child c = childWithS47(LocalDateTime.of(2027, 5, 20, 9, 0), LocalDateTime.of(2027, 5, 24, 10, 0));
        clock.set(LocalDateTime.of(2027, 5, 31, 15, 0));
        long planId = f.icpcWithPlan(c, LocalDateTime.of(2027, 5, 31, 10, 0), "NEG");
        assertThat(due(as("social-worker").get("/api/cp-plans/" + planId).json()).get("first-child-protection-review"))
                .isEqualTo(LocalDate.of(2027, 8, 31));

        // Ideally the same chair for reviews (seeds 000 line 2932): the previous chair is suggested.
        JsonNode cp = as("social-worker").get("/api/children/" + c.childId() + "/child-protection").json();
        assertThat(cp.get("suggestedChairId").asLong()).isEqualTo(f.userId("conference-chair"));
        Map<String, Object> review = f.conference("REVIEW", LocalDateTime.of(2027, 8, 31, 10, 0), "conference-chair");
        Api.Response teamManagerChair = as("social-worker").post("/api/children/" + c.childId() + "/conferences",
                f.conference("REVIEW", LocalDateTime.of(2027, 8, 31, 10, 0), "team-manager"));
        assertThat(teamManagerChair.status()).isEqualTo(409);
        assertThat(field(teamManagerChair)).isEqualTo("chairId");
        long reviewId = as("social-worker").post("/api/children/" + c.childId() + "/conferences", review).json().get("id").asLong();

        clock.set(LocalDateTime.of(2027, 8, 31, 15, 0));
        Map<String, Object> outcome = new HashMap<>(Map.of("decision", "CHANGE", "category", "EMO"));
        Api.Response noHousehold = as("conference-chair").post("/api/conferences/" + reviewId + "/outcome", outcome);
        assertThat(noHousehold.status()).isEqualTo(400);
        assertThat(field(noHousehold)).isEqualTo("householdConsidered");
        outcome.put("householdConsidered", List.of(Map.of("childId", c.childId(), "note", "Considered; threshold for proceedings not met.")));
        outcome.put("decision", "MAYBE");
        assertThat(field(as("conference-chair").post("/api/conferences/" + reviewId + "/outcome", outcome))).isEqualTo("decision");
        outcome.put("decision", "CHANGE");
        Api.Response held = as("conference-chair").post("/api/conferences/" + reviewId + "/outcome", outcome);
        assertThat(held.status()).as(held.toString()).isEqualTo(200);

        JsonNode plan = as("social-worker").get("/api/cp-plans/" + planId).json();
        assertThat(plan.get("initialCategory").asString()).isEqualTo("NEG");
        assertThat(plan.get("latestCategory").asString()).isEqualTo("EMO");
        assertThat(plan.get("reviews")).hasSize(1);
        // 6 months from 31 Aug 2027: 29 Feb 2028 (seeds 000 line 2991).
        assertThat(due(plan).get("later-child-protection-review")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(due(plan)).doesNotContainKey("first-child-protection-review");
        JsonNode versions = as("social-worker").get("/api/cp-plans/" + planId + "/versions").json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("what").asString()).contains("review");
        assertThat(versions.get(0).get("snapshot").get("latestCategory").asString()).isEqualTo("EMO");
        assertThat(versions.get(0).get("madeBy").asString()).contains("Jordan Ellis");
    }

    @Test
    void the_chair_must_be_independent_of_the_case_and_a_chair_or_manager() {
        ConferenceFixtures.Child c = childWithS47(LocalDateTime.of(2026, 11, 25, 9, 0), LocalDateTime.of(2026, 11, 26, 10, 0));
        String path = "/api/children/" + c.childId() + "/conferences";
        LocalDateTime at = LocalDateTime.of(2026, 12, 8, 10, 0);

        Api.Response manager = as("social-worker").post(path, f.conference("INITIAL", at, "team-manager"));
        assertThat(manager.status()).isEqualTo(409);
        assertThat(field(manager)).isEqualTo("chairId");
        assertThat(manager.json().get("message").asString()).contains("manages").contains("Sam Okafor").contains("independent");

        Api.Response worker = as("social-worker").post(path, f.conference("INITIAL", at, "social-worker"));
        assertThat(worker.status()).isEqualTo(409);
        assertThat(worker.json().get("message").asString()).contains("allocated worker");

        Api.Response contactOfficer = as("social-worker").post(path, f.conference("INITIAL", at, "contact-officer"));
        assertThat(contactOfficer.status()).isEqualTo(400);
        assertThat(field(contactOfficer)).isEqualTo("chairId");

        // A manager allocated the case himself is its allocated worker.
        clock.set(LocalDateTime.of(2026, 11, 25, 9, 0));
        ConferenceFixtures.Child managed = f.referred("team-manager");
        f.s47Started(managed, LocalDateTime.of(2026, 11, 26, 10, 0));
        Api.Response self = as("social-worker").post("/api/children/" + managed.childId() + "/conferences",
                f.conference("INITIAL", at, "team-manager"));
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().get("message").asString()).contains("allocated worker");

        assertThat(as("social-worker").post(path, f.conference("INITIAL", at, "conference-chair")).status()).isEqualTo(201);
    }

    @Test
    void an_initial_conference_needs_a_section_47_enquiry_begun_at_a_strategy_discussion() {
        clock.set(LocalDateTime.of(2026, 11, 25, 9, 0));
        ConferenceFixtures.Child c = f.referred("social-worker");
        Map<String, Object> body = f.conference("INITIAL", LocalDateTime.of(2026, 12, 8, 10, 0), "conference-chair");
        Api.Response none = as("social-worker").post("/api/children/" + c.childId() + "/conferences", body);
        assertThat(none.status()).isEqualTo(409);
        assertThat(field(none)).isEqualTo("kind");

        f.s47Started(c, LocalDateTime.of(2026, 11, 26, 10, 0));
        clocks.recordEvent(Actor.SYSTEM, c.childId(), ClockEvents.S47_CONCLUDED_NO_CONFERENCE,
                LocalDateTime.of(2026, 11, 30, 10, 0).atZone(TimeConfiguration.LONDON).toInstant(), "case-" + c.caseId());
        assertThat(as("social-worker").post("/api/children/" + c.childId() + "/conferences", body).status()).isEqualTo(409);
    }

    @Test
    void scheduling_refuses_bad_input_and_partners() {
        ConferenceFixtures.Child c = childWithS47(LocalDateTime.of(2026, 11, 25, 9, 0), LocalDateTime.of(2026, 11, 26, 10, 0));
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        String path = "/api/children/" + c.childId() + "/conferences";
        LocalDateTime at = LocalDateTime.of(2026, 12, 8, 10, 0);

        Map<String, Object> noKind = f.conference("INITIAL", at, "conference-chair");
        noKind.remove("kind");
        assertThat(field(as("social-worker").post(path, noKind))).isEqualTo("kind");
        assertThat(field(as("social-worker").post(path, Map.of("kind", "SOMETIMES")))).isEqualTo("kind");
        Map<String, Object> noTime = f.conference("INITIAL", at, "conference-chair");
        noTime.remove("scheduledAt");
        assertThat(field(as("social-worker").post(path, noTime))).isEqualTo("scheduledAt");
        Map<String, Object> noVenue = f.conference("INITIAL", at, "conference-chair");
        noVenue.remove("venue");
        assertThat(field(as("social-worker").post(path, noVenue))).isEqualTo("venue");
        noVenue.put("online", true);
        Map<String, Object> badInvitee = f.conference("INITIAL", at, "conference-chair");
        badInvitee.put("invitees", List.of(Map.of("type", "AGENCY", "name", "Someone")));
        assertThat(field(as("social-worker").post(path, badInvitee))).isEqualTo("invitees[0].agency");
        badInvitee.put("invitees", List.of(Map.of("type", "AGENCY", "agency", "Police", "email", "not-an-address")));
        assertThat(field(as("social-worker").post(path, badInvitee))).isEqualTo("invitees[0].email");
        badInvitee.put("invitees", List.of(Map.of("type", "AGENCY", "agencyId", 999999)));
        assertThat(field(as("social-worker").post(path, badInvitee))).isEqualTo("invitees[0].agencyId");
        assertThat(field(as("social-worker").post(path, Map.of("kind", "PRE_BIRTH")))).isEqualTo("kind");

        Api.Response partner = as("police-officer").post(path, f.conference("INITIAL", at, "conference-chair"));
        assertThat(partner.status()).isEqualTo(403);
        assertThat(as("contact-officer").post(path, f.conference("INITIAL", at, "conference-chair")).status()).isEqualTo(403);
        Api.Response online = as("social-worker").post(path, noVenue);
        assertThat(online.status()).as(online.toString()).isEqualTo(201);
        assertThat(online.json().get("online").asBoolean()).isTrue();
        long id = online.json().get("id").asLong();
        assertThat(field(as("social-worker").post("/api/conferences/" + id + "/invitations-sent", Map.of()))).isEqualTo("invitationsSentOn");
        assertThat(field(as("social-worker").post("/api/conferences/" + id + "/invitations-sent", Map.of("on", "2026-12-05"))))
                .isEqualTo("invitationsSentOn");
        assertThat(as("police-officer").get("/api/conferences/" + id).status()).isEqualTo(403);
        assertThat(as("police-officer").post("/api/conferences/" + id + "/papers-sent", Map.of("on", "2026-12-01")).status()).isEqualTo(403);
    }

    @Test
    void only_the_chair_or_a_team_manager_records_the_outcome_and_a_plan_needs_category_lead_body_and_registered_lead() {
        ConferenceFixtures.Child c = childWithS47(LocalDateTime.of(2026, 11, 20, 9, 0), LocalDateTime.of(2026, 11, 23, 10, 0));
        long id = as("social-worker").post("/api/children/" + c.childId() + "/conferences",
                f.conference("INITIAL", LocalDateTime.of(2026, 12, 3, 10, 0), "conference-chair")).json().get("id").asLong();
        String path = "/api/conferences/" + id + "/outcome";
        Api.Response early = as("conference-chair").post(path, f.planOutcome("NEG"));
        assertThat(early.status()).isEqualTo(400);
        assertThat(field(early)).isEqualTo("heldAt");
        clock.set(LocalDateTime.of(2026, 12, 3, 16, 0));

        assertThat(as("social-worker").post(path, f.planOutcome("NEG")).status()).isEqualTo(403);
        assertThat(as("police-officer").post(path, f.planOutcome("NEG")).status()).isEqualTo(403);
        Map<String, Object> o = f.planOutcome("NEG");
        o.remove("category");
        assertThat(field(as("conference-chair").post(path, o))).isEqualTo("category");
        o.put("category", "Neglectish");
        assertThat(field(as("conference-chair").post(path, o))).isEqualTo("category");
        o.put("category", "MUL");
        o.put("leadBody", "POLICE");
        assertThat(field(as("conference-chair").post(path, o))).isEqualTo("leadBody");
        o.put("leadBody", "NSPCC");
        o.put("leadSocialWorkerId", f.userId("contact-officer"));
        Api.Response unregistered = as("conference-chair").post(path, o);
        assertThat(unregistered.status()).isEqualTo(400);
        assertThat(field(unregistered)).isEqualTo("leadSocialWorkerId");
        o.put("leadSocialWorkerId", f.userId("social-worker"));
        o.put("attendance", List.of(Map.of("agency", "Police", "status", "MAYBE")));
        assertThat(field(as("conference-chair").post(path, o))).isEqualTo("attendance[0].status");
        o.put("attendance", List.of());
        o.put("reports", List.of(Map.of("agency", "Health", "receivedOn", "2026-11-26")));
        assertThat(field(as("conference-chair").post(path, o))).isEqualTo("reports[0].mayShareWithParents");
        o.put("reports", List.of(Map.of("agency", "Health", "receivedOn", "2026-11-26", "mayShareWithParents", false, "sharedOn", "2026-11-26")));
        assertThat(field(as("conference-chair").post(path, o))).isEqualTo("reports[0].sharedOn");
        o.put("reports", List.of(Map.of("agency", "Health", "receivedOn", "2026-11-26", "mayShareWithParents", true, "sharedOn", "2026-11-26")));
        assertThat(as("social-worker").get("/api/children/" + c.childId() + "/child-protection").json().get("openPlan").isNull()).isTrue();

        // A team manager (not the case's) may record it for the chair.
        Api.Response held = as("team-manager").post(path, o);
        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        assertThat(held.json().get("leadBody").asString()).isEqualTo("NSPCC");
        assertThat(held.json().get("reports").get(0).get("sharedOn").asString()).isEqualTo("2026-11-26");
        assertThat(as("conference-chair").post(path, o).status()).isEqualTo(409);
        JsonNode plan = as("social-worker").get("/api/children/" + c.childId() + "/child-protection").json().get("openPlan");
        assertThat(plan.get("latestCategoryDescription").asString()).isEqualTo("Multiple");
    }

    @Test
    void a_plan_exists_only_because_a_conference_decided_it() {
        ConferenceFixtures.Child c = childWithS47(LocalDateTime.of(2026, 11, 20, 9, 0), LocalDateTime.of(2026, 11, 23, 10, 0));
        assertThat(as("social-worker").post("/api/cp-plans", Map.of("childId", c.childId(), "category", "NEG")).status()).isIn(404, 405);
        assertThat(as("social-worker").post("/api/children/" + c.childId() + "/cp-plans", Map.of("category", "NEG")).status()).isIn(404, 405);
        long id = as("social-worker").post("/api/children/" + c.childId() + "/conferences",
                f.conference("INITIAL", LocalDateTime.of(2026, 11, 30, 10, 0), "conference-chair")).json().get("id").asLong();
        Api.Response noPlan = as("conference-chair").post("/api/conferences/" + id + "/outcome",
                Map.of("decision", "NO_PLAN", "recommendations", "Child in need plan; family support worker."));
        assertThat(noPlan.status()).as(noPlan.toString()).isEqualTo(200);
        assertThat(noPlan.json().get("planId").isNull()).isTrue();
        JsonNode cp = as("social-worker").get("/api/children/" + c.childId() + "/child-protection").json();
        assertThat(cp.get("plans")).isEmpty();
        assertThat(clock(c.childId(), "initial-child-protection-conference").status()).isEqualTo(ClockStatus.MET);
        assertThat(as("social-worker").get("/api/cp-plans/999999").status()).isEqualTo(404);
    }

    @Test
    void actions_make_versions_that_are_kept_and_bad_actions_change_nothing() {
        ConferenceFixtures.Child c = childWithS47(LocalDateTime.of(2026, 11, 20, 9, 0), LocalDateTime.of(2026, 11, 23, 10, 0));
        long planId = f.icpcWithPlan(c, LocalDateTime.of(2026, 11, 30, 10, 0), "NEG");
        String path = "/api/cp-plans/" + planId + "/actions";
        Map<String, Object> school = Map.of("agency", "Hillside Academy", "what", "Breakfast club daily", "who", "Head of year",
                "byWhen", "2026-12-18", "measure", "Attendance register");
        Map<String, Object> blank = Map.of("agency", "", "what", "");
        Map<String, Object> noMeasure = Map.of("agency", "Health", "what", "Dental check", "who", "Health visitor", "byWhen", "2027-01-15");
        Api.Response bad = as("social-worker").post(path, Map.of("actions", List.of(school, noMeasure)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(field(bad)).isEqualTo("actions[1].measure");
        assertThat(as("social-worker").get("/api/cp-plans/" + planId).json().get("actions")).isEmpty();
        assertThat(field(as("social-worker").post(path, Map.of("actions", List.of(blank))))).isEqualTo("actions");
        assertThat(as("police-officer").post(path, Map.of("actions", List.of(school))).status()).isEqualTo(403);

        Map<String, Object> health = new HashMap<>(noMeasure);
        health.put("measure", "Check recorded by the dentist");
        Api.Response added = as("social-worker").post(path, Map.of("actions", List.of(school, blank, health)));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.json().get("actions")).hasSize(2);
        assertThat(added.json().get("version").asInt()).isEqualTo(2);
        long actionId = added.json().get("actions").get(0).get("id").asLong();
        Api.Response changed = as("team-manager").post(path, Map.of("actions", List.of(Map.of("id", actionId, "status", "IN_PROGRESS"))));
        assertThat(changed.json().get("version").asInt()).isEqualTo(3);
        assertThat(field(as("team-manager").post(path, Map.of("actions", List.of(Map.of("id", actionId, "status", "SOON")))))).isEqualTo("actions[0].status");
        assertThat(field(as("team-manager").post(path, Map.of("actions", List.of(Map.of("id", 999999, "status", "DONE")))))).isEqualTo("actions[0].id");

        JsonNode versions = as("social-worker").get("/api/cp-plans/" + planId + "/versions").json();
        assertThat(versions).hasSize(3);
        assertThat(versions.get(0).get("madeBy").asString()).contains("Morgan Reid");
        assertThat(versions.get(1).get("snapshot").get("actions")).hasSize(2);
        assertThat(versions.get(2).get("snapshot").get("actions")).isEmpty();
    }

    @Test
    void core_groups_record_absentees_written_views_and_visits_record_seen_alone() {
        ConferenceFixtures.Child c = childWithS47(LocalDateTime.of(2026, 11, 20, 9, 0), LocalDateTime.of(2026, 11, 23, 10, 0));
        long planId = f.icpcWithPlan(c, LocalDateTime.of(2026, 11, 30, 10, 0), "NEG");
        clock.set(LocalDateTime.of(2026, 12, 9, 16, 0));
        String path = "/api/cp-plans/" + planId + "/core-groups";
        Map<String, Object> meeting = new HashMap<>();
        meeting.put("metOn", "2026-12-09");
        meeting.put("attendees", List.of(Map.of("name", "Sam Okafor", "agency", "Children's Services"), Map.of("name", "", "agency", "")));
        meeting.put("absenteeViews", List.of(Map.of("name", "Jamie Collins", "agency", "Health")));
        meeting.put("decisions", "Weekly home visits; nursery place.");
        assertThat(field(as("social-worker").post(path, meeting))).isEqualTo("absenteeViews[0].views");
        meeting.put("absenteeViews", List.of(Map.of("name", "Jamie Collins", "agency", "Health", "views", "Weight gain on track.")));
        meeting.put("metOn", "2026-12-10");
        assertThat(field(as("social-worker").post(path, meeting))).isEqualTo("metOn");
        meeting.put("metOn", "2026-11-29");
        assertThat(field(as("social-worker").post(path, meeting))).isEqualTo("metOn");
        meeting.put("metOn", "2026-12-09");
        Map<String, Object> noAttendees = new HashMap<>(meeting);
        noAttendees.put("attendees", List.of());
        assertThat(field(as("social-worker").post(path, noAttendees))).isEqualTo("attendees");
        meeting.put("actions", List.of(Map.of("agency", "Children's Services", "what", "Nursery place", "who", "Sam Okafor",
                "byWhen", "2027-01-08", "measure", "Place confirmed")));
        Api.Response met = as("social-worker").post(path, meeting);
        assertThat(met.status()).as(met.toString()).isEqualTo(200);
        JsonNode plan = met.json();
        assertThat(plan.get("coreGroups").get(0).get("absenteeViews").get(0).get("views").asString()).isEqualTo("Weight gain on track.");
        assertThat(plan.get("actions")).hasSize(1);
        assertThat(plan.get("version").asInt()).isEqualTo(2);
        assertThat(due(plan)).doesNotContainKey("first-core-group");

        String visits = "/api/cp-plans/" + planId + "/visits";
        assertThat(field(as("social-worker").post(visits, Map.of("visitedAt", "2026-12-09T10:00", "seen", false, "seenAlone", true)))).isEqualTo("seenAlone");
        assertThat(field(as("social-worker").post(visits, Map.of("visitedAt", "2026-12-09T10:00", "seenAlone", false)))).isEqualTo("seen");
        assertThat(field(as("social-worker").post(visits, Map.of("visitedAt", "2026-12-10T10:00", "seen", true, "seenAlone", true)))).isEqualTo("visitedAt");
        Api.Response visited = as("social-worker").post(visits, Map.of("visitedAt", "2026-12-09T10:00", "seen", true, "seenAlone", true));
        assertThat(visited.status()).as(visited.toString()).isEqualTo(200);
        assertThat(visited.json().get("visits").get(0).get("visitor").asString()).isEqualTo("Sam Okafor");
        assertThat(due(visited.json()).get("cp-visits")).isEqualTo(LocalDate.of(2026, 12, 23));
        clock.set(LocalDateTime.of(2026, 12, 16, 16, 0));
        Api.Response again = as("social-worker").post(visits, Map.of("visitedAt", "2026-12-16T10:00", "seen", true, "seenAlone", false, "visitor", "Morgan Reid"));
        // 10 working days from 16 Dec, over 25 and 28 Dec and 1 Jan.
        assertThat(due(again.json()).get("cp-visits")).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void a_plan_ends_only_for_the_five_reasons_and_every_agency_invited_to_the_icpc_is_told() {
        ConferenceFixtures.Child c = childWithS47(LocalDateTime.of(2026, 11, 20, 9, 0), LocalDateTime.of(2026, 11, 23, 10, 0));
        long planId = f.icpcWithPlan(c, LocalDateTime.of(2026, 11, 30, 10, 0), "NEG");
        String path = "/api/cp-plans/" + planId + "/end";
        assertThat(field(as("social-worker").post(path, Map.of("endReason", "FAMILY_COOPERATING")))).isEqualTo("endReason");
        assertThat(field(as("social-worker").post(path, Map.of()))).isEqualTo("endReason");
        assertThat(field(as("social-worker").post(path, Map.of("endReason", "MOVED_TO_ANOTHER_LA")))).isEqualTo("otherLaConferenceOn");
        assertThat(field(as("social-worker").post(path, Map.of("endReason", "MOVED_TO_ANOTHER_LA", "endedOn", "2026-11-30",
                "otherLaConferenceOn", "2026-12-01")))).isEqualTo("otherLaConferenceOn");
        Api.Response eighteen = as("social-worker").post(path, Map.of("endReason", "REACHED_18"));
        assertThat(eighteen.status()).isEqualTo(409);
        assertThat(field(eighteen)).isEqualTo("endReason");
        assertThat(field(as("social-worker").post(path, Map.of("endReason", "DIED", "endedOn", "2026-11-29")))).isEqualTo("endedOn");
        assertThat(as("police-officer").post(path, Map.of("endReason", "NO_LONGER_AT_RISK")).status()).isEqualTo(403);

        Api.Response ended = as("social-worker").post(path, Map.of("endReason", "NO_LONGER_AT_RISK", "note", "Home conditions sustained."));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        JsonNode plan = ended.json();
        assertThat(plan.get("open").asBoolean()).isFalse();
        assertThat(plan.get("ending").get("reason").asString()).isEqualTo("NO_LONGER_AT_RISK");
        List<String> told = new ArrayList<>();
        plan.get("endNotices").forEach(n -> told.add(n.get("agency").asString()));
        assertThat(told).containsExactly("Riverford Police", "Riverford Community Health NHS Trust", "Hillside Academy");
        assertThat(plan.get("endNotices").get(0).get("toEmail").isNull()).isTrue();
        assertThat(plan.get("endNotices").get(1).get("toEmail").asString()).isEqualTo("safeguarding@health.example");
        assertThat(notifications.about("cp-plan-" + planId)).hasSize(3)
                .allSatisfy(n -> assertThat(n.subject()).startsWith("Child protection plan ended"));
        assertThat(plan.get("nextDue")).isEmpty();
        assertThat(clocks.clocksFor(c.childId())).noneMatch(k -> k.clockId().equals("first-core-group") && k.status().isOpen());
        assertThat(as("social-worker").post(path, Map.of("endReason", "DIED")).status()).isEqualTo(409);
        assertThat(as("social-worker").post("/api/cp-plans/" + planId + "/visits",
                Map.of("visitedAt", "2026-12-01T08:00", "seen", true, "seenAlone", false)).status()).isEqualTo(409);

        // A second plan for the same child counts the first (a national indicator).
        f.s47Started(c, LocalDateTime.of(2026, 12, 1, 8, 0));
        clock.set(LocalDateTime.of(2026, 12, 4, 15, 0));
        long second = f.icpcWithPlan(c, LocalDateTime.of(2026, 12, 4, 10, 0), "PHY");
        JsonNode again = as("social-worker").get("/api/cp-plans/" + second).json();
        assertThat(again.get("previousPlans").asInt()).isEqualTo(1);
        assertThat(again.get("secondOrSubsequent").asBoolean()).isTrue();
    }

    @Test
    void a_move_to_another_authority_ends_the_plan_only_after_that_authoritys_conference() {
        ConferenceFixtures.Child c = childWithS47(LocalDateTime.of(2026, 11, 20, 9, 0), LocalDateTime.of(2026, 11, 23, 10, 0));
        long planId = f.icpcWithPlan(c, LocalDateTime.of(2026, 11, 30, 10, 0), "SAB");
        Api.Response ended = as("team-manager").post("/api/cp-plans/" + planId + "/end",
                Map.of("endReason", "MOVED_TO_ANOTHER_LA", "otherLaConferenceOn", "2026-12-01", "endedOn", "2026-12-01"));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().get("ending").get("otherLaConferenceOn").asString()).isEqualTo("2026-12-01");
    }

    @Test
    void the_plan_ends_at_18_only_after_a_review_planned_around_the_birthday() {
        clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
        long child = TestChildren.register(people, "Ava", "Eighteenth", LocalDate.of(2008, 12, 20));
        var r = uk.safeguard.support.TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        jdbc.sql("update case_file set allocated_worker_id = ? where id = ?").params(f.userId("social-worker"), r.caseId()).update();
        ConferenceFixtures.Child c = new ConferenceFixtures.Child(child, r.caseId());
        f.s47Started(c, LocalDateTime.of(2026, 11, 23, 10, 0));
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        long planId = f.icpcWithPlan(c, LocalDateTime.of(2026, 11, 30, 10, 0), "EMO");
        assertThat(due(as("social-worker").get("/api/cp-plans/" + planId).json()).get("eighteenth-birthday-review")).isEqualTo(LocalDate.of(2026, 12, 19));

        Map<String, Object> review = f.conference("REVIEW", LocalDateTime.of(2026, 12, 18, 10, 0), "conference-chair");
        review.put("eighteenthBirthdayReview", true);
        long reviewId = as("social-worker").post("/api/children/" + child + "/conferences", review).json().get("id").asLong();
        clock.set(LocalDateTime.of(2026, 12, 21, 9, 0));
        Api.Response tooSoon = as("social-worker").post("/api/cp-plans/" + planId + "/end", Map.of("endReason", "REACHED_18"));
        assertThat(tooSoon.status()).isEqualTo(409);
        assertThat(tooSoon.json().get("message").asString()).contains("planned in advance");
        Api.Response held = as("conference-chair").post("/api/conferences/" + reviewId + "/outcome", Map.of("decision", "CONTINUE",
                "householdConsidered", List.of(Map.of("childId", child, "note", "Turning 18; adult services involved."))));
        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        assertThat(clock(child, "eighteenth-birthday-review").status()).isEqualTo(ClockStatus.MET);
        Api.Response ended = as("social-worker").post("/api/cp-plans/" + planId + "/end", Map.of("endReason", "REACHED_18", "endedOn", "2026-12-20"));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
    }

    @Test
    void a_transfer_in_conference_is_due_15_working_days_after_the_move_was_notified() {
        clock.set(LocalDateTime.of(2026, 12, 21, 9, 0));
        ConferenceFixtures.Child c = f.referred("social-worker");
        clock.set(LocalDateTime.of(2026, 12, 22, 9, 0));
        String path = "/api/children/" + c.childId() + "/transfer-in-notifications";
        assertThat(field(as("social-worker").post(path, Map.of("fromAuthority", "Elsewhere Council")))).isEqualTo("notifiedAt");
        assertThat(field(as("social-worker").post(path, Map.of("notifiedAt", "2026-12-21T10:00")))).isEqualTo("fromAuthority");
        assertThat(as("police-officer").post(path, Map.of("notifiedAt", "2026-12-21T10:00", "fromAuthority", "X")).status()).isEqualTo(403);
        Api.Response notified = as("social-worker").post(path, Map.of("notifiedAt", "2026-12-21T10:00", "fromAuthority", "Elsewhere Council"));
        assertThat(notified.status()).as(notified.toString()).isEqualTo(201);
        long transferId = notified.json().get("id").asLong();

        Map<String, Object> body = f.conference("TRANSFER_IN", LocalDateTime.of(2027, 1, 12, 10, 0), "conference-chair");
        assertThat(field(as("social-worker").post("/api/children/" + c.childId() + "/conferences", body))).isEqualTo("transferInId");
        body.put("transferInId", transferId);
        Api.Response scheduled = as("social-worker").post("/api/children/" + c.childId() + "/conferences", body);
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        // 15 WD from 21 Dec over 25 and 28 Dec and 1 Jan (seeds 000 line 3036).
        assertThat(scheduled.json().get("dueBy").asString()).isEqualTo("2027-01-14");
        assertThat(as("social-worker").post("/api/children/" + c.childId() + "/conferences", body).status()).isEqualTo(409);

        clock.set(LocalDateTime.of(2027, 1, 12, 15, 0));
        Api.Response held = as("conference-chair").post("/api/conferences/" + scheduled.json().get("id").asLong() + "/outcome", f.planOutcome("NEG"));
        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        assertThat(clock(c.childId(), "transfer-in-conference").status()).isEqualTo(ClockStatus.MET);
        assertThat(held.json().get("planId").isNull()).isFalse();
    }

    @Test
    void a_pre_birth_conference_is_about_an_unborn_child() {
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        long unborn = people.register(Actor.SYSTEM, new NewPerson(new PersonDetails(PersonKind.UNBORN, "Baby", "Testunborn", null,
                LocalDate.of(2027, 3, 1), null, null, null, null, null, null, false, List.of())));
        long born = TestChildren.register(people);
        Map<String, Object> body = f.conference("PRE_BIRTH", LocalDateTime.of(2026, 12, 10, 10, 0), "conference-chair");
        assertThat(field(as("social-worker").post("/api/children/" + born + "/conferences", body))).isEqualTo("kind");
        assertThat(field(as("social-worker").post("/api/children/" + unborn + "/conferences",
                f.conference("INITIAL", LocalDateTime.of(2026, 12, 10, 10, 0), "conference-chair")))).isEqualTo("kind");
        Api.Response scheduled = as("social-worker").post("/api/children/" + unborn + "/conferences", body);
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        assertThat(scheduled.json().get("kindLabel").asString()).isEqualTo("Pre-birth child protection conference");
        assertThat(scheduled.json().get("expectedDeliveryDate").asString()).isEqualTo("2027-03-01");
    }

    @Test
    void pre_proceedings_letters_go_to_every_holder_of_parental_responsibility() {
        ConferenceFixtures.Child c = childWithS47(LocalDateTime.of(2026, 11, 20, 9, 0), LocalDateTime.of(2026, 11, 23, 10, 0));
        long mother = people.register(Actor.SYSTEM, new NewPerson(new PersonDetails(PersonKind.ADULT, "Dana", "Testparent",
                LocalDate.of(1990, 5, 1), null, null, null, null, null, null, null, false, List.of())));
        long uncle = people.register(Actor.SYSTEM, new NewPerson(new PersonDetails(PersonKind.ADULT, "Lee", "Testuncle",
                LocalDate.of(1985, 5, 1), null, null, null, null, null, null, null, false, List.of())));
        people.addRelationship(Actor.SYSTEM, c.childId(), new NewRelationship(mother, RelationshipType.PARENT, true, null, null));
        people.addRelationship(Actor.SYSTEM, c.childId(), new NewRelationship(uncle, RelationshipType.OTHER_RELATIVE, false, null, null));
        long planId = f.icpcWithPlan(c, LocalDateTime.of(2026, 11, 30, 10, 0), "NEG");
        String path = "/api/cp-plans/" + planId + "/pre-proceedings";
        JsonNode plan = as("social-worker").get("/api/cp-plans/" + planId).json();
        assertThat(plan.get("parentalResponsibility")).hasSize(1);
        assertThat(plan.get("parentalResponsibility").get(0).get("personId").asLong()).isEqualTo(mother);

        assertThat(field(as("social-worker").post(path, Map.of("letters", List.of(Map.of("recipientId", uncle, "sentOn", "2026-12-01"))))))
                .isEqualTo("letters[0].recipientId");
        assertThat(field(as("social-worker").post(path, Map.of("letters", List.of(Map.of("recipientId", mother))))))
                .isEqualTo("letters[0].sentOn");
        Api.Response noLetter = as("social-worker").post(path, Map.of("outcome", "Decision to Issue Care Proceedings"));
        assertThat(noLetter.status()).isEqualTo(409);
        assertThat(field(noLetter)).isEqualTo("letters");
        assertThat(field(as("social-worker").post(path, Map.of("fgcOfferedOn", "2026-12-01", "fgcHeldOn", "2026-11-30")))).isEqualTo("fgcHeldOn");
        Api.Response saved = as("team-manager").post(path, Map.of("letters", List.of(Map.of("recipientId", mother, "sentOn", "2026-12-01")),
                "legalPlanningMeetingOn", "2026-11-30", "legalPlanningDecision", "Threshold met; pre-proceedings",
                "fgcOfferedOn", "2026-12-01", "outcome", "Decision to step down"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("parentalResponsibility").get(0).get("letterSent").asBoolean()).isTrue();
        assertThat(saved.json().get("preProceedings").get("letters").get(0).get("recipient").asString()).contains("Testparent");
    }

    @Test
    void while_a_plan_is_open_only_a_registered_social_worker_may_lead_the_case() {
        ConferenceFixtures.Child c = childWithS47(LocalDateTime.of(2026, 11, 20, 9, 0), LocalDateTime.of(2026, 11, 23, 10, 0));
        var openCase = caseWork.openCasesFor(c.childId()).stream().filter(k -> k.id() == c.caseId()).findFirst().orElseThrow();
        assertThat(allocationRules.stream().map(r -> r.refusal(openCase, f.userId("early-help-practitioner"))).flatMap(java.util.Optional::stream)).isEmpty();
        f.icpcWithPlan(c, LocalDateTime.of(2026, 11, 30, 10, 0), "NEG");
        assertThat(allocationRules.stream().map(r -> r.refusal(openCase, f.userId("early-help-practitioner"))).flatMap(java.util.Optional::stream))
                .anySatisfy(why -> assertThat(why).contains("registered social worker"));
        assertThat(allocationRules.stream().map(r -> r.refusal(openCase, f.userId("social-worker"))).flatMap(java.util.Optional::stream)).isEmpty();
    }

    @Test
    void a_review_may_end_the_plan_for_one_of_the_five_reasons_and_views_are_logged() {
        ConferenceFixtures.Child c = childWithS47(LocalDateTime.of(2026, 11, 20, 9, 0), LocalDateTime.of(2026, 11, 23, 10, 0));
        long planId = f.icpcWithPlan(c, LocalDateTime.of(2026, 11, 30, 10, 0), "NEG");
        long reviewId = as("social-worker").post("/api/children/" + c.childId() + "/conferences",
                f.conference("REVIEW", LocalDateTime.of(2026, 12, 1, 8, 0), "conference-chair")).json().get("id").asLong();
        Map<String, Object> outcome = new HashMap<>(Map.of("decision", "END", "endReason", "BETTER",
                "householdConsidered", List.of(Map.of("childId", c.childId(), "note", "Considered."))));
        Api.Response bad = as("conference-chair").post("/api/conferences/" + reviewId + "/outcome", outcome);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(field(bad)).isEqualTo("endReason");
        assertThat(as("social-worker").get("/api/conferences/" + reviewId).json().get("held").asBoolean()).isFalse();
        outcome.put("endReason", "LEFT_UK");
        Api.Response held = as("conference-chair").post("/api/conferences/" + reviewId + "/outcome", outcome);
        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        JsonNode plan = as("team-manager").get("/api/cp-plans/" + planId).json();
        assertThat(plan.get("ending").get("reason").asString()).isEqualTo("LEFT_UK");
        assertThat(plan.get("endNotices")).hasSize(3);
        assertThat(clock(c.childId(), "first-child-protection-review").status()).isEqualTo(ClockStatus.MET);
        assertThat(audit.views(c.childId(), 50)).anySatisfy(v -> {
            assertThat(v.username()).isEqualTo("team-manager");
            assertThat(v.what()).isEqualTo("child protection plan " + planId);
        });
        assertThat(audit.chronology(c.childId())).anySatisfy(e -> assertThat(e.toString()).contains("Child protection plan ended"));
    }

    @Test
    void the_api_is_documented() {
        String docs = anonymous().get("/v3/api-docs").body();
        assertThat(docs).contains("/api/children/{id}/conferences").contains("/api/cp-plans/{id}/versions")
                .contains("/api/children/{id}/transfer-in-notifications").contains("/api/cp-plans/{id}/pre-proceedings");
    }
}
