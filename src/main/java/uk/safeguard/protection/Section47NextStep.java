package uk.safeguard.protection;

/**
 * What follows the enquiry: when not substantiated a child-in-need plan, other support or no further action; when
 * substantiated an initial child protection conference. {@code ssdOutcome}: the SSD s47 outcome value it reports as
 * (standards/ssd/categories/s47_outcome.yml, copied verbatim).
 */
public enum Section47NextStep {
    CIN_PLAN("Child in need plan", "Provision of Services (s17)"),
    OTHER_SUPPORT("Other support", "Other Outcome"),
    NO_FURTHER_ACTION("No further action", "No Further Action"),
    INITIAL_CONFERENCE("Initial child protection conference", "Initial CP Conference");

    private final String label;
    private final String ssdOutcome;

    Section47NextStep(String label, String ssdOutcome) {
        this.label = label;
        this.ssdOutcome = ssdOutcome;
    }

    public String label() {
        return label;
    }

    public String ssdOutcome() {
        return ssdOutcome;
    }
}
