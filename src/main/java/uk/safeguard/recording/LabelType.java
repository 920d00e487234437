package uk.safeguard.recording;

/**
 * The only alerts and labels a person's record may carry. A fixed list, because free-text labels ("aggressive",
 * "alcoholic") followed families for years without evidence (Families' Commission, seeds 003 lines 2200-2213).
 */
public enum LabelType {
    RISK_TO_STAFF("Risk to staff"),
    RISK_TO_CHILDREN("Risk to children"),
    RISK_OF_VIOLENCE_AT_ADDRESS("Risk of violence at the address"),
    LONE_WORKING_NOT_PERMITTED("Lone working not permitted"),
    INFORMATION_SHARING_CAUTION("Information sharing caution"),
    COMMUNICATION_NEEDS("Communication needs"),
    OTHER("Other");

    private final String label;

    LabelType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
