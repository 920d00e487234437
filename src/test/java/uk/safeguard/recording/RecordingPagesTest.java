package uk.safeguard.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguard.recording.RecordingHttp.Part.field;
import static uk.safeguard.recording.RecordingHttp.Part.file;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.WebSession;

/** The recording pages through real forms: multipart upload, alerts with contrary evidence, challenges and outcomes. */
class RecordingPagesTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    AuditTrail audit;

    @Test
    void uploadingThroughTheFormListsTheDocumentAndADisguisedFileIsRefusedKeepingTheTypedTitle() {
        long child = TestChildren.register(people);
        var session = new RecordingHttp.PageSession(baseUrl(), "social-worker");
        var page = session.get("/children/" + child + "/documents");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Upload a document").contains("enctype=\"multipart/form-data\"");

        var refused = session.postMultipart("/children/" + child + "/documents",
                file("report.pdf", "not really a pdf".getBytes(StandardCharsets.UTF_8)), field("title", "Disguised report"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("href=\"#file\"")
                .contains("is not a PDF").contains("value=\"Disguised report\"");

        var uploaded = session.postMultipart("/children/" + child + "/documents",
                file("visit.pdf", RecordingHttp.pdf()), field("title", "Visit record"), field("documentDate", "30/11/2026"));
        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.uri().toString()).contains("uploaded=");
        assertThat(uploaded.body()).contains("Document uploaded").contains("Visit record").contains("Not scanned");

        long id = jdbc.sql("select id from document where child_id = ?").param(child).query(Long.class).single();
        var download = session.getBytes("/documents/" + id + "/content");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(RecordingHttp.pdf());
        assertThat(jdbc.sql("select count(*) from record_view where child_id = ? and what = ?").params(child, "document " + id)
                .query(Long.class).single()).isEqualTo(1);

        // the child's page shows the counts and links
        var childPage = WebSession.signIn(baseUrl(), "social-worker").get("/children/" + child);
        assertThat(childPage.body()).contains("Documents and challenges").contains("1 document")
                .contains("/children/" + child + "/documents").contains("/children/" + child + "/challenges");
    }

    @Test
    void partnersNotLinkedCannotOpenTheDocumentsPage() {
        long child = TestChildren.register(people);
        assertThat(WebSession.signIn(baseUrl(), "school-dsl").get("/children/" + child + "/documents").statusCode()).isEqualTo(403);
        assertThat(WebSession.signIn(baseUrl(), "school-dsl").get("/people/" + child + "/alerts").statusCode()).isEqualTo(403);
        assertThat(WebSession.signIn(baseUrl(), "school-dsl").get("/children/" + child + "/challenges").statusCode()).isEqualTo(403);
    }

    @Test
    void raisingAnAlertContestingAndRetiringItThroughTheForms() {
        long child = TestChildren.register(people);
        WebSession session = WebSession.signIn(baseUrl(), "social-worker");
        session.get("/people/" + child + "/alerts");
        var bad = session.post("/people/" + child + "/alerts", Map.of("labelType", "RISK_TO_STAFF", "evidence", "Shouted at worker",
                "reviewDate", "1/12/2026"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("There is a problem").contains("href=\"#reviewDate\"")
                .contains("The review date must be after").contains("Shouted at worker");

        var raised = session.post("/people/" + child + "/alerts", Map.of("labelType", "RISK_TO_STAFF",
                "evidence", "Shouted at the worker on 27 Nov 2026", "reviewDate", "1/3/2027"));
        assertThat(raised.body()).contains("Alert raised").contains("Risk to staff").contains("Shouted at the worker");
        long alert = jdbc.sql("select id from person_alert where person_id = ?").param(child).query(Long.class).single();

        var noGiver = session.post("/people/" + child + "/alerts/" + alert + "/contrary-evidence", Map.of("evidence", "I was not there"));
        assertThat(noGiver.body()).contains("href=\"#givenBy-" + alert + "\"").contains("I was not there");

        var contested = session.post("/people/" + child + "/alerts/" + alert + "/contrary-evidence",
                Map.of("givenBy", "the father", "evidence", "He was at work: employer's timesheet"));
        assertThat(contested.body()).contains("Contested").contains("the father").contains("employer&#39;s timesheet");

        var childPage = session.get("/children/" + child);
        assertThat(childPage.body()).contains("Risk to staff").contains("contested: the father");

        var noReason = session.post("/people/" + child + "/alerts/" + alert + "/retirement", Map.of("reason", ""));
        assertThat(noReason.body()).contains("href=\"#reason-" + alert + "\"");
        var retired = session.post("/people/" + child + "/alerts/" + alert + "/retirement", Map.of("reason", "Reviewed with the family"));
        assertThat(retired.body()).contains("Alert retired").contains("Retired alerts").contains("Reviewed with the family");
        assertThat(session.get("/children/" + child).body()).doesNotContain("contested: the father");
    }

    @Test
    void recordingAChallengeFromTheChronologyAndItsOutcome() {
        long child = TestChildren.register(people);
        long entry = audit.chronology(child).get(0).id();
        long sam = jdbc.sql("select id from app_user where username = 'social-worker'").query(Long.class).single();
        WebSession session = WebSession.signIn(baseUrl(), "social-worker");
        var page = session.get("/children/" + child + "/challenges");
        assertThat(page.body()).contains("Record a challenge").contains("value=\"" + entry + "\"");

        var bad = session.post("/children/" + child + "/challenges", Map.of("eventId", String.valueOf(entry), "challengerName", "Dana",
                "relationship", "mother", "whatIsWrong", "Wrong date of birth", "ownerId", String.valueOf(sam), "dueDate", ""));
        assertThat(bad.body()).contains("href=\"#dueDate\"").contains("Wrong date of birth");

        var recorded = session.post("/children/" + child + "/challenges", Map.of("eventId", String.valueOf(entry), "challengerName", "Dana",
                "relationship", "mother", "whatIsWrong", "Wrong date of birth", "ownerId", String.valueOf(sam), "dueDate", "15/12/2026"));
        assertThat(recorded.body()).contains("Challenge recorded").contains("Challenge by Dana (mother)").contains("Record the outcome");
        long id = jdbc.sql("select id from record_challenge where child_id = ?").param(child).query(Long.class).single();

        var noText = session.post("/children/" + child + "/challenges/" + id + "/outcome", Map.of("outcome", "CORRECTED", "outcomeText", ""));
        assertThat(noText.body()).contains("href=\"#outcomeText-" + id + "\"").contains("Enter the correction");

        var decided = session.post("/children/" + child + "/challenges/" + id + "/outcome",
                Map.of("outcome", "CORRECTED", "outcomeText", "Date of birth is 2 March, per birth certificate"));
        assertThat(decided.body()).contains("Outcome recorded").contains("Correction").contains("per birth certificate")
                .doesNotContain("Record the outcome");
    }
}
