package uk.safeguard.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time is injected everywhere so that every statutory clock and every test is deterministic. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {
    /** Working days, bank holidays and "today" are English concepts: the local zone is London. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.system(LONDON);
    }
}
