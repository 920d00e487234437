package uk.safeguard.protection;

/** The strategy discussion agrees the conduct of any criminal investigation (WT2023, seeds 000 line 2778). */
public enum CriminalInvestigation {
    NONE("No criminal investigation"), JOINT("Joint investigation"), SINGLE_AGENCY("Single-agency investigation");

    private final String label;

    CriminalInvestigation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
