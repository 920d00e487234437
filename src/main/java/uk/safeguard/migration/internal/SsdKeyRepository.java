package uk.safeguard.migration.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.platform.BulkCopy;

/** Table {@code ssd_key}: which local record each imported SSD id names. */
@Repository
public class SsdKeyRepository {
    private final JdbcClient jdbc;
    private final BulkCopy bulk;

    public SsdKeyRepository(JdbcClient jdbc, BulkCopy bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    public record Key(long localId, String personSsdId) {}

    public Map<String, Key> keysOf(SsdKind kind) {
        Map<String, Key> keys = new HashMap<>();
        jdbc.sql("select ssd_id, local_id, person_ssd_id from ssd_key where kind = ?").param(kind.name())
                .query((RowCallbackHandler) rs -> keys.put(rs.getString(1), new Key(rs.getLong(2), rs.getString(3))));
        return keys;
    }

    public Map<Long, String> ssdIdsOf(SsdKind kind) {
        Map<Long, String> ids = new HashMap<>();
        jdbc.sql("select local_id, ssd_id from ssd_key where kind = ? order by ssd_id").param(kind.name())
                .query((RowCallbackHandler) rs -> ids.putIfAbsent(rs.getLong(1), rs.getString(2)));
        return ids;
    }

    /** The same for some records only, filtered in the database (a kind can hold a million ids). */
    public Map<Long, String> ssdIdsOf(SsdKind kind, Collection<Long> localIds) {
        Map<Long, String> ids = new HashMap<>();
        jdbc.sql("select local_id, ssd_id from ssd_key where kind = ? and local_id = any(?) order by ssd_id")
                .params(kind.name(), localIds.toArray(Long[]::new))
                .query((RowCallbackHandler) rs -> ids.putIfAbsent(rs.getLong(1), rs.getString(2)));
        return ids;
    }

    /**
     * Fresh planner statistics for every table, inside the import's transaction (ANALYZE sees the transaction's own
     * rows). A small sample (statistics target 10, about 3,000 rows a table) is enough to stop the planner treating
     * growing tables as empty, and keeps each pass to a fraction of a second at a million rows.
     */
    public void analyzeQuickly() {
        jdbc.sql("set local default_statistics_target = 10").update();
        jdbc.sql("analyze").update();
    }

    /** Full statistics, after the import has committed. */
    public void analyze() {
        jdbc.sql("analyze").update();
    }

    public record NewKey(SsdKind kind, String ssdId, long localId, String personSsdId) {}

    public void insert(List<NewKey> keys, String importId) {
        bulk.copy("ssd_key", List.of("kind", "ssd_id", "local_id", "person_ssd_id", "import_id"),
                keys.stream().map(k -> new Object[] {k.kind().name(), k.ssdId(), k.localId(), k.personSsdId(), importId}).toList());
    }
}
