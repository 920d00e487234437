package uk.safeguard.recording;

/** The outcome of a challenge with its text: the correction, the annotation, or the reason it is not upheld. */
public record OutcomeRequest(ChallengeOutcome outcome, String correction, String annotation, String reason) {

    public String text() {
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case CORRECTED -> correction;
            case ANNOTATED -> annotation;
            case NOT_UPHELD -> reason;
        };
    }
}
