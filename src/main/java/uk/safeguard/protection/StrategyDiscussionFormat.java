package uk.safeguard.protection;

public enum StrategyDiscussionFormat {
    MEETING("Meeting"), CALL("Call"), VIDEO("Video call"), OTHER("Other");

    private final String label;

    StrategyDiscussionFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
