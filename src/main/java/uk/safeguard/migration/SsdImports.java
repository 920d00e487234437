package uk.safeguard.migration;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguard.audit.Actor;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.migration.internal.ImportRepository;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.ValidationFailure;

/**
 * SSD import jobs (API, pages, command line): each import gets an id and a row in {@code ssd_import}; it runs on one
 * background thread (or the caller's, from the command line), one at a time; its progress is kept in memory and
 * written to the row every few seconds in a short transaction of its own (the import's own transaction is separate
 * and all or nothing); its outcome, with every error, is written at the end and audited.
 */
@Service
public class SsdImports {
    /** Progress is written to the database at most this often. */
    static final Duration PERSIST_EVERY = Duration.ofSeconds(2);
    /** A running import whose progress has not been written for this long has stopped (its process ended). */
    static final Duration STOPPED_AFTER = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(SsdImports.class);

    private final SsdMigration migration;
    private final ImportRepository repository;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate own;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ssd-import");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean busy = new AtomicBoolean();
    private final Map<String, Live> live = new ConcurrentHashMap<>();

    public SsdImports(SsdMigration migration, ImportRepository repository, AuditTrail audit, Clock clock,
                      PlatformTransactionManager transactions) {
        this.migration = migration;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** An uploaded file: where to copy it (e.g. {@code MultipartFile::transferTo}). */
    @FunctionalInterface
    public interface Upload {
        void transferTo(Path destination) throws IOException;
    }

    /**
     * Saves an uploaded zip to a temporary file (deleted when the import ends) and starts importing it in the
     * background. 400 naming {@code file} when there is no file, it is empty or not a zip; 409 while another import runs.
     *
     * @return the import, running
     */
    public SsdImportStatus startUpload(Actor actor, String fileName, long size, Upload upload) {
        if (upload == null || size <= 0) {
            throw new ValidationFailure("file", "Select a zip file of SSD CSV files to import");
        }
        claim();
        Path zip = null;
        try {
            zip = Files.createTempFile("safeguard-ssd-", ".zip");
            upload.transferTo(zip);
            requireZipWithFiles(zip);
            String name = fileName == null || fileName.isBlank() ? "upload.zip" : Path.of(fileName).getFileName().toString();
            Path saved = zip;
            SsdSource source = named(SsdSources.zip(saved), name);
            Live job = begin(actor, source.name());
            executor.submit(() -> runJob(job, actor, source, SsdProgress.NONE, saved));
            return job.status();
        } catch (IOException e) {
            release(zip);
            busy.set(false);
            throw new ValidationFailure("file", "The file could not be saved to import it: " + e.getMessage());
        } catch (RuntimeException e) {
            release(zip);
            busy.set(false);
            throw e;
        }
    }

    /**
     * Runs an import on the caller's thread to the end (the command line). {@code progress} hears what the job hears.
     * 409 while another import runs in this process.
     */
    public SsdImportStatus run(Actor actor, SsdSource source, SsdProgress progress) {
        claim();
        Live job;
        try {
            job = begin(actor, source.name());
        } catch (RuntimeException e) {
            busy.set(false);
            throw e;
        }
        runJob(job, actor, source, progress, null);
        return status(job.id);
    }

    /** The import: live while it runs here, else as stored. 404 for an unknown id. */
    public SsdImportStatus status(String id) {
        Live job = live.get(id);
        if (job != null) {
            return job.status();
        }
        return repository.find(id).map(this::current)
                .orElseThrow(() -> new NotFound("There is no SSD import " + id + ": check the id the upload answered with."));
    }

    /** The latest imports, newest first. */
    public List<SsdImportStatus> recent(int limit) {
        return repository.recent(limit).stream().map(s -> {
            Live job = live.get(s.status().id());
            return job != null ? job.status() : current(s);
        }).toList();
    }

    /** Whether an import is running in this process. */
    public boolean running() {
        return busy.get() || migration.importRunning();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    // ---- the job ----

    private void claim() {
        if (migration.importRunning() || !busy.compareAndSet(false, true)) {
            throw new RuleBroken("one-import-at-a-time", "Another SSD import is running; wait for it to finish, then try again.");
        }
    }

    private Live begin(Actor actor, String sourceName) {
        String id = newId();
        Instant now = clock.instant();
        own.executeWithoutResult(t -> repository.insert(id, sourceName, now, actor.description(), actor.username()));
        Live job = new Live(id, sourceName, now, actor.description());
        live.put(id, job);
        return job;
    }

    private void runJob(Live job, Actor actor, SsdSource source, SsdProgress listener, Path temporary) {
        SsdImportResult result;
        try {
            result = migration.importFrom(job.id, source, actor, (read, total, file) -> {
                job.update(read, total, file);
                persistProgress(job, false);
                listener.progress(read, total, file);
            });
        } catch (RuntimeException e) {
            log.error("SSD import {} stopped", job.id, e);
            String message = e instanceof RuleBroken ? e.getMessage()
                    : "The import stopped: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                      + ". Nothing was written.";
            result = new SsdImportResult(false, job.read, job.total, 0,
                    List.of(new SsdError(job.file == null ? "" : job.file, 0, "", "stopped", message)), 1, Map.of(), List.of());
        }
        SsdImportResult outcome = result;
        try {
            own.executeWithoutResult(t -> {
                repository.finish(job.id, outcome, clock.instant());
                audit.recordChange(actor, null, Change.of("ssd-import", job.id,
                        outcome.succeeded() ? "SSD_IMPORTED" : "SSD_IMPORT_FAILED", summary(job, outcome))
                        .withValues(null, Map.of("source", job.sourceName, "rowsRead", outcome.rowsRead(),
                                "rowsWritten", outcome.rowsWritten().values().stream().mapToLong(Long::longValue).sum(),
                                "rowsAlreadyImported", outcome.rowsAlreadyImported(), "errors", outcome.errorCount())));
            });
        } finally {
            live.remove(job.id);
            busy.set(false);
            release(temporary);
        }
    }

    private static String summary(Live job, SsdImportResult r) {
        long written = r.rowsWritten().values().stream().mapToLong(Long::longValue).sum();
        return r.succeeded()
                ? "SSD import " + job.id + " of " + job.sourceName + ": " + written + " rows written, "
                  + r.rowsAlreadyImported() + " already imported"
                : "SSD import " + job.id + " of " + job.sourceName + " failed with " + r.errorCount()
                  + " errors; nothing was written";
    }

    private void persistProgress(Live job, boolean force) {
        long now = System.nanoTime();
        if (!force && now - job.persistedAt < PERSIST_EVERY.toNanos()) {
            return;
        }
        job.persistedAt = now;
        try {
            own.executeWithoutResult(t -> repository.progress(job.id, job.read, job.total, job.file, clock.instant()));
        } catch (RuntimeException e) {
            // progress is a courtesy: never let it stop the import
            log.warn("Could not record the progress of SSD import {}: {}", job.id, e.getMessage());
        }
    }

    /** A stored RUNNING import not running here and silent for a minute stopped with its process (nothing written). */
    private SsdImportStatus current(ImportRepository.Stored s) {
        SsdImportStatus st = s.status();
        if (!st.running() || s.updatedAt().isAfter(clock.instant().minus(STOPPED_AFTER))) {
            return st;
        }
        return new SsdImportStatus(st.id(), SsdImportStatus.FAILED, st.sourceName(), st.startedAt(), null, st.startedBy(),
                st.rowsRead(), st.rowsTotal(), st.currentFile(), 0, 1,
                List.of(new SsdError(st.currentFile() == null ? "" : st.currentFile(), 0, "", "stopped",
                        "The import stopped before it finished (Safeguard was stopped); nothing was written. Start it again.")),
                Map.of(), st.ignoredFiles());
    }

    private static String newId() {
        return "I" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(4).toUpperCase();
    }

    private void release(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                log.warn("Could not delete the uploaded SSD zip {}: {}", temporary, e.getMessage());
            }
        }
    }

