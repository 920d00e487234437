package uk.safeguard.reporting;

/**
 * One indicator, defined once in code (DOMAIN.md section 8: "the same definitions everywhere"). Targets and
 * red/amber/green thresholds start from {@link #defaults()} and an administrator may change them; a change
 * re-colours a figure, never changes its value.
 *
 * @param id          stable id used by the API, the dashboard and exports, e.g. {@code icpc-within-15wd}
 * @param group       the dashboard section it belongs to, e.g. "Front door", "Assessment", "Child protection"
 * @param definition  plain English: what is counted, from when to when
 * @param source      where the definition comes from: DfE statistics, Ofsted Annex A, WT2023 paragraph, or local
 * @param numerator   what the numerator counts, in words
 * @param denominator what the denominator counts, in words (empty for a plain count)
 * @param england     the England figure where one exists (DOMAIN.md section 10), else null
 * @param englandSource where the England figure comes from (e.g. "DfE Children in need 2024-25"), else null
 */
public record Indicator(String id, String name, String group, String definition, String source, String numerator,
                        String denominator, Polarity polarity, Unit unit, Double england, String englandSource,
                        Thresholds defaults) {}
