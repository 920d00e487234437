package uk.safeguard.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
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
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.SsdFiles;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;

class InvolvementSsdImportTest extends IntegrationTest {
    static final String HEADER = "invo_involvements_id,invo_professional_id,invo_professional_role_id,invo_professional_team,"
            + "invo_involvement_start_date,invo_involvement_end_date,invo_worker_change_reason,invo_person_id,invo_referral_id\n";

    @Autowired
    SsdMigration migration;
    @Autowired
    PeopleRegister people;

    String p = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    /** A child with a case opened through the front door on 1 Oct 2026, known to the engine as imported before. */
    private TestReferrals.Referral episode() {
        clock.set(LocalDateTime.of(2026, 10, 1, 10, 0));
        long child = TestChildren.register(people);
        TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        SsdFiles.registerExisting(jdbc, SsdKind.PERSON, p + "P1", child, p + "P1");
        SsdFiles.registerExisting(jdbc, SsdKind.CASE, p + "E1", r.caseId(), p + "P1");
        SsdFiles.registerExisting(jdbc, SsdKind.PROFESSIONAL, p + "W1", userId("social-worker"));
        SsdFiles.registerExisting(jdbc, SsdKind.PROFESSIONAL, p + "W2", userId("team-manager"));
        long team = jdbc.sql("select team_id from app_user where username = 'social-worker'").query(Long.class).single();
        SsdFiles.registerExisting(jdbc, SsdKind.TEAM, p + "T1", team);
        return r;
    }

    /**
     * The demo users and teams are registered under other tests' SSD ids too (the database is shared), so an export may
     * name them by any of those: the worker and team columns are compared through the users they name elsewhere.
     */
    private static List<List<String>> withoutSharedUsers(List<List<String>> rows) {
        return rows.stream().map(r -> List.of(r.get(0), r.get(2), r.get(4), r.get(5), r.get(6), r.get(7), r.get(8))).toList();
    }

    @Test
    void involvementsBecomeTheCasesAllocationHistoryAndExportBack() {
        TestReferrals.Referral r = episode();
        String file = HEADER
                + p + "I1," + p + "W1,Allocated Case Worker," + p + "T1,2026-10-01,2026-10-20,," + p + "P1," + p + "E1\n"
                + p + "I2," + p + "W2,Allocated Case Worker," + p + "T1,2026-10-20,,Worker left the team," + p + "P1," + p + "E1\n";
        SsdImportResult result = SsdFiles.importCsv(migration, Map.of("ssd_involvements.csv", file));
        assertThat(result.errors()).isEmpty();
        assertThat(result.succeeded()).isTrue();

        JsonNode view = as("team-manager").get("/api/cases/" + r.caseId()).json();
        assertThat(view.path("workerId").asLong()).as("the open involvement leads the case").isEqualTo(userId("team-manager"));
        JsonNode allocations = view.path("allocations");
        assertThat(allocations.size()).isEqualTo(2);
        assertThat(allocations.get(1).path("previousWorkerId").asLong()).isEqualTo(userId("social-worker"));
        assertThat(allocations.get(1).path("handoverNote").asString()).isEqualTo("Worker left the team");
        assertThat(as("team-manager").get("/api/children/" + r.childId() + "/lead-practitioner-changes?from=2026-01-01&to=2026-12-31").body())
                .contains("Worker left the team");
        assertThat(as("team-manager").get("/api/children/" + r.childId() + "/chronology").body()).contains("(imported from the SSD)");

        Map<String, String> exported = SsdFiles.export(migration);
        assertThat(withoutSharedUsers(SsdFiles.rows(exported.get("ssd_involvements.csv"), List.of(p + "I1", p + "I2"))))
                .containsExactlyInAnyOrderElementsOf(withoutSharedUsers(SsdFiles.rows(file)));

        SsdImportResult again = SsdFiles.importCsv(migration, Map.of("ssd_involvements.csv", file));
        assertThat(again.rowsAlreadyImported()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from case_allocation where case_id = ?").param(r.caseId()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theEpisodesFirstAllocationIsCompletedNotDuplicated() {
        TestReferrals.Referral r = episode();
        long sw = userId("social-worker");
        jdbc.sql("update case_file set allocated_worker_id = ? where id = ?").params(sw, r.caseId()).update();
        jdbc.sql("insert into case_allocation(case_id, child_id, worker_id, allocated_at, allocated_by) select id, child_id, ?, opened_at, 'test' from case_file where id = ?")
                .params(sw, r.caseId()).update();
        String file = HEADER + p + "I1," + p + "W1,Allocated Case Worker," + p + "T1,2026-10-01,,," + p + "P1," + p + "E1\n";
        assertThat(SsdFiles.importCsv(migration, Map.of("ssd_involvements.csv", file)).succeeded()).isTrue();
        assertThat(jdbc.sql("select count(*) from case_allocation where case_id = ?").param(r.caseId()).query(Long.class).single()).isEqualTo(1);
        assertThat(withoutSharedUsers(SsdFiles.rows(SsdFiles.export(migration).get("ssd_involvements.csv"), List.of(p + "I1"))))
                .containsExactlyElementsOf(withoutSharedUsers(SsdFiles.rows(file)));
    }

    @Test
    void badRowsAreListedAndNothingIsWritten() {
        TestReferrals.Referral r = episode();
        long other = TestChildren.register(people);
        SsdFiles.registerExisting(jdbc, SsdKind.PERSON, p + "P2", other, p + "P2");
        String file = HEADER
                + p + "I1," + p + "W1,Allocated Case Worker,," + "2026-10-05,2026-10-01,," + p + "P1," + p + "E1\n"
                + p + "I2," + p + "W1,Allocated Case Worker,," + "2026-10-05,,," + p + "P2," + p + "E1\n"
                + p + "I3," + p + "NOBODY,Allocated Case Worker,," + "2026-10-05,,," + p + "P1," + p + "NOEPISODE\n";
        SsdImportResult result = SsdFiles.importCsv(migration, Map.of("ssd_involvements.csv", file));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors().stream().map(e -> e.row() + ":" + e.field() + ":" + e.rule()).toList()).contains(
                "2:invo_involvement_end_date:after:invo_involvement_start_date",
                "3:invo_person_id:same-person",
                "4:invo_professional_id:references:ssd_professionals",
                "4:invo_referral_id:references:ssd_cin_episodes");
        assertThat(jdbc.sql("select count(*) from case_allocation where case_id = ?").param(r.caseId()).query(Long.class).single()).isZero();
    }
}
