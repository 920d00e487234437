package uk.safeguard.clock.internal;

import java.time.Instant;

/** A recorded fact that may start, stop, extend or cancel clocks. */
public record ClockEvent(long id, String eventType, Instant occurredAt, String reference) {}
