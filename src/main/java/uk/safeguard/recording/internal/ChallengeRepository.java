package uk.safeguard.recording.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ChallengeRepository {
    private final JdbcClient jdbc;

    public ChallengeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(long id, long childId, long eventId, String challengerName, String relationship, String whatIsWrong,
                      long ownerId, LocalDate dueOn, Long taskId, Instant recordedAt, String recordedBy, String outcome,
                      String outcomeText, Instant outcomeAt, String outcomeBy) {}

    public long insert(long childId, long eventId, String name, String relationship, String whatIsWrong, long ownerId,
                       LocalDate dueOn, Instant at, String by) {
        return jdbc.sql("""
                insert into record_challenge(child_id, audit_event_id, challenger_name, challenger_relationship, what_is_wrong,
                                             owner_user_id, due_on, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(childId, eventId, name, relationship, whatIsWrong, ownerId, Date.valueOf(dueOn), Timestamp.from(at), by)
                .query(Long.class).single();
    }

    public void setTask(long id, long taskId) {
        jdbc.sql("update record_challenge set task_id = ? where id = ?").params(taskId, id).update();
    }

    /** Records the outcome once; false when the challenge already has one. */
    public boolean decide(long id, String outcome, String text, Instant at, String by) {
        return jdbc.sql("update record_challenge set outcome = ?, outcome_text = ?, outcome_at = ?, outcome_by = ? where id = ? and outcome is null")
                .params(outcome, text, Timestamp.from(at), by, id).update() == 1;
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select * from record_challenge where id = ?").param(id).query(ChallengeRepository::row).optional();
    }

    public List<Row> ofChild(long childId) {
        return jdbc.sql("select * from record_challenge where child_id = ? order by recorded_at desc, id desc").param(childId)
                .query(ChallengeRepository::row).list();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        long task = rs.getLong("task_id");
        Long taskId = rs.wasNull() ? null : task;
        Timestamp outcomeAt = rs.getTimestamp("outcome_at");
        return new Row(rs.getLong("id"), rs.getLong("child_id"), rs.getLong("audit_event_id"), rs.getString("challenger_name"),
                rs.getString("challenger_relationship"), rs.getString("what_is_wrong"), rs.getLong("owner_user_id"),
                rs.getDate("due_on").toLocalDate(), taskId, rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"), rs.getString("outcome"), rs.getString("outcome_text"),
                outcomeAt == null ? null : outcomeAt.toInstant(), rs.getString("outcome_by"));
    }
}
