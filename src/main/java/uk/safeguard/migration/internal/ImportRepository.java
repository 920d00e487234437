package uk.safeguard.migration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguard.migration.SsdError;
import uk.safeguard.migration.SsdImportResult;
import uk.safeguard.migration.SsdImportStatus;

/** Table {@code ssd_import}: one row per import, its progress while it runs and its outcome after. */
@Repository
public class ImportRepository {
    private static final String SELECT = """
            select id, status, source_name, started_at, finished_at, started_by, rows_read, rows_total, current_file,
                   rows_already_imported, error_count, errors, rows_written, ignored_files, updated_at
              from ssd_import
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ImportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(String id, String sourceName, Instant startedAt, String startedBy, String username) {
        jdbc.sql("""
                insert into ssd_import(id, status, source_name, started_at, started_by, started_by_username, updated_at)
                values (?, 'RUNNING', ?, ?, ?, ?, ?)""")
                .params(id, sourceName, Timestamp.from(startedAt), startedBy, username, Timestamp.from(startedAt)).update();
    }

    public void progress(String id, long rowsRead, long rowsTotal, String file, Instant at) {
        jdbc.sql("update ssd_import set rows_read = ?, rows_total = ?, current_file = ?, updated_at = ? where id = ? and status = 'RUNNING'")
                .params(rowsRead, rowsTotal, file, Timestamp.from(at), id).update();
    }

    public void finish(String id, SsdImportResult result, Instant at) {
        jdbc.sql("""
                update ssd_import set status = ?, finished_at = ?, updated_at = ?, rows_read = ?, rows_total = ?,
                       rows_already_imported = ?, error_count = ?, errors = ?::jsonb, rows_written = ?::jsonb,
                       ignored_files = ?::jsonb, current_file = null
                 where id = ?""")
                .params(result.succeeded() ? "SUCCEEDED" : "FAILED", Timestamp.from(at), Timestamp.from(at), result.rowsRead(),
                        result.rowsTotal(), result.rowsAlreadyImported(), result.errorCount(),
                        json.writeValueAsString(result.errors()), json.writeValueAsString(new java.util.TreeMap<>(result.rowsWritten())),
                        json.writeValueAsString(result.ignoredFiles()), id)
                .update();
    }

    public Optional<Stored> find(String id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::stored).optional();
    }

    public List<Stored> recent(int limit) {
        return jdbc.sql(SELECT + " order by started_at desc, id limit ?").param(limit).query(this::stored).list();
    }

    /** A row as stored, with when its progress was last written. */
    public record Stored(SsdImportStatus status, Instant updatedAt) {}

    private Stored stored(ResultSet rs, int n) throws SQLException {
        List<SsdError> errors = new ArrayList<>(json.readValue(rs.getString("errors"), new TypeReference<List<SsdError>>() {}));
        Map<String, Long> written = json.readValue(rs.getString("rows_written"), new TypeReference<LinkedHashMap<String, Long>>() {});
        List<String> ignored = json.readValue(rs.getString("ignored_files"), new TypeReference<List<String>>() {});
        Timestamp finished = rs.getTimestamp("finished_at");
        Timestamp updated = rs.getTimestamp("updated_at");
        SsdImportStatus status = new SsdImportStatus(rs.getString("id"), rs.getString("status").toLowerCase(),
                rs.getString("source_name"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString("started_by"), rs.getLong("rows_read"),
                rs.getLong("rows_total"), rs.getString("current_file"), rs.getLong("rows_already_imported"),
                rs.getLong("error_count"), List.copyOf(errors), written, List.copyOf(ignored));
        return new Stored(status, updated == null ? status.startedAt() : updated.toInstant());
    }
}
