package uk.safeguard.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo mode: demo users and synthetic data. On by default with the embedded database, off with an external
 * one (SAFEGUARD_DB_URL); SAFEGUARD_DEMO=true|false overrides either way.
 */
@Component
public class DemoMode {
    private final boolean enabled;

    public DemoMode(@Value("${safeguard.demo:}") String demo, @Value("${safeguard.db.url:}") String externalDb) {
        this.enabled = demo.isBlank() ? externalDb.isBlank() : Boolean.parseBoolean(demo);
    }

    public boolean enabled() {
        return enabled;
    }
}
