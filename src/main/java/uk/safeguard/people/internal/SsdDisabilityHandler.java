package uk.safeguard.people.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * {@code ssd_disability} ⇄ {@code person_disability}: disa_table_id → the row's id (V185), disa_person_id → the
 * person, disa_disability_code → code (disability.yml, ref_disability). A person holds each code once: a second row
 * with the same person and code names the existing row.
 */
@Component
class SsdDisabilityHandler implements SsdHandler {
    private static final SsdObject OBJECT = new SsdObject("ssd_disability", List.of("disa_person_id", "disa_table_id",
            "disa_disability_code"), "disa_table_id", SsdKind.DISABILITY, "disa_person_id", SsdOrder.DISABILITY);

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final CodeLists codes;

    SsdDisabilityHandler(JdbcClient jdbc, BulkCopy bulk, CodeLists codes) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.codes = codes;
    }

    @Override
    public SsdObject object() {
        return OBJECT;
    }

    @Override
    public void check(SsdRow row, SsdImportContext context) {
        if (row.required("disa_person_id") != null) {
            context.requireKnown(row, "disa_person_id", SsdKind.PERSON, "ssd_person");
        }
        if (row.required("disa_disability_code") != null) {
            row.code("disa_disability_code", "disability", codes.disability().keySet());
        }
    }

    @Override
    public void write(List<SsdRow> rows, SsdImportContext context) {
        int n = rows.size();
        long[] ids = bulk.nextIds("person_disability", n);
        Long[] idArray = new Long[n];
        Long[] persons = new Long[n];
        String[] codeArray = new String[n];
        for (int i = 0; i < n; i++) {
            idArray[i] = ids[i];
            persons[i] = SsdAddressHandler.personId(context, rows.get(i).get("disa_person_id"));
            codeArray[i] = rows.get(i).get("disa_disability_code");
        }
        Set<Long> inserted = new HashSet<>(jdbc.sql("""
                insert into person_disability(id, person_id, code) select * from unnest(?::bigint[], ?::bigint[], ?::text[])
                on conflict do nothing returning id""").params(idArray, persons, codeArray).query(Long.class).list());
        Map<String, Long> existing = new HashMap<>();
        if (inserted.size() < n) {
            jdbc.sql("""
                    select d.id, d.person_id, d.code from person_disability d
                      join unnest(?::bigint[], ?::text[]) as w(person_id, code) on w.person_id = d.person_id and w.code = d.code""")
                    .params(persons, codeArray)
                    .query((rs, i) -> Map.entry(rs.getLong("person_id") + "|" + rs.getString("code"), rs.getLong("id"))).list()
                    .forEach(e -> existing.put(e.getKey(), e.getValue()));
        }
        for (int i = 0; i < n; i++) {
            long id = inserted.contains(ids[i]) ? ids[i] : existing.get(persons[i] + "|" + codeArray[i]);
            context.register(SsdKind.DISABILITY, rows.get(i).get("disa_table_id"), id);
        }
    }

    @Override
    public void export(SsdExportContext context, SsdRowWriter out) {
        SsdPages.export(jdbc, """
                select d.id, d.person_id, d.code from person_disability d join person p on p.id = d.person_id
                 where p.merged_into is null and d.id > :after
                 order by d.id limit :page""",
                rs -> new SsdPages.Row(rs.getLong("id"), SsdPages.values(context.ssdId(SsdKind.PERSON, rs.getLong("person_id")),
                        context.ssdId(SsdKind.DISABILITY, rs.getLong("id")), rs.getString("code"))),
                out);
    }
}
