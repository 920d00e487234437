package uk.safeguard.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.migration.SsdError;
import uk.safeguard.migration.SsdImportResult;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdMigration;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.SsdFiles;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;

class FrontDoorSsdImportTest extends IntegrationTest {
    static final String CONTACTS = "cont_contact_id,cont_person_id,cont_contact_date,cont_contact_source_code,cont_contact_source_desc,cont_contact_outcome_json\n";
    static final String EPISODES = "cine_referral_id,cine_person_id,cine_referral_date,cine_cin_primary_need_code,cine_referral_source_code,"
            + "cine_referral_source_desc,cine_referral_outcome_json,cine_referral_nfa,cine_close_reason,cine_close_date,cine_referral_team,"
            + "cine_referral_worker_id\n";

    @Autowired
    SsdMigration migration;
    @Autowired
    PeopleRegister people;

    String p = "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    long child;

    private static String contactFlags(String... on) {
        List<String> keys = List.of("NEW_REFERRAL_FLAG", "EXISTING_REFERRAL_FLAG", "CP_ENQUIRY_FLAG", "NFA_FLAG", "NON_AGENCY_ADOPTION_FLAG",
                "PRIVATE_FOSTERING_FLAG", "ADVICE_FLAG", "MISSING_FLAG", "OLA_CP_FLAG", "OTHER_OUTCOMES_EXIST_FLAG");
        return json(keys, on);
    }

    private static String episodeFlags(String... on) {
        List<String> keys = List.of("SINGLE_ASSESSMENT_FLAG", "NFA_FLAG", "STRATEGY_DISCUSSION_FLAG", "CLA_REQUEST_FLAG",
                "NON_AGENCY_ADOPTION_FLAG", "PRIVATE_FOSTERING_FLAG", "CP_TRANSFER_IN_FLAG", "CP_CONFERENCE_FLAG", "CARE_LEAVER_FLAG",
                "OTHER_OUTCOMES_EXIST_FLAG");
        return json(keys, on);
    }

