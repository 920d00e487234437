package uk.safeguard.support;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.safeguard.audit.Actor;
import uk.safeguard.migration.SsdFormat;
import uk.safeguard.migration.SsdImportResult;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdMigration;
import uk.safeguard.migration.SsdProgress;
import uk.safeguard.migration.SsdSources;

/** SSD imports and exports in tests: CSV text in, CSV text out. */
public final class SsdFiles {
    public static final Actor IMPORTER = new Actor(0, "ssd-test", "SSD import (test)");

    private SsdFiles() {}

    /** Runs an import of the given files (file name → CSV text with its header row). */
    public static SsdImportResult importCsv(SsdMigration migration, Map<String, String> files) {
        return migration.importFrom("test-" + UUID.randomUUID(), SsdSources.text(files), IMPORTER, SsdProgress.NONE);
    }

    /** Exports everything: file name → CSV text. */
    public static Map<String, String> export(SsdMigration migration) {
        Map<String, String> files = new LinkedHashMap<>();
        migration.exportTo(fileName -> new StringWriter() {
            @Override
            public void close() throws IOException {
                super.close();
                files.put(fileName, toString());
            }
        }, SsdProgress.NONE);
        return files;
    }

    /** The rows of an exported file whose first column is one of {@code ids}, each value normalised. */
    public static List<List<String>> rows(String csv, java.util.Collection<String> ids) {
        List<List<String>> rows = new java.util.ArrayList<>();
        try (var reader = new uk.safeguard.migration.SsdCsv.Reader(new java.io.StringReader(csv))) {
            reader.next();
            List<String> r;
            while ((r = reader.next()) != null) {
                if (!r.isEmpty() && ids.contains(r.get(0))) {
                    rows.add(r.stream().map(SsdFormat::normalised).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Every data row of a CSV text, normalised. */
    public static List<List<String>> rows(String csv) {
        List<List<String>> rows = new java.util.ArrayList<>();
        try (var reader = new uk.safeguard.migration.SsdCsv.Reader(new java.io.StringReader(csv))) {
            reader.next();
            List<String> r;
            while ((r = reader.next()) != null) {
                if (!r.isEmpty()) {
                    rows.add(r.stream().map(SsdFormat::normalised).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Tells the engine that a record made through the API was "imported before" under this SSD id. */
    public static void registerExisting(JdbcClient jdbc, SsdKind kind, String ssdId, long localId) {
        registerExisting(jdbc, kind, ssdId, localId, null);
    }

    public static void registerExisting(JdbcClient jdbc, SsdKind kind, String ssdId, long localId, String personSsdId) {
        jdbc.sql("insert into ssd_key(kind, ssd_id, local_id, person_ssd_id, import_id) values (?, ?, ?, ?, 'test-existing')")
                .params(kind.name(), ssdId, localId, personSsdId).update();
    }

}
