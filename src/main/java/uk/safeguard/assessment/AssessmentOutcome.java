package uk.safeguard.assessment;

/**
 * What the assessment concluded (WT2023 paras 138-186; seeds 003 line 1699: advice or an existing service, a child in
 * need plan, early help, or no further action; a strategy discussion when there is reasonable cause to suspect
 * significant harm; a request to become looked after). OTHER needs details.
 */
public enum AssessmentOutcome {
    NO_FURTHER_ACTION("No further action"),
    ADVICE_OR_EXISTING_SERVICES("Advice, or help from an existing service"),
    CHILD_IN_NEED_PLAN("Child in need plan"),
    EARLY_HELP("Early help"),
    STRATEGY_DISCUSSION("Strategy discussion"),
    REQUEST_TO_BECOME_LOOKED_AFTER("Request for the child to become looked after"),
    OTHER("Other");

    private final String label;

    AssessmentOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
