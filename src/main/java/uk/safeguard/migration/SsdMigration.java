package uk.safeguard.migration;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguard.audit.Actor;
import uk.safeguard.migration.internal.ImportRunner;
import uk.safeguard.migration.internal.SsdKeyRepository;
import uk.safeguard.platform.RuleBroken;

/**
 * Import and export of the Standard Safeguarding Dataset (docs/SSD-FORMAT.md). The records themselves are read and
 * written by each module's {@link SsdHandler}; this service orders them, runs an import as one transaction (all or
 * nothing, every error listed), keeps the map from SSD ids to local ids so a re-run duplicates nothing, and writes
 * exports. One import runs at a time.
 */
@Service
public class SsdMigration {
    /** Errors beyond this many are counted, not listed. */
    public static final int MAX_ERRORS_LISTED = 10_000;
    private static final Logger log = LoggerFactory.getLogger(SsdMigration.class);

    private final List<SsdHandler> handlers;
    private final SsdKeyRepository keys;
    private final TransactionTemplate transaction;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    public SsdMigration(List<SsdHandler> handlers, SsdKeyRepository keys, PlatformTransactionManager transactions) {
        this.handlers = handlers.stream().sorted(Comparator.comparingInt((SsdHandler h) -> h.object().order())
                .thenComparing(h -> h.object().name())).toList();
        this.keys = keys;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setTimeout(-1);
    }

    /** The objects Safeguard reads and writes, in import order. */
    public List<SsdObject> objects() {
        return handlers.stream().map(SsdHandler::object).toList();
    }

    /**
     * Runs an import to the end (the caller chooses the thread). Refused (409) while another import runs.
     *
     * @param importId names the import in the id map and in chronology entries
     */
    public SsdImportResult importFrom(String importId, SsdSource source, Actor actor, SsdProgress progress) {
        if (!oneAtATime.tryLock()) {
            throw new RuleBroken("one-import-at-a-time", "Another SSD import is running; wait for it to finish.");
        }
        try {
            long started = System.nanoTime();
            ImportRunner runner = new ImportRunner(importId, handlers, keys, transaction, actor, progress);
            SsdImportResult result = runner.run(source);
            log.info("SSD import {} from {}: {} in {} s ({} rows read, {} already imported, {} errors)", importId,
                    source.name(), result.succeeded() ? "succeeded" : "failed", (System.nanoTime() - started) / 1_000_000_000,
                    result.rowsRead(), result.rowsAlreadyImported(), result.errorCount());
            return result;
        } finally {
            oneAtATime.unlock();
        }
    }

    /** Whether an import is running now. */
    public boolean importRunning() {
        return oneAtATime.isLocked();
    }

    /** The SSD ids of these records only, where they were imported (records made here have none). */
    public Map<Long, String> ssdIds(SsdKind kind, Collection<Long> localIds) {
        return localIds.isEmpty() ? Map.of() : keys.ssdIdsOf(kind, localIds);
    }

    /** Writes every object's file (header and rows) to the sink, in import order. Returns rows per file. */
    public Map<String, Long> exportTo(SsdSink sink, SsdProgress progress) {
        Map<SsdKind, Map<Long, String>> ssdIds = new EnumMap<>(SsdKind.class);
        SsdExportContext context = (kind, localId) -> {
            if (localId == null) {
                return null;
            }
            String id = ssdIds.computeIfAbsent(kind, keys::ssdIdsOf).get(localId);
            return id != null ? id : kind.defaultSsdId(localId);
        };
        Map<String, Long> counts = new LinkedHashMap<>();
        long[] total = {0};
        for (SsdHandler handler : handlers) {
            SsdObject object = handler.object();
            try (Writer out = sink.create(object.fileName())) {
                SsdCsv.write(out, object.fields());
                long[] n = {0};
                handler.export(context, values -> {
                    if (values.size() != object.fields().size()) {
                        throw new IllegalStateException(object.name() + " export wrote " + values.size() + " values for "
                                + object.fields().size() + " fields");
                    }
                    SsdCsv.write(out, values);
                    n[0]++;
                    if (++total[0] % 10_000 == 0) {
                        progress.progress(total[0], -1, object.fileName());
                    }
                });
                counts.put(object.fileName(), n[0]);
                progress.progress(total[0], -1, object.fileName());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return counts;
    }

    /** Rows in each file the import will read (for the progress bar's total). */
    public long countRows(SsdSource source) {
        long total = 0;
        Set<String> names = new TreeSet<>(source.fileNames());
        for (SsdHandler h : handlers) {
            if (names.contains(h.object().fileName())) {
                try (Reader r = source.open(h.object().fileName())) {
                    total += Math.max(0, SsdCsv.countRecords(r) - 1);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return total;
    }
}
