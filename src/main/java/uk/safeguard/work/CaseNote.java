package uk.safeguard.work;

import java.time.Instant;

/** A note on an open case. */
public record CaseNote(long id, long caseId, long childId, Instant writtenAt, String author, String text) {}
