package uk.safeguard.reporting;

/** Whether a higher or lower value is better; some counts (e.g. referrals) are neither. */
public enum Polarity {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, NEITHER
}
