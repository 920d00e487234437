package uk.safeguard.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * A referral made the way the front door makes one (contact recorded, screened, accepted by a team manager), for
 * tests of the work that follows it: it opens a child-in-need case and starts the para 153 and 155 clocks.
 */
public final class TestReferrals {
    private TestReferrals() {}

    /** The referral and the child-in-need case (episode) it opened. */
    public record Referral(long referralId, long caseId, long childId, long contactId) {}

    /** Refers an already registered child, received now (the test clock's now). */
    public static Referral refer(Api contactOfficer, Api teamManager, long childId) {
        Map<String, Object> contact = Map.of(
                "channel", "PHONE",
                "referrer", Map.of("name", "Avery Hughes", "role", "Designated safeguarding lead", "agency", "Oakfield Primary School",
                        "agencyType", "EDUCATION", "phone", "01632 960000", "email", "dsl@oakfield.example"),
                "sourceCode", "2A",
                "children", List.of(Map.of("personId", childId)),
                "adults", List.of(Map.of("name", "Dana Parent", "relationship", "mother")),
                "concern", "Came to school hungry three days this week and has bruises on the arm.",
                "categories", List.of("NEGLECT", "PHYSICAL_ABUSE"),
                "familyKnows", true, "familyConsents", true, "earlyHelpAssessment", false);
        Api.Response recorded = contactOfficer.post("/api/front-door/contacts", contact);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        long contactId = recorded.json().get("contactId").asLong();
        String path = "/api/front-door/contacts/" + contactId + "/children/" + childId;
        Api.Response screened = teamManager.post(path + "/screening",
                Map.of("level", 3, "indicators", List.of("L3-06"), "rationale", "Judged against the indicators listed."));
        assertThat(screened.status()).as(screened.toString()).isLessThan(300);
        Api.Response decided = teamManager.post(path + "/decision",
                Map.of("decision", "REFERRAL_ACCEPTED", "reason", "Concerns of neglect and injury", "primaryNeed", "N1"));
        assertThat(decided.status()).as(decided.toString()).isLessThan(300);
        long referralId = decided.json().get("referralId").asLong();
        long caseId = teamManager.get("/api/front-door/referrals/" + referralId).json().get("caseId").asLong();
        return new Referral(referralId, caseId, childId, contactId);
    }
}
