package uk.safeguard.frontdoor;

import java.util.List;

/** What intake did with each child: queued in the MASH, or routed to the child's open case (note + task). */
public record ContactRecorded(long contactId, List<Outcome> children) {
    public record Outcome(long contactChildId, long childId, String childName, String matched, String status,
                          boolean possibleReReferral, Long caseId, String taskFor, List<String> matchesConsidered) {}
}
