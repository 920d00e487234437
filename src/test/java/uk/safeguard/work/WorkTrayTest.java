package uk.safeguard.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.Actor;
import uk.safeguard.clock.ClockEvents;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.WebSession;

/** Now is Tue 1 Dec 2026 09:00 (the test default). */
class WorkTrayTest extends IntegrationTest {
    @Autowired
    CaseWork caseWork;
    @Autowired
    StatutoryClocks clocks;
    @Autowired
    UserDirectory users;

    @Autowired
    PeopleRegister people;

    private CurrentUser socialWorker;
    private CurrentUser chair;
    private long mine;
    private long otherTeams;

    private static Instant london(int y, int m, int d, int h) {
        return LocalDateTime.of(y, m, d, h, 0).atZone(TimeConfiguration.LONDON).toInstant();
    }

    @BeforeEach
    void allocateTwoChildren() {
        socialWorker = users.findByUsername("social-worker").orElseThrow();
        chair = users.findByUsername("conference-chair").orElseThrow();
        mine = TestChildren.register(people);
        otherTeams = TestChildren.register(people);
        caseWork.openCase(Actor.SYSTEM, mine, CaseKind.CHILD_IN_NEED, london(2026, 11, 2, 9), socialWorker.id(), null);
        caseWork.openCase(Actor.SYSTEM, otherTeams, CaseKind.CHILD_PROTECTION, london(2026, 11, 2, 9), chair.id(), null);

        // Overdue: referral on Fri 20 Nov, decision due Mon 23 Nov.
        clocks.recordEvent(Actor.SYSTEM, mine, ClockEvents.REFERRAL_RECEIVED, london(2026, 11, 20, 10), "old");
        clocks.recordEvent(Actor.SYSTEM, mine, ClockEvents.REFERRER_ACKNOWLEDGED, london(2026, 11, 20, 11), "old");
        // Amber: conference due Wed 2 Dec (strategy discussion Wed 11 Nov + 15 WD).
        clocks.recordEvent(Actor.SYSTEM, mine, ClockEvents.STRATEGY_DISCUSSION_S47_STARTED, london(2026, 11, 11, 10), "s47");
        // Green: transfer-in conference due Fri 4 Dec, 3 working days ahead (notified Fri 13 Nov + 15 WD).
        clocks.recordEvent(Actor.SYSTEM, mine, ClockEvents.TRANSFER_IN_NOTIFIED, london(2026, 11, 13, 10), null);
        // Beyond 5 WD: the first core group, due 10 WD after Mon 30 Nov = Mon 14 Dec.
        clocks.recordEvent(Actor.SYSTEM, mine, ClockEvents.CP_PLAN_STARTED, london(2026, 11, 30, 10), null);
        clocks.recordEvent(Actor.SYSTEM, mine, ClockEvents.CP_VISIT, london(2026, 11, 30, 15), null);
        // Met (would otherwise be overdue): a contact decided in time.
        clocks.recordEvent(Actor.SYSTEM, mine, ClockEvents.CONTACT_RECEIVED, london(2026, 11, 27, 10), "contact");
        clocks.recordEvent(Actor.SYSTEM, mine, ClockEvents.CONTACT_DECISION_MADE, london(2026, 11, 27, 12), "contact");

        // Another team's child with an overdue clock.
        clocks.recordEvent(Actor.SYSTEM, otherTeams, ClockEvents.REFERRAL_RECEIVED, london(2026, 11, 20, 10), null);
    }

    private List<JsonNode> trayOf(String username, long child) {
        var response = as(username).get("/api/work-tray");
        assertThat(response.status()).isEqualTo(200);
        return response.json().valueStream().filter(i -> i.get("childId").asLong() == child).toList();
    }

    private static JsonNode item(List<JsonNode> items, String clockId) {
        return items.stream().filter(i -> i.get("clockId").asString().equals(clockId)).findFirst().orElseThrow(
                () -> new AssertionError(clockId + " not in " + items));
    }

