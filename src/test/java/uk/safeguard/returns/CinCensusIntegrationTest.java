package uk.safeguard.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.DataEntryChecks;
import uk.safeguard.returns.internal.CinCensusXmlReader;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;
import uk.safeguard.support.WebSession;

/**
 * The CIN census end to end on the shared database, through our own child: referred and an assessment started on Tue
 * 1 Dec 2026 (collection year 2026). The child is in the XML return, and an assessment open for more than 45 working
 * days before the end of the census year (rule 8670Q) shows on the validation report, the child's page and the
 * assessment page.
 */
class CinCensusIntegrationTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;
    @Autowired
    DataEntryChecks checks;
    @Autowired
    CinCensus census;

    private record Journey(long childId, long referralId, long assessmentId) {}

    private Journey referredAndAssessing() {
        TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), TestChildren.register(people));
        Api.Response started = as("social-worker").post("/api/referrals/" + r.referralId() + "/assessment", Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return new Journey(r.childId(), r.referralId(), started.json().get("id").asLong());
    }

    @Test
    void theChildIsInTheXmlReturnWhichIsValidAndReadsBack() throws Exception {
        Journey j = referredAndAssessing();
        Api.Response xml = as("team-manager").get("/api/returns/cin-census?year=2026");
        assertThat(xml.status()).as(xml.toString()).isEqualTo(200);
        byte[] bytes = xml.body().getBytes(StandardCharsets.UTF_8);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/returns/cin-census.xsd")).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(bytes)));
        CinCensusMessage message = CinCensusXmlReader.read(new ByteArrayInputStream(bytes));
        assertThat(message.header().referenceDate()).isEqualTo(java.time.LocalDate.of(2027, 3, 31));
        CinCensusChild child = message.children().stream().filter(c -> c.childId() == j.childId()).findFirst().orElseThrow();
        assertThat(child.episodes()).hasSize(1);
        CinCensusChild.Episode e = child.episodes().get(0);
        assertThat(e.referralDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
        assertThat(e.referralSource()).isEqualTo("2A");
        assertThat(e.primaryNeed()).isEqualTo("N1");
        assertThat(e.referralNfa()).isFalse();
        assertThat(e.closureDate()).isNull();
        assertThat(e.assessments()).singleElement().satisfies(a -> {
            assertThat(a.startDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
            assertThat(a.authorisationDate()).isNull();
        });
        // Downloading the return is a view of each child's record.
        int views = jdbc.sql("select count(*) from record_view where child_id = ? and what like 'CIN census%'")
                .param(j.childId()).query(Integer.class).single();
        assertThat(views).isPositive();
        // Not in the year before.
        assertThat(as("team-manager").get("/api/returns/cin-census?year=2025").body())
                .doesNotContain("<LAchildID>" + j.childId() + "</LAchildID>");
    }

    @Test
    void theRuleFiresOnTheReportTheChildsPageAndTheAssessmentPage() {
        Journey j = referredAndAssessing();

        // The data-entry checks for the current collection year.
        assertThat(checks.check(j.childId())).extracting(DataEntryChecks.Finding::rule).contains("8670Q");
        assertThat(checks.check(j.childId())).filteredOn(f -> f.rule().equals("8670Q")).singleElement().satisfies(f -> {
            assertThat(f.error()).isFalse();
            assertThat(f.subject()).isEqualTo("assessment " + j.assessmentId());
            assertThat(f.item()).contains("AssessmentAuthorisationDate");
        });

        // The validation report (JSON) names the worker to fix it.
        Api.Response report = as("performance-analyst").get("/api/returns/cin-census/validation?year=2026");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode c : report.json().get("children")) {
            if (c.get("childId").asLong() == j.childId()) {
                mine = c;
            }
        }
        assertThat(mine).as(report.toString()).isNotNull();
        boolean found = false;
        for (JsonNode f : mine.get("findings")) {
            if (f.get("rule").asString().equals("8670Q")) {
                found = true;
                assertThat(f.get("error").asBoolean()).isFalse();
                assertThat(f.get("href").asString()).isEqualTo("/assessments/" + j.assessmentId());
                assertThat(f.get("workerName").asString()).isEqualTo("Sam Okafor");
            }
        }
        assertThat(found).isTrue();

        // The report page links to the child; the child's page and the assessment page show the check.
        WebSession manager = WebSession.signIn(baseUrl(), "team-manager");
        var page = manager.get("/returns/cin-census?year=2026");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/children/" + j.childId() + "\"", "8670Q", "Download the XML return");
        WebSession worker = WebSession.signIn(baseUrl(), "social-worker");
        var childPage = worker.get("/children/" + j.childId());
        assertThat(childPage.statusCode()).isEqualTo(200);
        assertThat(childPage.body()).contains("CIN census checks", "Rule 8670Q (query)");
        var assessmentPage = worker.get("/assessments/" + j.assessmentId());
        assertThat(assessmentPage.statusCode()).isEqualTo(200);
        assertThat(assessmentPage.body()).contains("id=\"cin-census-checks\"", "data-rule=\"8670Q\"");
        long caseId = jdbc.sql("select case_id from referral where id = ?").param(j.referralId()).query(Long.class).single();
        var casePage = worker.get("/cases/" + caseId);
        assertThat(casePage.statusCode()).isEqualTo(200);
        assertThat(casePage.body()).contains("id=\"cin-census-checks\"", "data-rule=\"8670Q\"");
    }

    /** The richest records first: the more episodes and items a child has, the more of the builder it exercises. */
    private static int items(CinCensusChild c) {
        return c.episodes().stream().mapToInt(e -> 1 + e.assessments().size() + e.cinPlans().size() + e.section47s().size()
                + e.cpPlans().size() + (e.closureDate() == null ? 0 : 1) + (e.dateOfInitialCpc() == null ? 0 : 1)).sum();
    }

    @Test
    void oneChildsRecordReadForThatChildIsTheOneTheWholeReturnBuilds() {
        Journey j = referredAndAssessing();
        long notReferred = TestChildren.register(people);
        for (int y : new int[] {2025, 2026}) {
            CinCensusYear year = new CinCensusYear(y);
            List<CinCensusChild> all = census.children(year);
            // Every child of the demo authority and the other tests would be slow: the 150 richest records (and ours).
            List<CinCensusChild> sample = all.stream()
                    .sorted(Comparator.comparingInt(CinCensusIntegrationTest::items).reversed()
                            .thenComparingLong(CinCensusChild::childId))
                    .limit(150).toList();
            for (CinCensusChild c : sample) {
                assertThat(census.child(year, c.childId())).as("child %d in %s", c.childId(), year.label()).isEqualTo(c);
            }
            assertThat(census.child(year, notReferred)).isNull();
        }
        CinCensusChild mine = census.child(new CinCensusYear(2026), j.childId());
        assertThat(mine).isEqualTo(census.children(new CinCensusYear(2026)).stream()
                .filter(c -> c.childId() == j.childId()).findFirst().orElseThrow());
        assertThat(census.child(new CinCensusYear(2025), j.childId())).isNull();
    }

    @Test
    void onlyTeamManagersAndPerformanceAnalystsSeeTheReturn() {
        for (String user : new String[] {"social-worker", "councillor", "admin", "police-officer", "conference-chair"}) {
            Api.Response xml = as(user).get("/api/returns/cin-census?year=2026");
            assertThat(xml.status()).as(user + " " + xml).isEqualTo(403);
            assertThat(as(user).get("/api/returns/cin-census/validation?year=2026").status()).as(user).isEqualTo(403);
        }
        int refusals = jdbc.sql("select count(*) from access_denial where actor_username = 'councillor' and what like 'CIN census%'")
                .query(Integer.class).single();
        assertThat(refusals).isPositive();
        assertThat(WebSession.signIn(baseUrl(), "social-worker").get("/returns/cin-census?year=2026").statusCode()).isEqualTo(403);
        assertThat(WebSession.signIn(baseUrl(), "performance-analyst").get("/returns/cin-census.xml?year=2026").statusCode()).isEqualTo(200);
    }

    @Test
    void aYearThatIsNotFourDigitsIsRefused() {
        Api.Response bad = as("team-manager").get("/api/returns/cin-census/validation?year=twenty");
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("year");
    }
}
