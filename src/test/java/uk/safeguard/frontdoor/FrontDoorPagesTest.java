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
}
