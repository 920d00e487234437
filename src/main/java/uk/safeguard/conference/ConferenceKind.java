package uk.safeguard.conference;

/** The kinds of child protection conference (WT2023 chapter 3, seeds 000 lines 2895-3040). */
public enum ConferenceKind {
    INITIAL("Initial child protection conference"),
    REVIEW("Review child protection conference"),
    PRE_BIRTH("Pre-birth child protection conference"),
    TRANSFER_IN("Transfer-in child protection conference");

    private final String label;

    ConferenceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Initial, pre-birth and transfer-in conferences decide whether there is to be a plan; a review continues, changes or ends one. */
    public boolean decidesPlan() {
        return this != REVIEW;
    }
}
