package uk.safeguard.audit;

import java.time.Instant;

/** One line of a child's chronology: when it happened, what happened, by whom. */
public record ChronologyEntry(long id, Instant occurredAt, Instant recordedAt, String action, String summary,
                              String actor, String subjectType, String subjectId) {}
