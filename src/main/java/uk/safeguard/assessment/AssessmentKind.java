package uk.safeguard.assessment;

/** A child and family assessment under section 17 (a child in need), or as part of a section 47 enquiry. */
public enum AssessmentKind {
    SECTION_17("Section 17 (child in need)"), SECTION_47("Section 47 enquiry");

    private final String label;

    AssessmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
