package uk.safeguard.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.safeguard.audit.Actor;
import uk.safeguard.clock.ChildClock;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.support.SsdFiles;
import uk.safeguard.support.TestClockConfiguration;
import uk.safeguard.synthetic.ProgressListener;
import uk.safeguard.synthetic.Size;
import uk.safeguard.synthetic.SyntheticAuthority;

/**
 * A whole synthetic authority (the demo size) into an empty system: the import succeeds, every file exported
 * afterwards holds the same rows as the file imported, a second run writes nothing, and imported cases have clocks.
 * Its own Spring context and database (empty, no demo data), so it is not the shared IntegrationTest one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "safeguard.db.embedded.data-dir=temp:whole-authority-round-trip",
        "safeguard.db.url=",
        "safeguard.demo=false"
})
@Import(TestClockConfiguration.class)
class WholeAuthorityRoundTripTest {
    private static final Actor IMPORTER = new Actor(0, "ssd-test", "SSD import (test)");

    @Autowired
    SsdMigration migration;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StatutoryClocks clocks;

    @TempDir
    Path dir;

    @Test
    void aWholeAuthorityRoundTripsThroughImportAndExport() throws IOException {
        Path in = dir.resolve("in");
        SyntheticAuthority.generate(Size.DEMO, 42, LocalDate.of(2026, 11, 30), in, ProgressListener.NONE);

        SsdImportResult first = migration.importFrom("round-trip-1", SsdSources.directory(in), IMPORTER, SsdProgress.NONE);
        assertThat(first.errors()).as("import errors").isEmpty();
        assertThat(first.succeeded()).isTrue();
        assertThat(first.rowsRead()).isEqualTo(first.rowsTotal()).isGreaterThan(10_000);

        Path out = dir.resolve("out");
        migration.exportTo(SsdSources.directorySink(out), SsdProgress.NONE);
        List<String> differences = new ArrayList<>();
        try (var files = Files.list(in)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                List<List<String>> imported = sorted(SsdFiles.rows(Files.readString(file, StandardCharsets.UTF_8)));
                List<List<String>> exported = sorted(SsdFiles.rows(Files.readString(out.resolve(name), StandardCharsets.UTF_8)));
                if (!imported.equals(exported)) {
                    differences.add(name + ": " + imported.size() + " rows imported, " + exported.size() + " exported; first difference "
                            + firstDifference(imported, exported));
                }
            }
        }
        assertThat(differences).as("files whose export differs from the import").isEmpty();

        SsdImportResult again = migration.importFrom("round-trip-2", SsdSources.directory(in), IMPORTER, SsdProgress.NONE);
        assertThat(again.succeeded()).isTrue();
        assertThat(again.rowsAlreadyImported()).isEqualTo(first.rowsRead());
        assertThat(again.rowsWritten().values().stream().mapToLong(Long::longValue).sum()).isZero();

        // Imported episodes behave like ones made in the UI: an open one has its clocks.
        Long openChild = jdbc.sql("select child_id from case_file where closed_at is null order by id limit 1").query(Long.class).optional().orElseThrow();
        List<ChildClock> childClocks = clocks.clocksFor(openChild);
        assertThat(childClocks).isNotEmpty();
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(r -> String.join("\u0001", r)));
        return copy;
    }

    private static String firstDifference(List<List<String>> a, List<List<String>> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            List<String> x = i < a.size() ? a.get(i) : null;
            List<String> y = i < b.size() ? b.get(i) : null;
            if (x == null || !x.equals(y)) {
                return "imported " + x + " / exported " + y;
            }
        }
        return "none";
    }

}
