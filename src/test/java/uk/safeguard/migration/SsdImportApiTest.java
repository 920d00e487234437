package uk.safeguard.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguard.migration.MigrationHttp.field;
import static uk.safeguard.migration.MigrationHttp.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.SsdFiles;

/** POST /api/imports/ssd, GET /api/imports/{id}, GET /api/exports/ssd (issue 6). */
class SsdImportApiTest extends IntegrationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    AuditTrail audit;
    @Autowired
    SsdImports imports;
    @Autowired
    SsdMigration migration;

    private static byte[] ignoredOnly() {
        return MigrationHttp.zip(Map.of("ssd_sdq_scores.csv", "csdq_table_id,csdq_person_id\n1,P1\n2,P2\n"));
    }

    private JsonNode finished(String id, String username) {
        return MigrationHttp.await(() -> {
            var r = as(username).get("/api/imports/" + id);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            return "running".equals(r.json().get("status").asString()) ? null : r.json();
        });
    }

    @Test
    void onlyAdministratorsAndPerformanceAnalystsMayImportOrExportAndRefusalsAreLogged() {
        int before = audit.denialsFor("social-worker");
        var upload = MigrationHttp.upload(baseUrl(), "social-worker", file("ssd.zip", ignoredOnly()));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(403);
        assertThat(MigrationHttp.download(baseUrl(), "social-worker", "/api/exports/ssd").statusCode()).isEqualTo(403);
        assertThat(as("social-worker").get("/api/imports/I000000000000").status()).isEqualTo(403);
        assertThat(audit.denialsFor("social-worker")).isEqualTo(before + 3);
        for (String user : new String[] {"team-manager", "councillor", "police-officer", "contact-officer"}) {
            assertThat(MigrationHttp.upload(baseUrl(), user, file("ssd.zip", ignoredOnly())).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(anonymous().get("/api/imports/I000000000000").status()).isEqualTo(401);
    }

    @Test
    void aMissingEmptyOrNonZipFileIsA400NamingFile() {
        var none = MigrationHttp.upload(baseUrl(), "admin", field("note", "no file here"));
        var empty = MigrationHttp.upload(baseUrl(), "admin", file("ssd.zip", new byte[0]));
        var text = MigrationHttp.upload(baseUrl(), "admin", file("ssd_person.csv", "pers_person_id\nP1\n".getBytes(StandardCharsets.UTF_8)));
        var emptyZip = MigrationHttp.upload(baseUrl(), "admin", file("empty.zip", MigrationHttp.zip(Map.of())));
        for (var r : new java.net.http.HttpResponse[] {none, empty, text, emptyZip}) {
            assertThat(r.statusCode()).as(String.valueOf(r.body())).isEqualTo(400);
            assertThat(JSON.readTree((String) r.body()).get("field").asString()).isEqualTo("file");
        }
        assertThat(JSON.readTree(text.body()).get("message").asString()).contains("zip");
        assertThat(JSON.readTree(emptyZip.body()).get("message").asString()).contains("empty");
    }

    @Test
    void aZipOfFilesSafeguardDoesNotReadSucceedsListingThemAndIsAudited() {
        var r = MigrationHttp.upload(baseUrl(), "admin", file("other-objects.zip", ignoredOnly()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        JsonNode started = JSON.readTree(r.body());
        String id = started.get("id").asString();
        assertThat(started.get("status").asString()).isEqualTo("running");

        JsonNode done = finished(id, "admin");
        assertThat(done.get("id").asString()).isEqualTo(id);
        assertThat(done.get("status").asString()).isEqualTo("succeeded");
        assertThat(done.get("rowsRead").asLong()).isZero();
        assertThat(done.get("rowsTotal").asLong()).isZero();
        assertThat(done.get("errors").isArray()).isTrue();
        assertThat(done.get("errors").size()).isZero();
        assertThat(done.get("ignoredFiles").get(0).asString()).isEqualTo("ssd_sdq_scores.csv");
        assertThat(done.get("source").asString()).isEqualTo("other-objects.zip");

        var audited = jdbc.sql("select actor_username, action, summary from audit_event where subject_type = 'ssd-import' and subject_id = ?")
                .param(id).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).list();
        assertThat(audited).singleElement().asString().startsWith("admin|SSD_IMPORTED|SSD import " + id);
        assertThat(jdbc.sql("select status from ssd_import where id = ?").param(id).query(String.class).single()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aPerformanceAnalystMayImportTooAndAnUnknownImportIsA404() {
        var r = MigrationHttp.upload(baseUrl(), "performance-analyst", file("ssd.zip", ignoredOnly()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(finished(JSON.readTree(r.body()).get("id").asString(), "performance-analyst").get("status").asString())
                .isEqualTo("succeeded");
        var missing = as("admin").get("/api/imports/I000000000000");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("message").asString()).contains("I000000000000");
    }

    @Test
    void aZipLargerThanTheDocumentsUploadLimitIsAccepted() throws Exception {
        // 60 MB that does not compress, beside the CSV files: above spring.servlet.multipart (documents) limits
        byte[] noise = new byte[60 * 1024 * 1024];
        new java.util.Random(42).nextBytes(noise);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("ssd_sdq_scores.csv"));
            zip.write("csdq_table_id\n1\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("attachments.bin"));
            zip.write(noise);
        }
        assertThat(bytes.size()).isGreaterThan(55 * 1024 * 1024);
        var r = MigrationHttp.upload(baseUrl(), "admin", file("large.zip", bytes.toByteArray()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        JsonNode done = finished(JSON.readTree(r.body()).get("id").asString(), "admin");
        assertThat(done.get("status").asString()).isEqualTo("succeeded");
        assertThat(done.get("ignoredFiles").toString()).contains("attachments.bin", "ssd_sdq_scores.csv");
    }

    @Test
    void aSecondImportWhileOneRunsIsA409() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SsdSource slow = new SsdSource() {
            @Override
            public Set<String> fileNames() {
                reading.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Set.of();
            }

            @Override
            public Reader open(String fileName) throws IOException {
                throw new IOException("no files");
            }

            @Override
            public String name() {
                return "slow";
            }
        };
        var first = CompletableFuture.supplyAsync(() -> imports.run(SsdFiles.IMPORTER, slow, SsdProgress.NONE));
        try {
            assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();
            var second = MigrationHttp.upload(baseUrl(), "admin", file("ssd.zip", ignoredOnly()));
            assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
            assertThat(JSON.readTree(second.body()).get("field").asString()).isEqualTo("one-import-at-a-time");
        } finally {
            release.countDown();
        }
        assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo("succeeded");
    }

    @Test
    void theExportIsAZipAttachmentNamedForTheDayAndIsAudited() throws Exception {
        int before = jdbc.sql("select count(*) from audit_event where subject_type = 'ssd-export' and actor_username = 'admin'")
                .query(Integer.class).single();
        var r = MigrationHttp.download(baseUrl(), "admin", "/api/exports/ssd");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"safeguard-ssd-2026-12-01.zip\"");
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            while (zip.getNextEntry() != null) {
                entries++;
            }
        }
        assertThat(entries).isEqualTo(migration.objects().size());
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'ssd-export' and actor_username = 'admin'")
                .query(Integer.class).single()).isEqualTo(before + 1);
        assertThat(MigrationHttp.download(baseUrl(), "performance-analyst", "/api/exports/ssd").statusCode()).isEqualTo(200);
    }

    @Test
    void aMalformedFileFailsWithEveryErrorAndWritesNothing() {
        var r = MigrationHttp.upload(baseUrl(), "admin", file("bad.zip", MigrationHttp.zip(Map.of(
                "ssd_person.csv", "pers_person_id,pers_forename\nAPIT1,Ada\n"))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        JsonNode done = finished(JSON.readTree(r.body()).get("id").asString(), "admin");
        assertThat(done.get("status").asString()).isEqualTo("failed");
        JsonNode error = done.get("errors").get(0);
        assertThat(error.get("file").asString()).isEqualTo("ssd_person.csv");
        assertThat(error.get("row").asLong()).isEqualTo(1);
        assertThat(error.get("rule").asString()).isEqualTo("header");
        assertThat(error.has("field") && error.has("message")).isTrue();
        assertThat(jdbc.sql("select count(*) from ssd_key where ssd_id = 'APIT1'").query(Integer.class).single()).isZero();
    }

    @Test
    void malformedRowsFailTheImportWithEveryErrorAndNothingWritten() {
        String ok = "APIOK" + Long.toHexString(System.nanoTime()).substring(4).toUpperCase();
        String bad = "APIBAD" + Long.toHexString(System.nanoTime()).substring(4).toUpperCase();
        String header = "pers_person_id,pers_forename,pers_surname,pers_sex,pers_gender,pers_ethnicity,pers_dob,"
                + "pers_common_child_id,pers_legacy_id,pers_upn_unknown,pers_send_flag,pers_expected_dob,pers_death_date,"
                + "pers_is_mother,pers_nationality\n";
        var r = MigrationHttp.upload(baseUrl(), "admin", file("rows.zip", MigrationHttp.zip(Map.of("ssd_person.csv", header
                + ok + ",Ada,Okafor,2,,,2015-03-01,,,,,,,,\n"
                + bad + ",Bea,,2,,,2015-02-31,,,,,,,,\n"))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        JsonNode done = finished(JSON.readTree(r.body()).get("id").asString(), "admin");
        assertThat(done.get("status").asString()).isEqualTo("failed");
        assertThat(done.get("rowsRead").asLong()).isEqualTo(2);
        assertThat(done.get("rowsTotal").asLong()).isEqualTo(2);
        java.util.List<String> errors = new java.util.ArrayList<>();
        done.get("errors").forEach(e -> errors.add(e.get("file").asString() + "|" + e.get("row").asLong() + "|"
                + e.get("field").asString() + "|" + e.get("rule").asString()));
        assertThat(errors).contains("ssd_person.csv|3|pers_surname|required", "ssd_person.csv|3|pers_dob|date");
        // all or nothing: the good row was not written either
        assertThat(jdbc.sql("select count(*) from ssd_key where ssd_id in (?, ?)").params(ok, bad).query(Integer.class).single()).isZero();
    }
}
