package uk.safeguard.reporting;

/**
 * A target and the amber band. With {@link Polarity#HIGHER_IS_BETTER}: green at or above {@code target}, amber at
 * or above {@code amberFrom}, red below. With {@link Polarity#LOWER_IS_BETTER}: green at or below {@code target},
 * amber at or below {@code amberFrom}, red above. No target: no colour ({@link Rag#NONE}).
 */
public record Thresholds(Double target, Double amberFrom) {
    public static final Thresholds NONE = new Thresholds(null, null);
}
