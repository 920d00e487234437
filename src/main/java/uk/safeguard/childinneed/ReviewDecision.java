package uk.safeguard.childinneed;

/**
 * What a review of a child in need plan decided: practitioners "consider the need for further action and record
 * their decisions" (WT2023 para 181, seeds 000 line 2374).
 */
public enum ReviewDecision {
    CONTINUE("Continue the plan"),
    END_PLAN("End the plan"),
    /** E.g. a strategy discussion when there is reasonable cause to suspect significant harm (WT2023, seeds 000 line 2584). */
    STEP_UP("Step up (for example, a strategy discussion)");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
