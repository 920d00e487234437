package uk.safeguard.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;
import uk.safeguard.support.WebSession;

class ProtectionPagesTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    UserDirectory users;
    @Autowired
    ChildAccess childAccess;

    private TestReferrals.Referral allocatedReferral() {
        long child = TestChildren.register(people);
        TestReferrals.Referral referral = TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        jdbc.sql("update case_file set allocated_worker_id = ? where id = ?")
                .params(users.findByUsername("social-worker").orElseThrow().id(), referral.caseId()).update();
        return referral;
    }

    private Map<String, String> discussionForm(boolean withPolice) {
        Map<String, String> f = new HashMap<>();
        f.put("heldAt-day", "1");
        f.put("heldAt-month", "12");
        f.put("heldAt-year", "2026");
        f.put("heldAt-time", "11:00");
        f.put("format", "CALL");
        f.put("attendees-0-name", "Sam Okafor");
        f.put("attendees-0-agencyId", String.valueOf(users.agencyByCode("LA-CSC").orElseThrow().id()));
        f.put("attendees-0-attended", "true");
        f.put("attendees-1-name", "Lee Marsh");
        f.put("attendees-1-agencyId", String.valueOf(users.agencyByCode("HEALTH").orElseThrow().id()));
        f.put("attendees-1-attended", "true");
        if (withPolice) {
            f.put("attendees-2-name", "PC Dee Harper");
            f.put("attendees-2-agencyId", String.valueOf(users.agencyByCode("POLICE").orElseThrow().id()));
            f.put("attendees-2-role", "CAIT officer");
            f.put("attendees-2-attended", "true");
        }
        f.put("attendees-4-name", "Jo Bell");
        f.put("attendees-4-agencyName", "Riverford Youth Club");
        f.put("attendees-4-agencyType", "VOLUNTARY_SECTOR");
        f.put("attendees-4-attended", "false");
        f.put("informationShared", "Bruising seen at school");
        f.put("section47", "true");
        f.put("section47Rationale", "Reasonable cause to suspect significant harm");
        f.put("criminalInvestigation", "NONE");
        f.put("actions-1-what", "See the child alone");
        f.put("actions-1-ownerId", String.valueOf(users.findByUsername("social-worker").orElseThrow().id()));
        f.put("actions-1-dueOn-day", "2");
        f.put("actions-1-dueOn-month", "12");
        f.put("actions-1-dueOn-year", "2026");
        return f;
    }

    @Test
    void aStrategyDiscussionIsRecordedFromTheChildsPageAndStartsTheEnquiry() {
        TestReferrals.Referral r = allocatedReferral();
        clock.set(LocalDateTime.of(2026, 12, 1, 12, 0));
        WebSession sw = WebSession.signIn(baseUrl(), "social-worker");
        String child = sw.get("/children/" + r.childId()).body();
        assertThat(child).contains("Child protection enquiries").contains("Record emergency action")
                .contains("/cases/" + r.caseId() + "/strategy-discussions/new");

        String form = sw.get("/cases/" + r.caseId() + "/strategy-discussions/new").body();
        assertThat(form).contains("Attendee 6").contains("Action 4").doesNotContain("<script src");
        HttpResponse<String> missing = sw.post("/cases/" + r.caseId() + "/strategy-discussions/new", discussionForm(false));
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("There is a problem").contains("href=\"#missingAgencyReason\"")
                .contains("value=\"Riverford Youth Club\"").contains("Reasonable cause to suspect significant harm");

        sw.get("/cases/" + r.caseId() + "/strategy-discussions/new");
        HttpResponse<String> saved = sw.post("/cases/" + r.caseId() + "/strategy-discussions/new", discussionForm(true));
        assertThat(saved.body()).contains("Strategy discussion recorded").contains("PC Dee Harper").contains("Sent apologies")
                .contains("See the child alone").contains("Open the section 47 enquiry");
        String enquiryLink = saved.body().replaceAll("(?s).*href=\"(/section-47-enquiries/\\d+)\".*", "$1");
        String enquiry = sw.get(enquiryLink).body();
        assertThat(enquiry).contains("Section 47 enquiry").contains("Record the outcome").contains("Sam Okafor");

        Map<String, String> outcome = new HashMap<>(Map.of("outcome", "NOT_SUBSTANTIATED", "rationale", "Explained injuries",
                "completedOn-day", "1", "completedOn-month", "12", "completedOn-year", "2026"));
        HttpResponse<String> noNext = sw.post(enquiryLink + "/outcome", outcome);
        assertThat(noNext.body()).contains("href=\"#nextStep\"").contains("Explained injuries");
        outcome.put("nextStep", "NO_FURTHER_ACTION");
        HttpResponse<String> done = sw.post(enquiryLink + "/outcome", outcome);
        assertThat(done.body()).contains("Outcome recorded").contains("No further action").contains("Tell the referrer");
        HttpResponse<String> told = sw.post(enquiryLink + "/referrer-told", Map.of("to", "Avery Hughes", "method", ""));
        assertThat(told.body()).contains("Communication to the referrer recorded").contains("E-mail to dsl@oakfield.example");

        // A partner linked to the child requests a conference; the manager declines it.
        childAccess.linkAgency(r.childId(), users.agencyByCode("POLICE").orElseThrow().id(), ChildAccess.AgencyLink.INVOLVED);
        WebSession police = WebSession.signIn(baseUrl(), "police-officer");
        assertThat(police.get(enquiryLink).body()).contains("Request a conference");
        HttpResponse<String> noReasons = police.post(enquiryLink + "/conference-requests", Map.of("requesterName", "PC Dee Harper", "reasons", ""));
        assertThat(noReasons.body()).contains("href=\"#reasons\"");
        assertThat(police.post(enquiryLink + "/conference-requests", Map.of("requesterName", "PC Dee Harper", "reasons", "New incident")).body())
                .contains("Request for a conference recorded").contains("Awaiting a response");
        WebSession manager = WebSession.signIn(baseUrl(), "team-manager");
        String page = manager.get(enquiryLink).body();
        String requestId = page.replaceAll("(?s).*action=\"/conference-requests/(\\d+)/response\".*", "$1");
        HttpResponse<String> noReason = manager.post("/conference-requests/" + requestId + "/response", Map.of("response-" + requestId, "DECLINED"));
        assertThat(noReason.body()).contains("href=\"#reason-" + requestId + "\"");
        assertThat(manager.post("/conference-requests/" + requestId + "/response", Map.of("response-" + requestId, "DECLINED",
                "reason-" + requestId, "Safety plan holds")).body()).contains("Response recorded").contains("Declined");
        assertThat(police.get(enquiryLink).body()).contains("Record an escalation");
    }

    @Test
    void theS47RefusalIsShownOnTheFormWithTheTypedInput() {
        long childId = TestChildren.register(people);
        TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), childId);
        clock.set(LocalDateTime.of(2026, 12, 1, 12, 0));
        WebSession sw = WebSession.signIn(baseUrl(), "social-worker");
        sw.get("/cases/" + r.caseId() + "/strategy-discussions/new");
        HttpResponse<String> refused = sw.post("/cases/" + r.caseId() + "/strategy-discussions/new", discussionForm(true));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("href=\"#caseId\"").contains("has no allocated worker").contains("value=\"PC Dee Harper\"");
        assertThat(WebSession.signIn(baseUrl(), "police-officer").get("/cases/" + r.caseId() + "/strategy-discussions/new").statusCode()).isEqualTo(403);
    }

    @Test
    void emergencyActionIsRecordedAndPoliceProtectionEnded() {
        long childId = TestChildren.register(people);
        clock.set(LocalDateTime.of(2026, 12, 1, 12, 0));
        WebSession tm = WebSession.signIn(baseUrl(), "team-manager");
        assertThat(tm.get("/children/" + childId + "/emergency-actions/new").body()).contains("Record emergency action");
        Map<String, String> f = new HashMap<>(Map.of("type", "POLICE_PROTECTION", "agencyId", String.valueOf(users.agencyByCode("POLICE").orElseThrow().id()),
                "takenAt-day", "1", "takenAt-month", "12", "takenAt-year", "2026", "takenAt-time", "09:15",
                "legalAdviceObtained", "false"));
        HttpResponse<String> noSeen = tm.post("/children/" + childId + "/emergency-actions/new", f);
        assertThat(noSeen.body()).contains("href=\"#childSeenBy\"").contains("value=\"09:15\"");
        f.put("childSeenBy", "PC Dee Harper");
        HttpResponse<String> saved = tm.post("/children/" + childId + "/emergency-actions/new", f);
        assertThat(saved.body()).contains("Emergency action recorded").contains("No strategy discussion has followed")
                .contains("Record the end of police protection");
        String endPath = saved.body().replaceAll("(?s).*action=\"(/emergency-actions/\\d+/end)\".*", "$1");
        HttpResponse<String> ended = tm.post(endPath, Map.of("endedAt-day", "1", "endedAt-month", "12", "endedAt-year", "2026", "endedAt-time", "11:00"));
        assertThat(ended.body()).contains("End of police protection recorded").doesNotContain("More than 72 hours");
        assertThat(tm.get("/children/" + childId).body()).contains("Police protection by Riverford Police");
    }
}
