package uk.safeguard.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uk.safeguard.migration.SsdExportContext;
import uk.safeguard.migration.SsdFormat;
import uk.safeguard.migration.SsdHandler;
import uk.safeguard.migration.SsdImportContext;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdObject;
import uk.safeguard.migration.SsdOrder;
import uk.safeguard.migration.SsdRow;
import uk.safeguard.migration.SsdRowWriter;
import uk.safeguard.people.Postcode;
import uk.safeguard.platform.BulkCopy;

/**
 * {@code ssd_address} ⇄ {@code person_address}. addr_table_id → the address row's id; addr_person_id → its person;
 * addr_address_json (keys ROOM, FLOOR, FLAT, BUILDING, HOUSE, STREET, TOWN, UPRN, EASTING, NORTHING) → line 1 =
 * HOUSE + STREET, line 2 = ROOM, FLOOR, FLAT, BUILDING, town = TOWN, and the JSON itself kept as given;
 * addr_address_type → address_type; start / end dates → from / to; addr_address_postcode → postcode (UK format,
 * required; kept as given for export). An address made in the UI is exported with line 1 as STREET, line 2 as
 * BUILDING and the postcode without its space (as the SSD writes it).
 */
@Component
class SsdAddressHandler implements SsdHandler {
    static final List<String> JSON_KEYS = List.of("ROOM", "FLOOR", "FLAT", "BUILDING", "HOUSE", "STREET", "TOWN", "UPRN",
            "EASTING", "NORTHING");
    private static final Set<String> KEYS = Set.copyOf(JSON_KEYS);
    /** Stored when the JSON gives no house, street, building, flat or town (person_address.line1 is required). */
    static final String NO_LINES = "(no address lines in the SSD)";

    private static final SsdObject OBJECT = new SsdObject("ssd_address", List.of("addr_table_id", "addr_address_json",
            "addr_person_id", "addr_address_type", "addr_address_start_date", "addr_address_end_date", "addr_address_postcode"),
            "addr_table_id", SsdKind.ADDRESS, "addr_person_id", SsdOrder.ADDRESS);

    private final JdbcClient jdbc;
    private final BulkCopy bulk;

