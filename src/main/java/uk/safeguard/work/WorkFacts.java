package uk.safeguard.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Record-level facts about cases (episodes) and allocations for indicators and statutory returns. Read-only, no
 * access checks, no view logging. Dates are London dates; a range is inclusive at both ends.
 */
public interface WorkFacts {

    /** Cases open at any time in [from, to]: opened on or before {@code to}, not closed before {@code from}. */
    List<CaseFact> cases(LocalDate from, LocalDate to);

    /** Every case of one child, open or closed, oldest first (the same facts as {@link #cases}). */
    List<CaseFact> casesOf(long childId);

    /** Allocations (a worker on a case) that overlap [from, to], oldest first per case. */
    List<AllocationFact> allocations(LocalDate from, LocalDate to);

    /** Every allocation on one child's cases, past and current (the same facts as {@link #allocations}). */
    List<AllocationFact> allocationsOf(long childId);

    /**
     * A case: {@code kind} is a {@code CaseKind} name (CONTACT, EARLY_HELP, CHILD_IN_NEED, CHILD_PROTECTION);
     * {@code closureReason} is a CIN census reason-for-closure code (RC1..RC9) when closed.
     */
    record CaseFact(long caseId, long childId, String kind, Instant openedAt, Instant closedAt, String closureReason,
                    Long teamId, Long allocatedWorkerId) {}

    /** A worker allocated to a case from {@code allocatedAt} until {@code endedAt} (null while current). */
    record AllocationFact(long allocationId, long caseId, long childId, long workerId, Long previousWorkerId,
                          Long workerTeamId, Instant allocatedAt, Instant endedAt) {}
}
