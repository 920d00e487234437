package uk.safeguard.recording.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeguard.audit.Actor;
import uk.safeguard.recording.DocumentView;
import uk.safeguard.recording.NewDocument;
import uk.safeguard.recording.ScanResult;

@Repository
public class DocumentRepository {
    private final JdbcClient jdbc;

    public DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Stored(String storage, String key) {}

    public long insert(long childId, NewDocument d, String title, String description, String contentType, String sha256,
                       Stored stored, ScanResult scan, Instant at, Actor by) {
        return jdbc.sql("""
                insert into document(child_id, case_id, title, description, document_date, filename, content_type, size_bytes,
                                     sha256, storage, storage_key, scan_result, scanned_by, uploaded_at, uploaded_by_user_id, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(childId, d.caseId(), title, description, d.documentDate() == null ? null : Date.valueOf(d.documentDate()),
                        d.filename(), contentType, d.content().length, sha256, stored.storage(), stored.key(),
                        scan.status().name(), scan.scanner(), Timestamp.from(at), by.userId(), by.description())
                .query(Long.class).single();
    }

    public void insertContent(long documentId, byte[] content) {
        jdbc.sql("insert into document_content(document_id, content) values (?, ?)").params(documentId, content).update();
    }

    public Optional<byte[]> content(long documentId) {
        return jdbc.sql("select content from document_content where document_id = ?").param(documentId)
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    public Optional<DocumentView> find(long id) {
        return jdbc.sql("select * from document where id = ?").param(id).query(DocumentRepository::view).optional();
    }

    public Optional<Stored> storage(long id) {
        return jdbc.sql("select storage, storage_key from document where id = ?").param(id)
                .query((rs, i) -> new Stored(rs.getString(1), rs.getString(2))).optional();
    }

    public List<DocumentView> ofChild(long childId) {
        return jdbc.sql("select * from document where child_id = ? order by uploaded_at desc, id desc").param(childId)
                .query(DocumentRepository::view).list();
    }

    public Optional<Instant> latestUploadInCase(long caseId) {
        return jdbc.sql("select max(uploaded_at) from document where case_id = ?").param(caseId)
                .query((rs, i) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).optional()
                .filter(java.util.Objects::nonNull);
    }

    private static DocumentView view(ResultSet rs, int i) throws SQLException {
        Date date = rs.getDate("document_date");
        long caseId = rs.getLong("case_id");
        return new DocumentView(rs.getLong("id"), rs.getLong("child_id"), rs.wasNull() ? null : caseId,
                rs.getString("title"), rs.getString("description"), date == null ? null : date.toLocalDate(),
                rs.getString("filename"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                ScanResult.Status.valueOf(rs.getString("scan_result")), rs.getString("scanned_by"),
                rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"));
    }
}
