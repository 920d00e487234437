package uk.safeguard.work;

import java.time.Instant;

/** A child stepped down to early help when their case closed. */
public record StepDown(long childId, long caseId, CaseKind caseKind, Instant closedAt, String closureReason, String closedBy) {}
