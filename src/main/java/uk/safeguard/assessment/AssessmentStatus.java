package uk.safeguard.assessment;

/** In progress (with the worker, also after a manager returned it), submitted for authorisation, authorised (read-only). */
public enum AssessmentStatus {
    IN_PROGRESS("In progress"), SUBMITTED("Submitted for authorisation"), AUTHORISED("Authorised");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
