package uk.safeguard.recording;

/** How a challenge ended: the record corrected, annotated with the family's view, or the challenge not upheld. */
public enum ChallengeOutcome {
    CORRECTED("Corrected", "correction"),
    ANNOTATED("Annotated", "annotation"),
    NOT_UPHELD("Not upheld", "reason");

    private final String label;
    private final String field;

    ChallengeOutcome(String label, String field) {
        this.label = label;
        this.field = field;
    }

    public String label() {
        return label;
    }

    /** The request field that carries this outcome's text. */
    public String field() {
        return field;
    }
}
