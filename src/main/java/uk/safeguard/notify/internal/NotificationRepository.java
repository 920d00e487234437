package uk.safeguard.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeguard.audit.Actor;
import uk.safeguard.notify.NewNotification;
import uk.safeguard.notify.Notification;

@Repository
public class NotificationRepository {
    private final JdbcClient jdbc;
    private final Clock clock;

    public NotificationRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(Actor sender, NewNotification n) {
        return jdbc.sql("""
                insert into notification(created_at, sent_by, to_name, to_email, subject, body, child_id, about, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED') returning id""")
                .params(Timestamp.from(clock.instant()), sender.description(), n.toName(), n.toEmail(), n.subject(),
                        n.body(), n.childId(), n.about())
                .query(Long.class).single();
    }

    public List<Notification> about(String about) {
        return jdbc.sql("select * from notification where about = ? order by created_at desc, id desc").param(about)
                .query(NotificationRepository::row).list();
    }

    public List<Notification> recent(int limit) {
        return jdbc.sql("select * from notification order by created_at desc, id desc limit ?").param(limit)
                .query(NotificationRepository::row).list();
    }

    public Optional<Notification> find(long id) {
        return jdbc.sql("select * from notification where id = ?").param(id).query(NotificationRepository::row).optional();
    }

    /** Locks a queued notification for delivery (inside the caller's transaction); empty if it is no longer queued or another worker has it. */
    public Optional<Notification> claimQueued(long id) {
        return jdbc.sql("select * from notification where id = ? and status = 'QUEUED' for update skip locked").param(id)
                .query(NotificationRepository::row).optional();
    }

    /** Queued notifications created before {@code before}, oldest first (those the immediate delivery missed). */
    public List<Long> queuedBefore(Instant before, int limit) {
        return jdbc.sql("select id from notification where status = 'QUEUED' and created_at < ? order by created_at, id limit ?")
                .params(Timestamp.from(before), limit).query(Long.class).list();
    }

    public void markSent(long id, Instant at) {
        jdbc.sql("update notification set status = 'SENT', sent_at = ?, failure = null where id = ?").params(Timestamp.from(at), id).update();
    }

    public void markFailed(long id, String failure) {
        jdbc.sql("update notification set status = 'FAILED', failure = ? where id = ?").params(failure, id).update();
    }

    public void markShownInOutbox(long id) {
        jdbc.sql("update notification set status = 'SHOWN_IN_OUTBOX' where id = ?").param(id).update();
    }

    private static Notification row(ResultSet rs, int i) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Notification(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(), rs.getString("sent_by"),
                rs.getString("to_name"), rs.getString("to_email"), rs.getString("subject"), rs.getString("body"),
                rs.getObject("child_id", Long.class), rs.getString("about"), rs.getString("status"),
                sent == null ? null : sent.toInstant(), rs.getString("failure"));
    }
}
