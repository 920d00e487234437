package uk.safeguard.assessment;

/**
 * In progress (with the worker, also after a manager returned it), submitted for authorisation, authorised (read-only),
 * or withdrawn (read-only: its case closed before it was authorised).
 */
public enum AssessmentStatus {
    IN_PROGRESS("In progress"), SUBMITTED("Submitted for authorisation"), AUTHORISED("Authorised"),
    WITHDRAWN("Withdrawn: the case closed before it was authorised");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Authorised and withdrawn assessments can no longer be changed. */
    public boolean isFinished() {
        return this == AUTHORISED || this == WITHDRAWN;
    }
}
