package uk.safeguard.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import uk.safeguard.access.DemoMode;
import uk.safeguard.audit.Actor;
import uk.safeguard.migration.SsdImportStatus;
import uk.safeguard.migration.SsdImports;
import uk.safeguard.migration.SsdProgress;
import uk.safeguard.migration.SsdSources;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.synthetic.ProgressListener;
import uk.safeguard.synthetic.Size;
import uk.safeguard.synthetic.SyntheticAuthority;

/**
 * Demo mode only, once: a whole synthetic authority — about 2,000 children and ten years of contacts, referrals,
 * assessments, plans, enquiries and conferences ending today — generated with seed 42 and imported through the SSD
 * import, exactly as a council's own records would arrive. It shows on /admin/imports like any import. The demo
 * users' hand-made scenarios (DemoCases, DemoJourneys) sit beside it. Off with
 * {@code safeguard.demo.authority=false} (the tests, which build their own data).
 */
@Component
@Order(10)
public class DemoAuthority implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoAuthority.class);
    private static final Actor LOADER = new Actor(0, "demo-data", "Demo data (synthetic authority)");

    private final DemoMode demo;
    private final boolean enabled;
    private final JdbcClient jdbc;
    private final SsdImports imports;
    private final Clock clock;

    public DemoAuthority(DemoMode demo, @Value("${safeguard.demo.authority:true}") boolean enabled, JdbcClient jdbc,
                         SsdImports imports, Clock clock) {
        this.demo = demo;
        this.enabled = enabled;
        this.jdbc = jdbc;
        this.imports = imports;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || !enabled
                || jdbc.sql("select exists (select 1 from ssd_import where started_by_username = ? and status = 'SUCCEEDED')")
                        .param(LOADER.username()).query(Boolean.class).single()) {
            return;
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("safeguard-demo-authority");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            // The history includes its as-of day, so it ends yesterday: nothing imported lies in the future.
            LocalDate yesterday = LocalDate.now(clock.withZone(TimeConfiguration.LONDON)).minusDays(1);
            log.info("Demo mode: generating the synthetic demo authority (seed 42, ten years to {}) and importing it", yesterday);
            SyntheticAuthority.generate(Size.DEMO, 42, yesterday, dir, ProgressListener.NONE);
            SsdImportStatus status = imports.run(LOADER, SsdSources.directory(dir), SsdProgress.NONE);
            if (!status.succeeded()) {
                log.error("The demo authority did not import: {} problems, first {}", status.errorCount(),
                        status.errors().isEmpty() ? "-" : status.errors().get(0));
            } else {
                log.info("Demo authority imported: {} rows", status.rowsRead());
            }
        } finally {
            FileSystemUtils.deleteRecursively(dir.toFile());
        }
    }
}
