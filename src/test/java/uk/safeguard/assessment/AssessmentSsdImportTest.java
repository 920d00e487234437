package uk.safeguard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.migration.SsdError;
import uk.safeguard.migration.SsdFormat;
import uk.safeguard.migration.SsdImportResult;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdMigration;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.SsdFiles;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;

/**
 * ssd_cin_assessments and ssd_assessment_factors: imported assessments show through the assessment API, the child's
 * clocks and chronology exactly like ones recorded here; bad rows are listed with nothing written; a re-import
 * duplicates nothing; the export gives the rows back.
 */
class AssessmentSsdImportTest extends IntegrationTest {
    static final String ASSESSMENT_HEADER = "cina_assessment_id,cina_person_id,cina_referral_id,cina_assessment_start_date,"
            + "cina_assessment_child_seen,cina_assessment_auth_date,cina_assessment_outcome_json,cina_assessment_outcome_nfa,"
            + "cina_assessment_team,cina_assessment_worker_id\n";
    static final String FACTORS_HEADER = "cinf_table_id,cinf_assessment_id,cinf_assessment_factors_json\n";
    static final String OUTCOME = "\"{\"\"NFA_FLAG\"\":\"\"N\"\",\"\"NFA_S47_END_FLAG\"\":\"\"N\"\",\"\"STRATEGY_DISCUSSION_FLAG\"\":\"\"N\"\","
            + "\"\"CLA_REQUEST_FLAG\"\":\"\"N\"\",\"\"PRIVATE_FOSTERING_FLAG\"\":\"\"N\"\",\"\"LEGAL_ACTION_FLAG\"\":\"\"N\"\","
            + "\"\"PROV_OF_SERVICES_FLAG\"\":\"\"Y\"\",\"\"PROV_OF_SB_CARE_FLAG\"\":\"\"N\"\",\"\"SPECIALIST_ASSESSMENT_FLAG\"\":\"\"N\"\","
            + "\"\"REFERRAL_TO_OTHER_AGENCY_FLAG\"\":\"\"N\"\",\"\"OTHER_ACTIONS_FLAG\"\":\"\"N\"\",\"\"OTHER_OUTCOMES_EXIST_FLAG\"\":\"\"N\"\"}\"";

    @Autowired
    PeopleRegister people;
    @Autowired
    SsdMigration migration;

    private final String p = "a" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    /** A child referred at {@code at} through the front door, registered as "imported before" under SSD ids. */
    private record Episode(TestReferrals.Referral referral, String person, String episode) {}

    private Episode referredAt(LocalDateTime at, String n) {
        clock.set(at);
        long child = TestChildren.register(people);
        TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        String person = p + "P" + n;
        String episode = p + "R" + n;
        SsdFiles.registerExisting(jdbc, SsdKind.PERSON, person, child, person);
        SsdFiles.registerExisting(jdbc, SsdKind.REFERRAL, episode, r.referralId(), person);
        SsdFiles.registerExisting(jdbc, SsdKind.CASE, episode, r.caseId(), person);
        return new Episode(r, person, episode);
    }

    /** The demo social worker and her team, as an imported professional and department. */
    private void registerWorker() {
        Map<String, Object> u = jdbc.sql("select id, team_id from app_user where username = 'social-worker'").query().singleRow();
        SsdFiles.registerExisting(jdbc, SsdKind.PROFESSIONAL, p + "W1", ((Number) u.get("id")).longValue());
        SsdFiles.registerExisting(jdbc, SsdKind.TEAM, p + "T1", ((Number) u.get("team_id")).longValue());
    }

    private long assessmentOf(long referralId) {
        return jdbc.sql("select id from assessment where referral_id = ?").param(referralId).query(Long.class).single();
    }

    private JsonNode clock(long childId, String clockId) {
        Api.Response r = as("social-worker").get("/api/children/" + childId + "/clocks");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        for (JsonNode c : r.json()) {
            if (c.get("clockId").asString().equals(clockId)) {
                return c;
            }
        }
        throw new AssertionError("No clock " + clockId + " in " + r);
    }

    private List<String> chronologyActions(long childId) {
        Api.Response r = as("social-worker").get("/api/children/" + childId);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        r.json().get("chronology").forEach(e -> actions.add(e.get("action").asString() + ": " + e.get("summary").asString()));
        return actions;
    }

