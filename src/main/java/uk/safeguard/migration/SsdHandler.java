package uk.safeguard.migration;

import java.util.List;

/**
 * A module's import and export of one SSD object. A Spring bean in the module that owns the records (people owns
 * {@code ssd_person}, the front door {@code ssd_contacts}...); the migration module finds every handler and runs
 * them in {@link SsdObject#order()}.
 *
 * <p>An import is one pass and one transaction: each row is {@link #check checked}; while no row anywhere has
 * failed, checked rows are {@link #write written} in batches (in file order); after the first error, rows are still
 * checked (so every error is listed) but nothing more is written, and at the end the transaction is rolled back.
 * Rows whose key was imported before are neither checked nor written (re-running an import duplicates nothing).
 */
public interface SsdHandler {
    SsdObject object();

    /**
     * Checks one row and reports every problem on it ({@link SsdRow#error}, or the typed getters, which report for
     * you). Must not write. References to other objects: {@link SsdImportContext#requireKnown}.
     */
    void check(SsdRow row, SsdImportContext context);

    /**
     * Writes rows that passed {@link #check} (a batch of up to a few thousand, in file order), with their clock
     * events and chronology (audit) entries, and registers each new record's local id with
     * {@link SsdImportContext#register} — imported records behave exactly like ones made in the UI. Runs inside the
     * import's transaction: use {@code platform.BulkCopy} or batched SQL, never one statement per row at scale.
     */
    void write(List<SsdRow> rows, SsdImportContext context);

    /**
     * Writes every record of this object held in Safeguard (imported or made in the UI) as SSD rows, values in
     * {@code object().fields()} order, ids through {@link SsdExportContext#ssdId}. Stream in pages for large tables.
     */
    void export(SsdExportContext context, SsdRowWriter out);
}
