package uk.safeguard.migration;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguard.audit.Actor;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.platform.TimeConfiguration;

/**
 * Exports of every record in the SSD format (docs/SSD-FORMAT.md), read in one read-only snapshot so the files agree
 * with each other while people keep working; each export is audited (who, when, rows).
 */
@Service
public class SsdExports {
    private final SsdMigration migration;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate snapshot;

    public SsdExports(SsdMigration migration, AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
        this.migration = migration;
        this.audit = audit;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.snapshot.setTimeout(-1);
    }

    /** The download's file name: {@code safeguard-ssd-2026-12-01.zip} (London date). */
    public String zipFileName() {
        return "safeguard-ssd-" + LocalDate.now(clock.withZone(TimeConfiguration.LONDON)) + ".zip";
    }

    /** Writes every file into a zip on {@code out} (not closed). Returns rows per file. */
    public Map<String, Long> exportZip(Actor actor, OutputStream out) {
        SsdSources.ZipSink zip = SsdSources.zip(out);
        Map<String, Long> rows = export(actor, zip, SsdProgress.NONE, "zip");
        try {
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Writes every file to the sink (a directory, a zip). Returns rows per file. */
    public Map<String, Long> export(Actor actor, SsdSink sink, SsdProgress progress, String destination) {
        Map<String, Long> rows = snapshot.execute(t -> migration.exportTo(sink, progress));
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        String id = "E" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(4).toUpperCase();
        audit.recordChange(actor, null, Change.of("ssd-export", id, "SSD_EXPORTED",
                        "SSD export " + id + " (" + destination + "): " + total + " rows in " + rows.size() + " files")
                .withValues(null, Map.of("destination", destination, "rows", total, "rowsPerFile", rows)));
        return rows;
    }
}
