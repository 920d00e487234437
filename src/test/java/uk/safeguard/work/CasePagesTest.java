package uk.safeguard.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.Actor;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.WebSession;

/** The case page, the work tray's allocation requests and the caseloads page through real HTTP. */
class CasePagesTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    CaseWork caseWork;
    @Autowired
    UserDirectory users;

    private long openCase(long child, Long worker) {
        return caseWork.openCase(Actor.SYSTEM, child, CaseKind.CHILD_IN_NEED,
                LocalDateTime.of(2026, 11, 2, 9, 0).atZone(TimeConfiguration.LONDON).toInstant(), worker, null).id();
    }

    @Test
    void aManagerProposesOnTheCasePageAndTheWorkerAgreesOnTheTray() {
        long child = TestChildren.register(people);
        long caseId = openCase(child, null);
        CurrentUser sam = users.findByUsername("social-worker").orElseThrow();

        WebSession manager = WebSession.signIn(baseUrl(), "team-manager");
        String page = manager.get("/cases/" + caseId).body();
        assertThat(page).contains("Child in need case for", "Not allocated", "Propose a lead practitioner", "Close the case");
        assertThat(jdbc.sql("select count(*) from record_view where child_id = ? and what = ?").params(child, "case " + caseId)
                .query(Integer.class).single()).isPositive();

        HttpResponse<String> blank = manager.post("/cases/" + caseId + "/allocation-proposal", Map.of("workerId", "", "handoverNote", "typed"));
        assertThat(blank.body()).contains("There is a problem", "href=\"#workerId\"", "Choose the worker", ">typed</textarea>");
        HttpResponse<String> proposed = manager.post("/cases/" + caseId + "/allocation-proposal", Map.of("workerId", String.valueOf(sam.id())));
        assertThat(proposed.uri().toString()).contains("?proposed");
        assertThat(proposed.body()).contains("proposed Sam Okafor", "waiting for");

        WebSession worker = WebSession.signIn(baseUrl(), "social-worker");
        String tray = worker.get("/").body();
        assertThat(tray).contains("Allocation requests", "Agree", "Your caseload");
        long proposalId = caseWork.caseView(sam, caseId).pendingProposal().id();
        HttpResponse<String> agreed = worker.post("/allocation-proposals/" + proposalId + "/agree", Map.of("from", "tray"));
        assertThat(agreed.uri().getPath()).isEqualTo("/");
        assertThat(agreed.body()).contains("You are now the lead practitioner");
        assertThat(caseWork.openCasesFor(child)).singleElement().satisfies(c -> assertThat(c.workerName()).isEqualTo("Sam Okafor"));

        String after = worker.get("/cases/" + caseId).body();
        assertThat(after).contains("Allocation history", "Sam Okafor").doesNotContain("Propose a new lead practitioner");
        String childPage = worker.get("/children/" + child).body();
        assertThat(childPage).contains("id=\"cases\"", "Changes of lead practitioner", "/cases/" + caseId);
    }

    @Test
    void aCaseNoteFormShowsErrorsAndKeepsWhatWasTyped() {
        long caseId = openCase(TestChildren.register(people), null);
        WebSession worker = WebSession.signIn(baseUrl(), "social-worker");
        worker.get("/cases/" + caseId);
        Map<String, String> form = new HashMap<>();
        form.put("type", "VISIT");
        form.put("occurredAt-day", "2");
        form.put("occurredAt-month", "12");
        form.put("occurredAt-year", "2026");
        form.put("occurredAtTime", "10:00");
        form.put("text", "Saw the children at home");
        form.put("notSharedWithFamily", "true");
        HttpResponse<String> bad = worker.post("/cases/" + caseId + "/notes", form);
        assertThat(bad.body()).contains("There is a problem", "href=\"#occurredAt\"", "cannot be in the future",
                "href=\"#notSharedReason\"", ">Saw the children at home</textarea>");

        form.put("occurredAt-day", "30");
        form.put("occurredAt-month", "11");
        form.put("significant", "true");
        form.put("notSharedReason", "Police investigation under way");
        HttpResponse<String> saved = worker.post("/cases/" + caseId + "/notes", form);
        assertThat(saved.uri().toString()).contains("?noted");
        assertThat(saved.body()).contains("Visit, 30 Nov 2026 10:00", "Significant event", "Not to be shared with the family");
        assertThat(saved.body()).doesNotContain("Close the case");
    }

    @Test
    void aManagerClosesTheCaseOnThePage() {
        long caseId = openCase(TestChildren.register(people), null);
        WebSession manager = WebSession.signIn(baseUrl(), "team-manager");
        manager.get("/cases/" + caseId);
        HttpResponse<String> bad = manager.post("/cases/" + caseId + "/closure", Map.of("closedAt-day", "1", "closedAt-month", "12",
                "closedAt-year", "2026"));
        assertThat(bad.body()).contains("There is a problem", "href=\"#closureReason\"");
        HttpResponse<String> closed = manager.post("/cases/" + caseId + "/closure", Map.of("closedAt-day", "1", "closedAt-month", "12",
                "closedAt-year", "2026", "closureReason", "RC9", "stepDownToEarlyHelp", "true"));
        assertThat(closed.uri().toString()).contains("?closed");
        assertThat(closed.body()).contains("Closed", "RC9", "Stepped down to early help").doesNotContain("Add a case note");
    }

    @Test
    void caseloadPagesAndRefusals() {
        WebSession manager = WebSession.signIn(baseUrl(), "team-manager");
        assertThat(manager.get("/").body()).contains("Team caseloads");
        String team = manager.get("/team/caseloads").body();
        assertThat(team).contains("Caseloads: Assessment Team 1", "Sam Okafor", "Morgan Reid", "Families");

        String own = WebSession.signIn(baseUrl(), "social-worker").get("/team/caseloads").body();
        assertThat(own).contains("Your caseload", "Sam Okafor").doesNotContain("Morgan Reid");

        assertThat(WebSession.signIn(baseUrl(), "police-officer").get("/team/caseloads").statusCode()).isEqualTo(403);
        long caseId = openCase(TestChildren.register(people), null);
        assertThat(WebSession.signIn(baseUrl(), "police-officer").get("/cases/" + caseId).statusCode()).isEqualTo(403);
    }
}
