package uk.safeguard.reporting;

import java.util.List;

/**
 * What an indicator counted for a period: its numerator items and its denominator items (empty for a plain
 * count). For {@link Unit#PER_10000} the denominator is {@code population} (the configured child population)
 * and {@code denominator} is empty.
 */
public record Measure(List<CountedItem> numerator, List<CountedItem> denominator, Long population) {

    public static Measure count(List<CountedItem> items) {
        return new Measure(List.copyOf(items), List.of(), null);
    }

    public static Measure ratio(List<CountedItem> numerator, List<CountedItem> denominator) {
        return new Measure(List.copyOf(numerator), List.copyOf(denominator), null);
    }
}
