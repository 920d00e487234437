package uk.safeguard.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A child and family assessment as recorded. {@code dueByReferral}: the 45th working day from the referral (WT2023
 * para 155); {@code dueFromStart}: the 45th working day from the start (DfE measure); {@code targetDate}: the local
 * target agreed at the start (seeds 003 line 1701), if any. {@code consentRequired}: false in a section 47 enquiry.
 */
public record Assessment(long id, long referralId, long childId, String childName, Long caseId, AssessmentKind kind,
                         String section47Reference, Instant referralAt, LocalDate referralDate, LocalDate startedOn,
                         String startedBy, LocalDate targetDate, LocalDate dueByReferral, LocalDate dueFromStart,
                         AssessmentStatus status, List<ChildSeen> childSeen, String wishesAndFeelings, String familyViews,
                         List<OtherChild> otherChildren, boolean consentRequired, String consentGivenBy, LocalDate consentDate,
                         List<InformationRequest> informationRequests, String analysis, List<String> factors,
                         AssessmentOutcome outcome, String outcomeDetails, String notSeenReason, String lateReason,
                         Instant submittedAt, String submittedBy, String returnComment, Instant returnedAt, String returnedBy,
                         LocalDate authorisedOn, String authorisedBy, Instant updatedAt) {

    public boolean readOnly() {
        return status.isFinished();
    }

    public boolean childWasSeen() {
        return !childSeen.isEmpty();
    }
}