    @Test
    void aSocialWorkerSeesTheirOwnOverdueAmberAndGreenItemsButNotLaterOrMetOnes() {
        List<JsonNode> items = trayOf("social-worker", mine);
        assertThat(items).extracting(i -> i.get("clockId").asString()).containsExactly(
                "referral-decision", "initial-child-protection-conference", "transfer-in-conference");

        JsonNode overdue = item(items, "referral-decision");
        assertThat(overdue.get("urgency").asString()).isEqualTo("red");
        assertThat(overdue.get("urgencyLabel").asString()).isEqualTo("Overdue");
        assertThat(overdue.get("dueAt").asString()).isEqualTo("2026-11-23");
        assertThat(overdue.get("allocatedWorker").asString()).isEqualTo("Sam Okafor");
        assertThat(overdue.get("childLabel").asString()).isEqualTo(people.find(mine).orElseThrow().displayName());

        JsonNode amber = item(items, "initial-child-protection-conference");
        assertThat(amber.get("urgency").asString()).isEqualTo("amber");
        assertThat(amber.get("dueAt").asString()).isEqualTo("2026-12-02");
        assertThat(amber.get("workingDaysLeft").asInt()).isEqualTo(1);

        JsonNode green = item(items, "transfer-in-conference");
        assertThat(green.get("urgency").asString()).isEqualTo("green");
        assertThat(green.get("dueAt").asString()).isEqualTo("2026-12-04");
        assertThat(green.get("workingDaysLeft").asInt()).isEqualTo(3);

        assertThat(trayOf("social-worker", otherTeams)).isEmpty();
    }

    @Test
    void itemsMoveFromGreenToAmberToRedAsTimePasses() {
        clock.set(LocalDateTime.of(2026, 12, 3, 9, 0));
        assertThat(item(trayOf("social-worker", mine), "transfer-in-conference").get("urgency").asString()).isEqualTo("amber");
        clock.set(LocalDateTime.of(2026, 12, 5, 9, 0));
        assertThat(item(trayOf("social-worker", mine), "transfer-in-conference").get("urgency").asString()).isEqualTo("red");
    }

    @Test
    void aTeamManagerSeesTheTeamsChildrenButNotOtherTeams() {
        List<JsonNode> items = trayOf("team-manager", mine);
        assertThat(items).extracting(i -> i.get("clockId").asString()).contains("referral-decision", "transfer-in-conference");
        assertThat(trayOf("team-manager", otherTeams)).isEmpty();
        assertThat(trayOf("conference-chair", otherTeams)).extracting(i -> i.get("clockId").asString())
                .contains("referral-decision");
    }

    @Test
    void openCasesCarryWorkerAndTeamNamesAndOpeningIsAudited() {
        List<OpenCase> open = caseWork.openCasesFor(mine);
        assertThat(open).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CaseKind.CHILD_IN_NEED);
            assertThat(c.workerName()).isEqualTo("Sam Okafor");
            assertThat(c.teamName()).isEqualTo("Assessment Team 1");
        });
        assertThat(caseWork.childrenAllocatedTo(socialWorker.id())).contains(mine).doesNotContain(otherTeams);
        assertThat(caseWork.childrenOfTeam(socialWorker.teamId())).contains(mine).doesNotContain(otherTeams);
        assertThat(jdbc.sql("select summary from audit_event where child_id = ? and action = 'CASE_OPENED'").param(mine)
                .query(String.class).single()).isEqualTo("Child in need case opened, allocated to Sam Okafor");
        assertThatThrownBy(() -> caseWork.openCase(Actor.SYSTEM, mine, CaseKind.EARLY_HELP, london(2027, 1, 1, 9), null, null))
                .isInstanceOf(ValidationFailure.class).hasMessageStartingWith("openedAt");
    }

    @Test
    void theTrayPageShowsTagsWithWordsAndLinksToTheChild() {
        String page = signedInPage("social-worker", "/");
        assertThat(page).contains("<caption class=\"govuk-table__caption govuk-table__caption--m\">Overdue and due in the next 5 working days</caption>")
                .contains("govuk-tag--red").contains(">Overdue<")
                .contains("govuk-tag--yellow").contains(">Due within 2 working days<")
                .contains("govuk-tag--green").contains(">Due in 3 to 5 working days<")
                .contains("href=\"/children/" + mine + "\"");
        assertThat(signedInPage("lado", "/")).contains("Nothing is overdue or due in the next 5 working days.");
    }

    private String signedInPage(String username, String path) {
        var response = WebSession.signIn(baseUrl(), username).get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
