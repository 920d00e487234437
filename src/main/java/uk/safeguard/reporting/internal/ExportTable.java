package uk.safeguard.reporting.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One table as it is downloaded: a name (the XLSX sheet and the file name), column headings and rows. A cell is a
 * {@link String}, a {@link Number}, a {@link java.time.LocalDate} or null (empty). Every table on the performance
 * pages is built as one of these and written by {@link ExportWriter}, so CSV and XLSX always hold what the page shows.
 */
public record ExportTable(String name, List<String> headings, List<List<Object>> rows) {

    public ExportTable {
        headings = List.copyOf(headings);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != headings.size()) {
                throw new IllegalArgumentException("Row has " + row.size() + " cells; the table has " + headings.size()
                        + " columns: " + row);
            }
            copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = java.util.Collections.unmodifiableList(copied);
    }

    /** Builds a table row by row. */
    public static Builder named(String name, String... headings) {
        return new Builder(name, Arrays.asList(headings));
    }

    public static final class Builder {
        private final String name;
        private final List<String> headings;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String name, List<String> headings) {
            this.name = name;
            this.headings = headings;
        }

        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        public ExportTable build() {
            return new ExportTable(name, headings, rows);
        }
    }
}
