package uk.safeguard.conference;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A child protection conference as scheduled and, once held, its outcome. Times are London local.
 *
 * @param papersDaysBefore how many days before the conference the papers went (the Families' Commission asked for
 *                         papers in good time, seeds 003 line 2241ff); null until they are sent
 * @param dueBy            for an initial or transfer-in conference, the statutory due day of its clock
 * @param planId           for a review, the plan reviewed; for a conference that made a plan, that plan
 * @param chairId          null for a conference imported from the SSD, which does not name the chair
 * @param expectedDeliveryDate for a pre-birth conference, the unborn child's expected date of delivery
 */
public record Conference(long id, long childId, String childName, LocalDate expectedDeliveryDate, Long caseId,
                         ConferenceKind kind, String kindLabel,
                         Long planId, Long transferInId, LocalDateTime scheduledAt, String venue, boolean online,
                         Long chairId, String chairName, List<Invitee> invitees, LocalDate invitationsSentOn,
                         LocalDate papersSentOn, Integer papersDaysBefore, boolean eighteenthBirthdayReview,
                         boolean held, LocalDateTime heldAt, List<Attendance> attendance, List<AgencyReport> reports,
                         String childViews, String decision, String category, String categoryDescription,
                         String leadBody, Long leadSocialWorkerId, String leadSocialWorkerName,
                         List<CoreGroupMember> coreGroup, String outlinePlan, String recommendations,
                         List<HouseholdConsideration> householdConsidered, String outcomeRecordedBy,
                         LocalDate dueBy, String dueExplanation) {

    /**
     * Someone invited: {@code type} FAMILY, CHILD, ADVOCATE, AGENCY or OTHER. An agency comes from the user directory
     * ({@code agencyId}) or is typed ({@code agency}); {@code email} is where a notice goes, when known.
     */
    public record Invitee(String type, String name, Long agencyId, String agency, String email) {}

    /** {@code status}: ATTENDED, APOLOGIES or REPORT_ONLY. */
    public record Attendance(String agency, String status) {}

    /** An agency's report: when it came, whether it may be shared with the parents and when it was. */
    public record AgencyReport(String agency, LocalDate receivedOn, Boolean mayShareWithParents, LocalDate sharedOn) {}

    public record CoreGroupMember(String name, String agency, String role) {}

    /** At a review: each child in the household was considered for proceedings, with a note. */
    public record HouseholdConsideration(Long childId, String name, String note) {}
}
