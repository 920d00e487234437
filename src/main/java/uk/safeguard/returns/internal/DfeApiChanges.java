package uk.safeguard.returns.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a push sends, from what the DfE holds ({@code dfe_api_sent_child}) and today's items. A child is sent when new,
 * when their item differs from the one last accepted (compared by hash, so back-dated corrections count), or when
 * something sent before has gone. What has gone is sent with {@code purge: true} (DfE CSC API: the purge flag on the
 * child removes all of the child's data; on an episode, assessment or plan, that item only):
 * <ul>
 *   <li>a child sent before who is now merged into another record, or who no longer has any episode (deleted), is sent
 *   as {@code {"la_child_id": …, "purge": true}};</li>
 *   <li>an episode sent before and now gone is sent inside the child's item with its id and {@code purge: true};</li>
 *   <li>an assessment, CIN plan, section 47 enquiry or CP plan sent before and now gone (e.g. a withdrawn assessment)
 *   is sent inside its episode's array with its id and {@code purge: true} (not when its episode is purged).</li>
 * </ul>
 * Children whose item fails the schema are neither sent nor purged: what the DfE holds stays as it was.
 */
public final class DfeApiChanges {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the DfE holds for one child after the last accepted push. */
    public record Sent(long childId, String laChildId, String hash, List<DfeApiSentItem> items, boolean purged) {}

    /**
     * One child to send: the item (with any purge entries), and what the DfE will hold once it is accepted
     * ({@code hash} of the item without purge entries, {@code items}, {@code purged}).
     */
    public record ToSend(DfeApiChildItem child, String hash, boolean purged, int itemsPurged) {}

    private DfeApiChanges() {
    }

    /**
     * @param valid   today's items that meet the schema, by child
     * @param invalid children whose item fails the schema today (left as they are)
     */
    public static List<ToSend> toSend(Map<Long, DfeApiChildItem> valid, Set<Long> invalid, Collection<Long> mergedAway,
                                      Map<Long, Sent> sent) {
        Set<Long> merged = new HashSet<>(mergedAway);
        List<ToSend> out = new ArrayList<>();
        for (DfeApiChildItem child : valid.values()) {
            if (merged.contains(child.childId())) {
                continue; // a merged-away record: purged below if it was ever sent
            }
            String hash = hash(child.item());
            Sent before = sent.get(child.childId());
            ObjectNode item = child.item().deepCopy();
            int purges = before == null || before.purged() ? 0 : addItemPurges(item, child.items(), before.items());
            if (before == null || before.purged() || !before.hash().equals(hash) || purges > 0) {
                out.add(new ToSend(new DfeApiChildItem(child.childId(), child.laChildId(), item, child.items()), hash, false, purges));
            }
        }
        for (Sent before : sent.values()) {
            long id = before.childId();
            boolean gone = merged.contains(id) || (!valid.containsKey(id) && !invalid.contains(id));
            if (!before.purged() && gone) {
                ObjectNode item = JSON.createObjectNode().put("la_child_id", before.laChildId()).put("purge", true);
                out.add(new ToSend(new DfeApiChildItem(id, before.laChildId(), item, List.of()), "purged", true, 0));
            }
        }
        return out;
    }

    /** Adds {@code {id, purge: true}} for each item sent before and gone now; returns how many. */
    static int addItemPurges(ObjectNode item, List<DfeApiSentItem> now, List<DfeApiSentItem> before) {
        Set<String> present = new HashSet<>();
        now.forEach(i -> present.add(i.type() + ":" + i.id()));
        Set<String> episodesGone = new HashSet<>();
        int purges = 0;
        for (DfeApiSentItem old : before) {
            if (DfeApiSentItem.EPISODE.equals(old.type()) && !present.contains(old.type() + ":" + old.id())) {
                episodesGone.add(old.id());
                array(item, "social_care_episodes").add(JSON.createObjectNode().put("social_care_episode_id", old.id()).put("purge", true));
                purges++;
            }
        }
        for (DfeApiSentItem old : before) {
            if (DfeApiSentItem.EPISODE.equals(old.type()) || present.contains(old.type() + ":" + old.id())
                    || episodesGone.contains(old.episode())) {
                continue;
            }
            ObjectNode episode = episode(item, old.episode());
            if (episode == null) {
                continue; // cannot happen: an episode still present is in the item
            }
            array(episode, old.arrayName()).add(JSON.createObjectNode().put(old.idProperty(), old.id()).put("purge", true));
            purges++;
        }
        return purges;
    }

    private static ObjectNode episode(ObjectNode item, String id) {
        JsonNode episodes = item.get("social_care_episodes");
        if (episodes == null) {
            return null;
        }
        for (JsonNode e : episodes) {
            if (id.equals(e.path("social_care_episode_id").asString())) {
                return (ObjectNode) e;
            }
        }
        return null;
    }

    private static ArrayNode array(ObjectNode parent, String name) {
        JsonNode existing = parent.get(name);
        return existing instanceof ArrayNode a ? a : parent.putArray(name);
    }

    public static String hash(JsonNode item) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsString(item).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