    SsdAddressHandler(JdbcClient jdbc, BulkCopy bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    @Override
    public SsdObject object() {
        return OBJECT;
    }

    @Override
    public void check(SsdRow row, SsdImportContext context) {
        if (row.get("addr_person_id") == null) {
            row.required("addr_person_id");
        } else {
            context.requireKnown(row, "addr_person_id", SsdKind.PERSON, "ssd_person");
        }
        parts(row);
        row.text("addr_address_type", 100);
        LocalDate from = row.date("addr_address_start_date");
        LocalDate to = row.date("addr_address_end_date");
        if (from != null && to != null && to.isBefore(from)) {
            row.error("addr_address_end_date", "after:addr_address_start_date",
                    "addr_address_end_date must be on or after addr_address_start_date (" + from + ")");
        }
        String postcode = row.required("addr_address_postcode");
        if (postcode != null) {
            Postcode.problem(postcode).ifPresent(m -> row.error("addr_address_postcode", "postcode",
                    "addr_address_postcode: " + m + " (it is \"" + postcode + "\")"));
        }
    }

    /** The JSON's parts as text (blank and absent keys left out); errors for a non-object, unknown keys or nested values. */
    private static Map<String, String> parts(SsdRow row) {
        Map<String, String> parts = new LinkedHashMap<>();
        JsonNode json = row.json("addr_address_json");
        if (json == null) {
            return parts;
        }
        if (!json.isObject()) {
            row.error("addr_address_json", "json", "addr_address_json must be a JSON object with the keys " + String.join(", ", JSON_KEYS));
            return parts;
        }
        for (Map.Entry<String, JsonNode> e : json.properties()) {
            if (!KEYS.contains(e.getKey())) {
                row.error("addr_address_json", "json-key", "addr_address_json has an unknown key \"" + e.getKey()
                        + "\" (keys: " + String.join(", ", JSON_KEYS) + ")");
            } else if (e.getValue().isContainer()) {
                row.error("addr_address_json", "json", "addr_address_json." + e.getKey() + " must be text or a number");
            } else if (!e.getValue().isNull() && !e.getValue().asString().isBlank()) {
                parts.put(e.getKey(), e.getValue().asString().strip());
            }
        }
        return parts;
    }

    private static String join(Map<String, String> parts, String separator, String... keys) {
        StringJoiner joiner = new StringJoiner(separator);
        for (String key : keys) {
            if (parts.containsKey(key)) {
                joiner.add(parts.get(key));
            }
        }
        return joiner.length() == 0 ? null : joiner.toString();
    }

    @Override
    public void write(List<SsdRow> rows, SsdImportContext context) {
        long[] ids = bulk.nextIds("person_address", rows.size());
        List<Object[]> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            SsdRow row = rows.get(i);
            Map<String, String> parts = parts(row);
            String line1 = join(parts, " ", "HOUSE", "STREET");
            String line2 = join(parts, ", ", "ROOM", "FLOOR", "FLAT", "BUILDING");
            if (line1 == null) { // no street: the flat or building is the first line
                line1 = line2 != null ? line2 : parts.getOrDefault("TOWN", NO_LINES);
                line2 = null;
            }
            String postcode = row.get("addr_address_postcode");
            String json = row.get("addr_address_json");
            copy.add(new Object[] {ids[i], personId(context, row.get("addr_person_id")), line1, line2, parts.get("TOWN"),
                    Postcode.format(postcode), Postcode.normalise(postcode), row.date("addr_address_start_date"),
                    row.date("addr_address_end_date"), row.get("addr_address_type"), json == null ? null : new BulkCopy.Json(json),
                    postcode});
        }
        bulk.copy("person_address", List.of("id", "person_id", "line1", "line2", "town", "postcode", "postcode_norm", "from_date",
                "to_date", "address_type", "address_json", "ssd_postcode"), copy);
        for (int i = 0; i < rows.size(); i++) {
            context.register(SsdKind.ADDRESS, rows.get(i).get("addr_table_id"), ids[i]);
        }
    }

    static long personId(SsdImportContext context, String ssdPersonId) {
        Long id = context.localId(SsdKind.PERSON, ssdPersonId);
        if (id == null) {
            throw new IllegalStateException("Person " + ssdPersonId + " passed its check but has no local record");
        }
        return id;
    }

    @Override
    public void export(SsdExportContext context, SsdRowWriter out) {
        SsdPages.export(jdbc, """
                select a.id, a.person_id, a.line1, a.line2, a.town, a.postcode_norm, a.from_date, a.to_date, a.address_type,
                       a.address_json::text as address_json, a.ssd_postcode
                  from person_address a join person p on p.id = a.person_id
                 where p.merged_into is null and a.id > :after
                 order by a.id limit :page""",
                rs -> {
                    String json = rs.getString("address_json");
                    if (json == null) {
                        json = uiAddressJson(rs.getString("line1"), rs.getString("line2"), rs.getString("town"));
                    }
                    String postcode = rs.getString("ssd_postcode");
                    return new SsdPages.Row(rs.getLong("id"), SsdPages.values(context.ssdId(SsdKind.ADDRESS, rs.getLong("id")),
                            json, context.ssdId(SsdKind.PERSON, rs.getLong("person_id")), rs.getString("address_type"),
                            SsdPages.date(rs.getDate("from_date")), SsdPages.date(rs.getDate("to_date")),
                            postcode != null ? postcode : rs.getString("postcode_norm")));
                },
                out);
    }

    /** Every key present (the SSD: "all keys in structure regardless of data presence"). */
    static String uiAddressJson(String line1, String line2, String town) {
        Map<String, String> json = new LinkedHashMap<>();
        for (String key : JSON_KEYS) {
            json.put(key, "");
        }
        json.put("STREET", line1 == null ? "" : line1);
        json.put("BUILDING", line2 == null ? "" : line2);
        json.put("TOWN", town == null ? "" : town);
        return SsdFormat.json(json);
    }
}
