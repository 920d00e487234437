package uk.safeguard.migration.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeguard.audit.Actor;
import uk.safeguard.migration.SsdImportContext;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdRow;

/**
 * The state of one import: the SSD ids read so far (with the person each row named), the local ids registered,
 * and the keys imported by earlier imports (loaded once per kind).
 */
public class ImportRun implements SsdImportContext {
    private final String importId;
    private final Actor actor;
    private final SsdKeyRepository keys;
    private final Map<SsdKind, Map<String, SsdKeyRepository.Key>> before = new EnumMap<>(SsdKind.class);
    private final Map<SsdKind, Map<String, String>> declared = new EnumMap<>(SsdKind.class);
    private final Map<SsdKind, Map<String, Long>> registered = new EnumMap<>(SsdKind.class);
    private final List<SsdKeyRepository.NewKey> pending = new ArrayList<>();
    private SsdKind writing;

    public ImportRun(String importId, Actor actor, SsdKeyRepository keys) {
        this.importId = importId;
        this.actor = actor;
        this.keys = keys;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public String importId() {
        return importId;
    }

    Map<String, SsdKeyRepository.Key> importedBefore(SsdKind kind) {
        return before.computeIfAbsent(kind, keys::keysOf);
    }

    boolean importedBefore(SsdKind kind, String ssdId) {
        return importedBefore(kind).containsKey(ssdId);
    }

    /** False if the id was already read in this import. */
    boolean declare(SsdKind kind, String ssdId, String personSsdId) {
        Map<String, String> m = declared.computeIfAbsent(kind, k -> new HashMap<>());
        if (m.containsKey(ssdId)) {
            return false;
        }
        m.put(ssdId, personSsdId == null ? "" : personSsdId);
        return true;
    }

    @Override
    public boolean knows(SsdKind kind, String ssdId) {
        for (SsdKind k : sameId(kind)) {
            Map<String, String> m = declared.get(k);
            if ((m != null && m.containsKey(ssdId)) || importedBefore(k, ssdId)) {
                return true;
            }
        }
        return false;
    }

    /** A cine_referral_id names both the referral and its case (the CIN episode): either kind finds it. */
    private static List<SsdKind> sameId(SsdKind kind) {
        return switch (kind) {
            case REFERRAL, CASE -> List.of(SsdKind.REFERRAL, SsdKind.CASE);
            default -> List.of(kind);
        };
    }

    @Override
    public String requireKnown(SsdRow row, String field, SsdKind kind, String object) {
        String v = row.get(field);
        if (v == null) {
            return null;
        }
        if (!knows(kind, v)) {
            row.error(field, "references:" + object, field + " \"" + v + "\" is not in " + object
                    + " (neither in this import nor imported before)");
            return null;
        }
        return v;
    }

    @Override
    public String personOf(SsdKind kind, String ssdId) {
        for (SsdKind kk : sameId(kind)) {
            Map<String, String> m = declared.get(kk);
            if (m != null && m.containsKey(ssdId)) {
                String p = m.get(ssdId);
                return p.isEmpty() ? null : p;
            }
            SsdKeyRepository.Key k = importedBefore(kk).get(ssdId);
            if (k != null && k.personSsdId() != null) {
                return k.personSsdId();
            }
        }
        return null;
    }

    @Override
    public Long localId(SsdKind kind, String ssdId) {
        if (ssdId == null) {
            return null;
        }
        Map<String, Long> m = registered.get(kind);
        Long id = m == null ? null : m.get(ssdId);
        if (id != null) {
            return id;
        }
        SsdKeyRepository.Key k = importedBefore(kind).get(ssdId);
        return k == null ? null : k.localId();
    }

    @Override
    public void register(SsdKind kind, String ssdId, long localId) {
        registered.computeIfAbsent(kind, k -> new HashMap<>()).put(ssdId, localId);
        String person = personOf(kind, ssdId);
        if (person == null && writing != null) {
            person = personOf(writing, ssdId);
        }
        pending.add(new SsdKeyRepository.NewKey(kind, ssdId, localId, person));
    }

    /** The kind of the object being written (a handler may register its ids under other kinds too). */
    void writing(SsdKind kind) {
        this.writing = kind;
    }

    /** Writes the keys registered since the last flush (in the import's transaction). */
    void flushKeys() {
        if (!pending.isEmpty()) {
            keys.insert(pending, importId);
            pending.clear();
        }
    }
}
