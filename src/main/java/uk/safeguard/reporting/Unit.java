package uk.safeguard.reporting;

/**
 * How an indicator's value is made from its numerator and denominator: a plain count (the numerator), a
 * percentage, a rate per 10,000 children (the denominator is the child population), or an average
 * (numerator / denominator, e.g. cases per worker).
 */
public enum Unit {
    COUNT("count"), PERCENT("%"), PER_10000("per 10,000 children"), AVERAGE("average");

    private final String label;

    Unit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
