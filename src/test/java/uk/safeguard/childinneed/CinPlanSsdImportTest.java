package uk.safeguard.childinneed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
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
 * ssd_cin_plans and ssd_cin_visits: imported plans and visits show through the CIN plan API, the child's clocks and
 * chronology like ones recorded here; bad rows are listed with nothing written; a re-import duplicates nothing; the
 * export gives the rows back.
 */
class CinPlanSsdImportTest extends IntegrationTest {
    static final String PLAN_HEADER = "cinp_cin_plan_id,cinp_referral_id,cinp_person_id,cinp_cin_plan_start_date,cinp_cin_plan_end_date,"
            + "cinp_cin_plan_team,cinp_cin_plan_worker_id\n";
    static final String VISIT_HEADER = "cinv_cin_visit_id,cinv_person_id,cinv_cin_visit_date,cinv_cin_visit_seen,cinv_cin_visit_seen_alone,"
            + "cinv_cin_visit_bedroom\n";

    @Autowired
    PeopleRegister people;
    @Autowired
    SsdMigration migration;

    private final String p = "n" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

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

    private void registerWorker() {
        Map<String, Object> u = jdbc.sql("select id, team_id from app_user where username = 'social-worker'").query().singleRow();
        SsdFiles.registerExisting(jdbc, SsdKind.PROFESSIONAL, p + "W1", ((Number) u.get("id")).longValue());
        SsdFiles.registerExisting(jdbc, SsdKind.TEAM, p + "T1", ((Number) u.get("team_id")).longValue());
    }

    private List<JsonNode> clocks(long childId, String clockId) {
        Api.Response r = as("social-worker").get("/api/children/" + childId + "/clocks");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        r.json().forEach(c -> {
            if (c.get("clockId").asString().equals(clockId)) {
                found.add(c);
            }
        });
        return found;
    }

    private List<String> chronology(long childId) {
        Api.Response r = as("social-worker").get("/api/children/" + childId);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        r.json().get("chronology").forEach(e -> actions.add(e.get("action").asString() + ": " + e.get("summary").asString()));
        return actions;
    }

    private long planId(String ssdId) {
        return jdbc.sql("select local_id from ssd_key where kind = 'CIN_PLAN' and ssd_id = ?").param(ssdId).query(Long.class).single();
    }

