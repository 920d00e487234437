package uk.safeguard.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An assessment in brief, for lists and other modules that need no more than its kind, status and dates: read in one
 * query for all of a child's assessments. The due dates are as in {@link Assessment}: {@code dueByReferral} the 45th
 * working day from the referral (WT2023 para 155), {@code dueFromStart} the 45th from the start (DfE measure).
 */
public record AssessmentBrief(long id, long referralId, long childId, Long caseId, AssessmentKind kind, AssessmentStatus status,
                              Instant referralAt, LocalDate startedOn, LocalDate targetDate, LocalDate dueByReferral,
                              LocalDate dueFromStart, LocalDate authorisedOn) {}
