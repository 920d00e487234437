package uk.safeguard.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.conference.ConferenceFixtures;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;

/** GET /api/returns/annex-a: who may download it, bad parameters, and our own child's rows in lists 1 and 3. */
class AnnexAApiTest extends IntegrationTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    PeopleRegister people;
    @Autowired
    UserDirectory users;
    @Autowired
    StatutoryClocks clocks;

    @Test
    void aTeamManagerDownloadsTheListsWithTheirChildsContactAndReferral() {
        long child = TestChildren.register(people, "Annika", "Annexa", LocalDate.of(2015, 7, 15));
        clock.set(LocalDateTime.of(2026, 7, 10, 10, 0));
        TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));

        HttpResponse<byte[]> response = download("team-manager", "/api/returns/annex-a?end=2026-11-30&months=6");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(XLSX));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("annex-a-2026-06-01-to-2026-11-30.xlsx"));
        Map<String, List<List<String>>> book = AnnexAListsTest.read(response.body());
        assertThat(book).containsOnlyKeys("List 1 Contacts", "List 3 Referrals", "List 4 Assessments",
                "List 5 Section 47 and ICPC", "List 6 Children in need", "List 7 Child protection");

        // Annika was 10 on 10 Jul 2026 (born 15 Jul 2015); the school referred her (2A)
        assertThat(rowsFor(book.get("List 1 Contacts"), child)).containsExactly(
                List.of(String.valueOf(child), "Not stated/recorded", "", "2015-07-15", "10", "2026-07-10", "2A"));
        List<List<String>> referrals = rowsFor(book.get("List 3 Referrals"), child);
        assertThat(referrals).hasSize(1);
        assertThat(referrals.get(0).subList(3, 9)).containsExactly("2015-07-15", "10", "2026-07-10", "2A", "No", "1");
        // her episode is still open at the end of November: she is a child in need in list 6
        assertThat(rowsFor(book.get("List 6 Children in need"), child)).hasSize(1)
                .allSatisfy(r -> assertThat(r.get(6)).isEqualTo("2026-07-10"));

        Integer audited = jdbc.sql("""
                select count(*) from audit_event where action = 'RETURN_DOWNLOADED' and actor_username = 'team-manager'
                   and subject_type = 'annex-a-return' and subject_id = '2026-06-01..2026-11-30'""")
                .query(Integer.class).single();
        assertThat(audited).isPositive();
    }

    @Test
    void aChildThroughAnEnquiryToAPlanAppearsInListsFiveAndSeven() {
        ConferenceFixtures f = new ConferenceFixtures(people, clocks, jdbc, users, this::as);
        long la = f.agency("LA-CSC").id();
        long police = f.agency("POLICE").id();
        long health = f.agency("HEALTH").id();
        clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
        ConferenceFixtures.Child c = f.referred("social-worker");
        clock.set(LocalDateTime.of(2026, 11, 3, 12, 0));
        Map<String, Object> discussion = new HashMap<>();
        discussion.put("heldAt", LocalDateTime.of(2026, 11, 3, 10, 0).atZone(TimeConfiguration.LONDON).toInstant().toString());
        discussion.put("format", "MEETING");
        discussion.put("attendees", List.of(attendee("Sam Okafor", la, "Social worker"),
                attendee("PC Dee Harper", police, "CAIT officer"), attendee("Lee Marsh", health, "Named nurse")));
        discussion.put("informationShared", "School reported bruising.");
        discussion.put("section47", true);
        discussion.put("section47Rationale", "Reasonable cause to suspect significant harm.");
        discussion.put("criminalInvestigation", "NONE");
        Api.Response held = as("social-worker").post("/api/cases/" + c.caseId() + "/strategy-discussions", discussion);
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        long enquiryId = held.json().get("section47EnquiryId").asLong();
        clock.set(LocalDateTime.of(2026, 11, 10, 12, 0));
        ok(as("team-manager").post("/api/section-47-enquiries/" + enquiryId + "/outcome", Map.of("outcome",
                "SUBSTANTIATED", "rationale", "Non-accidental injury confirmed", "completedOn", "2026-11-10")));
        clock.set(LocalDateTime.of(2026, 11, 25, 16, 0));
        long planId = f.icpcWithPlan(c, LocalDateTime.of(2026, 11, 20, 10, 0), "NEG");
        clock.set(LocalDateTime.of(2026, 11, 27, 16, 0));
        ok(as("social-worker").post("/api/cp-plans/" + planId + "/visits",
                Map.of("visitedAt", "2026-11-27T10:00", "seen", true, "seenAlone", true)));
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));

        HttpResponse<byte[]> response = download("performance-analyst", "/api/returns/annex-a?end=2026-11-30&months=6");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, List<List<String>>> book = AnnexAListsTest.read(response.body());
        // the enquiry began at the strategy discussion on 3 Nov; the ICPC on 20 Nov made a plan for neglect
        assertThat(rowsFor(book.get("List 5 Section 47 and ICPC"), c.childId())).singleElement()
                .satisfies(r -> assertThat(r.subList(6, 14)).containsExactly("2026-11-03", "No", "2026-11-20", "Yes",
                        "1", "1", "Assessment Team 1", "Sam Okafor"));
        // a first plan, visited on 27 Nov and seen alone, not yet reviewed or ended
        assertThat(rowsFor(book.get("List 7 Child protection"), c.childId())).singleElement()
                .satisfies(r -> assertThat(r.subList(6, 17)).containsExactly("2026-11-20", "NEG", "NEG", "2026-11-27",
                        "Yes", "", "", "", "0", "Assessment Team 1", "Sam Okafor"));
        assertThat(rowsFor(book.get("List 6 Children in need"), c.childId())).singleElement()
                .satisfies(r -> assertThat(r.get(11)).isEqualTo("Child protection plan"));
    }

    private static Map<String, Object> attendee(String name, long agencyId, String role) {
        return Map.of("name", name, "agencyId", agencyId, "role", role, "attended", true);
    }

    private static void ok(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isLessThan(300);
    }

    @Test
    void aPerformanceAnalystMayDownloadItAndTheDefaultIsSixMonthsToToday() {
        HttpResponse<byte[]> response = download("performance-analyst", "/api/returns/annex-a");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("annex-a-2026-06-02-to-2026-12-01.xlsx"));
        assertThat(AnnexAListsTest.read(response.body())).hasSize(6);
    }

    @Test
    void twelveMonthsIsAllowed() {
        HttpResponse<byte[]> response = download("performance-analyst", "/api/returns/annex-a?end=2026-03-31&months=12");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("annex-a-2025-04-01-to-2026-03-31.xlsx"));
    }

    @Test
    void monthsOtherThanSixOrTwelveAndAnUnreadableDateAreRefusedNamingTheField() {
        Api.Response months = as("team-manager").get("/api/returns/annex-a?end=2026-11-30&months=3");
        assertThat(months.status()).isEqualTo(400);
        assertThat(months.json().get("field").asString()).isEqualTo("months");

        Api.Response word = as("team-manager").get("/api/returns/annex-a?months=six");
        assertThat(word.status()).isEqualTo(400);
        assertThat(word.json().get("field").asString()).isEqualTo("months");

        Api.Response end = as("team-manager").get("/api/returns/annex-a?end=30/11/2026&months=6");
        assertThat(end.status()).isEqualTo(400);
        assertThat(end.json().get("field").asString()).isEqualTo("end");
    }

    @Test
    void onlyTeamManagersAndPerformanceAnalystsMayHaveItAndRefusalsAreLogged() {
        for (String user : List.of("social-worker", "contact-officer", "conference-chair", "councillor", "admin",
                "police-officer", "school-dsl")) {
            int before = denials(user);
            Api.Response refused = as(user).get("/api/returns/annex-a?end=2026-11-30&months=6");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(denials(user)).as(user).isEqualTo(before + 1);
        }
    }

    private int denials(String user) {
        return jdbc.sql("select count(*) from access_denial where actor_username = ? and what = 'Annex A return'")
                .param(user).query(Integer.class).single();
    }

    static List<List<String>> rowsFor(List<List<String>> sheet, long child) {
        return sheet.stream().filter(r -> r.get(0).equals(String.valueOf(child))).toList();
    }

    private HttpResponse<byte[]> download(String user, String path) {
        String auth = Base64.getEncoder().encodeToString((user + ":safeguard-demo").getBytes(StandardCharsets.UTF_8));
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Authorization", "Basic " + auth)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
