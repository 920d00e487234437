package uk.safeguard.protection.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.safeguard.platform.TimeConfiguration;

/** Dates as people read them ("18 Dec 2026", "18 Dec 2026 10:00"), London time. */
public final class Shown {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(TimeConfiguration.LONDON);

    private Shown() {}

    public static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    public static String moment(Instant i) {
        return i == null ? "" : MOMENT.format(i);
    }
}
