package uk.safeguard.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.audit.AuditTrail.ImportedChange;
import uk.safeguard.migration.SsdExportContext;
import uk.safeguard.migration.SsdHandler;
import uk.safeguard.migration.SsdImportContext;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdObject;
import uk.safeguard.migration.SsdOrder;
import uk.safeguard.migration.SsdRow;
import uk.safeguard.migration.SsdRowWriter;
import uk.safeguard.people.NhsNumber;
import uk.safeguard.people.PersonKind;
import uk.safeguard.platform.BulkCopy;

/**
 * {@code ssd_person} ⇄ the register's {@code person} with its CURRENT {@code person_name} and search rows.
 * pers_forename / pers_surname → the current name (given / family; both required); pers_sex, pers_gender,
 * pers_ethnicity → sex, gender, ethnicity (ref_* codes); pers_dob → date_of_birth; pers_expected_dob →
 * expected_delivery_date; pers_common_child_id → nhs_number (modulus 11); pers_legacy_id, pers_upn_unknown,
 * pers_send_flag, pers_death_date, pers_is_mother, pers_nationality → columns of the same names (V185).
 * Kind: a dob under 18 on the import day → CHILD (Children Act 1989 s105); an expected dob and no dob → UNBORN;
 * otherwise ADULT. Each imported child (and unborn child) gets one chronology entry, "Person record imported
 * from the SSD". Search rows ({@code person_search}, {@code name_term}) are filled as {@link PersonRepository} does,
 * so imported people are found by the fuzzy search.
 */
@Component
class SsdPersonHandler implements SsdHandler {
    /** Children Act 1989 s105: a child is a person under 18. */
    private static final int ADULTHOOD = 18;
    private static final int MAX_NAME = 100;

    private static final SsdObject OBJECT = new SsdObject("ssd_person", List.of("pers_person_id", "pers_forename",
            "pers_surname", "pers_sex", "pers_gender", "pers_ethnicity", "pers_dob", "pers_common_child_id",
            "pers_legacy_id", "pers_upn_unknown", "pers_send_flag", "pers_expected_dob", "pers_death_date",
            "pers_is_mother", "pers_nationality"), "pers_person_id", SsdKind.PERSON, "pers_person_id", SsdOrder.PERSON);

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final CodeLists codes;
    private final AuditTrail audit;
    private final Clock clock;

