package uk.safeguard.work;

/** Red / amber / green for the work tray, always shown with words as well as colour (WCAG 1.4.1). */
public enum Urgency {
    RED("Overdue", "govuk-tag--red"),
    AMBER("Due within 2 working days", "govuk-tag--yellow"),
    GREEN("Due in 3 to 5 working days", "govuk-tag--green");

    /** Amber covers today and the next two working days; green the third to fifth. */
    static final int AMBER_WORKING_DAYS = 2;
    public static final int TRAY_WORKING_DAYS = 5;

    private final String label;
    private final String tagClass;

    Urgency(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }

    static Urgency of(boolean overdue, int workingDaysLeft) {
        if (overdue) {
            return RED;
        }
        return workingDaysLeft <= AMBER_WORKING_DAYS ? AMBER : GREEN;
    }
}
