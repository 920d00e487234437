package uk.safeguard.work;

import java.time.Instant;

/**
 * One entry of a case's allocation history: who became lead practitioner, when, who they replaced (a change of lead
 * practitioner) with the handover note, and whether it was agreed with them through a proposal (WT2023 para 156) or
 * given when the case was opened.
 */
public record LeadPractitionerAllocation(long id, long caseId, long childId, CaseKind caseKind, long workerId,
                                         String workerName, Long previousWorkerId, String previousWorkerName,
                                         Instant allocatedAt, String allocatedBy, boolean agreedThroughProposal,
                                         String handoverNote) {

    /** A change of lead practitioner (the first allocation of a case is not a change). */
    public boolean isChange() {
        return previousWorkerId != null;
    }
}
