package uk.safeguard.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeguard.migration.SsdExportContext;
import uk.safeguard.migration.SsdHandler;
import uk.safeguard.migration.SsdImportContext;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdObject;
import uk.safeguard.migration.SsdOrder;
import uk.safeguard.migration.SsdRow;
import uk.safeguard.migration.SsdRowWriter;
import uk.safeguard.platform.BulkCopy;

/**
 * {@code ssd_family} ⇄ households. People sharing a fami_family_id form one {@code household} (its ssd_family_id;
 * named after the first member's family name); each row is one {@code household_member} (fami_table_id → the
 * membership's id) from the import day, with no end. A later import adding people to a known family id joins the
 * same household. A household made in the UI is exported with the family id {@code SGH} + its id.
 */
@Component
class SsdFamilyHandler implements SsdHandler {
    private static final SsdObject OBJECT = new SsdObject("ssd_family", List.of("fami_table_id", "fami_family_id",
            "fami_person_id"), "fami_table_id", SsdKind.FAMILY, "fami_person_id", SsdOrder.FAMILY);

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final Clock clock;

    SsdFamilyHandler(JdbcClient jdbc, BulkCopy bulk, Clock clock) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.clock = clock;
    }

    @Override
    public SsdObject object() {
        return OBJECT;
    }

    @Override
    public void check(SsdRow row, SsdImportContext context) {
        if (row.required("fami_family_id") != null) {
            String family = row.text("fami_family_id", 20);
            if (family != null && !family.matches("[A-Za-z0-9]+")) {
                row.error("fami_family_id", "id", "fami_family_id must be letters and digits only (it is \"" + family + "\")");
            }
        }
        if (row.required("fami_person_id") != null) {
            context.requireKnown(row, "fami_person_id", SsdKind.PERSON, "ssd_person");
        }
    }

    @Override
    public void write(List<SsdRow> rows, SsdImportContext context) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> households = new HashMap<>();
        List<String> familyIds = rows.stream().map(r -> r.get("fami_family_id")).distinct().toList();
        jdbc.sql("select id, ssd_family_id from household where ssd_family_id = any(?::text[])")
                .param(familyIds.toArray(new String[0]))
                .query((rs, i) -> Map.entry(rs.getString("ssd_family_id"), rs.getLong("id"))).list()
                .forEach(e -> households.put(e.getKey(), e.getValue()));
        long[] personIds = new long[rows.size()];
        Map<String, Long> firstMember = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            personIds[i] = SsdAddressHandler.personId(context, rows.get(i).get("fami_person_id"));
            String family = rows.get(i).get("fami_family_id");
            if (!households.containsKey(family)) {
                firstMember.putIfAbsent(family, personIds[i]);
            }
        }
        if (!firstMember.isEmpty()) {
            Map<Long, String> surnames = new HashMap<>();
            jdbc.sql("select person_id, family_name from person_name where name_type = 'CURRENT' and person_id = any(?::bigint[])")
                    .param(firstMember.values().toArray(new Long[0]))
                    .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                    .forEach(e -> surnames.put(e.getKey(), e.getValue()));
            long[] ids = bulk.nextIds("household", firstMember.size());
            List<Object[]> copy = new ArrayList<>();
            int i = 0;
            for (var e : firstMember.entrySet()) {
                String surname = surnames.get(e.getValue());
                copy.add(new Object[] {ids[i], (surname == null ? "Family" : surname + " family") + " (SSD family " + e.getKey() + ")",
                        now, e.getKey()});
                households.put(e.getKey(), ids[i++]);
            }
            bulk.copy("household", List.of("id", "name", "created_at", "ssd_family_id"), copy);
        }
        long[] ids = bulk.nextIds("household_member", rows.size());
        List<Object[]> members = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            members.add(new Object[] {ids[i], households.get(rows.get(i).get("fami_family_id")), personIds[i], today});
        }
        bulk.copy("household_member", List.of("id", "household_id", "person_id", "from_date"), members);
        for (int i = 0; i < rows.size(); i++) {
            context.register(SsdKind.FAMILY, rows.get(i).get("fami_table_id"), ids[i]);
        }
    }

    @Override
    public void export(SsdExportContext context, SsdRowWriter out) {
        SsdPages.export(jdbc, """
                select m.id, m.person_id, m.household_id, h.ssd_family_id
                  from household_member m join household h on h.id = m.household_id join person p on p.id = m.person_id
                 where p.merged_into is null and m.id > :after
                 order by m.id limit :page""",
                rs -> {
                    String family = rs.getString("ssd_family_id");
                    return new SsdPages.Row(rs.getLong("id"), SsdPages.values(context.ssdId(SsdKind.FAMILY, rs.getLong("id")),
                            family != null ? family : "SGH" + rs.getLong("household_id"),
                            context.ssdId(SsdKind.PERSON, rs.getLong("person_id"))));
                },
                out);
    }
}
