package uk.safeguard.access;

/** The kinds of agency that work in the system (DOMAIN.md section 2). */
public enum AgencyType {
    LA_CHILDRENS_SOCIAL_CARE("Local authority children's social care"),
    POLICE("Police"),
    HEALTH("Health"),
    EDUCATION("Education"),
    PROBATION("Probation"),
    HOUSING("Housing"),
    VOLUNTARY_SECTOR("Voluntary sector");

    private final String label;

    AgencyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
