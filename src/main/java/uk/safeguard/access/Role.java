package uk.safeguard.access;

/** The roles of DOMAIN.md section 2. Deny by default: each capability names the roles it lets in. */
public enum Role {
    CONTACT_OFFICER("Contact officer", Kind.LA),
    SOCIAL_WORKER("Social worker", Kind.LA),
    TEAM_MANAGER("Team manager", Kind.LA),
    CONFERENCE_CHAIR("Conference chair / IRO", Kind.LA),
    EARLY_HELP_PRACTITIONER("Early help practitioner", Kind.LA),
    PARTNER_PRACTITIONER("Partner practitioner", Kind.PARTNER),
    LADO("Designated officer (LADO)", Kind.LA),
    PARTNERSHIP_OFFICER("Partnership officer", Kind.LA),
    PERFORMANCE_ANALYST("Performance analyst", Kind.LA),
    COUNCILLOR("Elected member (scrutiny)", Kind.AGGREGATE_ONLY),
    ADMIN("Administrator", Kind.AGGREGATE_ONLY);

    private enum Kind { LA, PARTNER, AGGREGATE_ONLY }

    private final String label;
    private final Kind kind;

    Role(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    /** The authority name Spring Security uses. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** LA practitioners may open any unrestricted child's record (need-to-know within children's services). */
    public boolean seesAnyUnrestrictedChild() {
        return kind == Kind.LA;
    }

    /** Partners see only children linked to their agency. */
    public boolean isPartner() {
        return kind == Kind.PARTNER;
    }

    /** Councillors and IT administrators never open a child's record. */
    public boolean neverSeesChildRecords() {
        return kind == Kind.AGGREGATE_ONLY;
    }

    /** A social-work-qualified manager (WT2023 para 153 decisions, oversight, merges). */
    public boolean isManager() {
        return this == TEAM_MANAGER;
    }

    /**
     * Holds social work registration (Social Work England): social workers, their SW-qualified managers and
     * conference chairs / IROs. For a section 47 enquiry or a child protection plan the lead practitioner must be one
     * (WT2023 chapter 3; DOMAIN.md section 5, Allocation).
     */
    public boolean isRegisteredSocialWorker() {
        return this == SOCIAL_WORKER || this == TEAM_MANAGER || this == CONFERENCE_CHAIR;
    }

    /** May register people and edit their details. */
    public boolean mayEditPeople() {
        return switch (this) {
            case CONTACT_OFFICER, SOCIAL_WORKER, TEAM_MANAGER, EARLY_HELP_PRACTITIONER, LADO -> true;
            default -> false;
        };
    }
}
