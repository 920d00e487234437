package uk.safeguard.platform;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bulk writing for imports of a whole authority's records (millions of rows): PostgreSQL {@code COPY FROM STDIN}
 * on the connection of the current transaction (so it commits or rolls back with everything else), and ids taken
 * from a table's identity sequence ahead of the insert so related rows can be written in the same batch.
 * Rows given to {@link #copy} with pre-allocated ids need the identity column to accept them: tables whose id is
 * {@code generated always} are copied with {@code OVERRIDING SYSTEM VALUE} semantics by naming the id column —
 * PostgreSQL's COPY always allows that.
 */
@Component
public class BulkCopy {
    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public BulkCopy(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** {@code n} fresh ids from the identity (or serial) sequence of {@code table.id}, ascending. */
    public long[] nextIds(String table, int n) {
        if (n == 0) {
            return new long[0];
        }
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?) order by 1")
                .params(table, n).query(Long.class).list();
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Copies rows into {@code table(columns)}. Values: null, String, Number, Boolean, LocalDate, Instant,
     * OffsetDateTime, a {@code Collection} or {@code String[]} (written as a PostgreSQL text array), or
     * {@link Json} (written as-is for json/jsonb columns). Returns the number of rows copied.
     */
    public long copy(String table, List<String> columns, Collection<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        StringBuilder data = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException("row has " + row.length + " values for " + columns.size() + " columns of " + table);
            }
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    data.append('\t');
                }
                appendValue(data, row[i]);
            }
            data.append('\n');
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** A value already in JSON text form, for a json/jsonb column. */
    public record Json(String text) {}

    static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof Json json) {
            escape(out, json.text());
        } else if (value instanceof Boolean b) {
            out.append(b ? 't' : 'f');
        } else if (value instanceof Instant instant) {
            out.append(instant.atOffset(ZoneOffset.UTC));
        } else if (value instanceof OffsetDateTime time) {
            out.append(time);
        } else if (value instanceof LocalDate date) {
            out.append(date);
        } else if (value instanceof String[] array) {
            appendArray(out, List.of(array));
        } else if (value instanceof Collection<?> collection) {
            appendArray(out, collection);
        } else {
            escape(out, value.toString());
        }
    }

    private static void appendArray(StringBuilder out, Collection<?> values) {
        StringBuilder literal = new StringBuilder("{");
        boolean first = true;
        for (Object v : values) {
            if (!first) {
                literal.append(',');
            }
            first = false;
            if (v == null) {
                literal.append("NULL");
            } else {
                literal.append('"');
                for (char c : v.toString().toCharArray()) {
                    if (c == '"' || c == '\\') {
                        literal.append('\\');
                    }
                    literal.append(c);
                }
                literal.append('"');
            }
        }
        escape(out, literal.append('}').toString());
    }

    /** COPY text format: backslash, tab, newline and carriage return are escaped. */
    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
