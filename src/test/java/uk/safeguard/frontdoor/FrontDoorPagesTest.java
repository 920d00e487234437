package uk.safeguard.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.WebSession;
import uk.safeguard.work.CaseWork;

/** The front door's pages through real HTTP with a signed-in session (the browser tests cover the main journeys). */
class FrontDoorPagesTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    CaseWork caseWork;

    private long acceptedReferral(long child, long contactId) {
        String path = "/api/front-door/contacts/" + contactId + "/children/" + child;
        as("team-manager").post(path + "/screening", Map.of("level", 3, "indicators", List.of("L3-06"), "rationale", "History of abuse"));
        return as("team-manager").post(path + "/decision", Map.of("decision", "REFERRAL_ACCEPTED", "reason", "Domestic abuse",
                "primaryNeed", "N1")).json().get("referralId").asLong();
    }

    private long contactFor(long child) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "PHONE");
        body.put("referrer", Map.of("name", "Jo Neighbour")); // no email: the acknowledgement is recorded by hand
        body.put("sourceCode", "1B");
        body.put("children", List.of(Map.of("personId", child)));
        body.put("concern", "Shouting and crying late at night.");
        return as("contact-officer").post("/api/front-door/contacts", body).json().get("contactId").asLong();
    }

    @Test
    void aManagerAcknowledgesTheReferrerAndRecordsNoFurtherActionOnTheContactPage() {
        long child = TestChildren.register(people);
        long contactId = contactFor(child);
        long referralId = acceptedReferral(child, contactId);
        long caseId = caseWork.openCasesFor(child).get(0).id();
        String r = "-r" + referralId;

        WebSession manager = WebSession.signIn(baseUrl(), "team-manager");
        String page = manager.get("/front-door/contacts/" + contactId).body();
        assertThat(page).contains("Referral " + referralId + " for", "Not yet (due within 1 working day", "Record the next steps");

        HttpResponse<String> blank = manager.post("/front-door/referrals/" + referralId + "/acknowledgement", Map.of("how" + r, ""));
        assertThat(blank.body()).contains("There is a problem", "href=\"#how" + r + "\"");
        HttpResponse<String> ack = manager.post("/front-door/referrals/" + referralId + "/acknowledgement", Map.of("how" + r, "By phone to Jo"));
        assertThat(ack.uri().toString()).contains("?acknowledged");
        assertThat(ack.body()).contains("Acknowledgement recorded", "By phone to Jo");

        // NFA without the para 151/160 answers: the error summary names each field.
        HttpResponse<String> missing = manager.post("/front-door/referrals/" + referralId + "/next-steps",
                Map.of("steps" + r, "NO_FURTHER_ACTION", "rationale" + r, "Needs met by universal services"));
        assertThat(missing.body()).contains("There is a problem", "href=\"#otherSupport" + r + "\"", "href=\"#familyInformed" + r + "\"");
        assertThat(caseWork.openCasesFor(child)).anyMatch(c -> c.id() == caseId);

        HttpResponse<String> notTold = manager.post("/front-door/referrals/" + referralId + "/next-steps",
                Map.of("steps" + r, "NO_FURTHER_ACTION", "rationale" + r, "Needs met by universal services",
                        "otherSupport" + r, "Family hub parenting course", "familyInformed" + r, "false"));
        assertThat(notTold.body()).contains("href=\"#familyNotInformedReason" + r + "\"");

        HttpResponse<String> done = manager.post("/front-door/referrals/" + referralId + "/next-steps",
                Map.of("steps" + r, "NO_FURTHER_ACTION", "rationale" + r, "Needs met by universal services",
                        "otherSupport" + r, "Family hub parenting course", "familyInformed" + r, "true", "closureReason" + r, "RC8"));
        assertThat(done.uri().toString()).contains("?nextSteps");
        assertThat(done.body()).contains("Next steps recorded", "No further action", "The family will be told");
        assertThat(caseWork.openCasesFor(child)).noneMatch(c -> c.id() == caseId);
        assertThat(jdbc.sql("select closure_reason from case_file where id = ?").param(caseId).query(String.class).single()).isEqualTo("RC8");
    }

    @Test
    void aSocialWorkerSeesTheReferralButNotTheNextStepsForm() {
        long child = TestChildren.register(people);
        long contactId = contactFor(child);
        long referralId = acceptedReferral(child, contactId);
        WebSession worker = WebSession.signIn(baseUrl(), "social-worker");
        String page = worker.get("/front-door/contacts/" + contactId).body();
        assertThat(page).contains("Referral " + referralId + " for", "Only a team manager (a social-work-qualified manager) can decide the next steps");
        assertThat(page).doesNotContain("Record the next steps");
        HttpResponse<String> refused = worker.post("/front-door/referrals/" + referralId + "/next-steps",
                Map.of("steps-r" + referralId, "SECTION_17_ASSESSMENT", "rationale-r" + referralId, "r"));
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void theThresholdPageShowsEveryLevelAndIndicatorOfTheCurrentVersion() {
        assertThat(jdbc.sql("""
                select count(*) from threshold_indicator i join threshold_document d on d.id = i.document_id
                 where d.version = '2021.1' and not i.superseded""").query(Long.class).single()).isEqualTo(166);
        String page = WebSession.signIn(baseUrl(), "contact-officer").get("/front-door/threshold").body();
        assertThat(page).contains("Version 2021.1", "Level 1: Universal", "Level 4: Specialist",
                "Age appropriate independent", // level 1, verbatim from the document
                "Inappropriate parental chastisement e.g. puts child in stress positions", "Trafficked children",
                "Children, young people and families receiving intervention for level 4 need are helped",
                "Indicators no longer offered");
        // A superseded indicator is refused for a new screening, naming the field.
        long child = TestChildren.register(people);
        long contactId = contactFor(child);
        var r = as("social-worker").post("/api/front-door/contacts/" + contactId + "/children/" + child + "/screening",
                Map.of("level", 2, "indicators", List.of("L2-04"), "rationale", "r"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asString()).isEqualTo("indicators");
    }

    @Test
    void aSocialWorkerRecordsAConsultationAndAContactOfficerLinksALaterContactToIt() {
        WebSession worker = WebSession.signIn(baseUrl(), "social-worker");
        assertThat(worker.get("/front-door/consultations/new").body()).contains("Record a consultation", "heldOn-day");
        HttpResponse<String> bad = worker.post("/front-door/consultations/new", Map.of("heldOn-day", "31", "heldOn-month", "2",
                "heldOn-year", "2026", "professionalName", "Dr Ada Grey"));
        assertThat(bad.body()).contains("There is a problem", "href=\"#heldOn\"", "The date of the consultation must be a real date");
        HttpResponse<String> missing = worker.post("/front-door/consultations/new", Map.of("heldOn-day", "30", "heldOn-month", "11",
                "heldOn-year", "2026", "heldTime", "14:30", "professionalName", "Dr Ada Grey"));
        assertThat(missing.body()).contains("href=\"#professionalAgency\"", "href=\"#concern\"", "href=\"#advice\"");
        HttpResponse<String> ok = worker.post("/front-door/consultations/new", Map.of("heldOn-day", "30", "heldOn-month", "11",
                "heldOn-year", "2026", "heldTime", "14:30", "professionalName", "Dr Ada Grey and Nurse Bo Lin",
                "professionalAgency", "Riverford GP surgery", "concern", "Toddler with repeated minor injuries",
                "advice", "Make a referral if another injury is seen"));
        assertThat(ok.body()).contains("recorded", "Dr Ada Grey and Nurse Bo Lin", "30 November 2026 14:30");
        long id = jdbc.sql("select max(id) from consultation where professional_name = 'Dr Ada Grey and Nurse Bo Lin'").query(Long.class).single();

        // A contact officer cannot record one (refused and logged) but can link a contact to it.
        WebSession officer = WebSession.signIn(baseUrl(), "contact-officer");
        assertThat(officer.get("/front-door/consultations/new").statusCode()).isEqualTo(403);
        String form = officer.get("/front-door/contacts/new").body();
        assertThat(form).contains("Follows a consultation?", "Dr Ada Grey and Nurse Bo Lin (Riverford GP surgery)");
        long child = TestChildren.register(people);
        String name = people.find(child).orElseThrow().displayName();
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "PHONE");
        body.put("referrer", Map.of("name", "Dr Ada Grey"));
        body.put("sourceCode", "3A");
        body.put("children", List.of(Map.of("personId", child)));
        body.put("concern", "Another injury.");
        body.put("consultationId", id);
        long contactId = as("contact-officer").post("/api/front-door/contacts", body).json().get("contactId").asLong();
        assertThat(officer.get("/front-door/contacts/" + contactId).body()).contains("Follows a consultation", "Consultation " + id + " with");
        assertThat(name).isNotBlank();

        // The same through the contact officer's form: the consultation chosen from the list.
        officer.get("/front-door/contacts/new");
        Map<String, String> fields = new HashMap<>(Map.of("channel", "PHONE", "referrerName", "Dr Ada Grey", "sourceCode", "3A",
                "child1Given", "Zebedee", "child1Family", "Ormskirkwhistle", "concern", "A third injury.",
                "consultationId", String.valueOf(id)));
        fields.putAll(Map.of("child1Dob-day", "4", "child1Dob-month", "4", "child1Dob-year", "2024"));
        HttpResponse<String> saved = officer.post("/front-door/contacts/new", fields);
        assertThat(saved.uri().toString()).contains("?recorded");
        assertThat(saved.body()).contains("Contact about Zebedee Ormskirkwhistle", "Consultation " + id + " with");
    }

    @Test
    void aContactOfficerCorrectsTheChildOnTheContactPage() {
        long wrong = TestChildren.register(people, "Ottoline", "Vexworth", java.time.LocalDate.of(2017, 5, 5));
        long right = TestChildren.register(people, "Ottilie", "Vexworthy", java.time.LocalDate.of(2017, 5, 6));
        long contactId = contactFor(wrong);
        WebSession officer = WebSession.signIn(baseUrl(), "contact-officer");
        assertThat(officer.get("/front-door/contacts/" + contactId).body()).contains("Is this the wrong child?");
        String path = "/front-door/contacts/" + contactId + "/children/" + wrong + "/match";
        String p = "-m" + wrong;
        HttpResponse<String> noName = officer.post(path, Map.of("action", "search"));
        assertThat(noName.body()).contains("There is a problem", "href=\"#given" + p + "\"");
        HttpResponse<String> found = officer.post(path, Map.of("action", "search", "given" + p, "Ottilie", "family" + p, "Vexworthy"));
        assertThat(found.body()).contains("(record " + right + ")", "Use this child");
        HttpResponse<String> unchosen = officer.post(path, Map.of("action", "choose", "given" + p, "Ottilie", "family" + p, "Vexworthy"));
        assertThat(unchosen.body()).contains("href=\"#person" + p + "\"");
        HttpResponse<String> used = officer.post(path, Map.of("action", "choose", "given" + p, "Ottilie", "family" + p, "Vexworthy",
                "person" + p, String.valueOf(right)));
        assertThat(used.uri().toString()).contains("?corrected");
        assertThat(used.body()).contains("Child corrected", "Contact about Ottilie Vexworthy");
    }
}
