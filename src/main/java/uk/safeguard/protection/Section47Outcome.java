package uk.safeguard.protection;

/** The outcome of a section 47 enquiry (WT2023 seeds 000 lines 2864-2897). */
public enum Section47Outcome {
    NOT_SUBSTANTIATED("Concerns of significant harm not substantiated"),
    SUBSTANTIATED("Concerns of significant harm substantiated");

    private final String label;

    Section47Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
