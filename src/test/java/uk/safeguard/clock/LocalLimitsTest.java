package uk.safeguard.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mock.env.MockEnvironment;
import uk.safeguard.calendar.WorkingDayCalendar;

/**
 * A local limit set in configuration (safeguard.clocks.local-limits.&lt;id&gt;) reaches everyone who asks the clock
 * engine when a clock falls due, e.g. the MASH queue's decision and hold clocks.
 */
class LocalLimitsTest {
    private static StatutoryClocks clocks(MockEnvironment environment) {
        @SuppressWarnings("unchecked")
        ObjectProvider<ChildBirthDates> none = mock(ObjectProvider.class);
        return new StatutoryClocks(null, mock(WorkingDayCalendar.class), Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC),
                none, environment);
    }

    @Test
    void theQueuesClocksFollowTheConfiguredLocalLimit() {
        Instant received = Instant.parse("2026-12-01T09:00:00Z");
        StatutoryClocks shipped = clocks(new MockEnvironment());
        assertThat(shipped.dueAt("contact-decision", received)).isEqualTo(Instant.parse("2026-12-02T09:00:00Z"));
        assertThat(shipped.limitInWords("mash-hold", LocalDate.of(2026, 12, 1))).isEqualTo("24 hours");
        assertThat(shipped.clockName("contact-decision")).isEqualTo("Contact decision");

        StatutoryClocks local = clocks(new MockEnvironment().withProperty("safeguard.clocks.local-limits.contact-decision", "8")
                .withProperty("safeguard.clocks.local-limits.mash-hold", "12"));
        assertThat(local.dueAt("contact-decision", received)).isEqualTo(Instant.parse("2026-12-01T17:00:00Z"));
        assertThat(local.dueAt("mash-hold", received)).isEqualTo(Instant.parse("2026-12-01T21:00:00Z"));
        assertThat(local.limitInWords("contact-decision", LocalDate.of(2026, 12, 1))).isEqualTo("8 hours");
    }
}
