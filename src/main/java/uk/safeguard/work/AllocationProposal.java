package uk.safeguard.work;

import java.time.Instant;

/**
 * A manager's proposal of a lead practitioner for a case, waiting for (or given) the worker's agreement (WT2023 para
 * 156). {@code previousWorkerId} is the lead practitioner it would replace; a re-allocation carries a handover note.
 */
public record AllocationProposal(long id, long caseId, long childId, String childName, CaseKind caseKind, long workerId,
                                 String workerName, Long previousWorkerId, String previousWorkerName, long proposedById,
                                 String proposedByName, Instant proposedAt, String handoverNote, Status status,
                                 Instant decidedAt, String declineReason) {

    public enum Status { PENDING, AGREED, DECLINED, WITHDRAWN }

    public boolean isPending() {
        return status == Status.PENDING;
    }
}
