package uk.safeguard.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Record-level assessment facts for indicators and returns. Read-only, no access checks, no view logging. */
public interface AssessmentFacts {

    /**
     * Child and family assessments that touch [from, to]: started on or before {@code to} and either not yet
     * authorised or authorised on or after {@code from}. Withdrawn assessments are left out.
     */
    List<AssessmentFact> assessments(LocalDate from, LocalDate to);

    /** Every assessment of one child (withdrawn ones left out), oldest first (the same facts as {@link #assessments}). */
    List<AssessmentFact> assessmentsOf(long childId);

    /**
     * One assessment. {@code referralAt} is when the referral it answers was received (WT2023 para 155 measures
     * 45 WD from it); {@code startedOn} to {@code authorisedOn} is the DfE measure. {@code factors} are CIN census
     * factor codes (ref_assessment_factor). {@code workerId} is the social worker who did it, {@code teamId} their
     * team. {@code kind} is an {@link AssessmentKind} name; {@code status} an {@link AssessmentStatus} name.
     * {@code childSeen}: true when the child was seen during the assessment (at least one visit recorded), false when
     * it was submitted or authorised with none (a reason the child was not seen is then recorded), null while it is
     * still in progress with none yet; for an imported assessment without a visit recorded here, the SSD's
     * {@code cina_assessment_child_seen} as given (null when the file left it blank). {@code outcome} is an {@link AssessmentOutcome} name, null until
     * recorded (for an imported assessment, the nearest outcome to the SSD's outcome flags).
     */
    record AssessmentFact(long assessmentId, long childId, long referralId, Long caseId, String kind,
                          Instant referralAt, LocalDate startedOn, LocalDate authorisedOn, String status,
                          List<String> factors, String lateReason, Long workerId, Long teamId, boolean imported,
                          Boolean childSeen, String outcome) {}
}
