package uk.safeguard.work;

import java.time.Instant;

/**
 * A case's bare facts for the modules that work inside a case (plans, enquiries, conferences): whose it is, what kind,
 * when it opened and (if it has) closed, who leads it. Found by {@link CaseWork#findCase}; no access check there.
 */
public record CaseFacts(long id, long childId, CaseKind kind, Instant openedAt, Instant closedAt, Long workerId, Long teamId) {
    public boolean isOpen() {
        return closedAt == null;
    }
}