    private static void requireZipWithFiles(Path zip) throws IOException {
        byte[] magic = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(zip)) {
            n = in.readNBytes(magic, 0, 4);
        }
        if (n < 4 || magic[0] != 'P' || magic[1] != 'K') {
            throw new ValidationFailure("file", "The file must be a zip (.zip) of SSD CSV files, for example ssd_person.csv");
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                if (!entries.nextElement().isDirectory()) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new ValidationFailure("file", "The file must be a zip (.zip) of SSD CSV files; this one cannot be read as a zip");
        }
        throw new ValidationFailure("file", "The zip is empty: it must contain SSD CSV files, for example ssd_person.csv");
    }

    private static SsdSource named(SsdSource source, String name) {
        return new SsdSource() {
            @Override
            public Set<String> fileNames() {
                return source.fileNames();
            }

            @Override
            public java.io.Reader open(String fileName) throws IOException {
                return source.open(fileName);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    /** What a running import has got to (written by the import's thread, read by requests). */
    private static final class Live {
        final String id;
        final String sourceName;
        final Instant startedAt;
        final String startedBy;
        volatile long read;
        volatile long total;
        volatile String file;
        long persistedAt = System.nanoTime();

        Live(String id, String sourceName, Instant startedAt, String startedBy) {
            this.id = id;
            this.sourceName = sourceName;
            this.startedAt = startedAt;
            this.startedBy = startedBy;
        }

        void update(long read, long total, String file) {
            this.read = read;
            if (total >= 0) {
                this.total = total;
            }
            this.file = file == null || file.isEmpty() ? this.file : file;
        }

        SsdImportStatus status() {
            return new SsdImportStatus(id, SsdImportStatus.RUNNING, sourceName, startedAt, null, startedBy, read, total, file,
                    0, 0, List.of(), Map.of(), List.of());
        }
    }
}
