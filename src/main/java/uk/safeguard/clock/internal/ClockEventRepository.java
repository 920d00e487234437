package uk.safeguard.clock.internal;

import uk.safeguard.platform.BulkCopy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ClockEventRepository {
    private final JdbcClient jdbc;
    private final BulkCopy bulk;

    public ClockEventRepository(JdbcClient jdbc, BulkCopy bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    public record NewEvent(long subjectId, String eventType, Instant occurredAt, String reference) {}

    public void insertAll(String subjectType, List<NewEvent> events, long recordedBy, Instant recordedAt) {
        bulk.copy("clock_event", List.of("subject_type", "subject_id", "event_type", "occurred_at", "reference", "recorded_by", "recorded_at"),
                events.stream().map(e -> new Object[] {subjectType, e.subjectId(), e.eventType(), e.occurredAt(), e.reference(),
                        recordedBy, recordedAt}).toList());
    }

    public void insert(String subjectType, long subjectId, String eventType, Instant occurredAt, String reference,
                       long recordedBy, Instant recordedAt) {
        jdbc.sql("""
                insert into clock_event(subject_type, subject_id, event_type, occurred_at, reference, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(subjectType, subjectId, eventType, Timestamp.from(occurredAt), reference, recordedBy,
                        Timestamp.from(recordedAt))
                .update();
    }

    public List<ClockEvent> eventsOf(String subjectType, long subjectId) {
        return jdbc.sql("select id, event_type, occurred_at, reference from clock_event where subject_type = ? and subject_id = ? order by occurred_at, id")
                .params(subjectType, subjectId).query(ClockEventRepository::event).list();
    }

    /** The events of many children in one query (for work trays), by child. */
    public Map<Long, List<ClockEvent>> eventsOfChildren(Collection<Long> childIds) {
        if (childIds.isEmpty()) {
            return Map.of();
        }
        record Row(long childId, ClockEvent event) {}
        return jdbc.sql("""
                select subject_id, id, event_type, occurred_at, reference from clock_event
                 where subject_type = 'CHILD' and subject_id = any(?::bigint[]) order by occurred_at, id""")
                .param(childIds.toArray(new Long[0]))
                .query((rs, i) -> new Row(rs.getLong("subject_id"), event(rs, i))).list().stream()
                .collect(Collectors.groupingBy(Row::childId, Collectors.mapping(Row::event, Collectors.toList())));
    }

    private static ClockEvent event(ResultSet rs, int row) throws SQLException {
        return new ClockEvent(rs.getLong("id"), rs.getString("event_type"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("reference"));
    }
}
