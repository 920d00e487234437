package uk.safeguard.frontdoor;

/** What the concern is about, as the referrer describes it (local categories; the primary need uses the CIN codes). */
public enum ConcernCategory {
    NEGLECT("Neglect"), PHYSICAL_ABUSE("Physical abuse"), EMOTIONAL_ABUSE("Emotional abuse"), SEXUAL_ABUSE("Sexual abuse"),
    DOMESTIC_ABUSE("Domestic abuse"), EXPLOITATION("Exploitation (criminal or sexual)"), ONLINE_HARM("Online harm"),
    MENTAL_HEALTH("Mental health"), SUBSTANCE_MISUSE("Parental alcohol or substance misuse"), GOING_MISSING("Going missing"),
    OTHER("Other");

    private final String label;

    ConcernCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
