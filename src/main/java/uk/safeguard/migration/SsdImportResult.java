package uk.safeguard.migration;

import java.util.List;
import java.util.Map;

/**
 * How an import ended. All or nothing: {@code succeeded} means every row was written; otherwise nothing was, and
 * {@code errors} lists every problem found (up to {@link SsdMigration#MAX_ERRORS_LISTED}; {@code errorCount} counts all).
 *
 * @param rowsAlreadyImported rows skipped because their id was imported before
 * @param rowsWritten         per file, the rows written (empty when the import failed)
 * @param ignoredFiles        files in the source that Safeguard does not read (other SSD objects)
 */
public record SsdImportResult(boolean succeeded, long rowsRead, long rowsTotal, long rowsAlreadyImported,
                              List<SsdError> errors, long errorCount, Map<String, Long> rowsWritten,
                              List<String> ignoredFiles) {}
