package uk.safeguard.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * One authorised assessment for reporting: working days taken by both measures, labelled (DOMAIN.md section 4):
 * WT2023 from the referral (para 155), the DfE measure from the assessment's start; each to authorisation.
 */
public record AssessmentSummary(long assessmentId, long referralId, long childId, AssessmentKind kind, LocalDate referralDate,
                                LocalDate startedOn, LocalDate authorisedOn, List<String> factors, AssessmentOutcome outcome,
                                int workingDaysFromReferral, int workingDaysFromStart, boolean childSeen, boolean childSeenAlone,
                                String lateReason) {}
