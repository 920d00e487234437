package uk.safeguard.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import uk.safeguard.platform.TimeConfiguration;

/**
 * One instance of a clock for a child (or, for partnership clocks, the partnership: subject id 0).
 *
 * @param dueDate  the due day (London); for an hour clock the London day of {@code dueTime}
 * @param dueTime  only for hour-based clocks (e.g. 24-hour contact decision): the due moment; null otherwise
 * @param edition  the guidance edition (or local protocol) in force at the start event's date
 * @param reference the reference its start event was recorded with (e.g. "case-12"), pairing it with its stop; may be null
 */
public record ChildClock(long childId, String clockId, String clock, String kind, Instant startedAt,
                         LocalDate dueDate, Instant dueTime, Instant stoppedAt, ClockStatus status,
                         String explanation, String source, String edition, String reference) {

    public boolean isHourClock() {
        return dueTime != null;
    }

    /** ISO date (YYYY-MM-DD) for day- and month-based clocks; ISO date-time with London offset for hour clocks. */
    public String dueAt() {
        return dueTime == null ? dueDate.toString()
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dueTime.atZone(TimeConfiguration.LONDON).toOffsetDateTime());
    }
}
