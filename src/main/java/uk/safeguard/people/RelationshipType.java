package uk.safeguard.people;

/**
 * How one person is related to another, read as "A is the PARENT of B". Each type knows its reverse
 * (B is the child of A) so either person's page reads naturally.
 */
public enum RelationshipType {
    PARENT("Parent", "Child"),
    STEP_PARENT("Step-parent", "Step-child"),
    GRANDPARENT("Grandparent", "Grandchild"),
    SIBLING("Sibling", "Sibling"),
    HALF_SIBLING("Half-sibling", "Half-sibling"),
    STEP_SIBLING("Step-sibling", "Step-sibling"),
    OTHER_RELATIVE("Other relative", "Other relative"),
    PARTNER("Partner", "Partner"),
    CARER("Carer", "Cared for"),
    CONNECTED_PERSON("Connected person", "Connected person"),
    SPECIAL_GUARDIAN("Special guardian", "Child under special guardianship");

    private final String label;
    private final String reverseLabel;

    RelationshipType(String label, String reverseLabel) {
        this.label = label;
        this.reverseLabel = reverseLabel;
    }

    public String label() {
        return label;
    }

    public String reverseLabel() {
        return reverseLabel;
    }
}
