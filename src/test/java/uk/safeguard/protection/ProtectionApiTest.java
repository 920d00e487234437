package uk.safeguard.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguard.protection.ProtectionTestSupport.attendee;
import static uk.safeguard.protection.ProtectionTestSupport.discussion;
import static uk.safeguard.protection.ProtectionTestSupport.london;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.Actor;
import uk.safeguard.notify.Notifications;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.protection.internal.Section47AllocationRule;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;
import uk.safeguard.work.CaseKind;
import uk.safeguard.work.CaseWork;
import uk.safeguard.work.EpisodeActivity;
import uk.safeguard.work.OpenCase;

class ProtectionApiTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    UserDirectory users;
    @Autowired
    CaseWork caseWork;
    @Autowired
    ChildAccess childAccess;
    @Autowired
    Notifications notifications;
    @Autowired
    Section47AllocationRule allocationRule;
    @Autowired
    List<EpisodeActivity> episodeActivities;
    @Autowired
    StrategyDiscussions discussions;

    long la;
    long police;
    long health;
    long socialWorker;
    long teamManager;

    @BeforeEach
    void ids() {
        la = users.agencyByCode("LA-CSC").orElseThrow().id();
        police = users.agencyByCode("POLICE").orElseThrow().id();
        health = users.agencyByCode("HEALTH").orElseThrow().id();
        socialWorker = users.findByUsername("social-worker").orElseThrow().id();
        teamManager = users.findByUsername("team-manager").orElseThrow().id();
    }

    /** A referred child whose child-in-need case is allocated to the social worker. */
    private TestReferrals.Referral allocatedReferral() {
        long child = TestChildren.register(people);
        TestReferrals.Referral referral = TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        jdbc.sql("update case_file set allocated_worker_id = ? where id = ?").params(socialWorker, referral.caseId()).update();
        return referral;
    }

    private List<Map<String, Object>> fullAttendance() {
        return List.of(attendee("Sam Okafor", la, "Social worker", true), attendee("PC Dee Harper", police, "CAIT officer", true),
                attendee("Lee Marsh", health, "Named nurse", true));
    }

    private JsonNode clock(long child, String clockId) {
        JsonNode clocks = as("social-worker").get("/api/children/" + child + "/clocks").json();
        return clocks.valueStream().filter(c -> c.get("clockId").asString().equals(clockId)).findFirst().orElse(null);
    }

    private Api.Response holdDiscussion(long caseId, LocalDateTime at, boolean s47) {
        return as("social-worker").post("/api/cases/" + caseId + "/strategy-discussions", discussion(at, s47, fullAttendance()));
    }

    private static void assertField(Api.Response r, int status, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().get("field").asString()).as(r.toString()).isEqualTo(field);
    }

    // --- immediate protection

    private Map<String, Object> policeProtection(LocalDateTime at) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "POLICE_PROTECTION");
        body.put("agencyId", police);
        body.put("takenAt", london(at));
        body.put("childSeenBy", "PC Dee Harper");
        body.put("legalAdviceObtained", false);
        return body;
    }

    @Test
    void policeProtectionStartsBothClocksAndTheStrategyDiscussionStopsThePostEmergencyOne() {
        TestReferrals.Referral r = allocatedReferral();
        clock.set(LocalDateTime.of(2026, 12, 1, 10, 0));
        Api.Response saved = as("social-worker").post("/api/children/" + r.childId() + "/emergency-actions",
                policeProtection(LocalDateTime.of(2026, 12, 1, 9, 30)));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        long id = saved.json().get("id").asLong();
        assertThat(clock(r.childId(), "strategy-discussion-after-emergency-action").get("status").asString()).isEqualTo("running");
        assertThat(clock(r.childId(), "strategy-discussion-after-emergency-action").get("dueAt").asString()).isEqualTo("2026-12-02");
        JsonNode pp = clock(r.childId(), "police-protection");
        assertThat(pp.get("dueAt").asString()).isEqualTo("2026-12-04T09:30:00Z");

        clock.set(LocalDateTime.of(2026, 12, 1, 16, 0));
        assertThat(holdDiscussion(r.caseId(), LocalDateTime.of(2026, 12, 1, 15, 0), false).status()).isEqualTo(201);
        JsonNode after = clock(r.childId(), "strategy-discussion-after-emergency-action");
        assertThat(after.get("status").asString()).isEqualTo("met");
        assertThat(as("social-worker").get("/api/emergency-actions/" + id).json().get("followedByStrategyDiscussionId").isNull()).isFalse();

        // Ended within 72 hours: met, not flagged.
        clock.set(LocalDateTime.of(2026, 12, 3, 12, 0));
        Api.Response ended = as("social-worker").post("/api/emergency-actions/" + id + "/end",
                Map.of("endedAt", london(LocalDateTime.of(2026, 12, 3, 11, 0))));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().get("endedLate").asBoolean()).isFalse();
        assertThat(clock(r.childId(), "police-protection").get("status").asString()).isEqualTo("met");
        assertField(as("social-worker").post("/api/emergency-actions/" + id + "/end",
                Map.of("endedAt", london(LocalDateTime.of(2026, 12, 3, 11, 30)))), 409, "endedAt");
    }

    @Test
    void thePostEmergencyDiscussionClockSkipsChristmasAndNewYearAndEachActionIsStoppedByItsOwnReference() {
        TestReferrals.Referral r = allocatedReferral();
        clock.set(LocalDateTime.of(2027, 1, 4, 12, 0));
        // Thu 24 Dec 2026 + 1 working day: 25 and 28 Dec are bank holidays, so Tue 29 Dec.
        Map<String, Object> christmasEve = policeProtection(LocalDateTime.of(2026, 12, 24, 22, 0));
        christmasEve.put("type", "EMERGENCY_PROTECTION_ORDER");
        christmasEve.put("agencyId", la);
        long first = as("social-worker").post("/api/children/" + r.childId() + "/emergency-actions", christmasEve).json().get("id").asLong();
        // Thu 31 Dec 2026 + 1 working day: 1 Jan is a bank holiday, so Mon 4 Jan 2027.
        long second = as("social-worker").post("/api/children/" + r.childId() + "/emergency-actions",
                policeProtection(LocalDateTime.of(2026, 12, 31, 23, 0))).json().get("id").asLong();
        JsonNode clocks = as("social-worker").get("/api/children/" + r.childId() + "/clocks").json();
        List<String> due = clocks.valueStream().filter(c -> c.get("clockId").asString().equals("strategy-discussion-after-emergency-action"))
                .map(c -> c.get("dueAt").asString() + " " + c.get("status").asString()).sorted().toList();
        assertThat(due).containsExactly("2026-12-29 overdue", "2027-01-04 running");

        // One discussion on 4 Jan stops both: one STRATEGY_DISCUSSION_HELD per action, each with that action's reference.
        assertThat(holdDiscussion(r.caseId(), LocalDateTime.of(2027, 1, 4, 10, 0), false).status()).isEqualTo(201);
        clocks = as("social-worker").get("/api/children/" + r.childId() + "/clocks").json();
        due = clocks.valueStream().filter(c -> c.get("clockId").asString().equals("strategy-discussion-after-emergency-action"))
                .map(c -> c.get("dueAt").asString() + " " + c.get("status").asString()).sorted().toList();
        assertThat(due).containsExactly("2026-12-29 missed", "2027-01-04 met");
        assertThat(jdbc.sql("select count(*) from clock_event where subject_id = ? and event_type = 'STRATEGY_DISCUSSION_HELD' and reference in (?, ?)")
                .params(r.childId(), "emergency-action-" + first, "emergency-action-" + second).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void policeProtectionEndingAfterSeventyTwoHoursIsRecordedButFlagged() {
        long child = TestChildren.register(people);
        Api.Response saved = as("social-worker").post("/api/children/" + child + "/emergency-actions",
                policeProtection(LocalDateTime.of(2026, 11, 30, 8, 0)));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        long id = saved.json().get("id").asLong();
        clock.set(LocalDateTime.of(2026, 12, 4, 9, 0));
        assertField(as("social-worker").post("/api/emergency-actions/" + id + "/end",
                Map.of("endedAt", london(LocalDateTime.of(2026, 11, 29, 8, 0)))), 400, "endedAt");
        assertField(as("social-worker").post("/api/emergency-actions/" + id + "/end", Map.of()), 400, "endedAt");
        assertField(as("social-worker").post("/api/emergency-actions/" + id + "/end",
                Map.of("endedAt", london(LocalDateTime.of(2026, 12, 5, 8, 0)))), 400, "endedAt");
        // 30 Nov 08:00 + 72 h = 3 Dec 08:00; ended 3 Dec 08:01
        Api.Response ended = as("social-worker").post("/api/emergency-actions/" + id + "/end",
                Map.of("endedAt", london(LocalDateTime.of(2026, 12, 3, 8, 1))));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().get("endedLate").asBoolean()).isTrue();
        assertThat(clock(child, "police-protection").get("status").asString()).isEqualTo("missed");
        // The post-emergency clock: 1 working day from Mon 30 Nov; no strategy discussion yet, so overdue now.
        assertThat(clock(child, "strategy-discussion-after-emergency-action").get("status").asString()).isEqualTo("overdue");
        String chronology = jdbc.sql("select string_agg(summary, ' | ') from audit_event where child_id = ?").param(child).query(String.class).single();
        assertThat(chronology).contains("more than 72 hours");
    }

    @Test
    void emergencyActionRulesAndOtherChildrenAndAnotherAuthority() {
        long child = TestChildren.register(people);
        long sibling = TestChildren.register(people);
        people.createHousehold(Actor.SYSTEM, "Testchild household", List.of(child, sibling), LocalDate.of(2026, 1, 1));
        String path = "/api/children/" + child + "/emergency-actions";
        assertThat(as("police-officer").post(path, policeProtection(LocalDateTime.of(2026, 12, 1, 8, 0))).status()).isEqualTo(403);
        assertThat(as("contact-officer").post(path, policeProtection(LocalDateTime.of(2026, 12, 1, 8, 0))).status()).isEqualTo(403);

        Map<String, Object> body = policeProtection(LocalDateTime.of(2026, 12, 1, 8, 0));
        body.put("type", "OTHER");
        assertField(as("social-worker").post(path, body), 400, "otherDescription");
        body.put("type", "EMERGENCY_PROTECTION_ORDER");
        body.put("agencyId", la);
        body.remove("childSeenBy");
        assertField(as("social-worker").post(path, body), 400, "childSeenBy");
        body.put("childSeenBy", "Sam Okafor");
        body.put("legalAdviceObtained", true);
        assertField(as("social-worker").post(path, body), 400, "legalAdviceDetail");
        body.put("legalAdviceDetail", "Legal services (A. Patel) advised an EPO application, 1 Dec 07:30");
        body.put("takenAt", london(LocalDateTime.of(2026, 12, 2, 8, 0)));
        assertField(as("social-worker").post(path, body), 400, "takenAt");
        body.put("takenAt", london(LocalDateTime.of(2026, 12, 1, 8, 0)));
        Api.Response missingSibling = as("social-worker").post(path, body);
        assertField(missingSibling, 400, "householdChildren");
        body.put("householdChildren", List.of(Map.of("childId", sibling, "note", "")));
        assertField(as("social-worker").post(path, body), 400, "householdChildren[0].note");
        body.put("householdChildren", List.of(Map.of("childId", sibling, "note", "Also removed to the same foster carer")));
        body.put("perpetratorHousehold", Map.of("note", "Two children live with the alleged perpetrator"));
        assertField(as("social-worker").post(path, body), 400, "perpetratorHousehold.description");
        body.put("perpetratorHousehold", Map.of("description", "Mr X's household, 4 Mill Lane", "note", "Referred to Northshire MASH"));
        body.put("otherAuthority", Map.of("name", "Northshire County Council"));
        assertField(as("social-worker").post(path, body), 400, "otherAuthority.acceptedOn");
        body.put("otherAuthority", Map.of("name", "Northshire County Council", "acceptedOn", "2026-12-01", "acceptedBy", "J. Rowe, duty manager"));
        Api.Response saved = as("team-manager").post(path, body);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(saved.json().get("householdChildren").get(0).get("childId").asLong()).isEqualTo(sibling);
        assertThat(saved.json().get("otherAuthority").get("acceptedBy").asString()).isEqualTo("J. Rowe, duty manager");
        assertThat(saved.json().get("typeLabel").asString()).isEqualTo("Emergency protection order");
        // Not police protection: no end to record.
        assertField(as("social-worker").post("/api/emergency-actions/" + saved.json().get("id").asLong() + "/end",
                Map.of("endedAt", london(LocalDateTime.of(2026, 12, 1, 8, 30)))), 409, "type");
        assertThat(clock(child, "police-protection")).isNull();
        assertThat(clock(child, "strategy-discussion-after-emergency-action")).isNotNull();
    }

    // --- strategy discussion

    @Test
    void icpcIsDueFifteenWorkingDaysAfterTheFirstDiscussionAcrossChristmasAndNewYearBankHolidays() {
        TestReferrals.Referral r = allocatedReferral();
        clock.set(LocalDateTime.of(2026, 12, 18, 16, 0));
        Api.Response first = holdDiscussion(r.caseId(), LocalDateTime.of(2026, 12, 18, 11, 0), true);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        long enquiryId = first.json().get("section47EnquiryId").asLong();
        JsonNode icpc = clock(r.childId(), "initial-child-protection-conference");
        // Fri 18 Dec 2026 + 15 WD, skipping 25 Dec, 28 Dec and 1 Jan: Wed 13 Jan 2027.
        assertThat(icpc.get("dueAt").asString()).isEqualTo("2027-01-13");
        assertThat(icpc.get("explanation").asString()).contains("25 Dec, 28 Dec and 1 Jan are bank holidays");

        // A second discussion on the same case continues the enquiry; the clock keeps the first start.
        clock.set(LocalDateTime.of(2026, 12, 31, 12, 0));
        Api.Response second = holdDiscussion(r.caseId(), LocalDateTime.of(2026, 12, 31, 10, 0), true);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(clock(r.childId(), "initial-child-protection-conference").get("dueAt").asString()).isEqualTo("2027-01-13");
        JsonNode enquiry = as("social-worker").get("/api/section-47-enquiries/" + enquiryId).json();
        assertThat(enquiry.get("status").asString()).isEqualTo("OPEN");
        assertThat(enquiry.get("referralId").asLong()).isEqualTo(r.referralId());
        assertThat(enquiry.get("leadWorkerName").asString()).isEqualTo("Sam Okafor");
        assertThat(as("social-worker").get("/api/children/" + r.childId() + "/protection").json().get("section47Enquiries").size()).isEqualTo(1);
    }

    @Test
    void theS47IsRefusedForAnUnallocatedCaseAndForALeadWhoIsNotARegisteredSocialWorker() {
        long child = TestChildren.register(people);
        TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        clock.set(LocalDateTime.of(2026, 12, 1, 12, 0));
        Api.Response unallocated = holdDiscussion(r.caseId(), LocalDateTime.of(2026, 12, 1, 11, 0), true);
        assertField(unallocated, 409, "caseId");
        assertThat(unallocated.json().get("message").asString()).contains("no allocated worker").contains("registered social worker");
        // Nothing was saved.
        assertThat(as("social-worker").get("/api/children/" + child + "/protection").json().get("strategyDiscussions").size()).isZero();
        // Without a section 47 decision the discussion is fine on an unallocated case.
        assertThat(holdDiscussion(r.caseId(), LocalDateTime.of(2026, 12, 1, 11, 0), false).status()).isEqualTo(201);

        long other = TestChildren.register(people);
        long earlyHelp = users.findByUsername("early-help-practitioner").orElseThrow().id();
        OpenCase ehCase = caseWork.openCase(Actor.SYSTEM, other, CaseKind.EARLY_HELP, clock.instant().minusSeconds(7200), earlyHelp, null);
        Api.Response notRegistered = holdDiscussion(ehCase.id(), LocalDateTime.of(2026, 12, 1, 11, 30), true);
        assertField(notRegistered, 409, "caseId");
        assertThat(notRegistered.json().get("message").asString()).contains("not a registered social worker");
    }

    @Test
    void whileAnEnquiryIsOpenOnlyARegisteredSocialWorkerMayBeAllocated() {
        TestReferrals.Referral r = allocatedReferral();
        clock.set(LocalDateTime.of(2026, 12, 1, 12, 0));
        OpenCase openCase = caseWork.openCasesFor(r.childId()).get(0);
        long earlyHelp = users.findByUsername("early-help-practitioner").orElseThrow().id();
        assertThat(allocationRule.refusal(openCase, earlyHelp)).isEmpty();
        long enquiry = holdDiscussion(r.caseId(), LocalDateTime.of(2026, 12, 1, 11, 0), true).json().get("section47EnquiryId").asLong();
        assertThat(allocationRule.refusal(openCase, earlyHelp)).get().asString().contains("registered social worker");
        assertThat(allocationRule.refusal(openCase, teamManager)).isEmpty();
        as("social-worker").post("/api/section-47-enquiries/" + enquiry + "/outcome", Map.of("outcome", "NOT_SUBSTANTIATED",
                "nextStep", "NO_FURTHER_ACTION", "rationale", "No evidence of harm", "completedOn", "2026-12-01"));
        assertThat(allocationRule.refusal(openCase, earlyHelp)).isEmpty();
        // The case cannot close before the discussion (work.EpisodeActivity).
        assertThat(episodeActivities.stream().map(a -> a.latestActivity(r.caseId())).flatMap(java.util.Optional::stream)
                .map(EpisodeActivity.Activity::at).max(java.util.Comparator.naturalOrder())).isPresent();
    }

    @Test
    void strategyDiscussionRulesAnswerWithTheField() {
        TestReferrals.Referral r = allocatedReferral();
        clock.set(LocalDateTime.of(2026, 12, 1, 12, 0));
        String path = "/api/cases/" + r.caseId() + "/strategy-discussions";
        LocalDateTime at = LocalDateTime.of(2026, 12, 1, 11, 0);

        Map<String, Object> d = discussion(at, true, fullAttendance());
        d.put("section47Rationale", " ");
        assertField(as("social-worker").post(path, d), 400, "section47Rationale");
        d = discussion(at, true, fullAttendance());
        d.remove("section47");
        assertField(as("social-worker").post(path, d), 400, "section47");
        d = discussion(at, true, fullAttendance());
        d.remove("criminalLeadAgency");
        assertField(as("social-worker").post(path, d), 400, "criminalLeadAgency");
        d = discussion(at, true, fullAttendance());
        d.put("withheldFromFamily", "The police's intended interview");
        assertField(as("social-worker").post(path, d), 400, "withheldReason");
        d = discussion(at, true, fullAttendance());
        d.put("heldAt", london(LocalDateTime.of(2026, 12, 1, 13, 0)));
        assertField(as("social-worker").post(path, d), 400, "heldAt");
        d = discussion(at, true, fullAttendance());
        d.put("format", "OTHER");
        assertField(as("social-worker").post(path, d), 400, "formatOther");
        d = discussion(at, true, List.of());
        assertThat(as("social-worker").post(path, d).json().get("errors").toString()).contains("\"attendees\"");
        Map<String, Object> noAnswer = attendee("PC Dee Harper", police, "CAIT", true);
        noAnswer.remove("attended");
        d = discussion(at, true, List.of(attendee("Sam Okafor", la, "Social worker", true), noAnswer, attendee("Lee Marsh", health, "Nurse", true)));
        assertField(as("social-worker").post(path, d), 400, "attendees[1].attended");
        Map<String, Object> freeText = new HashMap<>(Map.of("name", "Jo Bell", "agencyName", "Riverford Youth Club", "attended", true));
        d = discussion(at, true, List.of(attendee("Sam Okafor", la, "Social worker", true), attendee("PC Dee Harper", police, "CAIT", true),
                attendee("Lee Marsh", health, "Nurse", true), freeText));
        assertField(as("social-worker").post(path, d), 400, "attendees[3].agencyType");
        d = discussion(at, true, fullAttendance());
        d.put("actions", List.of(Map.of("what", "Visit the child", "ownerId", 999999, "dueOn", "2026-12-02")));
        assertField(as("social-worker").post(path, d), 400, "actions[0].ownerId");
        d.put("actions", List.of(Map.of("what", "Visit the child", "ownerId", socialWorker, "dueOn", "2026-11-30")));
        assertField(as("social-worker").post(path, d), 400, "actions[0].dueOn");
        d.put("format", "TELEPATHY");
        assertThat(as("social-worker").post(path, d).status()).isEqualTo(400);

        assertThat(as("police-officer").post(path, discussion(at, true, fullAttendance())).status()).isEqualTo(403);
        assertThat(as("early-help-practitioner").post(path, discussion(at, true, fullAttendance())).status()).isEqualTo(403);
        assertThat(as("social-worker").post("/api/cases/99999999/strategy-discussions", discussion(at, true, fullAttendance())).status()).isEqualTo(404);
        caseWork.closeCase(Actor.SYSTEM, r.caseId(), clock.instant(), "RC8");
        assertField(as("social-worker").post(path, discussion(at, true, fullAttendance())), 409, "caseId");
    }

    @Test
    void actionsLandOnTheirOwnersWorkTrays() {
        TestReferrals.Referral r = allocatedReferral();
        clock.set(LocalDateTime.of(2026, 12, 1, 12, 0));
        Map<String, Object> d = discussion(LocalDateTime.of(2026, 12, 1, 11, 0), true, fullAttendance());
        d.put("withheldFromFamily", "The timing of the police interview");
        d.put("withheldReason", "Sharing it may jeopardise the police investigation");
        d.put("actions", List.of(Map.of("what", "Visit and see the child alone " + r.childId(), "ownerId", socialWorker, "dueOn", "2026-12-02"),
                Map.of("what", "", "dueOn", ""),
                Map.of("what", "Arrange a child protection medical " + r.childId(), "ownerId", teamManager, "dueOn", "2026-12-03")));
        Api.Response saved = as("social-worker").post("/api/cases/" + r.caseId() + "/strategy-discussions", d);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(saved.json().get("actions").size()).isEqualTo(2);
        assertThat(caseWork.openTasksFor(socialWorker)).anyMatch(t -> t.title().contains("Visit and see the child alone " + r.childId())
                && t.caseId() == r.caseId());
        assertThat(caseWork.openTasksFor(teamManager)).anyMatch(t -> t.title().contains("Arrange a child protection medical " + r.childId()));
        assertThat(saved.json().get("withheldReason").asString()).contains("jeopardise");
    }

    @Test
    void withoutPoliceTheReasonIsRequiredAndTheDiscussionIsReported() {
        TestReferrals.Referral r = allocatedReferral();
        clock.set(LocalDateTime.of(2026, 12, 31, 12, 0));
        String path = "/api/cases/" + r.caseId() + "/strategy-discussions";
        List<Map<String, Object>> noPolice = List.of(attendee("Sam Okafor", la, "Social worker", true),
                attendee("PC Dee Harper", police, "CAIT", false), attendee("Lee Marsh", health, "Named nurse", true));
        Api.Response refused = as("social-worker").post(path, discussion(LocalDateTime.of(2026, 12, 31, 10, 0), false, noPolice));
        assertField(refused, 400, "missingAgencyReason");
        assertThat(refused.json().get("message").asString()).contains("police");
        Map<String, Object> d = discussion(LocalDateTime.of(2026, 12, 31, 10, 0), false, noPolice);
        d.put("missingAgencyReason", "Police could not join at short notice; briefed by phone after");
        Api.Response saved = as("social-worker").post(path, d);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        long id = saved.json().get("id").asLong();
        assertThat(saved.json().get("minimumParticipation").asBoolean()).isFalse();

        JsonNode report = as("team-manager").get("/api/reports/strategy-discussions-without-minimum-participation?from=2026-12-31&to=2026-12-31").json();
        JsonNode mine = report.valueStream().filter(x -> x.get("strategyDiscussionId").asLong() == id).findFirst().orElseThrow();
        assertThat(mine.get("missingAgencies").toString()).contains("police");
        assertThat(mine.get("missingAgencyReason").asString()).contains("short notice");
        JsonNode before = as("performance-analyst").get("/api/reports/strategy-discussions-without-minimum-participation?from=2026-12-01&to=2026-12-30").json();
        assertThat(before.valueStream().noneMatch(x -> x.get("strategyDiscussionId").asLong() == id)).isTrue();
        assertThat(as("social-worker").get("/api/reports/strategy-discussions-without-minimum-participation?from=2026-12-01&to=2026-12-31").status()).isEqualTo(403);
        assertField(as("team-manager").get("/api/reports/strategy-discussions-without-minimum-participation?from=2026-12-31&to=2026-12-01"), 400, "to");
        assertField(as("team-manager").get("/api/reports/strategy-discussions-without-minimum-participation?to=2026-12-01"), 400, "from");

        List<AgencyParticipation> participation = discussions.agencyParticipation(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31));
        AgencyParticipation p = participation.stream().filter(a -> a.agencyId() != null && a.agencyId() == police).findFirst().orElseThrow();
        assertThat(p.invited()).isGreaterThanOrEqualTo(1);
        assertThat(p.invited() - p.attended()).isGreaterThanOrEqualTo(1);
    }

    // --- section 47 outcome, referrer, conference requests

    private long startedEnquiry(TestReferrals.Referral r) {
        clock.set(LocalDateTime.of(2026, 12, 1, 12, 0));
        Api.Response saved = holdDiscussion(r.caseId(), LocalDateTime.of(2026, 12, 1, 11, 0), true);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        return saved.json().get("section47EnquiryId").asLong();
    }

    @Test
    void theEnquiryStartsItsSingleAssessmentOrTakesOverTheReferralsSection17One() {
        // No assessment yet: the enquiry starts a section 47 assessment of the referral (45 WD from the referral).
        TestReferrals.Referral fresh = allocatedReferral();
        startedEnquiry(fresh);
        JsonNode started = as("social-worker").get("/api/children/" + fresh.childId() + "/assessments").json().get(0);
        assertThat(started.get("kind").asString()).isEqualTo("SECTION_47");
        assertThat(started.get("referralId").asLong()).isEqualTo(fresh.referralId());
        assertThat(started.get("consentRequired").asBoolean()).isFalse();

        // A section 17 assessment in progress becomes the enquiry's: one single assessment per referral.
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        TestReferrals.Referral inProgress = allocatedReferral();
        Api.Response s17 = as("social-worker").post("/api/referrals/" + inProgress.referralId() + "/assessment", Map.of("startDate", "2026-12-01"));
        assertThat(s17.status()).as(s17.toString()).isEqualTo(201);
        startedEnquiry(inProgress);
        JsonNode all = as("social-worker").get("/api/children/" + inProgress.childId() + "/assessments").json();
        assertThat(all.size()).isEqualTo(1);
        assertThat(all.get(0).get("kind").asString()).isEqualTo("SECTION_47");
        assertThat(all.get(0).get("id").asLong()).isEqualTo(s17.json().get("id").asLong());
    }

    @Test
    void notSubstantiatedCancelsTheConferenceClockAndTheReferrerIsEmailed() {
        TestReferrals.Referral r = allocatedReferral();
        long id = startedEnquiry(r);
        assertThat(clock(r.childId(), "initial-child-protection-conference")).isNotNull();
        String path = "/api/section-47-enquiries/" + id;
        clock.set(LocalDateTime.of(2026, 12, 10, 12, 0));
        assertField(as("social-worker").post(path + "/referrer-told", Map.of()), 409, "outcome");
        assertField(as("social-worker").post(path + "/outcome", Map.of("outcome", "NOT_SUBSTANTIATED", "rationale", "x", "completedOn", "2026-12-10")), 400, "nextStep");
        assertField(as("social-worker").post(path + "/outcome", Map.of("outcome", "NOT_SUBSTANTIATED", "nextStep", "CIN_PLAN", "completedOn", "2026-12-10")), 400, "rationale");
        assertField(as("social-worker").post(path + "/outcome", Map.of("outcome", "NOT_SUBSTANTIATED", "nextStep", "CIN_PLAN", "rationale", "x", "completedOn", "2026-12-11")), 400, "completedOn");
        assertField(as("social-worker").post(path + "/outcome", Map.of("outcome", "NOT_SUBSTANTIATED", "nextStep", "CIN_PLAN", "rationale", "x", "completedOn", "2026-11-30")), 400, "completedOn");
        assertField(as("social-worker").post(path + "/outcome", Map.of("outcome", "SUBSTANTIATED", "nextStep", "CIN_PLAN", "rationale", "x", "completedOn", "2026-12-10")), 400, "nextStep");
        assertField(as("social-worker").post(path + "/outcome", Map.of("rationale", "x", "completedOn", "2026-12-10")), 400, "outcome");
        assertThat(as("police-officer").post(path + "/outcome", Map.of("outcome", "NOT_SUBSTANTIATED", "nextStep", "CIN_PLAN", "rationale", "x", "completedOn", "2026-12-10")).status()).isEqualTo(403);
        Api.Response done = as("social-worker").post(path + "/outcome", Map.of("outcome", "NOT_SUBSTANTIATED", "nextStep", "CIN_PLAN",
                "rationale", "Injuries consistent with the account given; needs met under a CIN plan", "completedOn", "2026-12-09"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(clock(r.childId(), "initial-child-protection-conference")).isNull();
        assertField(as("social-worker").post(path + "/outcome", Map.of("outcome", "SUBSTANTIATED", "rationale", "x", "completedOn", "2026-12-10")), 409, "outcome");

        Api.Response told = as("social-worker").post(path + "/referrer-told", Map.of());
        assertThat(told.status()).as(told.toString()).isEqualTo(200);
        JsonNode referrerTold = told.json().get("referrerTold");
        assertThat(referrerTold.get("to").asString()).isEqualTo("Avery Hughes");
        assertThat(referrerTold.get("how").asString()).contains("dsl@oakfield.example");
        assertThat(notifications.about("section-47-enquiry-" + id)).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("Injuries consistent with the account given"));
        assertField(as("social-worker").post(path + "/referrer-told", Map.of("method", "Phone")), 409, "referrerTold");
    }

    @Test
    void substantiatedKeepsTheConferenceClockAndTheReferrerToldByPhoneIsRecorded() {
        TestReferrals.Referral r = allocatedReferral();
        long id = startedEnquiry(r);
        String path = "/api/section-47-enquiries/" + id;
        clock.set(LocalDateTime.of(2026, 12, 8, 12, 0));
        Api.Response done = as("team-manager").post(path + "/outcome", Map.of("outcome", "SUBSTANTIATED",
                "rationale", "Non-accidental injury confirmed by the paediatrician", "completedOn", "2026-12-08"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("nextStep").asString()).isEqualTo("INITIAL_CONFERENCE");
        assertThat(clock(r.childId(), "initial-child-protection-conference").get("status").asString()).isEqualTo("running");
        assertField(as("social-worker").post(path + "/referrer-told", Map.of("method", "Phone", "at", london(LocalDateTime.of(2026, 12, 9, 9, 0)))), 400, "at");
        Api.Response told = as("social-worker").post(path + "/referrer-told", Map.of("method", "Phone", "at", london(LocalDateTime.of(2026, 12, 8, 11, 0))));
        assertThat(told.status()).as(told.toString()).isEqualTo(200);
        assertThat(told.json().get("referrerTold").get("how").asString()).isEqualTo("Phone");
        assertThat(notifications.about("section-47-enquiry-" + id)).isEmpty();
        // The LA is convening a conference: there is nothing for a partner to request.
        childAccess.linkAgency(r.childId(), police, ChildAccess.AgencyLink.INVOLVED);
        assertField(as("police-officer").post(path + "/conference-requests", Map.of("reasons", "x")), 409, "outcome");
    }

    @Test
    void aPartnerRequestsAConferenceTheManagerDeclinesAndThePartnerEscalates() {
        TestReferrals.Referral r = allocatedReferral();
        long id = startedEnquiry(r);
        String path = "/api/section-47-enquiries/" + id;
        childAccess.linkAgency(r.childId(), police, ChildAccess.AgencyLink.INVOLVED);
        assertField(as("police-officer").post(path + "/conference-requests", Map.of("reasons", "Serious concerns")), 409, "outcome");
        as("social-worker").post(path + "/outcome", Map.of("outcome", "NOT_SUBSTANTIATED", "nextStep", "OTHER_SUPPORT",
                "rationale", "Family accepted support from the family hub", "completedOn", "2026-12-01"));
        clock.set(LocalDateTime.of(2026, 12, 4, 10, 0));
        assertThat(as("social-worker").post(path + "/conference-requests", Map.of("reasons", "x")).status()).isEqualTo(403);
        assertThat(as("health-visitor").post(path + "/conference-requests", Map.of("reasons", "x")).status()).isEqualTo(403);
        assertField(as("police-officer").post(path + "/conference-requests", Map.of("reasons", "")), 400, "reasons");
        assertField(as("police-officer").post(path + "/conference-requests", Map.of("reasons", "x", "requestedOn", "2026-12-05")), 400, "requestedOn");
        Api.Response requested = as("police-officer").post(path + "/conference-requests",
                Map.of("reasons", "A further domestic abuse incident on 3 Dec; we believe the child is at risk of significant harm"));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        long requestId = requested.json().get("id").asLong();
        assertThat(requested.json().get("agencyName").asString()).isEqualTo("Riverford Police");
        assertThat(requested.json().get("requestedOn").asString()).isEqualTo("2026-12-04");

        String req = "/api/conference-requests/" + requestId;
        assertField(as("police-officer").post(req + "/escalation", Map.of("escalatedOn", "2026-12-04", "escalatedTo", "Head of service")), 409, "response");
        assertThat(as("social-worker").post(req + "/response", Map.of("response", "DECLINED", "reason", "x")).status()).isEqualTo(403);
        assertField(as("team-manager").post(req + "/response", Map.of("response", "DECLINED")), 400, "reason");
        assertField(as("team-manager").post(req + "/response", Map.of("response", "MAYBE")), 400, "response");
        Api.Response declined = as("team-manager").post(req + "/response", Map.of("response", "DECLINED",
                "reason", "The incident was assessed; the safety plan holds"));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertField(as("team-manager").post(req + "/response", Map.of("response", "AGREED")), 409, "response");

        assertField(as("police-officer").post(req + "/escalation", Map.of("escalatedOn", "2026-12-04")), 400, "escalatedTo");
        assertThat(as("health-visitor").post(req + "/escalation", Map.of("escalatedOn", "2026-12-04", "escalatedTo", "x")).status()).isEqualTo(403);
        Api.Response escalated = as("police-officer").post(req + "/escalation", Map.of("escalatedOn", "2026-12-04",
                "escalatedTo", "Head of Safeguarding (escalation protocol stage 2)", "outcome", "Conference agreed on review"));
        assertThat(escalated.status()).as(escalated.toString()).isEqualTo(200);
        assertThat(escalated.json().get("escalationOutcome").asString()).isEqualTo("Conference agreed on review");

        JsonNode enquiry = as("team-manager").get(path).json();
        assertThat(enquiry.get("conferenceRequests").get(0).get("response").asString()).isEqualTo("DECLINED");
        // The police took part in the discussion and asked for the conference: they may see the enquiry; school may not.
        assertThat(as("police-officer").get(path).status()).isEqualTo(200);
        assertThat(as("school-dsl").get(path).status()).isEqualTo(403);
    }

    @Test
    void partnersSeeOnlyWhatTheirAgencyTookPartInAndViewsAreLogged() {
        TestReferrals.Referral r = allocatedReferral();
        clock.set(LocalDateTime.of(2026, 12, 1, 12, 0));
        long withPolice = holdDiscussion(r.caseId(), LocalDateTime.of(2026, 12, 1, 10, 0), false).json().get("id").asLong();
        Map<String, Object> d = discussion(LocalDateTime.of(2026, 12, 1, 11, 0), false,
                List.of(attendee("Sam Okafor", la, "Social worker", true), attendee("Lee Marsh", health, "Named nurse", true)));
        d.put("missingAgencyReason", "Police not available");
        long withoutPolice = as("social-worker").post("/api/cases/" + r.caseId() + "/strategy-discussions", d).json().get("id").asLong();
        childAccess.linkAgency(r.childId(), police, ChildAccess.AgencyLink.INVOLVED);
        assertThat(as("police-officer").get("/api/strategy-discussions/" + withPolice).status()).isEqualTo(200);
        assertThat(as("police-officer").get("/api/strategy-discussions/" + withoutPolice).status()).isEqualTo(403);
        JsonNode summary = as("police-officer").get("/api/children/" + r.childId() + "/protection").json();
        assertThat(summary.get("strategyDiscussions").size()).isEqualTo(1);
        assertThat(as("school-dsl").get("/api/children/" + r.childId() + "/protection").status()).isEqualTo(403);
        assertThat(as("councillor").get("/api/strategy-discussions/" + withPolice).status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from record_view where child_id = ? and what = ? and actor_username = 'police-officer'")
                .params(r.childId(), "strategy discussion " + withPolice).query(Long.class).single()).isEqualTo(1);
        assertThat(as("social-worker").get("/api/strategy-discussions/99999999").status()).isEqualTo(404);
    }
}
