package uk.safeguard.reporting;

/**
 * One indicator's figure for a period, as the API returns it:
 * {@code {"id","name","numerator","denominator","value","unit","rag","target","england"}}. {@code denominator}
 * is null for a plain count; {@code value} is null when the denominator is zero.
 */
public record IndicatorValue(String id, String name, long numerator, Long denominator, Double value, String unit,
                             Rag rag, Double target, Double england) {}
