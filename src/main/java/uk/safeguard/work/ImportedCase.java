package uk.safeguard.work;

import java.time.Instant;

/**
 * A case (episode) as an import knows it: opened when the referral was received, the team and the worker it was
 * allocated to when it opened (either may be null), and its closure (both or neither), all as they happened.
 */
public record ImportedCase(long childId, CaseKind kind, Instant openedAt, Long teamId, Long workerId, Instant closedAt,
                           String closureReason) {}