    private static String json(List<String> keys, String... on) {
        List<String> parts = new ArrayList<>();
        for (String k : keys) {
            parts.add("\"\"" + k + "\"\":\"\"" + (List.of(on).contains(k) ? "Y" : "N") + "\"\"");
        }
        return "\"{" + String.join(",", parts) + "}\"";
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    private Long local(SsdKind kind, String ssdId) {
        return jdbc.sql("select local_id from ssd_key where kind = ? and ssd_id = ?").params(kind.name(), ssdId).query(Long.class).optional().orElse(null);
    }

    private Map<String, String> files() {
        child = TestChildren.register(people);
        SsdFiles.registerExisting(jdbc, SsdKind.PERSON, p + "P1", child, p + "P1");
        long sw = userId("social-worker");
        SsdFiles.registerExisting(jdbc, SsdKind.PROFESSIONAL, p + "W1", sw);
        long team = jdbc.sql("select team_id from app_user where id = ?").param(sw).query(Long.class).single();
        SsdFiles.registerExisting(jdbc, SsdKind.TEAM, p + "T1", team);
        String contacts = CONTACTS
                + p + "C1," + p + "P1,2025-03-03T10:15:00,6,POLICE," + contactFlags("NEW_REFERRAL_FLAG") + "\n"
                + p + "C2," + p + "P1,2025-06-01T09:00:00,2A,SCHOOLS," + contactFlags("ADVICE_FLAG") + "\n";
        String episodes = EPISODES
                + p + "E1," + p + "P1,2025-03-03T10:15:00,N1,6,POLICE," + episodeFlags("SINGLE_ASSESSMENT_FLAG") + ",N,,," + p + "T1," + p + "W1\n"
                + p + "E2," + p + "P1,2025-09-01T11:00:00,N4,3A,GP," + episodeFlags("NFA_FLAG") + ",Y,RC8,2025-09-02," + p + "T1,\n";
        return Map.of("ssd_contacts.csv", contacts, "ssd_cin_episodes.csv", episodes);
    }

    @Test
    void contactsAndEpisodesImportAsReferralsAndCasesWithTheirClocksAndExportBack() {
        Map<String, String> files = files();
        SsdImportResult result = SsdFiles.importCsv(migration, files);
        assertThat(result.errors()).isEmpty();
        assertThat(result.succeeded()).isTrue();

        long r1 = local(SsdKind.REFERRAL, p + "E1");
        long r2 = local(SsdKind.REFERRAL, p + "E2");
        assertThat(local(SsdKind.CASE, p + "E1")).isNotNull();
        JsonNode first = as("team-manager").get("/api/front-door/referrals/" + r1).json();
        assertThat(first.path("childId").asLong()).isEqualTo(child);
        assertThat(first.path("reReferral").asBoolean()).isFalse();
        assertThat(first.path("primaryNeed").asString()).isEqualTo("N1");
        assertThat(first.path("contactChildId").asLong()).isEqualTo(local(SsdKind.CONTACT, p + "C1"));
        JsonNode second = as("team-manager").get("/api/front-door/referrals/" + r2).json();
        assertThat(second.path("reReferral").asBoolean()).as("within 12 months of the first").isTrue();
        assertThat(second.path("nextSteps").toString()).contains("NO_FURTHER_ACTION");

        // the case opened at the referral, allocated to the worker the episode named; the NFA one closed RC8
        JsonNode case1 = as("team-manager").get("/api/cases/" + first.path("caseId").asLong()).json();
        assertThat(case1.path("workerId").asLong()).isEqualTo(userId("social-worker"));
        assertThat(case1.path("kind").asString()).isEqualTo("CHILD_IN_NEED");
        assertThat(case1.path("allocations").size()).isEqualTo(1);
        JsonNode case2 = as("team-manager").get("/api/cases/" + second.path("caseId").asLong()).json();
        assertThat(case2.path("closureReason").asString()).isEqualTo("RC8");

        // clocks as for referrals made in the UI: the first's 45 working day assessment clock has run out, the NFA's is cancelled
        JsonNode clocks = as("team-manager").get("/api/children/" + child + "/clocks").json();
        List<String> assessment = new ArrayList<>();
        int contactDecisionsMet = 0;
        for (JsonNode c : clocks) {
            if (c.path("clockId").asString().equals("assessment")) {
                assessment.add(c.path("status").asString());
            }
            if (c.path("clockId").asString().equals("contact-decision") && c.path("status").asString().equals("met")) {
                contactDecisionsMet++;
            }
        }
        assertThat(assessment).as(clocks.toString()).containsExactly("overdue");
        assertThat(contactDecisionsMet).as(clocks.toString()).isEqualTo(2);
        assertThat(as("team-manager").get("/api/children/" + child + "/chronology").body())
                .contains("Referral to children's social care (imported from the SSD)", "Contact received from POLICE");

        // the later contact is a possible re-referral; the placeholder contact of E2 is neither exported nor counted
        assertThat(jdbc.sql("select possible_re_referral from contact_child where id = ?").param(local(SsdKind.CONTACT, p + "C2"))
                .query(Boolean.class).single()).isTrue();

        Map<String, String> exported = SsdFiles.export(migration);
        assertThat(SsdFiles.rows(exported.get("ssd_contacts.csv"), List.of(p + "C1", p + "C2")))
                .containsExactlyInAnyOrderElementsOf(SsdFiles.rows(files.get("ssd_contacts.csv")));
        // the demo worker and team are registered under other tests' SSD ids too (shared database): compared by the user they name
        assertThat(SsdFiles.rows(exported.get("ssd_cin_episodes.csv"), List.of(p + "E1", p + "E2")).stream().map(r -> r.subList(0, 10)).toList())
                .containsExactlyInAnyOrderElementsOf(SsdFiles.rows(files.get("ssd_cin_episodes.csv")).stream().map(r -> r.subList(0, 10)).toList());
        assertThat(jdbc.sql("select ssd_worker_id from referral where id = ?").param(r1).query(Long.class).single()).isEqualTo(userId("social-worker"));
        assertThat(SsdFiles.rows(exported.get("ssd_contacts.csv")).stream().filter(r -> r.get(1).equals(p + "P1")).count()).isEqualTo(2);

        // the contact page shows the imported referral like one accepted here
        long contactId = first.path("contactId").asLong();
        var page = uk.safeguard.support.WebSession.signIn(baseUrl(), "team-manager").get("/front-door/contacts/" + contactId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Referral " + r1, "6 – POLICE", "N1 – Abuse or neglect");

        // re-import: nothing duplicated
        SsdImportResult again = SsdFiles.importCsv(migration, files);
        assertThat(again.succeeded()).isTrue();
        assertThat(again.rowsAlreadyImported()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from referral where child_id = ?").param(child).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from contact_child where child_id = ?").param(child).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void badRowsAreListedAndNothingIsWritten() {
        child = TestChildren.register(people);
        SsdFiles.registerExisting(jdbc, SsdKind.PERSON, p + "P1", child, p + "P1");
        Map<String, String> files = Map.of(
                "ssd_contacts.csv", CONTACTS
                        + p + "C1," + p + "P1,2025-03-03T10:15:00,6,POLICE," + contactFlags("NEW_REFERRAL_FLAG") + "\n"
                        + p + "C2," + p + "P1,03/03/2025,ZZ,,\n",
                "ssd_cin_episodes.csv", EPISODES
                        + p + "E1," + p + "P1,2025-03-03T10:15:00,N1,6,," + episodeFlags() + ",N,RC8,2025-03-01,,\n"
                        + p + "E2," + p + "NOBODY,2025-03-03T10:15:00,X1,6,,,maybe,RC8,,,\n");
        SsdImportResult result = SsdFiles.importCsv(migration, files);
        assertThat(result.succeeded()).isFalse();
        List<String> errors = result.errors().stream().map(e -> e.file() + ":" + e.row() + ":" + e.field() + ":" + e.rule()).toList();
        assertThat(errors).contains(
                "ssd_contacts.csv:3:cont_contact_date:date",
                "ssd_contacts.csv:3:cont_contact_source_code:code:contact_source",
                "ssd_cin_episodes.csv:2:cine_close_date:after:cine_referral_date",
                "ssd_cin_episodes.csv:3:cine_person_id:references:ssd_person",
                "ssd_cin_episodes.csv:3:cine_cin_primary_need_code:code:primary_need",
                "ssd_cin_episodes.csv:3:cine_referral_nfa:flag",
                "ssd_cin_episodes.csv:3:cine_close_date:both-or-neither");
        assertThat(result.errors()).extracting(SsdError::message).allMatch(m -> !m.isBlank());
        assertThat(jdbc.sql("select count(*) from contact_child where child_id = ?").param(child).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from referral where child_id = ?").param(child).query(Long.class).single()).isZero();
        assertThat(local(SsdKind.CONTACT, p + "C1")).isNull();
    }

    @Test
    void referralsMadeInSafeguardExportUnderTheirCaseId() {
        long made = TestChildren.register(people);
        TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), made);
        Map<String, String> exported = SsdFiles.export(migration);
        List<List<String>> rows = SsdFiles.rows(exported.get("ssd_cin_episodes.csv"), List.of("SGC" + r.caseId()));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(1)).isEqualTo("SGP" + made);
        assertThat(rows.get(0).get(3)).isEqualTo("N1");
        assertThat(rows.get(0).get(4)).isEqualTo("2A");
        long cc = jdbc.sql("select contact_child_id from referral where id = ?").param(r.referralId()).query(Long.class).single();
        List<List<String>> contacts = SsdFiles.rows(exported.get("ssd_contacts.csv"), List.of("SGK" + cc));
        assertThat(contacts).hasSize(1);
        assertThat(contacts.get(0).get(5)).contains("\"NEW_REFERRAL_FLAG\":\"Y\"");
    }
}
