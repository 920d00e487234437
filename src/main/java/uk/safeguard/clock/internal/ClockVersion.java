package uk.safeguard.clock.internal;

import java.time.LocalDate;

/** A clock as one guidance edition (or local protocol) defines it, in force for start events from {@code from}. */
public record ClockVersion(String edition, String editionTitle, LocalDate from, Limit limit, Limit extendedLimit,
                           String source) {}
