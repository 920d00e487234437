package uk.safeguard.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.safeguard.migration.SsdRowWriter;

/**
 * Exports a large table in pages of {@link #PAGE} rows, keyed on its id ({@code where <id> > ? order by <id>}), so a
 * million people never sit in memory at once and each page is an index range scan.
 */
final class SsdPages {
    static final int PAGE = 10_000;

    /** One exported row and the id it was read under (the next page starts after it). */
    record Row(long id, List<String> values) {}

    @FunctionalInterface
    interface RowReader {
        Row read(ResultSet rs) throws SQLException;
    }

    private SsdPages() {}

    /** {@code sql} has one parameter (the last id seen) and ends with {@code order by <id> limit :page}. */
    static void export(JdbcClient jdbc, String sql, RowReader reader, SsdRowWriter out) {
        long after = Long.MIN_VALUE;
        while (true) {
            List<Row> page = jdbc.sql(sql).param("after", after).param("page", PAGE)
                    .query((rs, i) -> reader.read(rs)).list();
            for (Row row : page) {
                out.row(row.values());
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    static List<String> values(String... values) {
        List<String> list = new ArrayList<>(values.length);
        for (String v : values) {
            list.add(v == null ? "" : v);
        }
        return list;
    }

    static String date(java.sql.Date d) {
        return d == null ? "" : d.toLocalDate().toString();
    }

    static String flag(ResultSet rs, String column) throws SQLException {
        Object v = rs.getObject(column);
        return v == null ? "" : ((Boolean) v) ? "Y" : "N";
    }
}
