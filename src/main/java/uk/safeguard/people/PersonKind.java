package uk.safeguard.people;

/** A child (born), an unborn child (pre-birth work; WT2023 conferences may concern an unborn child), or an adult. */
public enum PersonKind {
    CHILD("Child"), UNBORN("Unborn child"), ADULT("Adult");

    private final String label;

    PersonKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isChild() {
        return this != ADULT;
    }
}
