package uk.safeguard.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * Changes to parts of an assessment: only the parts sent (not null) change. {@code otherChildren}: a note per child of
 * the child's current households. {@code targetDate}: team managers only.
 */
public record AssessmentParts(String wishesAndFeelings, String familyViews, List<OtherChildNote> otherChildren,
                              String consentGivenBy, LocalDate consentDate, String analysis, List<String> factors,
                              AssessmentOutcome outcome, String outcomeDetails, String notSeenReason, String lateReason,
                              LocalDate targetDate) {

    public record OtherChildNote(Long childId, String note) {}

    public static AssessmentParts none() {
        return new AssessmentParts(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
