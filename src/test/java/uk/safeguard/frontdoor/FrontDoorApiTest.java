package uk.safeguard.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.Actor;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.work.CaseKind;
import uk.safeguard.work.CaseWork;

/** The front door through the JSON API. Now is Tue 1 Dec 2026 09:00 unless a test moves the clock. */
class FrontDoorApiTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    CaseWork caseWork;
    @Autowired
    UserDirectory users;

    private static Map<String, Object> contact(Object... children) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "PHONE");
        body.put("referrer", Map.of("name", "Avery Hughes", "role", "Designated safeguarding lead", "agency", "Oakfield Primary School",
                "agencyType", "EDUCATION", "phone", "01632 960000", "email", "dsl@oakfield.example"));
        body.put("sourceCode", "2A");
        body.put("children", List.of(children));
        body.put("adults", List.of(Map.of("name", "Dana Parent", "relationship", "mother")));
        body.put("concern", "Came to school hungry three days this week and has bruises on the arm.");
        body.put("categories", List.of("NEGLECT", "PHYSICAL_ABUSE"));
        body.put("familyKnows", true);
        body.put("familyConsents", true);
        body.put("earlyHelpAssessment", false);
        return body;
    }

    private static Map<String, Object> known(long id) {
        return Map.of("personId", id);
    }

    private static Map<String, Object> screening(int level, String... indicators) {
        return Map.of("level", level, "indicators", List.of(indicators), "rationale", "Judged against the indicators listed.");
    }

    private JsonNode recorded(Map<String, Object> body) {
        Api.Response r = as("contact-officer").post("/api/front-door/contacts", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(List.of(params)).query(Long.class).single();
    }

    @Test
    void aSiblingContactPutsEachChildInTheQueueWithItsClockAndAudits() {
        long a = TestChildren.register(people);
        long b = TestChildren.register(people);
        JsonNode rec = recorded(contact(known(a), known(b)));
        long contactId = rec.get("contactId").asLong();
        assertThat(rec.get("children")).hasSize(2);
        assertThat(rec.get("children").get(0).get("status").asString()).isEqualTo("OPEN");

        List<JsonNode> queue = as("team-manager").get("/api/front-door/queue").json().valueStream()
                .filter(q -> q.get("contactId").asLong() == contactId).toList();
        assertThat(queue).hasSize(2);
        assertThat(queue.get(0).get("rag").asString()).isEqualTo("green");
        assertThat(queue.get(0).get("ragLabel").asString()).isEqualTo("On time");
        assertThat(queue.get(0).get("dueAt").asString()).isEqualTo("2026-12-02T09:00:00Z");

        clock.set(LocalDateTime.of(2026, 12, 2, 6, 0));
        assertThat(as("team-manager").get("/api/front-door/queue?source=2A").json().valueStream()
                .filter(q -> q.get("contactId").asLong() == contactId).findFirst().orElseThrow().get("rag").asString()).isEqualTo("amber");
        clock.set(LocalDateTime.of(2026, 12, 2, 10, 0));
        assertThat(as("team-manager").get("/api/front-door/queue").json().valueStream()
                .filter(q -> q.get("contactId").asLong() == contactId).findFirst().orElseThrow().get("ragLabel").asString()).isEqualTo("Overdue");
        assertThat(as("team-manager").get("/api/front-door/queue?source=6").json().valueStream()
                .noneMatch(q -> q.get("contactId").asLong() == contactId)).isTrue();

        assertThat(jdbc.sql("select summary from audit_event where child_id = ? and action = 'CONTACT_RECEIVED'").param(a).query(String.class).single())
                .startsWith("Contact received by phone from Oakfield Primary School (schools), Avery Hughes, Designated safeguarding lead: Came to school hungry");
        JsonNode clocks = as("social-worker").get("/api/children/" + a + "/clocks").json();
        assertThat(clocks.valueStream().anyMatch(c -> c.get("clock").asString().equals("Contact decision"))).isTrue();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsSaved() {
        long before = count("select count(*) from contact");
        Map<String, Object> noReferrer = contact(known(TestChildren.register(people)));
        noReferrer.remove("referrer");
        Api.Response r = as("contact-officer").post("/api/front-door/contacts", noReferrer);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asString()).isEqualTo("referrer.name");

        Map<String, Object> badSource = contact(known(TestChildren.register(people)));
        badSource.put("sourceCode", "11Z");
        r = as("contact-officer").post("/api/front-door/contacts", badSource);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asString()).isEqualTo("sourceCode");
        assertThat(r.json().get("message").asString()).contains("'11Z' is not a CIN referral source code");

        Map<String, Object> noChild = contact();
        r = as("contact-officer").post("/api/front-door/contacts", noChild);
        assertThat(r.json().get("field").asString()).isEqualTo("children");

        Map<String, Object> badChannel = contact(known(TestChildren.register(people)));
        badChannel.put("channel", "PIGEON");
        r = as("contact-officer").post("/api/front-door/contacts", badChannel);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asString()).isEqualTo("channel");

        assertThat(as("councillor").post("/api/front-door/contacts", contact(known(TestChildren.register(people)))).status()).isEqualTo(403);
        assertThat(count("select count(*) from contact")).isEqualTo(before);
    }

    @Test
    void aKnownChildWithAnOpenCaseBecomesACaseNoteAndATaskNotANewContact() {
        long child = TestChildren.register(people);
        long worker = users.findByUsername("social-worker").orElseThrow().id();
        caseWork.openCase(Actor.SYSTEM, child, CaseKind.CHILD_IN_NEED, Instant.parse("2026-11-02T09:00:00Z"), worker, null);
        JsonNode rec = recorded(contact(known(child)));
        JsonNode outcome = rec.get("children").get(0);
        assertThat(outcome.get("status").asString()).isEqualTo("ROUTED_TO_OPEN_CASE");
        assertThat(outcome.get("taskFor").asString()).isEqualTo("Sam Okafor");
        long caseId = outcome.get("caseId").asLong();
        assertThat(caseWork.caseNotes(caseId)).singleElement().satisfies(n -> assertThat(n.text()).contains("Came to school hungry"));
        assertThat(as("social-worker").get("/api/work-tray/tasks").json().valueStream()
                .anyMatch(t -> t.get("childId").asLong() == child && t.get("title").asString().startsWith("New information about"))).isTrue();
        assertThat(as("team-manager").get("/api/front-door/queue").json().valueStream().noneMatch(q -> q.get("childId").asLong() == child)).isTrue();

        // An unallocated case: the team's manager gets the task.
        long other = TestChildren.register(people);
        caseWork.openCase(Actor.SYSTEM, other, CaseKind.EARLY_HELP, Instant.parse("2026-11-02T09:00:00Z"), null,
                users.findByUsername("team-manager").orElseThrow().teamId());
        assertThat(recorded(contact(known(other))).get("children").get(0).get("taskFor").asString()).isEqualTo("Morgan Reid");
    }

    @Test
    void childrenGivenByDetailsAreMatchedToTheRegisterOrRegistered() {
        long existing = TestChildren.register(people, "Peregrine", "Zanzibarov", LocalDate.of(2017, 3, 4));
        Map<String, Object> body = contact(Map.of("givenNames", "Peregrine", "familyName", "Zanzibarov", "dateOfBirth", "2017-03-04"),
                Map.of("givenNames", "Ottoline", "familyName", "Zanzibarov", "dateOfBirth", "2019-05-06"));
        JsonNode children = recorded(body).get("children");
        assertThat(children.get(0).get("childId").asLong()).isEqualTo(existing);
        assertThat(children.get(0).get("matched").asString()).isEqualTo("AUTOMATIC");
        assertThat(children.get(1).get("matched").asString()).isEqualTo("REGISTERED");
        assertThat(people.find(children.get(1).get("childId").asLong())).isPresent();
    }

    @Test
    void screeningDecisionAndReferralWithClocksAndRules() {
        long a = TestChildren.register(people);
        long b = TestChildren.register(people);
        long contactId = recorded(contact(known(a), known(b))).get("contactId").asLong();
        String child = "/api/front-door/contacts/" + contactId + "/children/";

        // Screening: a contact officer may not; unknown indicators and missing rationale are named.
        assertThat(as("contact-officer").post(child + a + "/screening", screening(4, "L4-15")).status()).isEqualTo(403);
        Api.Response bad = as("social-worker").post(child + a + "/screening", Map.of("level", 5, "indicators", List.of("L9-99")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactly("level", "indicators", "rationale");
        Api.Response ok = as("social-worker").post(child + a + "/screening", screening(4, "L4-15", "L4-08"));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().get("thresholdVersion").asString()).isEqualTo("2021.1");

        // Deciding: a social worker is refused (and the attempt logged); the manager decides.
        long denials = count("select count(*) from access_denial where actor_username = 'social-worker'");
        Api.Response refused = as("social-worker").post(child + a + "/decision",
                Map.of("decision", "REFERRAL_ACCEPTED", "reason", "x", "primaryNeed", "N1"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asString()).contains("Only a social-work-qualified manager");
        assertThat(count("select count(*) from access_denial where actor_username = 'social-worker'")).isEqualTo(denials + 1);

        Api.Response noNeed = as("team-manager").post(child + a + "/decision", Map.of("decision", "REFERRAL_ACCEPTED", "reason", "Serious injury"));
        assertThat(noNeed.json().get("field").asString()).isEqualTo("primaryNeed");
        Api.Response badNeed = as("team-manager").post(child + a + "/decision", Map.of("decision", "REFERRAL_ACCEPTED", "reason", "r", "primaryNeed", "N10"));
        assertThat(badNeed.json().get("message").asString()).contains("'N10' is not a CIN primary need code");
        Api.Response unscreened = as("team-manager").post(child + b + "/decision", Map.of("decision", "ADVICE_AND_INFORMATION", "reason", "r"));
        assertThat(unscreened.status()).isEqualTo(409);
        assertThat(unscreened.json().get("field").asString()).isEqualTo("levelOfNeed");

        Api.Response accepted = as("team-manager").post(child + a + "/decision",
                Map.of("decision", "REFERRAL_ACCEPTED", "reason", "Unexplained bruising on a young child", "primaryNeed", "N1"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        long referralId = accepted.json().get("referralId").asLong();
        Api.Response twice = as("team-manager").post(child + a + "/decision", Map.of("decision", "NO_FURTHER_ACTION", "reason", "r"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("field").asString()).isEqualTo("alreadyDecided");
        assertThat(twice.json().get("message").asString()).contains("already decided").contains("Morgan Reid");

        JsonNode referral = as("team-manager").get("/api/front-door/referrals/" + referralId).json();
        assertThat(referral.get("primaryNeed").asString()).isEqualTo("N1");
        assertThat(referral.get("sourceCode").asString()).isEqualTo("2A");
        assertThat(referral.get("reReferral").asBoolean()).isFalse();
        assertThat(referral.get("acknowledgedAt").isNull()).isFalse(); // emailed at once
        assertThat(caseWork.openCasesFor(a)).anyMatch(c -> c.kind() == CaseKind.CHILD_IN_NEED);
        assertThat(jdbc.sql("select count(*) from notification where about = ? and to_email = 'dsl@oakfield.example'")
                .param("contact " + contactId).query(Long.class).single()).isEqualTo(1);
        JsonNode clocks = as("team-manager").get("/api/children/" + a + "/clocks").json();
        assertThat(clocks.valueStream().filter(c -> c.get("clock").asString().equals("Referral decision")).findFirst().orElseThrow()
                .get("dueAt").asString()).isEqualTo("2026-12-02");
        assertThat(clocks.valueStream().filter(c -> c.get("clock").asString().equals("Contact decision")).findFirst().orElseThrow()
                .get("status").asString()).isEqualTo("met");

        // Next steps (para 153): only by the manager, once.
        assertThat(as("social-worker").post("/api/front-door/referrals/" + referralId + "/next-steps",
                Map.of("steps", List.of("SECTION_47_ENQUIRY"), "rationale", "r")).status()).isEqualTo(403);
        Api.Response mixed = as("team-manager").post("/api/front-door/referrals/" + referralId + "/next-steps",
                Map.of("steps", List.of("SECTION_47_ENQUIRY", "NO_FURTHER_ACTION"), "rationale", "r"));
        assertThat(mixed.json().get("field").asString()).isEqualTo("steps");
        Api.Response steps = as("team-manager").post("/api/front-door/referrals/" + referralId + "/next-steps",
                Map.of("steps", List.of("SECTION_47_ENQUIRY", "SEE_CHILD_ASAP"), "rationale", "Reasonable cause to suspect significant harm"));
        assertThat(steps.status()).as(steps.toString()).isEqualTo(200);
        assertThat(as("team-manager").post("/api/front-door/referrals/" + referralId + "/next-steps",
                Map.of("steps", List.of("SECTION_17_ASSESSMENT"), "rationale", "r")).status()).isEqualTo(409);
        assertThat(as("team-manager").get("/api/children/" + a + "/clocks").json().valueStream()
                .filter(c -> c.get("clock").asString().equals("Referral decision")).findFirst().orElseThrow().get("status").asString()).isEqualTo("met");

    }

    @Test
    void noFurtherActionAtNextStepsClosesTheChildInNeedCaseWithACinReasonForClosure() {
        long child = TestChildren.register(people);
        long contactId = recorded(contact(known(child))).get("contactId").asLong();
        String path = "/api/front-door/contacts/" + contactId + "/children/" + child;
        as("team-manager").post(path + "/screening", screening(3, "L3-06"));
        long referralId = as("team-manager").post(path + "/decision",
                Map.of("decision", "REFERRAL_ACCEPTED", "reason", "Domestic abuse", "primaryNeed", "N1")).json().get("referralId").asLong();
        long caseId = as("team-manager").get("/api/front-door/referrals/" + referralId).json().get("caseId").asLong();
        Map<String, Object> nfa = new HashMap<>(Map.of("steps", List.of("NO_FURTHER_ACTION"), "rationale", "Needs met by the school",
                "otherSupport", "School nurse drop-in", "familyInformed", true, "closureReason", "RC99"));
        Api.Response bad = as("team-manager").post("/api/front-door/referrals/" + referralId + "/next-steps", nfa);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("closureReason");
        assertThat(caseWork.openCasesFor(child)).anyMatch(c -> c.id() == caseId);

        nfa.remove("closureReason");
        Api.Response ok = as("team-manager").post("/api/front-door/referrals/" + referralId + "/next-steps", nfa);
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(caseWork.openCasesFor(child)).noneMatch(c -> c.id() == caseId);
        assertThat(jdbc.sql("select closure_reason from case_file where id = ?").param(caseId).query(String.class).single()).isEqualTo("RC8");
        assertThat(jdbc.sql("select summary from audit_event where child_id = ? and action = 'CASE_CLOSED'").param(child).query(String.class).single())
                .contains("RC8 Case closed after assessment, no further action.");
    }

    @Test
    void mashStaffCorrectTheChildOnAContactBeforeTheDecisionAndTheClockMovesWithIt() {
        long wrong = TestChildren.register(people);
        long right = TestChildren.register(people);
        long contactId = recorded(contact(known(wrong))).get("contactId").asLong();
        String path = "/api/front-door/contacts/" + contactId + "/children/" + wrong + "/match";

        assertThat(as("police-officer").post(path, Map.of("personId", right)).status()).isEqualTo(403);
        Api.Response none = as("contact-officer").post(path, Map.of());
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("field").asString()).isEqualTo("personId");

        Api.Response ok = as("contact-officer").post(path, Map.of("personId", right));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().get("childId").asLong()).isEqualTo(right);
        assertThat(ok.json().get("matched").asString()).isEqualTo("CHOSEN");
        List<JsonNode> queue = as("team-manager").get("/api/front-door/queue").json().valueStream()
                .filter(q -> q.get("contactId").asLong() == contactId).toList();
        assertThat(queue).singleElement().satisfies(q -> assertThat(q.get("childId").asLong()).isEqualTo(right));
        assertThat(as("team-manager").get("/api/children/" + right + "/clocks").json().valueStream()
                .filter(c -> c.get("clock").asString().equals("Contact decision")).findFirst().orElseThrow()
                .get("dueAt").asString()).isEqualTo("2026-12-02T09:00:00Z");
        assertThat(as("team-manager").get("/api/children/" + wrong + "/clocks").json().valueStream()
                .noneMatch(c -> c.get("clock").asString().equals("Contact decision"))).isTrue();
        assertThat(count("select count(*) from audit_event where action = 'CONTACT_CHILD_CORRECTED' and child_id in (?, ?)", wrong, right))
                .isEqualTo(2);

        // Registering a new child instead; and once decided, no more corrections.
        Api.Response registered = as("contact-officer").post("/api/front-door/contacts/" + contactId + "/children/" + right + "/match",
                Map.of("givenNames", "Perpetua", "familyName", "Quillfeather", "dateOfBirth", "2019-04-02"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
        assertThat(registered.json().get("matched").asString()).isEqualTo("REGISTERED");
        long newChild = registered.json().get("childId").asLong();
        as("team-manager").post("/api/front-door/contacts/" + contactId + "/children/" + newChild + "/screening", screening(1, "L1-07"));
        as("team-manager").post("/api/front-door/contacts/" + contactId + "/children/" + newChild + "/decision",
                Map.of("decision", "ADVICE_AND_INFORMATION", "reason", "Advice given to the school"));
        Api.Response late = as("contact-officer").post("/api/front-door/contacts/" + contactId + "/children/" + newChild + "/match",
                Map.of("personId", wrong));
        assertThat(late.status()).isEqualTo(409);
    }

    @Test
    void reReferralIsFlaggedOnTheReferral() {
        long child = TestChildren.register(people);
        long first = recorded(contact(known(child))).get("contactId").asLong();
        as("team-manager").post("/api/front-door/contacts/" + first + "/children/" + child + "/screening", screening(3, "L3-06"));
        as("team-manager").post("/api/front-door/contacts/" + first + "/children/" + child + "/decision",
                Map.of("decision", "REFERRAL_ACCEPTED", "reason", "Domestic abuse", "primaryNeed", "N1"));
        // The case closes (simulated: the CIN case is closed directly) and a new concern arrives three months later.
        jdbc.sql("update case_file set closed_at = ? where child_id = ?").params(java.sql.Timestamp.from(Instant.parse("2027-01-10T10:00:00Z")), child).update();
        clock.set(LocalDateTime.of(2027, 3, 1, 9, 0));
        JsonNode again = recorded(contact(known(child)));
        assertThat(again.get("children").get(0).get("possibleReReferral").asBoolean()).isTrue();
        long second = again.get("contactId").asLong();
        as("team-manager").post("/api/front-door/contacts/" + second + "/children/" + child + "/screening", screening(3, "L3-06"));
        long referralId = as("team-manager").post("/api/front-door/contacts/" + second + "/children/" + child + "/decision",
                Map.of("decision", "REFERRAL_ACCEPTED", "reason", "Further incident", "primaryNeed", "N1")).json().get("referralId").asLong();
        JsonNode referral = as("team-manager").get("/api/front-door/referrals/" + referralId).json();
        assertThat(referral.get("reReferral").asBoolean()).isTrue();
        assertThat(referral.get("previousReferralAt").asString()).isEqualTo("2026-12-01T09:00:00Z");
    }

    @Test
    void noFurtherActionNeedsReasonsOtherSupportAndTheFamilyQuestion() {
        long child = TestChildren.register(people);
        long contactId = recorded(contact(known(child))).get("contactId").asLong();
        String path = "/api/front-door/contacts/" + contactId + "/children/" + child;
        as("team-manager").post(path + "/screening", screening(1, "L1-07"));
        Api.Response r = as("team-manager").post(path + "/decision", Map.of("decision", "NO_FURTHER_ACTION", "reason", "Needs met by universal services"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList()).containsExactly("otherSupport", "familyInformed");
        Map<String, Object> notTold = new HashMap<>(Map.of("decision", "NO_FURTHER_ACTION", "reason", "Needs met by universal services",
                "otherSupport", "School nursing drop-in; parenting groups", "familyInformed", false));
        assertThat(as("team-manager").post(path + "/decision", notTold).json().get("field").asString()).isEqualTo("familyNotInformedReason");
        notTold.put("familyNotInformedReason", "Telling the family may jeopardise a police investigation");
        r = as("team-manager").post(path + "/decision", notTold);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(jdbc.sql("select body from notification where about = ?").param("contact " + contactId).query(String.class).single())
                .contains("Reasons: Needs met by universal services").contains("Other sources of support: School nursing drop-in");
        // Early help only at levels 2-3.
        long other = TestChildren.register(people);
        long c2 = recorded(contact(known(other))).get("contactId").asLong();
        as("team-manager").post("/api/front-door/contacts/" + c2 + "/children/" + other + "/screening", screening(4, "L4-15"));
        Api.Response eh = as("team-manager").post("/api/front-door/contacts/" + c2 + "/children/" + other + "/decision",
                Map.of("decision", "PASSED_TO_EARLY_HELP", "reason", "r"));
        assertThat(eh.status()).isEqualTo(400);
        assertThat(eh.json().get("message").asString()).contains("levels 2 and 3");
    }

    @Test
    void heldInMashShowsTheHoldClockAndMayBeHeldOnlyOnce() {
        long child = TestChildren.register(people);
        long contactId = recorded(contact(known(child))).get("contactId").asLong();
        String path = "/api/front-door/contacts/" + contactId + "/children/" + child;
        clock.set(LocalDateTime.of(2026, 12, 1, 15, 0));
        Api.Response held = as("team-manager").post(path + "/decision", Map.of("decision", "HELD_IN_MASH", "reason", "Waiting for health checks"));
        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        JsonNode item = as("contact-officer").get("/api/front-door/queue").json().valueStream()
                .filter(q -> q.get("childId").asLong() == child).findFirst().orElseThrow();
        assertThat(item.get("status").asString()).isEqualTo("HELD");
        assertThat(item.get("clock").asString()).isEqualTo("Decision on a contact held in the MASH");
        assertThat(item.get("dueAt").asString()).isEqualTo("2026-12-02T15:00:00Z");
        assertThat(as("team-manager").post(path + "/decision", Map.of("decision", "HELD_IN_MASH", "reason", "again")).json().get("field").asString())
                .isEqualTo("alreadyHeld");
    }

    @Test
    void partnerChecksAreForMashStaffOnlyAndConsultationsForSocialWorkers() {
        long child = TestChildren.register(people);
        long contactId = recorded(contact(known(child))).get("contactId").asLong();
        Api.Response check = as("police-officer").post("/api/front-door/contacts/" + contactId + "/partner-checks",
                Map.of("checkedOn", "2026-12-01", "summary", "Two domestic incidents at the address this year", "sharedWith", "MASH manager"));
        assertThat(check.status()).as(check.toString()).isEqualTo(201);
        assertThat(check.json().get("agencyName").asString()).isEqualTo("Riverford Police");
        assertThat(check.json().get("agencyType").asString()).isEqualTo("POLICE");
        assertThat(as("team-manager").get("/api/front-door/contacts/" + contactId + "/partner-checks").json()).hasSize(1);
        assertThat(as("police-officer").get("/api/front-door/contacts/" + contactId + "/partner-checks").status()).isEqualTo(403);
        assertThat(as("early-help-practitioner").get("/api/front-door/contacts/" + contactId + "/partner-checks").status()).isEqualTo(403);
        assertThat(as("social-worker").post("/api/front-door/contacts/" + contactId + "/partner-checks", Map.of("agencyType", "HEALTH"))
                .json().get("errors").valueStream().map(e -> e.get("field").asString()).toList()).contains("agencyName", "checkedOn", "summary", "sharedWith");

        Map<String, Object> consult = Map.of("professionalName", "Dr Lee Grant", "professionalRole", "GP", "professionalAgency", "Riverside Surgery",
                "concern", "Parent seems low and struggling", "advice", "Offer early help; refer if the child is at risk");
        Api.Response refused = as("contact-officer").post("/api/front-door/consultations", consult);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asString()).contains("not a consultation");
        Api.Response c = as("social-worker").post("/api/front-door/consultations", consult);
        assertThat(c.status()).isEqualTo(201);
        assertThat(c.json().get("socialWorkerName").asString()).isEqualTo("Sam Okafor");
        Map<String, Object> later = contact(known(TestChildren.register(people)));
        later.put("consultationId", c.json().get("id").asLong());
        long linked = recorded(later).get("contactId").asLong();
        assertThat(as("team-manager").get("/api/front-door/contacts/" + linked).json().get("consultationId").asLong()).isEqualTo(c.json().get("id").asLong());
        later.put("consultationId", 999999);
        assertThat(as("contact-officer").post("/api/front-door/contacts", later).json().get("field").asString()).isEqualTo("consultationId");
    }

    @Test
    void aPartnerFeedReferralLinksTheChildToTheAgencyAndThePartnerSeesItsOwnContactOnly() {
        Map<String, Object> body = contact(Map.of("givenNames", "Wilhelmina", "familyName", "Quorstaff", "dateOfBirth", "2018-02-02"));
        body.put("channel", "API");
        body.put("sourceCode", "6");
        body.put("referrer", Map.of("name", "PC Taylor Brooks", "email", "brooks@police.example"));
        Api.Response r = as("police-officer").post("/api/front-door/contacts", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        long child = r.json().get("children").get(0).get("childId").asLong();
        long contactId = r.json().get("contactId").asLong();
        assertThat(as("police-officer").get("/api/children/" + child).status()).isEqualTo(200);
        JsonNode seen = as("police-officer").get("/api/front-door/contacts/" + contactId).json();
        assertThat(seen.get("referrer").get("agency").asString()).isEqualTo("Riverford Police");
        assertThat(as("health-visitor").get("/api/front-door/contacts/" + contactId).status()).isEqualTo(403);
        assertThat(as("police-officer").get("/api/front-door/queue").status()).isEqualTo(403);

        // Matched to the wrong child: when MASH corrects it, the police's access moves with the contact.
        long right = TestChildren.register(people);
        assertThat(as("police-officer").get("/api/children/" + right).status()).isEqualTo(403);
        Api.Response moved = as("contact-officer").post("/api/front-door/contacts/" + contactId + "/children/" + child + "/match",
                Map.of("personId", right));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(as("police-officer").get("/api/children/" + right).status()).isEqualTo(200);
        assertThat(as("police-officer").get("/api/children/" + child).status()).isEqualTo(403);
    }

    @Test
    void theSummaryCountsBySourceOutcomeAndLevelWithTimeliness() {
        clock.set(LocalDateTime.of(2026, 10, 5, 9, 0));
        List<Long> children = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            children.add(TestChildren.register(people));
        }
        long c1 = recorded(contact(known(children.get(0)), known(children.get(1)))).get("contactId").asLong();
        Map<String, Object> police = contact(known(children.get(2)));
        police.put("sourceCode", "6");
        police.put("referrer", Map.of("name", "PC Brooks", "agency", "Riverford Police", "agencyType", "POLICE"));
        long c2 = recorded(police).get("contactId").asLong();
        clock.set(LocalDateTime.of(2026, 10, 5, 12, 0));
        as("team-manager").post("/api/front-door/contacts/" + c1 + "/children/" + children.get(0) + "/screening", screening(4, "L4-15"));
        as("team-manager").post("/api/front-door/contacts/" + c1 + "/children/" + children.get(0) + "/decision",
                Map.of("decision", "REFERRAL_ACCEPTED", "reason", "r", "primaryNeed", "N1"));
        clock.set(LocalDateTime.of(2026, 10, 7, 12, 0));
        as("team-manager").post("/api/front-door/contacts/" + c2 + "/children/" + children.get(2) + "/screening", screening(2, "L2-32"));
        as("team-manager").post("/api/front-door/contacts/" + c2 + "/children/" + children.get(2) + "/decision",
                Map.of("decision", "ADVICE_AND_INFORMATION", "reason", "r"));

        Api.Response r = as("performance-analyst").get("/api/front-door/summary?from=2026-10-05&to=2026-10-05");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode s = r.json();
        assertThat(s.get("contacts").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(s.get("contactsBySource").get("2A").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(s.get("contactsByOutcome").get("REFERRAL_ACCEPTED").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(s.get("contactsByLevel").get("4").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(s.get("referrals").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(s.get("acknowledgedWithin1WorkingDay").get("number").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(s.get("conversionByAgencyType").get("POLICE").get("contacts").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(s.get("decidedWithin24Hours").get("of").asLong()).isEqualTo(s.get("contacts").asLong());

        assertThat(as("police-officer").get("/api/front-door/summary?from=2026-10-05&to=2026-10-05").status()).isEqualTo(403);
        assertThat(as("team-manager").get("/api/front-door/summary?from=2026-10-05").json().get("field").asString()).isEqualTo("to");
        assertThat(as("team-manager").get("/api/front-door/summary?from=2026-10-05&to=2026-10-01").json().get("field").asString()).isEqualTo("to");
    }

    static Instant london(int y, int m, int d, int h) {
        return LocalDateTime.of(y, m, d, h, 0).atZone(TimeConfiguration.LONDON).toInstant();
    }
}
