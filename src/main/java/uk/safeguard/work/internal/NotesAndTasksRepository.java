package uk.safeguard.work.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeguard.work.CaseNote;
import uk.safeguard.work.CaseTask;
import uk.safeguard.work.NoteType;

@Repository
public class NotesAndTasksRepository {
    private final JdbcClient jdbc;

    public NotesAndTasksRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CaseRowLite> caseById(long caseId) {
        return jdbc.sql("select id, child_id, allocated_worker_id, team_id, closed_at is null as open from case_file where id = ?")
                .param(caseId).query((rs, i) -> new CaseRowLite(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
                        rs.getObject(4, Long.class), rs.getBoolean(5))).optional();
    }

    public record CaseRowLite(long id, long childId, Long workerId, Long teamId, boolean open) {}

    public long insertNote(long caseId, long childId, Instant writtenAt, String author, Long authorId, String text, NoteType type,
                           Instant occurredAt, boolean significant, boolean notShared, String notSharedReason) {
        return jdbc.sql("""
                insert into case_note(case_id, child_id, written_at, author, author_id, text, note_type, occurred_at, significant,
                                      not_shared_with_family, not_shared_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, childId, Timestamp.from(writtenAt), author, authorId, text, type.name(), Timestamp.from(occurredAt),
                        significant, notShared, notSharedReason).query(Long.class).single();
    }

    /** Newest (by when it happened) first. */
    public List<CaseNote> notes(long caseId) {
        return jdbc.sql("select * from case_note where case_id = ? order by occurred_at desc, id desc")
                .param(caseId).query(NotesAndTasksRepository::note).list();
    }

    public Optional<CaseNote> note(long id) {
        return jdbc.sql("select * from case_note where id = ?").param(id).query(NotesAndTasksRepository::note).optional();
    }

    /** The child's significant events on any case, oldest first (a chronology reads forwards). */
    public List<CaseNote> significantNotesOf(long childId) {
        return jdbc.sql("select * from case_note where child_id = ? and significant order by occurred_at, id")
                .param(childId).query(NotesAndTasksRepository::note).list();
    }

    /** The latest note of the case by when it happened. */
    public Optional<CaseNote> latestNote(long caseId) {
        return jdbc.sql("select * from case_note where case_id = ? order by occurred_at desc, id desc limit 1")
                .param(caseId).query(NotesAndTasksRepository::note).optional();
    }

    /** The case's tasks, open and done, oldest first. */
    public List<CaseTask> tasksOfCase(long caseId) {
        return jdbc.sql("select * from task where case_id = ? order by created_at, id")
                .param(caseId).query(NotesAndTasksRepository::task).list();
    }

    private static CaseNote note(ResultSet rs, int i) throws SQLException {
        return new CaseNote(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("child_id"), rs.getTimestamp("written_at").toInstant(),
                rs.getString("author"), rs.getString("text"), NoteType.valueOf(rs.getString("note_type")),
                rs.getTimestamp("occurred_at").toInstant(), rs.getBoolean("significant"), rs.getBoolean("not_shared_with_family"),
                rs.getString("not_shared_reason"));
    }

    public long insertTask(long assignee, Long childId, Long caseId, String title, String detail, Instant at, String by) {
        return jdbc.sql("insert into task(assigned_to, child_id, case_id, title, detail, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(assignee, childId, caseId, title, detail, Timestamp.from(at), by).query(Long.class).single();
    }

    public List<CaseTask> openTasks(long assignee) {
        return jdbc.sql("select * from task where assigned_to = ? and done_at is null order by created_at, id")
                .param(assignee).query(NotesAndTasksRepository::task).list();
    }

    public Optional<CaseTask> task(long id) {
        return jdbc.sql("select * from task where id = ?").param(id).query(NotesAndTasksRepository::task).optional();
    }

    public boolean complete(long id, Instant at) {
        return jdbc.sql("update task set done_at = ? where id = ? and done_at is null").params(Timestamp.from(at), id).update() == 1;
    }

    private static CaseTask task(ResultSet rs, int i) throws SQLException {
        Timestamp done = rs.getTimestamp("done_at");
        return new CaseTask(rs.getLong("id"), rs.getLong("assigned_to"), rs.getObject("child_id", Long.class),
                rs.getObject("case_id", Long.class), rs.getString("title"), rs.getString("detail"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), done == null ? null : done.toInstant());
    }
}
