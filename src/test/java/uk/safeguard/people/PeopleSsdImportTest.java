package uk.safeguard.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.migration.SsdError;
import uk.safeguard.migration.SsdFormat;
import uk.safeguard.migration.SsdImportResult;
import uk.safeguard.migration.SsdMigration;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.SsdFiles;
import uk.safeguard.support.WebSession;

/** The people register's SSD objects: import, search and show, refusals, re-import, export round trip. */
class PeopleSsdImportTest extends IntegrationTest {
    private static final String PERSON_HEADER = "pers_person_id,pers_forename,pers_surname,pers_sex,pers_gender,pers_ethnicity,"
            + "pers_dob,pers_common_child_id,pers_legacy_id,pers_upn_unknown,pers_send_flag,pers_expected_dob,pers_death_date,"
            + "pers_is_mother,pers_nationality";
    private static final String ADDRESS_HEADER = "addr_table_id,addr_address_json,addr_person_id,addr_address_type,"
            + "addr_address_start_date,addr_address_end_date,addr_address_postcode";
    private static final String FAMILY_HEADER = "fami_table_id,fami_family_id,fami_person_id";
    private static final String DISABILITY_HEADER = "disa_person_id,disa_table_id,disa_disability_code";
    private static final String MOTHER_HEADER = "moth_table_id,moth_person_id,moth_childs_person_id,moth_childs_dob";
    private static final String RELATIONSHIP_HEADER = "rela_table_id,rela_person_id,rela_related_person_id,rela_relationship_type,"
            + "rela_parental_responsibility,rela_start_date,rela_end_date";

    @Autowired
    SsdMigration migration;

