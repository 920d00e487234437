package uk.safeguard.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
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

    private static Notification row(ResultSet rs, int i) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Notification(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(), rs.getString("sent_by"),
                rs.getString("to_name"), rs.getString("to_email"), rs.getString("subject"), rs.getString("body"),
                rs.getObject("child_id", Long.class), rs.getString("about"), rs.getString("status"),
                sent == null ? null : sent.toInstant(), rs.getString("failure"));
    }
}
