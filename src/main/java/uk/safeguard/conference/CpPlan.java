package uk.safeguard.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A child protection plan: it exists only because a conference decided it (DOMAIN.md section 5). It belongs to the
 * child's case (the episode). {@code previousPlans}: how many plans the child had before this one (a second or
 * subsequent plan is a national indicator). {@code leadSocialWorkerId} is null for a plan imported from the SSD when
 * its conference named no worker; an imported plan that ended has no {@code ending.reason()} (the SSD records none).
 */
public record CpPlan(long id, long childId, String childName, Long caseId, long conferenceId, LocalDate startedOn,
                     String initialCategory, String initialCategoryDescription, String latestCategory,
                     String latestCategoryDescription, String leadBody, Long leadSocialWorkerId,
                     String leadSocialWorkerName, List<Conference.CoreGroupMember> coreGroup, String outlinePlan,
                     int previousPlans, boolean secondOrSubsequent, int version, boolean open, List<Action> actions,
                     List<CoreGroupMeeting> coreGroups, List<Visit> visits, List<Conference> reviews,
                     Ending ending, List<EndNotice> endNotices, PreProceedings preProceedings,
                     List<ParentalResponsibilityHolder> parentalResponsibility, List<NextDue> nextDue) {

    /** {@code status}: NOT_STARTED, IN_PROGRESS, DONE or NOT_ACHIEVED. */
    public record Action(long id, String agency, String what, String who, LocalDate byWhen, String measure, String status) {}

    public record Attendee(String name, String agency) {}

    /** The written views of someone who could not attend (WT2023, seeds 000 line 2992). */
    public record AbsenteeView(String name, String agency, String views) {}

    public record CoreGroupMeeting(long id, LocalDate metOn, List<Attendee> attendees, List<AbsenteeView> absenteeViews,
                                   String decisions, String recordedBy) {}

    public record Visit(long id, LocalDateTime visitedAt, boolean seen, boolean seenAlone, String visitor, String note) {}

    public record Ending(LocalDate endedOn, String reason, String reasonLabel, LocalDate otherLaConferenceOn, String note) {}

    /** An agency told that the plan ended; {@code toEmail} null when only recorded in the outbox. */
    public record EndNotice(String agency, String toEmail, long notificationId) {}

    public record Letter(Long recipientId, String recipient, LocalDate sentOn) {}

    public record PreProceedings(List<Letter> letters, LocalDate legalPlanningMeetingOn, String legalPlanningDecision,
                                 LocalDate fgcOfferedOn, LocalDate fgcHeldOn, String outcome, String recordedBy) {}

    /** A parent or other holder of parental responsibility, and whether they have had a letter before proceedings. */
    public record ParentalResponsibilityHolder(long personId, String name, String role, boolean letterSent) {}

    /** The next core group, review or visit due, from the plan's running clocks. */
    public record NextDue(String clockId, String what, LocalDate dueDate, String status, String explanation) {}

    /** One kept version of the plan. */
    public record Version(int version, Instant madeAt, String madeBy, String what, Object snapshot) {}
}
