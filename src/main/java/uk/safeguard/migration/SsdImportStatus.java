package uk.safeguard.migration;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An import as the API and pages show it: live while it runs (rows read of the total, the file being read), then its
 * outcome (rows written per file, or every error).
 *
 * @param status              {@code running}, {@code succeeded} or {@code failed}
 * @param errorCount          all errors found (the list holds at most {@link SsdMigration#MAX_ERRORS_LISTED})
 * @param rowsAlreadyImported rows skipped because an earlier import brought them in
 */
public record SsdImportStatus(String id, String status, String sourceName, Instant startedAt, Instant finishedAt,
                              String startedBy, long rowsRead, long rowsTotal, String currentFile,
                              long rowsAlreadyImported, long errorCount, List<SsdError> errors,
                              Map<String, Long> rowsWritten, List<String> ignoredFiles) {
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    public boolean running() {
        return RUNNING.equals(status);
    }

    public boolean succeeded() {
        return SUCCEEDED.equals(status);
    }

    public boolean failed() {
        return FAILED.equals(status);
    }

    /** Whole per cent read (0 when the total is not known yet). */
    public int percent() {
        return rowsTotal <= 0 ? 0 : (int) Math.min(100, rowsRead * 100 / rowsTotal);
    }

    /** Rows written in all files. */
    public long rowsWrittenTotal() {
        return rowsWritten.values().stream().mapToLong(Long::longValue).sum();
    }
}
