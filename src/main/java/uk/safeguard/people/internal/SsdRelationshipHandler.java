package uk.safeguard.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
 * {@code sg_relationships} (Safeguard's extension: the SSD has no general person-to-person object) ⇄
 * {@code relationship}: "rela_person_id is the rela_relationship_type of rela_related_person_id" — the table's own
 * reading (person_id is the TYPE of related_person_id); rela_table_id → the relationship's id;
 * rela_relationship_type → relationship_type (people.RelationshipType); rela_parental_responsibility (Y/N; blank
 * read as N) → parental_responsibility; start / end dates → from / to. Exports every relationship not imported from
 * {@code ssd_mother}, those made in the UI included.
 */
@Component
class SsdRelationshipHandler implements SsdHandler {
    private static final Set<String> TYPES = Arrays.stream(RelationshipType.values()).map(Enum::name).collect(Collectors.toSet());

    private static final SsdObject OBJECT = new SsdObject("sg_relationships", List.of("rela_table_id", "rela_person_id",
            "rela_related_person_id", "rela_relationship_type", "rela_parental_responsibility", "rela_start_date",
            "rela_end_date"), "rela_table_id", SsdKind.RELATIONSHIP, "rela_person_id", SsdOrder.RELATIONSHIPS);

    private final JdbcClient jdbc;
    private final BulkCopy bulk;

    SsdRelationshipHandler(JdbcClient jdbc, BulkCopy bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    @Override
    public SsdObject object() {
        return OBJECT;
    }

    @Override
    public void check(SsdRow row, SsdImportContext context) {
        String person = row.required("rela_person_id") == null ? null
                : context.requireKnown(row, "rela_person_id", SsdKind.PERSON, "ssd_person");
        String related = row.required("rela_related_person_id") == null ? null
                : context.requireKnown(row, "rela_related_person_id", SsdKind.PERSON, "ssd_person");
        if (person != null && person.equals(related)) {
            row.error("rela_related_person_id", "different-person", "A person cannot be related to themselves: rela_related_person_id must name someone else");
        }
        if (row.required("rela_relationship_type") != null) {
            row.code("rela_relationship_type", "relationship_type", TYPES);
        }
        row.flag("rela_parental_responsibility");
        LocalDate from = row.date("rela_start_date");
        LocalDate to = row.date("rela_end_date");
        if (from != null && to != null && to.isBefore(from)) {
            row.error("rela_end_date", "after:rela_start_date", "rela_end_date must be on or after rela_start_date (" + from + ")");
        }
    }

    @Override
    public void write(List<SsdRow> rows, SsdImportContext context) {
        long[] ids = bulk.nextIds("relationship", rows.size());
        List<Object[]> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            SsdRow row = rows.get(i);
            copy.add(new Object[] {ids[i], SsdAddressHandler.personId(context, row.get("rela_person_id")),
                    SsdAddressHandler.personId(context, row.get("rela_related_person_id")), row.get("rela_relationship_type"),
                    Boolean.TRUE.equals(row.flag("rela_parental_responsibility")), row.date("rela_start_date"), row.date("rela_end_date")});
        }
        bulk.copy("relationship", List.of("id", "person_id", "related_person_id", "relationship_type", "parental_responsibility",
                "from_date", "to_date"), copy);
        for (int i = 0; i < rows.size(); i++) {
            context.register(SsdKind.RELATIONSHIP, rows.get(i).get("rela_table_id"), ids[i]);
        }
    }

    @Override
    public void export(SsdExportContext context, SsdRowWriter out) {
        SsdPages.export(jdbc, """
                select r.id, r.person_id, r.related_person_id, r.relationship_type, r.parental_responsibility, r.from_date, r.to_date
                  from relationship r join person a on a.id = r.person_id join person b on b.id = r.related_person_id
                 where r.ssd_object is null and a.merged_into is null and b.merged_into is null and r.id > :after
                 order by r.id limit :page""",
                rs -> new SsdPages.Row(rs.getLong("id"), SsdPages.values(context.ssdId(SsdKind.RELATIONSHIP, rs.getLong("id")),
                        context.ssdId(SsdKind.PERSON, rs.getLong("person_id")),
                        context.ssdId(SsdKind.PERSON, rs.getLong("related_person_id")), rs.getString("relationship_type"),
                        SsdPages.flag(rs, "parental_responsibility"), SsdPages.date(rs.getDate("from_date")),
                        SsdPages.date(rs.getDate("to_date")))),
                out);
    }
}
