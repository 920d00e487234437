package uk.safeguard.work;

/** What kind of work a case is (the SSD's episode types, kept to the four the system opens today). */
public enum CaseKind {
    CONTACT("Contact"),
    EARLY_HELP("Early help"),
    CHILD_IN_NEED("Child in need"),
    CHILD_PROTECTION("Child protection");

    private final String label;

    CaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
