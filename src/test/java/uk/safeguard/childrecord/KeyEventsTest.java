package uk.safeguard.childrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;
import uk.safeguard.support.WebSession;

/** The chronology's key-events view: milestones and significant events, without the everyday entries. */
class KeyEventsTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;

    @Test
    void keyEventsAreTheMilestonesAndTheNotesFlaggedSignificant() {
        long child = TestChildren.register(people);
        TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        clock.set(java.time.LocalDateTime.of(2026, 12, 1, 11, 0));
        assertThat(as("social-worker").post("/api/cases/" + r.caseId() + "/notes", Map.of("type", "PHONE_CALL",
                "occurredAt", "2026-12-01T09:30:00Z", "text", "Rang the school to arrange a visit")).status()).isEqualTo(201);
        assertThat(as("social-worker").post("/api/cases/" + r.caseId() + "/notes", Map.of("type", "VISIT",
                "occurredAt", "2026-12-01T09:45:00Z", "text", "Found the children alone at home overnight", "significant", true)).status())
                .isEqualTo(201);

        List<String> all = actions(as("social-worker").get("/api/children/" + child + "/chronology").json());
        List<String> key = actions(as("social-worker").get("/api/children/" + child + "/chronology?keyEventsOnly=true").json());
        assertThat(all).contains("CASE_NOTE_ADDED", "SIGNIFICANT_EVENT", "REFERRAL_RECEIVED");
        assertThat(key).contains("SIGNIFICANT_EVENT", "REFERRAL_RECEIVED", "CONTACT_RECEIVED", "CASE_OPENED")
                .doesNotContain("CASE_NOTE_ADDED", "TASK_ASSIGNED", "LEVEL_OF_NEED_RECORDED");

        WebSession page = WebSession.signIn(baseUrl(), "social-worker");
        String keyOnly = page.get("/children/" + child + "?chronology=key").body();
        assertThat(keyOnly).contains("Showing key events only", "Significant event", "Found the children alone at home overnight")
                .doesNotContain("Rang the school to arrange a visit");
        assertThat(page.get("/children/" + child).body()).contains("Showing every entry", "Rang the school to arrange a visit");
    }

    @Test
    void theChildsClocksAreOnTheChronologyWhenTheyStartAndWhenTheyAreMetOrMissed() {
        long child = TestChildren.register(people);
        TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        JsonNode chronology = as("social-worker").get("/api/children/" + child + "/chronology").json();
        List<String> summaries = chronology.valueStream().map(e -> e.get("summary").asString()).toList();
        // The referral starts the 45 working day assessment clock (para 155); the referrer was acknowledged at once.
        assertThat(summaries).anyMatch(s -> s.startsWith("Assessment due by 5 Feb 2027"));
        assertThat(actions(chronology)).contains("CLOCK_STARTED", "CLOCK_MET");
        assertThat(chronology.valueStream().filter(e -> e.get("action").asString().equals("CLOCK_MET"))
                .map(e -> e.get("summary").asString())).anyMatch(s -> s.contains("met (due by 2 Dec 2026)"));
    }

    @Test
    void thePageOpensOnTheNewestHundredEntriesWithTheRestOneLinkAway() {
        long child = TestChildren.register(people);
        TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        clock.set(java.time.LocalDateTime.of(2026, 12, 1, 12, 0));
        for (int i = 0; i < 110; i++) {
            assertThat(as("social-worker").post("/api/cases/" + r.caseId() + "/notes", Map.of("type", "PHONE_CALL",
                    "occurredAt", "2026-12-01T10:00:00Z", "text", "Call number " + i)).status()).isEqualTo(201);
        }
        int total = as("social-worker").get("/api/children/" + child + "/chronology").json().size();
        WebSession page = WebSession.signIn(baseUrl(), "social-worker");
        String newest = page.get("/children/" + child).body();
        assertThat(newest).contains("The newest 100 of " + total + " entries.", "Show all " + total + " entries");
        assertThat(rows(newest)).isEqualTo(100);
        String all = page.get("/children/" + child + "?chronology=all").body();
        assertThat(all).doesNotContain("The newest 100 of");
        assertThat(rows(all)).isEqualTo(total);
    }

    /** Rows of the chronology table (the last table before the view log or the end of the page). */
    private static int rows(String html) {
        String table = html.substring(html.indexOf("id=\"chronology\""));
        int end = table.indexOf("</table>");
        return table.substring(0, end).split("<tr class=\"govuk-table__row\"", -1).length - 2; // minus the split head and the header row
    }

    private static List<String> actions(JsonNode chronology) {
        return chronology.valueStream().map(e -> e.get("action").asString()).toList();
    }
}