    /** A prefix for SSD ids and a family name no other test (or the demo data) has. */
    private static String unique() {
        StringBuilder s = new StringBuilder();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 7; i++) {
            s.append((char) ('a' + r.nextInt(26)));
        }
        return s.toString();
    }

    private static String csv(String header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(header).append('\n');
        for (List<String> row : rows) {
            List<String> quoted = new ArrayList<>();
            for (String v : row) {
                quoted.add(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            out.append(String.join(",", quoted)).append('\n');
        }
        return out.toString();
    }

    private record Files(String p, String family, Map<String, List<List<String>>> rows) {
        Map<String, String> csv() {
            Map<String, String> files = new LinkedHashMap<>();
            rows.forEach((file, r) -> files.put(file, PeopleSsdImportTest.csv(header(file), r)));
            return files;
        }
    }

    private static String header(String file) {
        return switch (file) {
            case "ssd_person.csv" -> PERSON_HEADER;
            case "ssd_address.csv" -> ADDRESS_HEADER;
            case "ssd_family.csv" -> FAMILY_HEADER;
            case "ssd_disability.csv" -> DISABILITY_HEADER;
            case "ssd_mother.csv" -> MOTHER_HEADER;
            default -> RELATIONSHIP_HEADER;
        };
    }

    private static final String ADDRESS_JSON = "{\"ROOM\":\"\",\"FLOOR\":\"\",\"FLAT\":\"2\",\"BUILDING\":\"Mill House\",\"HOUSE\":\"12\","
            + "\"STREET\":\"Canal Side\",\"TOWN\":\"Riverford\",\"UPRN\":\"100012345678\",\"EASTING\":\"351234\",\"NORTHING\":\"412345\"}";

    /** A child, her mother, an unborn sibling and a grandfather who has died; a household, addresses, a disability. */
    private static Files family() {
        String p = unique();
        String family = "Vex" + unique() + unique();
        Map<String, List<List<String>>> rows = new LinkedHashMap<>();
        rows.put("ssd_person.csv", List.of(
                List.of(p + "C1", "Zebedee", family, "1", "1", "WBRI", "2018-04-15", "9434765919", "L" + p, "UN1", "N", "", "", "N", "British"),
                List.of(p + "M1", "Marigold", family, "2", "2", "WBRI", "1990-02-01", "", "", "", "", "", "", "Y", ""),
                List.of(p + "U1", "Baby", family, "", "0", "", "", "", "", "", "", "2027-02-01", "", "", ""),
                List.of(p + "A1", "Ambrose", family, "1", "1", "AIND", "1950-01-01", "", "", "", "", "", "2025-06-01", "N", "Indian")));
        rows.put("ssd_family.csv", List.of(
                List.of(p + "F1", p + "FAM", p + "C1"),
                List.of(p + "F2", p + "FAM", p + "M1")));
        rows.put("ssd_address.csv", List.of(
                List.of(p + "AD1", ADDRESS_JSON, p + "C1", "Home", "2020-01-01", "", "RF12AB"),
                List.of(p + "AD2", "{\"STREET\":\"Old Road\",\"TOWN\":\"Riverford\"}", p + "M1", "Home", "2010-01-01", "2019-12-31", "RF9 9ZZ")));
        rows.put("ssd_disability.csv", List.of(List.of(p + "C1", p + "D1", "AUT")));
        rows.put("ssd_mother.csv", List.of(List.of(p + "MO1", p + "M1", p + "C1", "2018-04-15")));
        rows.put("sg_relationships.csv", List.of(List.of(p + "R1", p + "A1", p + "C1", "GRANDPARENT", "N", "2018-04-15", "")));
        return new Files(p, family, rows);
    }

    private long localId(String kind, String ssdId) {
        return jdbc.sql("select local_id from ssd_key where kind = ? and ssd_id = ?").params(kind, ssdId).query(Long.class).single();
    }

    private List<Long> searchIds(String query) {
        var response = as("social-worker").get("/api/people/search?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.json().forEach(r -> ids.add(r.get("person").get("id").asLong()));
        return ids;
    }

    @Test
    void importedPeopleAreFoundShownAndRelatedLikeOnesRegisteredInTheUi() {
        Files f = family();
        SsdImportResult result = SsdFiles.importCsv(migration, f.csv());
        assertThat(result.errors()).isEmpty();
        assertThat(result.succeeded()).isTrue();
        long child = localId("PERSON", f.p() + "C1");
        long mother = localId("PERSON", f.p() + "M1");
        long unborn = localId("PERSON", f.p() + "U1");
        long grandfather = localId("PERSON", f.p() + "A1");

        // found by the fuzzy search, as a registered person is: exact, a typo, two letters swapped in the family name
        assertThat(searchIds("name=Zebedee%20" + f.family())).startsWith(child);
        assertThat(searchIds("name=Zebbedee%20" + f.family())).contains(child);
        String swapped = f.family().substring(0, 4) + f.family().charAt(5) + f.family().charAt(4) + f.family().substring(6);
        assertThat(searchIds("name=Marigold%20" + swapped)).contains(mother);
        assertThat(searchIds("name=" + f.family() + "&dob=2018-04-15")).startsWith(child);
        assertThat(searchIds("nhsNumber=9434765919")).contains(child);
        assertThat(searchIds("postcode=RF1%202AB&name=" + f.family())).startsWith(child).doesNotContain(mother);

        JsonNode c = as("social-worker").get("/api/people/" + child).json();
        assertThat(c.get("kind").asString()).isEqualTo("CHILD");
        assertThat(c.get("displayName").asString()).isEqualTo("Zebedee " + f.family());
        assertThat(c.get("nhsNumber").asString()).isEqualTo("9434765919");
        assertThat(c.get("sex").asString()).isEqualTo("1");
        assertThat(c.get("ethnicity").asString()).isEqualTo("WBRI");
        assertThat(c.get("age").asInt()).isEqualTo(8);
        assertThat(c.get("disabilities").get(0).asString()).isEqualTo("AUT");
        JsonNode address = c.get("addresses").get(0);
        assertThat(address.get("line1").asString()).isEqualTo("12 Canal Side");
        assertThat(address.get("line2").asString()).isEqualTo("2, Mill House");
        assertThat(address.get("town").asString()).isEqualTo("Riverford");
        assertThat(address.get("postcode").asString()).isEqualTo("RF1 2AB");
        assertThat(address.get("from").asString()).isEqualTo("2020-01-01");
        assertThat(as("social-worker").get("/api/people/" + mother).json().get("kind").asString()).isEqualTo("ADULT");
        JsonNode u = as("social-worker").get("/api/people/" + unborn).json();
        assertThat(u.get("kind").asString()).isEqualTo("UNBORN");
        assertThat(u.get("expectedDeliveryDate").asString()).isEqualTo("2027-02-01");
        JsonNode g = as("social-worker").get("/api/people/" + grandfather).json();
        assertThat(g.get("kind").asString()).isEqualTo("ADULT");
        assertThat(g.get("ssd").get("dateOfDeath").asString()).isEqualTo("2025-06-01");
        assertThat(g.get("ssd").get("nationality").asString()).isEqualTo("Indian");
        assertThat(c.get("ssd").get("legacyId").asString()).isEqualTo("L" + f.p());
        assertThat(c.get("ssd").get("upnUnknown").asString()).isEqualTo("UN1");
        assertThat(c.get("ssd").get("hasEhcPlan").asBoolean()).isFalse();
        // the person page shows what only the SSD brought
        WebSession web = WebSession.signIn(baseUrl(), "social-worker");
        assertThat(web.get("/people/" + grandfather).body()).contains("Date of death").contains("1 June 2025").contains("Indian");
        assertThat(web.get("/people/" + child).body()).contains("UN1: Child looked-after is not of school age")
                .contains("No EHC plan").contains("L" + f.p()).contains("12 Canal Side");

        JsonNode relationships = as("social-worker").get("/api/people/" + child + "/relationships").json();
        Map<Long, String> roles = new HashMap<>();
        relationships.forEach(r -> roles.put(r.get("other").get("id").asLong(), r.get("type").asString()));
        assertThat(roles).containsEntry(mother, "PARENT").containsEntry(grandfather, "GRANDPARENT").hasSize(2);
        relationships.forEach(r -> {
            if (r.get("other").get("id").asLong() == mother) {
                assertThat(r.get("otherHasParentalResponsibility").asBoolean()).isTrue();
            }
        });
        JsonNode households = as("social-worker").get("/api/people/" + child + "/households").json();
        assertThat(households).hasSize(1);
        List<Long> members = new ArrayList<>();
        households.get(0).get("members").forEach(m -> members.add(m.get("person").get("id").asLong()));
        assertThat(members).containsExactlyInAnyOrder(child, mother);
        assertThat(households.get(0).get("members").get(0).get("from").asString()).isEqualTo("2026-12-01");

        // one chronology entry per imported child (the unborn child included), none for the adults
        JsonNode chronology = as("social-worker").get("/api/children/" + child + "/chronology").json();
        List<String> summaries = new ArrayList<>();
        chronology.forEach(e -> summaries.add(e.get("summary").asString()));
        assertThat(summaries).containsExactly("Person record imported from the SSD: Zebedee " + f.family());
        assertThat(count("select count(*) from audit_event where child_id = ? and action = 'PERSON_REGISTERED'", unborn)).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where child_id = ?", mother)).isZero();
        assertThat(as("social-worker").get("/api/children/" + child).status()).isEqualTo(200);
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    @Test
    void badRowsAreListedWithFileRowFieldAndRuleAndNothingIsWritten() {
        Files good = family();
        String p = good.p();
        Map<String, List<List<String>>> rows = new LinkedHashMap<>(good.rows());
        List<List<String>> persons = new ArrayList<>(good.rows().get("ssd_person.csv"));
        persons.add(List.of(p + "X1", "", good.family(), "7", "", "ZZZZ", "2019-02-30", "9434765918", "", "UN9", "maybe", "", "", "", ""));
        persons.add(List.of(p + "X2", "Future", "", "", "", "", "2027-01-01", "", "", "", "", "", "2026-01-01", "", ""));
        rows.put("ssd_person.csv", persons);
        rows.put("ssd_address.csv", List.of(
                List.of(p + "AD1", ADDRESS_JSON, p + "C1", "Home", "2020-01-01", "2019-01-01", "NOT A CODE"),
                List.of(p + "AD2", "{\"STREET\":\"Old Road\",\"COUNTY\":\"Shire\"}", p + "NOBODY", "", "", "", "")));
        rows.put("ssd_disability.csv", List.of(List.of(p + "C1", p + "D1", "XYZ")));
        rows.put("ssd_mother.csv", List.of(List.of(p + "MO1", p + "M1", p + "M1", "2018-04-15")));
        rows.put("sg_relationships.csv", List.of(List.of(p + "R1", p + "A1", p + "C1", "UNCLE", "X", "2018-04-15", "2017-01-01")));
        rows.put("ssd_family.csv", List.of(List.of(p + "F1", "", p + "C1")));

        SsdImportResult result = SsdFiles.importCsv(migration, new Files(p, good.family(), rows).csv());
        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).extracting(SsdError::file, SsdError::row, SsdError::field, SsdError::rule).contains(
                tuple("ssd_person.csv", 6L, "pers_forename", "required"),
                tuple("ssd_person.csv", 6L, "pers_sex", "code:sex"),
                tuple("ssd_person.csv", 6L, "pers_ethnicity", "code:ethnicity"),
                tuple("ssd_person.csv", 6L, "pers_dob", "date"),
                tuple("ssd_person.csv", 6L, "pers_common_child_id", "nhs-number"),
                tuple("ssd_person.csv", 6L, "pers_upn_unknown", "code:upn_unknown"),
                tuple("ssd_person.csv", 6L, "pers_send_flag", "flag"),
                tuple("ssd_person.csv", 7L, "pers_surname", "required"),
                tuple("ssd_person.csv", 7L, "pers_dob", "not-future"),
                tuple("ssd_person.csv", 7L, "pers_death_date", "after:pers_dob"),
                tuple("ssd_address.csv", 2L, "addr_address_end_date", "after:addr_address_start_date"),
                tuple("ssd_address.csv", 2L, "addr_address_postcode", "postcode"),
                tuple("ssd_address.csv", 3L, "addr_person_id", "references:ssd_person"),
                tuple("ssd_address.csv", 3L, "addr_address_json", "json-key"),
                tuple("ssd_address.csv", 3L, "addr_address_postcode", "required"),
                tuple("ssd_disability.csv", 2L, "disa_disability_code", "code:disability"),
                tuple("ssd_mother.csv", 2L, "moth_childs_person_id", "different-person"),
                tuple("sg_relationships.csv", 2L, "rela_relationship_type", "code:relationship_type"),
                tuple("sg_relationships.csv", 2L, "rela_parental_responsibility", "flag"),
                tuple("sg_relationships.csv", 2L, "rela_end_date", "after:rela_start_date"),
                tuple("ssd_family.csv", 2L, "fami_family_id", "required"));
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.message()).contains(e.field()));
        // nothing written, not even the good rows before the first error
        assertThat(count("select count(*) from person_name where family_name = ?", good.family())).isZero();
        assertThat(count("select count(*) from ssd_key where ssd_id like ?", p + "%")).isZero();
    }

    @Test
    void importingTheSameFilesAgainDuplicatesNothingAndALaterFileJoinsTheSameHousehold() {
        Files f = family();
        assertThat(SsdFiles.importCsv(migration, f.csv()).succeeded()).isTrue();
        SsdImportResult again = SsdFiles.importCsv(migration, f.csv());
        assertThat(again.succeeded()).isTrue();
        assertThat(again.rowsAlreadyImported()).isEqualTo(again.rowsRead());
        assertThat(count("select count(*) from person_name where family_name = ?", f.family())).isEqualTo(4);
        long child = localId("PERSON", f.p() + "C1");
        assertThat(count("select count(*) from person_address where person_id = ?", child)).isEqualTo(1);
        assertThat(count("select count(*) from relationship where related_person_id = ?", child)).isEqualTo(2);
        assertThat(count("select count(*) from person_disability where person_id = ?", child)).isEqualTo(1);

        // a later import adds the grandfather to the same family id: he joins the existing household
        Map<String, String> later = Map.of("ssd_family.csv", csv(FAMILY_HEADER, List.of(List.of(f.p() + "F3", f.p() + "FAM", f.p() + "A1"))));
        assertThat(SsdFiles.importCsv(migration, later).succeeded()).isTrue();
        assertThat(count("select count(*) from household where ssd_family_id = ?", f.p() + "FAM")).isEqualTo(1);
        assertThat(count("""
                select count(*) from household_member m join household h on h.id = m.household_id where h.ssd_family_id = ?""",
                f.p() + "FAM")).isEqualTo(3);
    }

    @Test
    void exportGivesBackTheImportedRowsAndPeopleMadeInTheUi() {
        Files f = family();
        assertThat(SsdFiles.importCsv(migration, f.csv()).succeeded()).isTrue();
        Map<String, Object> body = new HashMap<>(Map.of("kind", "CHILD", "givenNames", "Ursula", "familyName", f.family(),
                "dateOfBirth", "2017-07-07", "confirmNoDuplicate", true, "disabilities", List.of("VIS"),
                "address", Map.of("line1", "9 Weaver Close", "line2", "Flat 1", "town", "Riverford", "postcode", "rf9 9zz")));
        var registered = as("social-worker").post("/api/people", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        long ursula = registered.json().get("id").asLong();

        Map<String, String> exported = SsdFiles.export(migration);
        for (var file : f.rows().entrySet()) {
            String csv = exported.get(file.getKey());
            assertThat(csv).as(file.getKey()).startsWith(header(file.getKey()));
            List<String> ids = file.getValue().stream().map(r -> r.get(0)).toList();
            List<List<String>> expected = file.getValue().stream().map(r -> r.stream().map(SsdFormat::normalised).toList()).toList();
            assertThat(SsdFiles.rows(csv, ids)).as(file.getKey()).containsExactlyInAnyOrderElementsOf(expected);
        }
        // a person registered in the UI: SSD id SGP<id>; the address JSON carries every key
        String sgId = "SGP" + ursula;
        assertThat(SsdFiles.rows(exported.get("ssd_person.csv"), List.of(sgId))).containsExactly(
                List.of(sgId, "Ursula", f.family(), "", "", "", "2017-07-07T00:00:00", "", "", "", "", "", "", "", ""));
        List<List<String>> addresses = SsdFiles.rows(exported.get("ssd_address.csv")).stream().filter(r -> r.get(2).equals(sgId)).toList();
        assertThat(addresses).hasSize(1);
        JsonNode json = SsdFormat.parseJson(addresses.get(0).get(1));
        assertThat(json.get("STREET").asString()).isEqualTo("9 Weaver Close");
        assertThat(json.get("BUILDING").asString()).isEqualTo("Flat 1");
        assertThat(json.properties()).hasSize(10);
        assertThat(addresses.get(0).get(6)).isEqualTo("RF99ZZ");
        assertThat(SsdFiles.rows(exported.get("ssd_disability.csv"), List.of(sgId))).extracting(r -> r.get(2)).containsExactly("VIS");
    }

    @Test
    void editingAnImportedPersonInTheUiKeepsTheSsdFieldsAndTheDisabilityRowIds() {
        Files f = family();
        assertThat(SsdFiles.importCsv(migration, f.csv()).succeeded()).isTrue();
        long child = localId("PERSON", f.p() + "C1");
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "CHILD");
        body.put("givenNames", "Zebedee");
        body.put("familyName", f.family());
        body.put("dateOfBirth", "2018-04-15");
        body.put("sex", "1");
        body.put("gender", "1");
        body.put("ethnicity", "WBRI");
        body.put("nhsNumber", "9434765919");
        body.put("disabilities", List.of("AUT", "VIS"));
        body.put("version", 1);
        var updated = as("social-worker").put("/api/people/" + child, body);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);

        Map<String, String> exported = SsdFiles.export(migration);
        List<String> imported = f.rows().get("ssd_person.csv").get(0).stream().map(SsdFormat::normalised).toList();
        assertThat(SsdFiles.rows(exported.get("ssd_person.csv"), List.of(f.p() + "C1"))).containsExactly(imported);
        List<List<String>> disabilities = SsdFiles.rows(exported.get("ssd_disability.csv"), List.of(f.p() + "C1"));
        assertThat(disabilities).extracting(r -> r.get(2)).containsExactlyInAnyOrder("AUT", "VIS");
        assertThat(disabilities).filteredOn(r -> r.get(2).equals("AUT")).extracting(r -> r.get(1)).containsExactly(f.p() + "D1");
        assertThat(disabilities).filteredOn(r -> r.get(2).equals("VIS")).extracting(r -> r.get(1)).allMatch(id -> id.startsWith("SGD"));
    }

    /**
     * A rough timing of the people files at scale: {@code -Dssd.timing=true}. 20,000 people, 20,000 addresses and
     * 20,000 family rows (5,000 households), then the export.
     */
    @Test
    @EnabledIfSystemProperty(named = "ssd.timing", matches = "true")
    void timing() {
        int n = Integer.getInteger("ssd.timing.people", 20_000);
        for (int round = 1; round <= 2; round++) { // the second round runs warm, as most of a large import does
            timedImport(n, round);
        }
    }

    private void timedImport(int n, int round) {
        String p = unique();
        Random random = new Random(42);
        String[] given = {"Oliver", "Amelia", "George", "Isla", "Noah", "Ava", "Arthur", "Mia", "Leo", "Ivy", "Freddie", "Grace"};
        String[] family = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright"};
        List<List<String>> persons = new ArrayList<>();
        List<List<String>> addresses = new ArrayList<>();
        List<List<String>> families = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String dob = (1950 + random.nextInt(76)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            persons.add(List.of(p + i, given[random.nextInt(given.length)], family[random.nextInt(family.length)] + p.substring(0, 2)
                    + (char) ('a' + i % 26), "" + (1 + random.nextInt(2)), "", "WBRI", dob, "", "", "", "", "", "", "", ""));
            addresses.add(List.of(p + "A" + i, "{\"HOUSE\":\"" + i + "\",\"STREET\":\"High Street\",\"TOWN\":\"Riverford\"}", p + i,
                    "Home", "2020-01-01", "", "RF1 2AB"));
            families.add(List.of(p + "F" + i, p + "H" + (i / 4), p + i));
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("ssd_person.csv", csv(PERSON_HEADER, persons));
        files.put("ssd_address.csv", csv(ADDRESS_HEADER, addresses));
        files.put("ssd_family.csv", csv(FAMILY_HEADER, families));
        long start = System.nanoTime();
        SsdImportResult result = SsdFiles.importCsv(migration, files);
        long imported = System.nanoTime();
        assertThat(result.errors()).isEmpty();
        Map<String, String> exported = SsdFiles.export(migration);
        long done = System.nanoTime();
        System.out.printf("SSD people timing, round %d: import of %,d people + %,d addresses + %,d family rows: %.1f s (%.0f rows/s); "
                        + "export of everything: %.1f s (%,d person rows)%n", round, n, n, n, (imported - start) / 1e9,
                3.0 * n / ((imported - start) / 1e9), (done - imported) / 1e9, exported.get("ssd_person.csv").lines().count() - 1);
    }
}
