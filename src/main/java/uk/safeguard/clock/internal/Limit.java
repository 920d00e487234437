package uk.safeguard.clock.internal;

/** How long a clock runs: an amount of a unit (see clock-definitions.yml for what each unit means). */
public record Limit(int amount, Unit unit) {
    public enum Unit { HOURS, DAYS, WORKING_DAYS, MONTHS, BEFORE_AGE, END_OF_MONTH }
}
