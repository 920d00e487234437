package uk.safeguard.audit.internal;

import uk.safeguard.audit.AuditTrail;
import uk.safeguard.platform.BulkCopy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguard.audit.Actor;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.audit.ChronologyEntry;
import uk.safeguard.audit.RecordView;

@Repository
public class AuditRepository {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;
    private final BulkCopy bulk;

    public AuditRepository(JdbcClient jdbc, Clock clock, JsonMapper json, BulkCopy bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.clock = clock;
        this.json = json;
    }

    public void insertEvent(Actor actor, Long childId, Instant occurredAt, Change change) {
        Instant now = clock.instant();
        jdbc.sql("""
                insert into audit_event(recorded_at, occurred_at, actor_user_id, actor_username, actor, child_id,
                                        subject_type, subject_id, action, summary, before_values, after_values)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(Timestamp.from(now), Timestamp.from(occurredAt == null ? now : occurredAt),
                        actor.userId(), actor.username(), actor.description(), childId, change.subjectType(),
                        change.subjectId(), change.action(), change.summary(), toJson(change.before()), toJson(change.after()))
                .update();
    }

    public void insertEvents(Actor actor, List<AuditTrail.ImportedChange> changes) {
        Instant now = clock.instant();
        List<Object[]> rows = new java.util.ArrayList<>(changes.size());
        for (AuditTrail.ImportedChange c : changes) {
            Change change = c.change();
            String before = toJson(change.before());
            String after = toJson(change.after());
            rows.add(new Object[] {now, c.occurredAt() == null ? now : c.occurredAt(), actor.userId(), actor.username(),
                    actor.description(), c.childId(), change.subjectType(), change.subjectId(), change.action(),
                    change.summary(), before == null ? null : new BulkCopy.Json(before), after == null ? null : new BulkCopy.Json(after)});
        }
        bulk.copy("audit_event", List.of("recorded_at", "occurred_at", "actor_user_id", "actor_username", "actor", "child_id",
                "subject_type", "subject_id", "action", "summary", "before_values", "after_values"), rows);
    }

    public void insertView(Actor actor, long childId, String what) {
        jdbc.sql("insert into record_view(viewed_at, actor_user_id, actor_username, actor, child_id, what) values (?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), actor.userId(), actor.username(), actor.description(), childId, what)
                .update();
    }

    public void insertViews(Actor actor, Collection<Long> childIds, String what) {
        jdbc.sql("insert into record_view(viewed_at, actor_user_id, actor_username, actor, child_id, what) "
                        + "select ?, ?, ?, ?, child_id, ? from unnest(?::bigint[]) as child_id")
                .params(Timestamp.from(clock.instant()), actor.userId(), actor.username(), actor.description(), what,
                        childIds.toArray(Long[]::new))
                .update();
    }

    public void insertDenial(Actor actor, Long childId, String what) {
        jdbc.sql("insert into access_denial(attempted_at, actor_user_id, actor_username, actor, child_id, what) values (?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), actor.userId(), actor.username(), actor.description(), childId, what)
                .update();
    }

    public List<ChronologyEntry> chronology(long childId) {
        return jdbc.sql("""
                select id, occurred_at, recorded_at, action, summary, actor, subject_type, subject_id
                  from audit_event where child_id = ? order by occurred_at desc, id desc""")
                .param(childId)
                .query((rs, i) -> new ChronologyEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("action"), rs.getString("summary"),
                        rs.getString("actor"), rs.getString("subject_type"), rs.getString("subject_id")))
                .list();
    }

    public List<RecordView> views(long childId, int limit) {
        return jdbc.sql("select viewed_at, actor_username, actor, what from record_view where child_id = ? order by viewed_at desc, id desc limit ?")
                .params(childId, limit)
                .query((rs, i) -> new RecordView(rs.getTimestamp("viewed_at").toInstant(), rs.getString("actor_username"),
                        rs.getString("actor"), rs.getString("what")))
                .list();
    }

    public int denialsFor(String username) {
        return jdbc.sql("select count(*) from access_denial where actor_username = ?").param(username).query(Integer.class).single();
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
