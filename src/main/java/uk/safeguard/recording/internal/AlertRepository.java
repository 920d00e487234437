package uk.safeguard.recording.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeguard.recording.AlertView;
import uk.safeguard.recording.LabelType;

@Repository
public class AlertRepository {
    private final JdbcClient jdbc;

    public AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long personId, LabelType type, String description, String evidence, LocalDate raisedOn,
                       LocalDate reviewOn, long userId, String by, Instant at) {
        return jdbc.sql("""
                insert into person_alert(person_id, label_type, description, evidence, raised_on, review_on,
                                         raised_by_user_id, raised_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(personId, type.name(), description, evidence, Date.valueOf(raisedOn), Date.valueOf(reviewOn),
                        userId, by, Timestamp.from(at))
                .query(Long.class).single();
    }

    /** Retires an active alert; false when it was already retired. */
    public boolean retire(long id, Instant at, String by, String reason) {
        return jdbc.sql("update person_alert set retired_at = ?, retired_by = ?, retired_reason = ? where id = ? and retired_at is null")
                .params(Timestamp.from(at), by, reason, id).update() == 1;
    }

    public long insertContrary(long alertId, String givenBy, String evidence, LocalDate givenOn, String recordedBy, Instant at) {
        return jdbc.sql("""
                insert into alert_contrary_evidence(alert_id, given_by, evidence, given_on, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(alertId, givenBy, evidence, Date.valueOf(givenOn), recordedBy, Timestamp.from(at))
                .query(Long.class).single();
    }

    public Optional<AlertView> find(long id, LocalDate today) {
        List<AlertView> found = load("select * from person_alert where id = ?", id, today);
        return found.stream().findFirst();
    }

    /** Active first (by type), then retired, newest first within each. */
    public List<AlertView> ofPeople(Collection<Long> personIds, LocalDate today) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return load("select * from person_alert where person_id = any(?::bigint[]) order by (retired_at is not null), raised_on desc, id desc",
                personIds.toArray(new Long[0]), today);
    }

    private record Row(long id, long personId, LabelType type, String description, String evidence, LocalDate raisedOn,
                       LocalDate reviewOn, String raisedBy, Instant retiredAt, String retiredBy, String retiredReason) {}

    private List<AlertView> load(String sql, Object param, LocalDate today) {
        List<Row> rows = jdbc.sql(sql).param(param).query(AlertRepository::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AlertView.ContraryEvidence>> contrary = new HashMap<>();
        jdbc.sql("select * from alert_contrary_evidence where alert_id = any(?::bigint[]) order by given_on, id")
                .param(rows.stream().map(Row::id).toList().toArray(new Long[0]))
                .query((rs, i) -> {
                    contrary.computeIfAbsent(rs.getLong("alert_id"), k -> new ArrayList<>()).add(new AlertView.ContraryEvidence(
                            rs.getLong("id"), rs.getString("given_by"), rs.getString("evidence"),
                            rs.getDate("given_on").toLocalDate(), rs.getString("recorded_by")));
                    return null;
                }).list();
        return rows.stream().map(r -> new AlertView(r.id(), r.personId(), r.type(),
                r.type() == LabelType.OTHER ? "Other: " + r.description() : r.type().label(), r.description(), r.evidence(),
                r.raisedOn(), r.reviewOn(), r.raisedBy(), r.retiredAt() == null,
                r.retiredAt() == null && r.reviewOn().isBefore(today), r.retiredAt(), r.retiredBy(), r.retiredReason(),
                List.copyOf(contrary.getOrDefault(r.id(), List.of())),
                AlertView.contested(contrary.getOrDefault(r.id(), List.of())))).toList();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Timestamp retired = rs.getTimestamp("retired_at");
        return new Row(rs.getLong("id"), rs.getLong("person_id"), LabelType.valueOf(rs.getString("label_type")),
                rs.getString("description"), rs.getString("evidence"), rs.getDate("raised_on").toLocalDate(),
                rs.getDate("review_on").toLocalDate(), rs.getString("raised_by"),
                retired == null ? null : retired.toInstant(), rs.getString("retired_by"), rs.getString("retired_reason"));
    }
}
