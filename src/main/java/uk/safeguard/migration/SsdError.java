package uk.safeguard.migration;

/**
 * One problem in an SSD import: the file ({@code ssd_person.csv}), the row (1 = the header row, so the first record
 * is row 2, as a spreadsheet shows it), the field, the rule broken (short, stable: {@code required}, {@code date},
 * {@code code:sex}, {@code references:ssd_person}, {@code unique} ...) and a message saying what to fix.
 */
public record SsdError(String file, long row, String field, String rule, String message) {}
