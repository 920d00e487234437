package uk.safeguard.work;

/** What a case note records: the one fixed list of note types (the database checks the same codes). */
public enum NoteType {
    VISIT("Visit"),
    PHONE_CALL("Phone call"),
    MEETING("Meeting"),
    SUPERVISION("Supervision"),
    MANAGEMENT_OVERSIGHT("Management oversight"),
    OTHER("Other");

    private final String label;

    NoteType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