    @Test
    void importedPlansAndVisitsBehaveLikeRecordedOnesAndExportBack() {
        registerWorker();
        Episode a = referredAt(LocalDateTime.of(2026, 6, 1, 10, 0), "1");
        String plans = PLAN_HEADER
                + p + "N1," + a.episode() + "," + a.person() + ",2026-06-10,2026-08-31," + p + "T1," + p + "W1\n"
                + p + "N2," + a.episode() + "," + a.person() + ",2026-09-01,,,\n";
        String visits = VISIT_HEADER
                + p + "V1," + a.person() + ",2026-07-01T14:30:00,Y,Y,N\n"
                + p + "V2," + a.person() + ",2026-09-15T10:00:00,N,,\n"
                + p + "V3," + a.person() + ",2026-08-31T16:00:00,Y,N,Y\n";
        Map<String, String> files = Map.of("ssd_cin_plans.csv", plans, "ssd_cin_visits.csv", visits);

        SsdImportResult result = SsdFiles.importCsv(migration, files);
        assertThat(result.errors()).isEmpty();
        assertThat(result.succeeded()).isTrue();

        long childId = a.referral().childId();
        Api.Response list = as("social-worker").get("/api/children/" + childId + "/cin-plans");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json()).hasSize(2);
        JsonNode ended = as("social-worker").get("/api/cin-plans/" + planId(p + "N1")).json();
        assertThat(ended.get("caseId").asLong()).isEqualTo(a.referral().caseId());
        assertThat(ended.get("startDate").asString()).isEqualTo("2026-06-10");
        assertThat(ended.get("endDate").asString()).isEqualTo("2026-08-31");
        assertThat(ended.get("endReason").asString()).isEqualTo("OTHER");
        assertThat(ended.get("endNote").asString()).startsWith("Not recorded");
        assertThat(ended.get("workerName").asString()).isEqualTo("Sam Okafor");
        assertThat(ended.get("teamName").asString()).isEqualTo("Assessment Team 1");
        assertThat(ended.get("visits")).hasSize(2);
        var page = uk.safeguard.support.WebSession.signIn(baseUrl(), "social-worker").get("/cin-plans/" + planId(p + "N1"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sam Okafor", "Not recorded");
        JsonNode open = as("social-worker").get("/api/cin-plans/" + planId(p + "N2")).json();
        assertThat(open.get("open").asBoolean()).isTrue();
        assertThat(open.get("visits")).hasSize(1);
        assertThat(open.get("visits").get(0).get("seen").asBoolean()).isFalse();

        // The same plan started through the UI gives the same review clock.
        Episode c = referredAt(LocalDateTime.of(2026, 6, 1, 10, 0), "3");
        Api.Response started = as("social-worker").post("/api/cases/" + c.referral().caseId() + "/cin-plan",
                Map.of("startDate", "2026-09-01", "needs", List.of("Support with routines")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        List<JsonNode> imported = clocks(childId, ChildInNeedPlans.REVIEW_CLOCK);
        List<JsonNode> recorded = clocks(c.referral().childId(), ChildInNeedPlans.REVIEW_CLOCK);
        assertThat(imported).hasSize(1); // the ended plan's review clock was cancelled by its end
        assertThat(recorded).hasSize(1);
        for (String field : List.of("status", "dueAt", "startedAt")) {
            assertThat(imported.get(0).get(field)).as(field).isEqualTo(recorded.get(0).get(field));
        }
        assertThat(open.get("nextReview").get("dueDate").asString()).isEqualTo(imported.get(0).get("dueAt").asString());

        assertThat(chronology(childId))
                .anyMatch(s -> s.startsWith("CIN_PLAN_STARTED: Child in need plan started on 2026-06-10"))
                .anyMatch(s -> s.startsWith("CIN_PLAN_ENDED: Child in need plan ended on 2026-08-31"))
                .anyMatch(s -> s.startsWith("CIN_VISIT_RECORDED: Child in need visit: child seen alone"))
                .anyMatch(s -> s.startsWith("CIN_VISIT_RECORDED: Child in need visit: child not seen"));

        SsdImportResult again = SsdFiles.importCsv(migration, files);
        assertThat(again.succeeded()).isTrue();
        assertThat(again.rowsAlreadyImported()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from cin_visit where person_id = ?").param(childId).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from cin_plan where person_id = ?").param(childId).query(Long.class).single()).isEqualTo(2);

        Map<String, String> exported = SsdFiles.export(migration);
        assertThat(resolved(SsdFiles.rows(exported.get("ssd_cin_plans.csv"), List.of(p + "N1", p + "N2")), 5, 6))
                .containsExactlyInAnyOrderElementsOf(resolved(SsdFiles.rows(plans), 5, 6));
        assertThat(SsdFiles.rows(exported.get("ssd_cin_visits.csv"), List.of(p + "V1", p + "V2", p + "V3")))
                .containsExactlyInAnyOrderElementsOf(SsdFiles.rows(visits));
        List<List<String>> made = SsdFiles.rows(exported.get("ssd_cin_plans.csv"), List.of("SGN" + started.json().get("id").asLong()));
        assertThat(made).hasSize(1);
        assertThat(made.get(0).subList(1, 5)).containsExactly(c.episode(), c.person(), "2026-09-01T00:00:00", "");
    }

    @Test
    void badRowsAreListedAndNothingIsWritten() {
        Episode a = referredAt(LocalDateTime.of(2026, 6, 1, 10, 0), "1");
        Episode b = referredAt(LocalDateTime.of(2026, 6, 1, 10, 0), "2");
        Episode shut = referredAt(LocalDateTime.of(2026, 6, 1, 10, 0), "5");
        Api.Response closed = as("team-manager").post("/api/cases/" + shut.referral().caseId() + "/closure",
                Map.of("closedAt", "2026-06-15", "closureReason", "RC5"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        String plans = PLAN_HEADER
                + p + "N1," + a.episode() + "," + a.person() + ",2026-06-10,2026-06-05,,\n"   // row 2: end before start
                + p + "N2," + a.episode() + "," + a.person() + ",2026-07-01,,,\n"             // row 3: fine
                + p + "N3," + a.episode() + "," + a.person() + ",2026-08-01,,,\n"             // row 4: a second plan at once
                + p + "N4," + b.episode() + "," + b.person() + ",2026-05-20,,," + p + "Wx\n"  // row 5: before the episode; worker
                + p + "N5," + b.episode() + "," + a.person() + ",2026-07-01,,,\n"             // row 6: another child's episode
                + p + "N6," + p + "Rnone," + b.person() + ",notadate,,,\n"                   // row 7: unknown episode; date
                + p + "N7," + shut.episode() + "," + shut.person() + ",2026-06-02,2026-06-20,,\n"   // row 8: ends after the episode closed
                + p + "N8," + shut.episode() + "," + shut.person() + ",2026-06-20,,,\n";           // row 9: starts after it closed
        String visits = VISIT_HEADER
                + p + "V1," + a.person() + ",2026-06-20T10:00:00,Y,Y,N\n"   // row 2: before the plan: no open plan
                + p + "V2," + a.person() + ",2026-07-20T10:00:00,N,Y,\n"    // row 3: alone but not seen
                + p + "V3," + a.person() + ",2026-07-21T10:00:00,,,\n"      // row 4: seen missing
                + p + "V4," + a.person() + ",2026-07-22T10:00:00,Y,N,N\n"   // row 5: fine
                + p + "V5," + p + "Pnone,2026-07-22T10:00:00,Y,N,N\n";      // row 6: unknown person

        SsdImportResult result = SsdFiles.importCsv(migration, Map.of("ssd_cin_plans.csv", plans, "ssd_cin_visits.csv", visits));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).extracting(e -> e.file() + ":" + e.row() + ":" + e.field() + ":" + e.rule()).containsExactlyInAnyOrder(
                "ssd_cin_plans.csv:2:cinp_cin_plan_end_date:after:cinp_cin_plan_start_date",
                "ssd_cin_plans.csv:4:cinp_cin_plan_start_date:overlap",
                "ssd_cin_plans.csv:5:cinp_cin_plan_start_date:after:cine_referral_date",
                "ssd_cin_plans.csv:5:cinp_cin_plan_worker_id:references:ssd_professionals",
                "ssd_cin_plans.csv:6:cinp_person_id:same-person",
                "ssd_cin_plans.csv:7:cinp_referral_id:references:ssd_cin_episodes",
                "ssd_cin_plans.csv:7:cinp_cin_plan_start_date:date",
                "ssd_cin_plans.csv:8:cinp_cin_plan_end_date:before:cine_close_date",
                "ssd_cin_plans.csv:9:cinp_cin_plan_start_date:before:cine_close_date",
                "ssd_cin_visits.csv:2:cinv_cin_visit_date:no-open-plan",
                "ssd_cin_visits.csv:3:cinv_cin_visit_seen_alone:seen-alone-if-seen",
                "ssd_cin_visits.csv:4:cinv_cin_visit_seen:required",
                "ssd_cin_visits.csv:6:cinv_person_id:references:ssd_person");
        assertThat(result.errors()).allMatch(e -> !e.message().isBlank());
        assertThat(jdbc.sql("select count(*) from cin_plan where person_id in (?, ?)")
                .params(a.referral().childId(), b.referral().childId()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from cin_visit where person_id = ?").param(a.referral().childId()).query(Long.class).single()).isZero();
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