    SsdPersonHandler(JdbcClient jdbc, BulkCopy bulk, CodeLists codes, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public SsdObject object() {
        return OBJECT;
    }

    /** One row's values, parsed (the same reading for check and write). */
    private record Person(String ssdId, String given, String family, String sex, String gender, String ethnicity,
                          LocalDate dob, String nhs, String legacyId, String upnUnknown, Boolean send,
                          LocalDate expected, LocalDate death, Boolean mother, String nationality) {}

    private Person read(SsdRow row) {
        String nhs = row.get("pers_common_child_id");
        if (nhs != null) {
            String problem = NhsNumber.problem(nhs).orElse(null);
            if (problem != null) {
                row.error("pers_common_child_id", "nhs-number", "pers_common_child_id: " + problem);
                nhs = null;
            } else {
                nhs = NhsNumber.normalise(nhs);
            }
        }
        return new Person(row.get("pers_person_id"),
                row.required("pers_forename") == null ? null : row.text("pers_forename", MAX_NAME),
                row.required("pers_surname") == null ? null : row.text("pers_surname", MAX_NAME),
                row.code("pers_sex", "sex", codes.sex().keySet()),
                row.code("pers_gender", "gender", codes.gender().keySet()),
                row.code("pers_ethnicity", "ethnicity", codes.ethnicity().keySet()),
                row.date("pers_dob"), nhs, row.text("pers_legacy_id", 20),
                row.code("pers_upn_unknown", "upn_unknown", codes.upnUnknown().keySet()),
                row.flag("pers_send_flag"), row.date("pers_expected_dob"), row.date("pers_death_date"),
                row.flag("pers_is_mother"), row.text("pers_nationality", MAX_NAME));
    }

    @Override
    public void check(SsdRow row, SsdImportContext context) {
        Person p = read(row);
        LocalDate today = LocalDate.now(clock);
        if (p.dob() != null && p.dob().isAfter(today)) {
            row.error("pers_dob", "not-future", "pers_dob must be today or in the past (it is " + p.dob() + "); an unborn child has pers_expected_dob instead");
        }
        if (p.death() != null && p.death().isAfter(today)) {
            row.error("pers_death_date", "not-future", "pers_death_date must be today or in the past (it is " + p.death() + ")");
        }
        if (p.death() != null && p.dob() != null && p.death().isBefore(p.dob())) {
            row.error("pers_death_date", "after:pers_dob", "pers_death_date must be on or after pers_dob (" + p.dob() + ")");
        }
    }

    @Override
    public void write(List<SsdRow> rows, SsdImportContext context) {
        int n = rows.size();
        long[] ids = bulk.nextIds("person", n);
        long[] nameIds = bulk.nextIds("person_name", n);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<Object[]> persons = new ArrayList<>(n);
        List<Object[]> names = new ArrayList<>(n);
        List<Object[]> search = new ArrayList<>(n);
        Set<String> terms = new LinkedHashSet<>();
        List<ImportedChange> chronology = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Person p = read(rows.get(i));
            PersonKind kind = kindOn(today, p.dob(), p.expected());
            persons.add(new Object[] {ids[i], kind.name(), p.dob(), p.expected(), p.sex(), p.gender(), p.ethnicity(), p.nhs(),
                    now, now, p.legacyId(), p.upnUnknown(), p.send(), p.death(), p.mother(), p.nationality()});
            names.add(new Object[] {nameIds[i], ids[i], "CURRENT", p.given(), p.family()});
            // as PersonRepository.refreshSearchRow: first given name and family name, normalised
            String given = NameParts.firstGiven(p.given());
            String family = NameParts.normalise(p.family());
            search.add(new Object[] {nameIds[i], ids[i], "CURRENT", given, family, p.given() + " " + p.family(), p.dob()});
            if (!given.isEmpty()) {
                terms.add(given);
            }
            if (!family.isEmpty()) {
                terms.add(family);
            }
            if (kind.isChild()) {
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("ssdPersonId", p.ssdId());
                after.put("importId", context.importId());
                after.put("kind", kind.name());
                chronology.add(new ImportedChange(ids[i], now, Change.of("person", ids[i], "PERSON_REGISTERED",
                        "Person record imported from the SSD: " + p.given() + " " + p.family()).withValues(null, after)));
            }
        }
        bulk.copy("person", List.of("id", "kind", "date_of_birth", "expected_delivery_date", "sex", "gender", "ethnicity",
                "nhs_number", "created_at", "updated_at", "legacy_id", "upn_unknown", "send_flag", "death_date", "is_mother",
                "nationality"), persons);
        bulk.copy("person_name", List.of("id", "person_id", "name_type", "given_names", "family_name"), names);
        bulk.copy("person_search", List.of("name_id", "person_id", "name_type", "given_norm", "family_norm", "display", "dob"), search);
        // the term dictionary is small and shared: only new spellings are added (their phonetic codes computed once)
        jdbc.sql("""
                insert into name_term(term) select t from unnest(?::text[]) t
                 where not exists (select 1 from name_term n where n.term = t) on conflict do nothing""")
                .param(terms.toArray(new String[0])).update();
        audit.recordImported(context.actor(), chronology);
        for (int i = 0; i < n; i++) {
            context.register(SsdKind.PERSON, rows.get(i).get("pers_person_id"), ids[i]);
        }
    }

    static PersonKind kindOn(LocalDate today, LocalDate dob, LocalDate expected) {
        if (dob != null) {
            return Period.between(dob, today).getYears() < ADULTHOOD ? PersonKind.CHILD : PersonKind.ADULT;
        }
        return expected != null ? PersonKind.UNBORN : PersonKind.ADULT;
    }

    @Override
    public void export(SsdExportContext context, SsdRowWriter out) {
        SsdPages.export(jdbc, """
                select p.id, n.given_names, n.family_name, p.sex, p.gender, p.ethnicity, p.date_of_birth, p.nhs_number,
                       p.legacy_id, p.upn_unknown, p.send_flag, p.expected_delivery_date, p.death_date, p.is_mother, p.nationality
                  from person p join person_name n on n.person_id = p.id and n.name_type = 'CURRENT'
                 where p.merged_into is null and p.id > :after
                 order by p.id limit :page""",
                rs -> new SsdPages.Row(rs.getLong("id"), SsdPages.values(
                        context.ssdId(SsdKind.PERSON, rs.getLong("id")), rs.getString("given_names"), rs.getString("family_name"),
                        rs.getString("sex"), rs.getString("gender"), rs.getString("ethnicity"), SsdPages.date(rs.getDate("date_of_birth")),
                        rs.getString("nhs_number"), rs.getString("legacy_id"), rs.getString("upn_unknown"), SsdPages.flag(rs, "send_flag"),
                        SsdPages.date(rs.getDate("expected_delivery_date")), SsdPages.date(rs.getDate("death_date")),
                        SsdPages.flag(rs, "is_mother"), rs.getString("nationality"))),
                out);
    }
}
