package uk.safeguard.conference;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the plan's pages and API send. */
public final class PlanChanges {
    private PlanChanges() {}

    /** A new action (no {@code id}) or a change to one ({@code id}). */
    public record ActionChange(Long id, String agency, String what, String who, LocalDate byWhen, String measure, String status) {}

    public record Actions(List<ActionChange> actions) {}

    public record NewCoreGroup(LocalDate metOn, List<CpPlan.Attendee> attendees, List<CpPlan.AbsenteeView> absenteeViews,
                               String decisions, List<ActionChange> actions) {}

    public record NewVisit(LocalDateTime visitedAt, Boolean seen, Boolean seenAlone, String visitor, String note) {}

    /** {@code endReason}: NO_LONGER_AT_RISK, MOVED_TO_ANOTHER_LA, REACHED_18, DIED or LEFT_UK. */
    public record Ending(LocalDate endedOn, String endReason, LocalDate otherLaConferenceOn, String note) {}

    public record PreProceedingsUpdate(List<CpPlan.Letter> letters, LocalDate legalPlanningMeetingOn,
                                       String legalPlanningDecision, LocalDate fgcOfferedOn, LocalDate fgcHeldOn,
                                       String outcome) {}

    /** The receiving authority notified that the child moved in (seeds 000 line 3036). */
    public record TransferInNotice(LocalDateTime notifiedAt, String fromAuthority) {}
}
