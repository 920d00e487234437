package uk.safeguard.work;

import java.time.Instant;
import java.util.List;

/** A case as its page shows it: what it is, who leads it and who led it before, the pending proposal, notes and tasks. */
public record CaseView(long id, long childId, String childName, CaseKind kind, Instant openedAt, Instant closedAt,
                       String closureReason, String closureReasonText, boolean steppedDownToEarlyHelp, String closedBy,
                       Long workerId, String workerName, Long teamId, String teamName,
                       List<LeadPractitionerAllocation> allocations, AllocationProposal pendingProposal,
                       List<CaseNote> notes, List<CaseTask> tasks, int version) {

    public boolean isOpen() {
        return closedAt == null;
    }

    public String kindLabel() {
        return kind.label();
    }

    public long leadPractitionerChanges() {
        return allocations.stream().filter(LeadPractitionerAllocation::isChange).count();
    }
}
