package uk.safeguard.people.internal;

import java.util.ArrayList;
import java.util.List;
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
import uk.safeguard.people.RelationshipType;
import uk.safeguard.platform.BulkCopy;

/**
 * {@code ssd_mother} ⇄ a {@code relationship}: moth_person_id is the PARENT of moth_childs_person_id, with parental
 * responsibility (a birth mother has it: Children Act 1989 s2(2)); moth_table_id → the relationship's id;
 * moth_childs_dob kept as given (childs_dob). Only relationships imported from ssd_mother are exported here; every
 * other relationship (including a mother recorded in the UI) goes to {@code sg_relationships}, so each is written once.
 */
@Component
class SsdMotherHandler implements SsdHandler {
    private static final SsdObject OBJECT = new SsdObject("ssd_mother", List.of("moth_table_id", "moth_person_id",
            "moth_childs_person_id", "moth_childs_dob"), "moth_table_id", SsdKind.MOTHER, "moth_person_id", SsdOrder.MOTHER);

    private final JdbcClient jdbc;
    private final BulkCopy bulk;

    SsdMotherHandler(JdbcClient jdbc, BulkCopy bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    @Override
    public SsdObject object() {
        return OBJECT;
    }

    @Override
    public void check(SsdRow row, SsdImportContext context) {
        String mother = row.required("moth_person_id") == null ? null
                : context.requireKnown(row, "moth_person_id", SsdKind.PERSON, "ssd_person");
        String child = row.required("moth_childs_person_id") == null ? null
                : context.requireKnown(row, "moth_childs_person_id", SsdKind.PERSON, "ssd_person");
        if (mother != null && mother.equals(child)) {
            row.error("moth_childs_person_id", "different-person", "moth_childs_person_id must name someone other than the mother");
        }
        row.date("moth_childs_dob");
    }

    @Override
    public void write(List<SsdRow> rows, SsdImportContext context) {
        long[] ids = bulk.nextIds("relationship", rows.size());
        List<Object[]> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            SsdRow row = rows.get(i);
            copy.add(new Object[] {ids[i], SsdAddressHandler.personId(context, row.get("moth_person_id")),
                    SsdAddressHandler.personId(context, row.get("moth_childs_person_id")), RelationshipType.PARENT.name(), true,
                    "ssd_mother", row.date("moth_childs_dob")});
        }
        bulk.copy("relationship", List.of("id", "person_id", "related_person_id", "relationship_type", "parental_responsibility",
                "ssd_object", "childs_dob"), copy);
        for (int i = 0; i < rows.size(); i++) {
            context.register(SsdKind.MOTHER, rows.get(i).get("moth_table_id"), ids[i]);
        }
    }

    @Override
    public void export(SsdExportContext context, SsdRowWriter out) {
        SsdPages.export(jdbc, """
                select r.id, r.person_id, r.related_person_id, r.childs_dob from relationship r
                  join person a on a.id = r.person_id join person b on b.id = r.related_person_id
                 where r.ssd_object = 'ssd_mother' and a.merged_into is null and b.merged_into is null and r.id > :after
                 order by r.id limit :page""",
                rs -> new SsdPages.Row(rs.getLong("id"), SsdPages.values(context.ssdId(SsdKind.MOTHER, rs.getLong("id")),
                        context.ssdId(SsdKind.PERSON, rs.getLong("person_id")),
                        context.ssdId(SsdKind.PERSON, rs.getLong("related_person_id")), SsdPages.date(rs.getDate("childs_dob")))),
                out);
    }
}
