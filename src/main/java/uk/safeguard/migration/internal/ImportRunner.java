package uk.safeguard.migration.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguard.audit.Actor;
import uk.safeguard.migration.SsdCsv;
import uk.safeguard.migration.SsdError;
import uk.safeguard.migration.SsdHandler;
import uk.safeguard.migration.SsdImportResult;
import uk.safeguard.migration.SsdMigration;
import uk.safeguard.migration.SsdObject;
import uk.safeguard.migration.SsdProgress;
import uk.safeguard.migration.SsdRow;
import uk.safeguard.migration.SsdSource;

/**
 * One import, one pass, one transaction: each row is checked; while no row has failed, checked rows are written in
 * batches; after the first error rows are still checked (every error is listed) but nothing more is written, and
 * the transaction is rolled back at the end. Rows whose id was imported before are skipped.
 */
public class ImportRunner {
    static final int BATCH = 2_000;

    private final String importId;
    private final List<SsdHandler> handlers;
    private final SsdKeyRepository keys;
    private final TransactionTemplate transaction;
    private final SsdProgress progress;
    private final ImportRun run;
    private final List<SsdError> errors = new ArrayList<>();
    private long errorCount;
    private long rowsRead;
    private long rowsTotal;
    private long alreadyImported;
    private final Map<String, Long> written = new LinkedHashMap<>();

    public ImportRunner(String importId, List<SsdHandler> handlers, SsdKeyRepository keys, TransactionTemplate transaction,
                        Actor actor, SsdProgress progress) {
        this.importId = importId;
        this.handlers = handlers;
        this.keys = keys;
        this.transaction = transaction;
        this.progress = progress;
        this.run = new ImportRun(importId, actor, keys);
    }

    public SsdImportResult run(SsdSource source) {
        Set<String> present = new TreeSet<>(source.fileNames());
        List<String> ignored = new ArrayList<>(present);
        for (SsdHandler h : handlers) {
            ignored.remove(h.object().fileName());
        }
        rowsTotal = countRows(source, present);
        progress.progress(0, rowsTotal, "");
        transaction.executeWithoutResult(status -> {
            for (SsdHandler handler : handlers) {
                if (present.contains(handler.object().fileName())) {
                    readFile(source, handler);
                }
            }
            if (errorCount > 0) {
                status.setRollbackOnly();
            }
        });
        boolean ok = errorCount == 0;
        if (ok && !written.isEmpty()) {
            keys.analyze();
        }
        return new SsdImportResult(ok, rowsRead, rowsTotal, alreadyImported, List.copyOf(errors), errorCount,
                ok ? Map.copyOf(written) : Map.of(), List.copyOf(ignored));
    }

    private long countRows(SsdSource source, Set<String> present) {
        long total = 0;
        for (SsdHandler h : handlers) {
            if (present.contains(h.object().fileName())) {
                try (Reader r = source.open(h.object().fileName())) {
                    total += Math.max(0, SsdCsv.countRecords(r) - 1);
                } catch (IOException e) {
                    error(new SsdError(h.object().fileName(), 0, "", "file", "The file cannot be read: " + e.getMessage()));
                }
            }
        }
        return total;
    }

    private void readFile(SsdSource source, SsdHandler handler) {
        SsdObject object = handler.object();
        String file = object.fileName();
        try (SsdCsv.Reader csv = new SsdCsv.Reader(source.open(file))) {
            List<String> header = csv.next();
            if (header == null) {
                return;
            }
            header = header.stream().map(h -> h.strip().toLowerCase()).toList();
            boolean headerOk = true;
            for (String field : object.fields()) {
                if (!header.contains(field)) {
                    error(new SsdError(file, 1, field, "header", "The header has no column " + field
                            + " (the file needs every field of " + object.name() + ": see docs/SSD-FORMAT.md)"));
                    headerOk = false;
                }
            }
            if (!headerOk) {
                return;
            }
            List<SsdRow> batch = new ArrayList<>(BATCH);
            long rowNumber = 1;
            List<String> record;
            while ((record = csv.next()) != null) {
                rowNumber++;
                if (record.isEmpty()) {
                    continue;
                }
                rowsRead++;
                if (rowsRead % 5_000 == 0) {
                    progress.progress(rowsRead, rowsTotal, file);
                }
                Map<String, String> values = new HashMap<>(header.size() * 2);
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    values.put(header.get(i), record.get(i));
                }
                SsdRow row = new SsdRow(file, rowNumber, values);
                if (record.size() != header.size()) {
                    row.error("", "columns", "The row has " + record.size() + " values for " + header.size() + " columns");
                }
                String key = row.get(object.keyField());
                if (key == null) {
                    row.error(object.keyField(), "required", object.keyField() + " is required (it identifies the row)");
                } else if (run.importedBefore(object.kind(), key)) {
                    alreadyImported++;
                    continue;
                } else if (!run.declare(object.kind(), key, object.personField() == null ? null : row.get(object.personField()))) {
                    row.error(object.keyField(), "unique", object.keyField() + " \"" + key + "\" appears more than once");
                }
                if (!row.hasErrors()) {
                    handler.check(row, run);
                }
                if (row.hasErrors()) {
                    row.errors().forEach(this::error);
                } else if (errorCount == 0) {
                    batch.add(row);
                    if (batch.size() == BATCH) {
                        write(handler, batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
            }
            if (!batch.isEmpty() && errorCount == 0) {
                write(handler, batch);
            }
            if (errorCount == 0 && written.containsKey(file)) {
                keys.analyzeQuickly();
            }
            progress.progress(rowsRead, rowsTotal, file);
        } catch (IOException e) {
            error(new SsdError(file, 0, "", "file", "The file cannot be read: " + e.getMessage()));
        }
    }

    private void write(SsdHandler handler, List<SsdRow> batch) {
        if (errorCount > 0) {
            return;
        }
        try {
            run.writing(handler.object().kind());
            handler.write(batch, run);
            run.flushKeys();
            long soFar = written.merge(handler.object().fileName(), (long) batch.size(), Long::sum);
            if (analyzeDue(soFar)) {
                // The tables grow by millions of rows inside this one transaction; without fresh statistics the
                // planner keeps treating them as empty and the handlers' per-batch lookups turn into scans.
                keys.analyzeQuickly();
            }
        } catch (RuntimeException e) {
            // A handler's checks should catch every bad value; a database refusal here is reported against the batch.
            error(new SsdError(handler.object().fileName(), batch.get(0).row(), "", "database",
                    "Rows " + batch.get(0).row() + "–" + batch.get(batch.size() - 1).row() + " could not be written: "
                            + rootMessage(e)));
        }
    }

    /** After the first 10,000 rows of a file, then each time its rows written double. */
    private static boolean analyzeDue(long rowsWritten) {
        long previous = rowsWritten - BATCH;
        return rowsWritten >= 10_000 && Long.highestOneBit(rowsWritten / 10_000) != Long.highestOneBit(Math.max(previous, 0) / 10_000);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private void error(SsdError error) {
        errorCount++;
        if (errors.size() < SsdMigration.MAX_ERRORS_LISTED) {
            errors.add(error);
        }
    }

    String importId() {
        return importId;
    }

    SsdKeyRepository keys() {
        return keys;
    }
}
