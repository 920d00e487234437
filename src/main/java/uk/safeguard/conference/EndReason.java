package uk.safeguard.conference;

/** The only five reasons a child protection plan may end (WT2023 chapter 3, seeds 000 lines 3035-3037). */
public enum EndReason {
    NO_LONGER_AT_RISK("No longer at risk of significant harm"),
    MOVED_TO_ANOTHER_LA("Moved permanently to another local authority (after that authority's conference)"),
    REACHED_18("Reached 18"),
    DIED("Died"),
    LEFT_UK("Permanently left the United Kingdom");

    private final String label;

    EndReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
