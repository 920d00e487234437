package uk.safeguard.support;

import java.time.LocalDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.safeguard.platform.TimeConfiguration;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {
    /** The default "now" of every test: Tuesday 1 December 2026, 09:00 London. */
    public static final LocalDateTime DEFAULT_NOW = LocalDateTime.of(2026, 12, 1, 9, 0);

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(DEFAULT_NOW.atZone(TimeConfiguration.LONDON).toInstant(), TimeConfiguration.LONDON);
    }
}
