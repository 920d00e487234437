package uk.safeguard.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.migration.SsdImportResult;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdMigration;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.SsdFiles;

class StaffSsdImportTest extends IntegrationTest {
    static final String DEPARTMENTS = "dept_team_id,dept_team_name,dept_team_parent_id,dept_team_parent_name\n";
    static final String PROFESSIONALS = "prof_professional_id,prof_staff_id,prof_professional_name,prof_social_worker_registration_no,"
            + "prof_professional_job_title,prof_professional_caseload,prof_professional_department,prof_full_time_equivalency,"
            + "prof_agency_worker_flag\n";

    @Autowired
    SsdMigration migration;
    @Autowired
    UserDirectory users;

    String p = "a" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    private Long local(SsdKind kind, String ssdId) {
        return jdbc.sql("select local_id from ssd_key where kind = ? and ssd_id = ?").params(kind.name(), ssdId).query(Long.class).optional().orElse(null);
    }

    @Test
    void departmentsBecomeTeamsAndProfessionalsUsersWithoutPasswordsAndExportBack() {
        Map<String, String> files = Map.of(
                "ssd_department.csv", DEPARTMENTS
                        + p + "T1," + p + " Assessment Team," + p + "T0," + p + " Children's Services\n"
                        + p + "T0," + p + " Children's Services,DIR1,Directorate of People\n",
                "ssd_professionals.csv", PROFESSIONALS
                        + p + "W1," + p.toUpperCase() + "S1,Alex Brown,SW123456,Senior Social Worker,18," + p + "T1,1.0,N\n"
                        + p + "W2," + p + "S2,Bea Khan,SW654321,Team Manager,5," + p + "T1,0.8,Y\n"
                        + p + "W3," + p + "S3,Cal Dee,SW111111,IRO,," + p + "T0,,\n"
                        + p + "W4," + p + "S4,Dot Eze,,Early Help Worker,,,,N\n");
        SsdImportResult result = SsdFiles.importCsv(migration, files);
        assertThat(result.errors()).isEmpty();
        assertThat(result.succeeded()).isTrue();

        long t1 = local(SsdKind.TEAM, p + "T1");
        long t0 = local(SsdKind.TEAM, p + "T0");
        assertThat(users.teams()).anyMatch(t -> t.id() == t1 && t.name().equals(p + " Assessment Team")
                && t.agencyName() != null);
        assertThat(jdbc.sql("select parent_team_id from team where id = ?").param(t1).query(Long.class).single()).isEqualTo(t0);

        CurrentUser alex = users.findByUsername(p + "s1").orElseThrow();
        assertThat(alex.role()).isEqualTo(Role.SOCIAL_WORKER);
        assertThat(alex.teamId()).isEqualTo(t1);
        assertThat(users.findByUsername(p + "s2").orElseThrow().role()).isEqualTo(Role.TEAM_MANAGER);
        assertThat(users.findByUsername(p + "s3").orElseThrow().role()).isEqualTo(Role.CONFERENCE_CHAIR);
        assertThat(users.findByUsername(p + "s4").orElseThrow().role()).isEqualTo(Role.EARLY_HELP_PRACTITIONER);
        assertThat(users.teamMembers(t1)).extracting(CurrentUser::displayName).contains("Alex Brown", "Bea Khan");
        // no password: cannot sign in until an administrator sets one
        assertThat(new Api(baseUrl(), p + "s1", "safeguard-demo").get("/api/work-tray").status()).isEqualTo(401);

        Map<String, String> exported = SsdFiles.export(migration);
        assertThat(SsdFiles.rows(exported.get("ssd_department.csv"), List.of(p + "T0", p + "T1")))
                .containsExactlyInAnyOrderElementsOf(SsdFiles.rows(files.get("ssd_department.csv")));
        assertThat(SsdFiles.rows(exported.get("ssd_professionals.csv"), List.of(p + "W1", p + "W2", p + "W3", p + "W4")))
                .containsExactlyInAnyOrderElementsOf(SsdFiles.rows(files.get("ssd_professionals.csv")));

        SsdImportResult again = SsdFiles.importCsv(migration, files);
        assertThat(again.succeeded()).isTrue();
        assertThat(again.rowsAlreadyImported()).isEqualTo(6);
        assertThat(jdbc.sql("select count(*) from app_user where username like ?").param(p + "%").query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void badRowsAreListedAndNothingIsWritten() {
        Map<String, String> files = Map.of(
                "ssd_department.csv", DEPARTMENTS + p + "T1," + p + " Team,,\n" + p + "T2," + p + " team,,\n",
                "ssd_professionals.csv", PROFESSIONALS
                        + p + "W1," + p + "S1,Alex Brown,123456,Social Worker,many," + p + "T9,1.0,maybe\n"
                        + p + "W2," + p + "S1,,,Social Worker,,,,\n"
                        + p + "W3,social-worker,Sam Again,,Social Worker,,,,\n");
        SsdImportResult result = SsdFiles.importCsv(migration, files);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors().stream().map(e -> e.file() + ":" + e.row() + ":" + e.field() + ":" + e.rule()).toList()).contains(
                "ssd_department.csv:3:dept_team_name:unique",
                "ssd_professionals.csv:2:prof_social_worker_registration_no:format",
                "ssd_professionals.csv:2:prof_professional_caseload:integer",
                "ssd_professionals.csv:2:prof_professional_department:references:ssd_department",
                "ssd_professionals.csv:2:prof_agency_worker_flag:flag",
                "ssd_professionals.csv:3:prof_staff_id:unique",
                "ssd_professionals.csv:3:prof_professional_name:required",
                "ssd_professionals.csv:4:prof_staff_id:unique");
        assertThat(jdbc.sql("select count(*) from team where name ilike ?").param(p + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from app_user where username like ?").param(p + "%").query(Long.class).single()).isZero();
    }
}