    @Test
    void importedAssessmentsBehaveLikeRecordedOnesAndExportBack() {
        registerWorker();
        Episode a = referredAt(LocalDateTime.of(2026, 10, 1, 10, 0), "1");
        Episode b = referredAt(LocalDateTime.of(2026, 8, 3, 10, 0), "2");
        String assessments = ASSESSMENT_HEADER
                + p + "S1," + a.person() + "," + a.episode() + ",2026-10-02,Y,2026-11-20," + OUTCOME + ",N," + p + "T1," + p + "W1\n"
                + p + "S2," + b.person() + "," + b.episode() + ",2026-08-05,,,,,,\n";
        String factors = FACTORS_HEADER + p + "X1," + p + "S1,\"[\"\"3A\"\",\"\"4B\"\"]\"\n";
        Map<String, String> files = Map.of("ssd_cin_assessments.csv", assessments, "ssd_assessment_factors.csv", factors);

        SsdImportResult result = SsdFiles.importCsv(migration, files);
        assertThat(result.errors()).isEmpty();
        assertThat(result.succeeded()).isTrue();

        // Through the assessment API, as one recorded here.
        long idA = assessmentOf(a.referral().referralId());
        JsonNode viewA = as("social-worker").get("/api/assessments/" + idA).json();
        assertThat(viewA.get("status").asString()).isEqualTo("AUTHORISED");
        assertThat(viewA.get("startedOn").asString()).isEqualTo("2026-10-02");
        assertThat(viewA.get("authorisedOn").asString()).isEqualTo("2026-11-20");
        assertThat(viewA.get("kind").asString()).isEqualTo("SECTION_17");
        assertThat(viewA.get("outcome").asString()).isEqualTo("CHILD_IN_NEED_PLAN");
        assertThat(viewA.get("authorisedBy").asString()).isEqualTo("Sam Okafor");
        assertThat(viewA.get("factors").toString()).isEqualTo("[\"3A\",\"4B\"]");
        assertThat(viewA.get("caseId").asLong()).isEqualTo(a.referral().caseId());
        var page = uk.safeguard.support.WebSession.signIn(baseUrl(), "social-worker").get("/assessments/" + idA);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Authorised", "20 November 2026");
        long idB = assessmentOf(b.referral().referralId());
        Api.Response listB = as("social-worker").get("/api/children/" + b.referral().childId() + "/assessments");
        assertThat(listB.json().get(0).get("id").asLong()).isEqualTo(idB);
        assertThat(listB.json().get(0).get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(listB.json().get(0).get("startedBy").asString()).isEqualTo(uk.safeguard.audit.Actor.SYSTEM.description());

        // Clocks: the 45 working days from the referral (WT2023 para 155) and the DfE measure from the start.
        assertThat(clock(a.referral().childId(), "assessment").get("status").asString()).isEqualTo("met");
        assertThat(clock(a.referral().childId(), "assessment-dfe-measure").get("status").asString()).isEqualTo("met");
        assertThat(clock(b.referral().childId(), "assessment").get("status").asString()).isEqualTo("overdue");
        assertThat(clock(b.referral().childId(), "assessment-dfe-measure").get("status").asString()).isEqualTo("overdue");

        // Not authorised when its case closed: withdrawn, as the UI withdraws it at the closure, its clocks cancelled.
        Episode w = referredAt(LocalDateTime.of(2026, 8, 3, 10, 0), "4");
        Api.Response closed = as("team-manager").post("/api/cases/" + w.referral().caseId() + "/closure",
                Map.of("closedAt", "2026-09-30", "closureReason", "RC5"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        SsdImportResult withdrawn = SsdFiles.importCsv(migration, Map.of("ssd_cin_assessments.csv", ASSESSMENT_HEADER
                + p + "S4," + w.person() + "," + w.episode() + ",2026-08-05,,,,,,\n"));
        assertThat(withdrawn.errors()).isEmpty();
        long idW = assessmentOf(w.referral().referralId());
        assertThat(as("social-worker").get("/api/assessments/" + idW).json().get("status").asString()).isEqualTo("WITHDRAWN");
        Api.Response clocksW = as("social-worker").get("/api/children/" + w.referral().childId() + "/clocks");
        assertThat(clocksW.json().toString()).doesNotContain("\"clockId\":\"assessment\"", "\"clockId\":\"assessment-dfe-measure\"");
        assertThat(chronologyActions(w.referral().childId())).anyMatch(s -> s.startsWith("ASSESSMENT_WITHDRAWN: "));

        // The same facts recorded through the UI give the same clocks.
        Episode c = referredAt(LocalDateTime.of(2026, 10, 1, 10, 0), "3");
        Api.Response started = as("social-worker").post("/api/referrals/" + c.referral().referralId() + "/assessment",
                Map.of("startDate", "2026-10-02"));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        long idC = started.json().get("id").asLong();
        clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
        assertThat(as("social-worker").put("/api/assessments/" + idC, Map.of("analysis", "Needs met with support.",
                "factors", List.of("3A", "4B"), "outcome", "CHILD_IN_NEED_PLAN")).status()).isEqualTo(200);
        assertThat(as("social-worker").post("/api/assessments/" + idC + "/child-seen",
                Map.of("seenOn", "2026-11-20", "seenAlone", true)).status()).isEqualTo(200);
        assertThat(as("social-worker").post("/api/assessments/" + idC + "/submission", Map.of()).status()).isEqualTo(200);
        Api.Response authorised = as("team-manager").post("/api/assessments/" + idC + "/authorisation", Map.of("authorisedOn", "2026-11-20"));
        assertThat(authorised.status()).as(authorised.toString()).isEqualTo(200);
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        for (String id : List.of("assessment", "assessment-dfe-measure")) {
            JsonNode imported = clock(a.referral().childId(), id);
            JsonNode recorded = clock(c.referral().childId(), id);
            assertThat(imported.get("status")).isEqualTo(recorded.get("status"));
            assertThat(imported.get("dueAt")).isEqualTo(recorded.get("dueAt"));
            assertThat(imported.get("startedAt")).isEqualTo(recorded.get("startedAt"));
        }

        // The chronology, at the real dates.
        assertThat(chronologyActions(a.referral().childId()))
                .anyMatch(s -> s.startsWith("ASSESSMENT_STARTED: Child and family assessment started on 2 October 2026"))
                .anyMatch(s -> s.startsWith("ASSESSMENT_AUTHORISED: Assessment authorised on 20 November 2026"))
                .anyMatch(s -> s.startsWith("ASSESSMENT_UPDATED: Assessment updated: factors"));

        // Re-importing duplicates nothing.
        SsdImportResult again = SsdFiles.importCsv(migration, files);
        assertThat(again.succeeded()).isTrue();
        assertThat(again.rowsAlreadyImported()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from assessment where child_id in (?, ?)")
                .params(a.referral().childId(), b.referral().childId()).query(Long.class).single()).isEqualTo(2);

        // The export gives the rows back; an assessment recorded here exports with its default ids.
        Map<String, String> exported = SsdFiles.export(migration);
        assertThat(resolved(SsdFiles.rows(exported.get("ssd_cin_assessments.csv"), List.of(p + "S1", p + "S2")), 8, 9))
                .containsExactlyInAnyOrderElementsOf(resolved(SsdFiles.rows(assessments), 8, 9));
        assertThat(SsdFiles.rows(exported.get("ssd_assessment_factors.csv"), List.of(p + "X1")))
                .containsExactlyElementsOf(SsdFiles.rows(factors));
        List<List<String>> made = SsdFiles.rows(exported.get("ssd_cin_assessments.csv"), List.of("SGS" + idC));
        assertThat(made).hasSize(1);
        assertThat(made.get(0).subList(1, 6)).containsExactly(c.person(), c.episode(), "2026-10-02T00:00:00", "Y", "2026-11-20T00:00:00");
        assertThat(SsdFormat.parseJson(made.get(0).get(6)).get("PROV_OF_SERVICES_FLAG").asString()).isEqualTo("Y");
        assertThat(SsdFiles.rows(exported.get("ssd_assessment_factors.csv"), List.of("SGX" + idC)).get(0).get(2)).isEqualTo("[\"3A\",\"4B\"]");
    }

    @Test
    void badRowsAreListedAndNothingIsWritten() {
        registerWorker();
        Episode a = referredAt(LocalDateTime.of(2026, 10, 1, 10, 0), "1");
        Episode b = referredAt(LocalDateTime.of(2026, 10, 1, 10, 0), "2");
        Episode c = referredAt(LocalDateTime.of(2026, 10, 1, 10, 0), "3");
        Episode d = referredAt(LocalDateTime.of(2026, 10, 1, 10, 0), "4");
        // d already has its assessment, recorded here.
        assertThat(as("social-worker").post("/api/referrals/" + d.referral().referralId() + "/assessment", Map.of()).status()).isEqualTo(201);
        String assessments = ASSESSMENT_HEADER
                + p + "S1," + a.person() + "," + a.episode() + ",2026-10-05,Y,2026-10-02,,,,\n"            // row 2: auth before start
                + p + "S2," + b.person() + "," + b.episode() + ",2026-09-30,X,,,,,\n"                       // row 3: before the referral; flag
                + p + "S3," + a.person() + "," + c.episode() + ",2026-10-05,,,\"{\"\"BAD_FLAG\"\":\"\"Y\"\"}\",,,\n" // row 4: person; key
                + p + "S4," + a.person() + "," + p + "Rnone,2026-10-05,,,,,,\n"                             // row 5: unknown episode
                + p + "S5," + c.person() + "," + c.episode() + ",2026-10-05,,,,,,\n"                       // row 6: fine
                + p + "S6," + c.person() + "," + c.episode() + ",2026-10-06,,,,,,\n"                       // row 7: second for c
                + p + "S7," + d.person() + "," + d.episode() + ",,,,,,," + p + "Wnone\n";                  // row 8: exists; start; worker
        String factors = FACTORS_HEADER
                + p + "X1," + p + "S5,\"[\"\"3A\"\",\"\"99Z\"\"]\"\n"      // row 2: unknown code
                + p + "X2," + p + "S5,\"[\"\"21\"\",\"\"4B\"\"]\"\n"       // row 3: second row; 21 not alone
                + p + "X3," + p + "Snone,\"[\"\"3A\"\"]\"\n";              // row 4: unknown assessment

        SsdImportResult result = SsdFiles.importCsv(migration, Map.of("ssd_cin_assessments.csv", assessments,
                "ssd_assessment_factors.csv", factors));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).extracting(e -> e.file() + ":" + e.row() + ":" + e.field() + ":" + e.rule()).contains(
                "ssd_cin_assessments.csv:2:cina_assessment_auth_date:after:cina_assessment_start_date",
                "ssd_cin_assessments.csv:3:cina_assessment_start_date:after:cine_referral_date",
                "ssd_cin_assessments.csv:3:cina_assessment_child_seen:flag",
                "ssd_cin_assessments.csv:4:cina_person_id:same-person",
                "ssd_cin_assessments.csv:4:cina_assessment_outcome_json:json-key",
                "ssd_cin_assessments.csv:5:cina_referral_id:references:ssd_cin_episodes",
                "ssd_cin_assessments.csv:7:cina_referral_id:unique",
                "ssd_cin_assessments.csv:8:cina_referral_id:unique",
                "ssd_cin_assessments.csv:8:cina_assessment_start_date:required",
                "ssd_cin_assessments.csv:8:cina_assessment_worker_id:references:ssd_professionals",
                "ssd_assessment_factors.csv:2:cinf_assessment_factors_json:code:assessment_factors",
                "ssd_assessment_factors.csv:3:cinf_assessment_id:unique",
                "ssd_assessment_factors.csv:3:cinf_assessment_factors_json:code:assessment_factors",
                "ssd_assessment_factors.csv:4:cinf_assessment_id:references:ssd_cin_assessments");
        assertThat(result.errors()).noneMatch(e -> e.row() == 6 && e.file().equals("ssd_cin_assessments.csv"));
        assertThat(result.errors()).allMatch(e -> !e.message().isBlank());
        SsdError sample = result.errors().get(0);
        assertThat(sample.message()).contains(sample.field());
        assertThat(jdbc.sql("select count(*) from assessment where child_id in (?, ?, ?)")
                .params(a.referral().childId(), b.referral().childId(), c.referral().childId()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from ssd_key where ssd_id like ?").param(p + "S%").query(Long.class).single()).isZero();
    }

    /**
     * Rows with the team and worker columns read back to the local ids they name: other tests register the same demo
     * team and worker under their own SSD ids, and the export names a record by any one of them.
     */
    private List<List<String>> resolved(List<List<String>> rows, int team, int worker) {
        return rows.stream().map(r -> {
            List<String> copy = new ArrayList<>(r);
            copy.set(team, local(SsdKind.TEAM, r.get(team)));
            copy.set(worker, local(SsdKind.PROFESSIONAL, r.get(worker)));
            return (List<String>) copy;
        }).toList();
    }

    private String local(SsdKind kind, String ssdId) {
        if (ssdId.isEmpty()) {
            return "";
        }
        return kind + ":" + jdbc.sql("select local_id from ssd_key where kind = ? and ssd_id = ?").params(kind.name(), ssdId)
                .query(Long.class).optional().map(String::valueOf).orElse(ssdId);
    }
}
