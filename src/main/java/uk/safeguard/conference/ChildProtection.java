package uk.safeguard.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The child's child protection picture: conferences, plans (the open one in full), the running initial or transfer-in
 * conference clock, and the chair to suggest (the previous conference's: "where possible the same person should
 * chair subsequent reviews", seeds 000 line 2932).
 */
public record ChildProtection(long childId, String childName, List<Conference> conferences, CpPlan openPlan,
                              List<PlanSummary> plans, List<CpPlan.NextDue> conferenceDue, Long suggestedChairId,
                              String suggestedChairName, List<TransferIn> transfersIn) {

    public record PlanSummary(long id, LocalDate startedOn, String initialCategory, String latestCategory, LocalDate endedOn,
                              String endReason) {}

    public record TransferIn(long id, Instant notifiedAt, String fromAuthority, Long conferenceId) {}
}
