package uk.safeguard.assessment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.safeguard.assessment.AssessmentKind;
import uk.safeguard.assessment.AssessmentOutcome;
import uk.safeguard.assessment.AssessmentStatus;

/** One row of the assessment table, as stored (user ids, not names). */
public record AssessmentRow(long id, long referralId, long childId, Long caseId, AssessmentKind kind, String section47Reference,
                            Instant referralAt, LocalDate startedOn, Instant startedAt, long startedBy, LocalDate targetDate,
                            AssessmentStatus status, String wishesAndFeelings, String familyViews, String analysis,
                            List<String> factors, AssessmentOutcome outcome, String outcomeDetails, String consentGivenBy,
                            LocalDate consentDate, String notSeenReason, String lateReason, Instant submittedAt, Long submittedBy,
                            String returnComment, Instant returnedAt, Long returnedBy, LocalDate authorisedOn,
                            Instant authorisedAt, Long authorisedBy, Instant updatedAt) {}
