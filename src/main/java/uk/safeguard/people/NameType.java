package uk.safeguard.people;

/** A person has one current name; aliases (known as) and previous names are kept and searched. */
public enum NameType {
    CURRENT("Current name"), ALIAS("Alias (also known as)"), PREVIOUS("Previous name");

    private final String label;

    NameType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
