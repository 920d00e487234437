package uk.safeguard.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguard.migration.MigrationHttp.file;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.WebSession;

/** /admin/imports: the upload form, the past imports, one import's progress bar, result and error table. */
class SsdImportPagesTest extends IntegrationTest {
    @Autowired
    JsonMapper json;


    @Test
    void theImportsPageHasTheUploadFormTheExportLinkAndPastImports() {
        var page = WebSession.signIn(baseUrl(), "admin").get("/admin/imports");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Import and export SSD files", "enctype=\"multipart/form-data\"", "type=\"file\"",
                "name=\"file\"", "Start import", "Export all records (SSD zip)", "href=\"/admin/exports/ssd\"", "Past imports");
        assertThat(WebSession.signIn(baseUrl(), "performance-analyst").get("/admin/imports").statusCode()).isEqualTo(200);
    }

    @Test
    void otherRolesAreRefusedThePages() {
        var session = WebSession.signIn(baseUrl(), "social-worker");
        var page = session.get("/admin/imports");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("You do not have access", "administrator or a performance analyst");
        assertThat(session.get("/admin/exports/ssd").statusCode()).isEqualTo(403);
    }

    @Test
    void uploadingAZipShowsItsPageAndThenTheResult() {
        var session = new MigrationHttp.PageSession(baseUrl(), "admin");
        session.get("/admin/imports");
        var r = session.postMultipart("/admin/imports", file("pages-test.zip",
                MigrationHttp.zip(Map.of("ssd_sdq_scores.csv", "csdq_table_id\n1\n"))));
        assertThat(r.statusCode()).isEqualTo(200);
        var m = java.util.regex.Pattern.compile("SSD import (I[0-9A-F]{12}) of pages-test.zip").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        String id = m.group(1);
        String done = MigrationHttp.await(() -> {
            String body = session.get("/admin/imports/" + id).body();
            return body.contains("Import running") ? null : body;
        });
        assertThat(done).contains("Import succeeded", "0 rows written", "0 rows were already imported and skipped",
                "Files not read", "ssd_sdq_scores.csv");
        assertThat(session.get("/admin/imports").body()).contains("pages-test.zip", "Succeeded", "/admin/imports/" + id);
    }

    @Test
    void aBadUploadShowsTheErrorSummaryNamingTheFile() {
        var session = new MigrationHttp.PageSession(baseUrl(), "admin");
        session.get("/admin/imports");
        var r = session.postMultipart("/admin/imports", file("notes.txt", "not a zip".getBytes()));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("There is a problem", "href=\"#file\"", "The file must be a zip", "govuk-file-upload--error");
    }

    @Test
    void aRunningImportShowsAnAccessibleProgressBarAndRefreshesItself() {
        String id = "IPAGESRUN" + Long.toHexString(System.nanoTime()).substring(0, 3).toUpperCase();
        jdbc.sql("""
                insert into ssd_import(id, status, source_name, started_at, started_by, rows_read, rows_total, current_file, updated_at)
                values (?, 'RUNNING', 'big.zip', ?, 'Ada Admin (Administrator, Children''s Services)', 12345, 98765,
                        'ssd_cin_episodes.csv', ?)""")
                .params(id, java.sql.Timestamp.from(clock.instant()), java.sql.Timestamp.from(clock.instant())).update();
        var page = WebSession.signIn(baseUrl(), "admin").get("/admin/imports/" + id);
        assertThat(page.body()).contains("Import running", "/js/import-progress.js", "data-import-progress-url=",
                "<progress id=\"import-progress\"", "max=\"98765\"", "value=\"12345\"", "12,345 of 98,765 rows",
                "(12%)", "ssd_cin_episodes.csv", "stop updating it");
        // the automatic update can be turned off (WCAG 2.2.1)
        var still = WebSession.signIn(baseUrl(), "admin").get("/admin/imports/" + id + "?refresh=off");
        assertThat(still.body()).contains("12,345 of 98,765 rows", "Check progress again").doesNotContain("import-progress.js");

        // an import not heard from for a minute stopped with its process: shown as failed, nothing written
        clock.set(java.time.LocalDateTime.of(2026, 12, 1, 9, 5));
        var later = WebSession.signIn(baseUrl(), "admin").get("/admin/imports/" + id);
        assertThat(later.body()).contains("Import failed", "stopped before it finished").doesNotContain("import-progress.js");
    }

    @Test
    void aFailedImportShowsTheErrorTableWithTheCount() {
        String id = "IPAGESBAD" + Long.toHexString(System.nanoTime()).substring(0, 3).toUpperCase();
        List<SsdError> errors = List.of(
                new SsdError("ssd_person.csv", 2, "pers_dob", "date", "pers_dob \"31/02/2010\" is not a date (YYYY-MM-DD)"),
                new SsdError("ssd_cin_episodes.csv", 7, "cine_person_id", "references:ssd_person", "cine_person_id \"P9\" is not in ssd_person"));
        jdbc.sql("""
                insert into ssd_import(id, status, source_name, started_at, finished_at, started_by, rows_read, rows_total,
                                       error_count, errors, updated_at)
                values (?, 'FAILED', 'bad.zip', ?, ?, 'Ada Admin (Administrator)', 10, 10, 2, ?::jsonb, ?)""")
                .params(id, java.sql.Timestamp.from(Instant.parse("2026-11-30T10:00:00Z")),
                        java.sql.Timestamp.from(Instant.parse("2026-11-30T10:01:00Z")), json.writeValueAsString(errors),
                        java.sql.Timestamp.from(Instant.parse("2026-11-30T10:01:00Z"))).update();
        var page = WebSession.signIn(baseUrl(), "admin").get("/admin/imports/" + id);
        assertThat(page.body()).contains("Import failed", "2 problems found: nothing was written", "Problems (2)",
                "<th scope=\"col\" class=\"govuk-table__header\">Rule</th>", "ssd_person.csv", "pers_dob", "date",
                "is not a date", "ssd_cin_episodes.csv", "references:ssd_person")
                .doesNotContain("import-progress.js");
        var api = as("admin").get("/api/imports/" + id).json();
        assertThat(api.get("status").asString()).isEqualTo("failed");
        assertThat(api.get("errors").get(1).get("row").asLong()).isEqualTo(7);
        assertThat(api.get("errors").get(1).get("rule").asString()).isEqualTo("references:ssd_person");
    }
}
