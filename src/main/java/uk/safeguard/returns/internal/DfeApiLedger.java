package uk.safeguard.returns.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguard.returns.DfeApiPush;
import uk.safeguard.returns.DfeApiPush.DfeApiBatch;
import uk.safeguard.returns.DfeApiPush.DfeApiInvalidChild;

/** The DfE API ledger (append-only: runs, their ends, batches, invalid children) and what the DfE holds per child. */
@Repository
public class DfeApiLedger {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    public DfeApiLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long startPush(Instant at, String startedBy, LocalDate windowFrom, String endpoint, String laCode) {
        return jdbc.sql("""
                insert into dfe_api_push (started_at, started_by, window_from, endpoint, la_code)
                values (?, ?, ?, ?, ?) returning id""")
                .params(Timestamp.from(at), startedBy, Date.valueOf(windowFrom), endpoint, laCode).query(Long.class).single();
    }

    public void endPush(long pushId, Instant at, String status, int sent, int purged, int invalid, String message) {
        jdbc.sql("""
                insert into dfe_api_push_end (push_id, finished_at, status, children_sent, children_purged, children_invalid, message)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(pushId, Timestamp.from(at), status, sent, purged, invalid, message).update();
    }

    public void batch(long pushId, DfeApiClient.BatchResult r, Instant at) {
        jdbc.sql("""
                insert into dfe_api_batch (push_id, batch_number, children, http_status, attempts, receipt, error, sent_at)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(pushId, r.number(), r.children().size(), r.status(), r.attempts(), r.receipt(), r.error(), Timestamp.from(at))
                .update();
    }

    public void invalid(long pushId, long childId, String laChildId, List<String> messages) {
        jdbc.sql("insert into dfe_api_invalid_child (push_id, child_id, la_child_id, messages) values (?, ?, ?, cast(? as jsonb))")
                .params(pushId, childId, laChildId, JSON.writeValueAsString(messages)).update();
    }

    /**
     * The window every push reads from: the start of the first push that had anything accepted, so that whatever was
     * sent is still in the facts read (and so what is missing has been deleted). Null before any accepted push.
     */
    public LocalDate windowFrom() {
        return jdbc.sql("""
                select min(p.window_from) from dfe_api_push p
                where exists (select 1 from dfe_api_batch b where b.push_id = p.id and b.http_status in (200, 204))""")
                .query(LocalDate.class).optional().orElse(null);
    }

    public Map<Long, DfeApiChanges.Sent> sentChildren() {
        Map<Long, DfeApiChanges.Sent> sent = new HashMap<>();
        jdbc.sql("select child_id, la_child_id, item_hash, items::text, purged from dfe_api_sent_child").query(rs -> {
            sent.put(rs.getLong(1), new DfeApiChanges.Sent(rs.getLong(1), rs.getString(2), rs.getString(3),
                    JSON.readValue(rs.getString(4), new TypeReference<List<DfeApiSentItem>>() { }), rs.getBoolean(5)));
        });
        return sent;
    }

    /** After the DfE accepted a child: what it holds now. */
    public void accepted(long pushId, DfeApiChanges.ToSend s, Instant at) {
        List<DfeApiSentItem> items = s.purged() ? List.of() : s.child().items();
        jdbc.sql("""
                insert into dfe_api_sent_child (child_id, la_child_id, item_hash, items, purged, push_id, sent_at)
                values (?, ?, ?, cast(? as jsonb), ?, ?, ?)
                on conflict (child_id) do update set la_child_id = excluded.la_child_id, item_hash = excluded.item_hash,
                    items = excluded.items, purged = excluded.purged, push_id = excluded.push_id, sent_at = excluded.sent_at""")
                .params(s.child().childId(), s.child().laChildId(), s.hash(), JSON.writeValueAsString(items), s.purged(), pushId,
                        Timestamp.from(at)).update();
    }

    /** Newest first, with batches and invalid children. Runs with no end are RUNNING while {@code runningId}, else INTERRUPTED. */
    public List<DfeApiPush> pushes(int limit, Long runningId) {
        List<DfeApiPush> runs = new ArrayList<>();
        jdbc.sql("""
                select p.id, p.started_at, p.started_by, p.window_from, p.endpoint, e.finished_at, e.status, e.children_sent,
                       e.children_purged, e.children_invalid, e.message
                from dfe_api_push p left join dfe_api_push_end e on e.push_id = p.id
                order by p.id desc limit ?""").param(limit).query(rs -> {
            long id = rs.getLong(1);
            String status = rs.getString(7);
            if (status == null) {
                status = runningId != null && runningId == id ? "RUNNING" : "INTERRUPTED";
            }
            runs.add(new DfeApiPush(id, rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getDate(4).toLocalDate(),
                    rs.getString(5), instant(rs, 6), status, integer(rs, 8), integer(rs, 9), integer(rs, 10), rs.getString(11),
                    batches(id), invalidChildren(id)));
        });
        return runs;
    }

    public List<DfeApiBatch> batches(long pushId) {
        return jdbc.sql("""
                select batch_number, children, http_status, attempts, receipt::text, error, sent_at
                from dfe_api_batch where push_id = ? order by id""").param(pushId)
                .query((rs, n) -> new DfeApiBatch(rs.getInt(1), rs.getInt(2), integer(rs, 3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getTimestamp(7).toInstant())).list();
    }

    public List<DfeApiInvalidChild> invalidChildren(long pushId) {
        return jdbc.sql("select child_id, la_child_id, messages::text from dfe_api_invalid_child where push_id = ? order by child_id")
                .param(pushId).query((rs, n) -> new DfeApiInvalidChild(rs.getLong(1), rs.getString(2),
                        JSON.readValue(rs.getString(3), new TypeReference<List<String>>() { }))).list();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
