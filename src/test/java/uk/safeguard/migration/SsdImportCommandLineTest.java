package uk.safeguard.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.support.IntegrationTest;

/**
 * The command line ({@code ssd-import}, {@code ssd-export}, {@code generate}) through {@link SsdCommandLine#run}, with
 * the test application's services (the real command starts its own Safeguard first, then does the same).
 */
class SsdImportCommandLineTest extends IntegrationTest {
    @Autowired
    SsdImports imports;
    @Autowired
    SsdExports exports;
    @Autowired
    SsdMigration migration;

    @TempDir
    Path temp;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportToADirectoryThenImportItsHeadersBack() throws Exception {
        Path dir = temp.resolve("export");
        var export = SsdCommandLine.parse(new String[] {"ssd-export", dir + "/"});
        assertThat(export).isInstanceOf(SsdCommandLine.Export.class);
        assertThat(((SsdCommandLine.Export) export).directory()).isTrue();
        assertThat(SsdCommandLine.run(export, imports, exports, out)).isZero();
        assertThat(Files.isDirectory(dir)).isTrue();
        for (SsdObject o : migration.objects()) {
            assertThat(dir.resolve(o.fileName())).exists();
        }
        assertThat(printed()).contains("Exported ");

        // The shared test database holds every other test's records (exported with SG ids, which an import would
        // bring in as new records), so only the exported header rows go back in: the importer accepts every one.
        Path headers = temp.resolve("headers");
        Files.createDirectories(headers);
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                int end = text.indexOf('\n');
                Files.writeString(headers.resolve(f.getFileName()), end < 0 ? text : text.substring(0, end + 1));
            }
        }
        var importBack = SsdCommandLine.parse(new String[] {"ssd-import", headers.toString()});
        assertThat(SsdCommandLine.run(importBack, imports, exports, out)).as(printed()).isZero();
        assertThat(printed()).contains("succeeded: 0 rows written, 0 already imported.");
        String id = printed().replaceAll("(?s).*Import (I[0-9A-F]{12}) succeeded.*", "$1");
        assertThat(jdbc.sql("select status, started_by from ssd_import where id = ?").param(id)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2)).single())
                .isEqualTo("SUCCEEDED|SSD import (command line)");
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'ssd-import' and subject_id = ? and actor_username = 'ssd-import'")
                .param(id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void exportToAZipFileWritesEveryObjectsFile() throws Exception {
        Path zip = temp.resolve("out/all.zip");
        var export = SsdCommandLine.parse(new String[] {"ssd-export", zip.toString()});
        assertThat(((SsdCommandLine.Export) export).directory()).isFalse();
        assertThat(SsdCommandLine.run(export, imports, exports, out)).isZero();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.size()).isEqualTo(migration.objects().size());
        }
    }

    @Test
    void importOfAZipWithOnlyOtherObjectsSucceedsAndListsThem() throws Exception {
        Path zip = temp.resolve("other.zip");
        Files.write(zip, MigrationHttp.zip(Map.of("ssd_sdq_scores.csv", "csdq_table_id\n1\n")));
        int status = SsdCommandLine.run(SsdCommandLine.parse(new String[] {"ssd-import", zip.toString()}), imports, exports, out);
        assertThat(status).as(printed()).isZero();
        assertThat(printed()).contains("Importing " + zip, "succeeded", "Not read (Safeguard does not import these objects): ssd_sdq_scores.csv");
    }

    @Test
    void aCommandLineThatCannotRunIsExplained() {
        assertThat(SsdCommandLine.isCommand(new String[] {})).isFalse();
        assertThat(SsdCommandLine.isCommand(new String[] {"--server.port=9000"})).isFalse();
        assertThat(SsdCommandLine.isCommand(new String[] {"ssd-import", "x"})).isTrue();
        assertThat(SsdCommandLine.parse(new String[] {"ssd-import", temp.resolve("missing.zip").toString()}))
                .isInstanceOfSatisfying(SsdCommandLine.Invalid.class, i -> assertThat(i.message()).contains("No such file"));
        assertThat(SsdCommandLine.parse(new String[] {"ssd-import"})).isInstanceOf(SsdCommandLine.Invalid.class);
        assertThat(SsdCommandLine.parse(new String[] {"ssd-export", "a.zip", "b.zip"})).isInstanceOf(SsdCommandLine.Invalid.class);
        var withSpring = SsdCommandLine.parse(new String[] {"ssd-export", "a.zip", "--safeguard.db.url=jdbc:postgresql://db/sg"});
        assertThat(((SsdCommandLine.Export) withSpring).springArgs()).containsExactly("--safeguard.db.url=jdbc:postgresql://db/sg");
        assertThat(SsdCommandLine.main(new String[] {"ssd-import"}, Object.class)).isEqualTo(2);
    }

    @Test
    void generateNeedsTheGeneratorAndSaysSoWhenItIsAbsent() {
        var generate = SsdCommandLine.parse(new String[] {"generate", "--size", "demo", "--seed", "42", "--out", temp.toString()});
        assertThat(((SsdCommandLine.Generate) generate).args()).containsExactly("--size", "demo", "--seed", "42", "--out", temp.toString());
        boolean present;
        try {
            Class.forName(SsdCommandLine.GENERATOR);
            present = true;
        } catch (ClassNotFoundException e) {
            present = false;
        }
        if (!present) {
            assertThat(SsdCommandLine.run(generate, imports, exports, out)).isEqualTo(1);
            assertThat(printed()).contains("is not in this build");
        }
    }

    @Test
    void theProgressBarShowsRowsOfTheTotalAndTheFile() {
        assertThat(SsdCommandLine.progressBar(512_345, 985_000, "ssd_cin_episodes.csv", 20))
                .isEqualTo("[##########..........]  52% 512,345/985,000 rows  ssd_cin_episodes");
        assertThat(SsdCommandLine.progressBar(0, 10, "", 10)).isEqualTo("[..........]   0% 0/10 rows  ");
        assertThat(SsdCommandLine.progressBar(10, 10, "ssd_person.csv", 10)).isEqualTo("[##########] 100% 10/10 rows  ssd_person");
        assertThat(SsdCommandLine.progressBar(20_000, -1, "ssd_person.csv", 20)).isEqualTo("20,000 rows  ssd_person");
    }

    @Test
    void aFailedImportPrintsTheFirst50ErrorsAsATableAndTheCount() {
        List<SsdError> errors = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            errors.add(new SsdError("ssd_person.csv", i + 2, "pers_dob", "date", "pers_dob is not a date (YYYY-MM-DD)"));
        }
        var failed = new SsdImportStatus("IABC", "failed", "x.zip", Instant.EPOCH, Instant.EPOCH, "me", 60, 60, null, 0, 75,
                errors, Map.of(), List.of());
        String text = SsdCommandLine.describe(failed);
        assertThat(text).startsWith("Import IABC failed: 75 errors; nothing was written.\nfile            row  field     rule  message\n");
        assertThat(text).contains("ssd_person.csv  2    pers_dob  date  pers_dob is not a date (YYYY-MM-DD)",
                "ssd_person.csv  51 ", "... and 25 more").doesNotContain("ssd_person.csv  52 ");
        var ok = new SsdImportStatus("IOK", "succeeded", "x.zip", Instant.EPOCH, Instant.EPOCH, "me", 3, 3, null, 1, 0,
                List.of(), Map.of("ssd_person.csv", 2L), List.of());
        assertThat(SsdCommandLine.describe(ok)).isEqualTo("""
                Import IOK succeeded: 2 rows written, 1 already imported.
                file            rows written
                --------------  ------------
                ssd_person.csv  2
                """);
    }
}
