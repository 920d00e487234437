package uk.safeguard.clock.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** One clock, as declared in clock-definitions.yml. */
public record ClockDefinition(String id, String name, String kind, String subject, Set<String> start, Set<String> stop,
                              Set<String> cancel, Set<String> extend, StartPolicy startPolicy, String startDescription,
                              List<ClockVersion> versions) {

    public enum StartPolicy {
        /** Every start event starts an instance. */
        EACH,
        /** A start while an instance with the same reference runs is ignored ("the first one if several"). */
        FIRST_WHILE_RUNNING
    }

    /** The version in force on the start event's date: the latest that applies from on or before it (else the earliest). */
    public ClockVersion versionOn(LocalDate startDate) {
        return versions.stream().filter(v -> !v.from().isAfter(startDate)).max(Comparator.comparing(ClockVersion::from))
                .orElseGet(() -> versions.stream().min(Comparator.comparing(ClockVersion::from)).orElseThrow());
    }

    public boolean uses(String eventType) {
        return start.contains(eventType) || stop.contains(eventType) || cancel.contains(eventType) || extend.contains(eventType);
    }
}
