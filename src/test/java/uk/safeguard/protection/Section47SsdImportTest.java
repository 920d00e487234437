package uk.safeguard.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.migration.SsdError;
import uk.safeguard.migration.SsdImportResult;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdMigration;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.SsdFiles;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;
import uk.safeguard.support.WebSession;

class Section47SsdImportTest extends IntegrationTest {
    static final String HEADER = "s47e_s47_enquiry_id,s47e_referral_id,s47e_person_id,s47e_s47_start_date,s47e_s47_end_date,"
            + "s47e_s47_nfa,s47e_s47_outcome_json,s47e_s47_completed_by_worker_id,s47e_s47_completed_by_team\n";

    @Autowired
    SsdMigration migration;
    @Autowired
    PeopleRegister people;
    @Autowired
    UserDirectory users;

    /** Ids unique to one test (the database is shared). */
    private final String p = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    record Referred(long childId, long referralId, long caseId) {}

    /** A child referred on 2 November 2026, registered as imported before: P{n}, R{n} (referral and case). */
    private Referred referred(int n) {
        clock.set(LocalDateTime.of(2026, 11, 2, 10, 0));
        long child = TestChildren.register(people);
        TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        SsdFiles.registerExisting(jdbc, SsdKind.PERSON, p + "P" + n, child);
        SsdFiles.registerExisting(jdbc, SsdKind.REFERRAL, p + "R" + n, r.referralId(), p + "P" + n);
        SsdFiles.registerExisting(jdbc, SsdKind.CASE, p + "R" + n, r.caseId(), p + "P" + n);
        return new Referred(child, r.referralId(), r.caseId());
    }

    /** A social worker of this test's own (W1), as the professionals' import would have made, in Assessment Team 1 (T1). */
    private long registerWorker() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", "ssd." + p);
        body.put("displayName", "Robin Imported");
        body.put("role", "SOCIAL_WORKER");
        body.put("agencyCode", "LA-CSC");
        body.put("teamName", "Assessment Team 1");
        body.put("password", "a-long-enough-password");
        var created = as("admin").post("/api/admin/users", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var worker = users.findByUsername("ssd." + p).orElseThrow();
        SsdFiles.registerExisting(jdbc, SsdKind.PROFESSIONAL, p + "W1", worker.id());
        SsdFiles.registerExisting(jdbc, SsdKind.TEAM, p + "T1", worker.teamId());
        return worker.teamId();
    }

    private static String flags(String... on) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : List.of("NFA_FLAG", "LEGAL_ACTION_FLAG", "PROV_OF_SERVICES_FLAG", "PROV_OF_SB_CARE_FLAG", "CP_CONFERENCE_FLAG",
                "NFA_CONTINUE_SINGLE_FLAG", "MONITOR_FLAG", "OTHER_OUTCOMES_EXIST_FLAG")) {
            m.put(k, List.of(on).contains(k) ? "Y" : "N");
        }
        StringBuilder s = new StringBuilder("\"{");
        m.forEach((k, v) -> s.append(s.length() > 2 ? "," : "").append("\"\"").append(k).append("\"\":\"\"").append(v).append("\"\""));
        return s.append("}\"").toString();
    }

    private String file(Referred a, Referred b) {
        return HEADER
                + p + "Q1," + p + "R1," + p + "P1,2026-11-03,2026-11-16,N," + flags("CP_CONFERENCE_FLAG") + "," + p + "W1," + p + "T1\n"
                + p + "Q2," + p + "R2," + p + "P2,2026-11-04,2026-11-20,Y," + flags("NFA_FLAG") + ",,\n"
                + p + "Q3," + p + "R2," + p + "P2,2026-11-25,,,," + p + "W1,\n";
    }

    @Test
    void importedEnquiriesShowThroughTheApiPageClocksAndChronologyLikeOnesMadeInTheUi() {
        registerWorker();
        Referred a = referred(1);
        Referred b = referred(2);
        SsdImportResult result = SsdFiles.importCsv(migration, Map.of("ssd_s47_enquiry.csv", file(a, b)));
        assertThat(result.errors()).isEmpty();
        assertThat(result.succeeded()).isTrue();

        JsonNode s47 = as("social-worker").get("/api/children/" + a.childId() + "/protection").json().get("section47Enquiries");
        assertThat(s47.size()).isEqualTo(1);
        JsonNode e = s47.get(0);
        assertThat(e.get("caseId").asLong()).isEqualTo(a.caseId());
        assertThat(e.get("referralId").asLong()).isEqualTo(a.referralId());
        assertThat(e.get("strategyDiscussionId").isNull()).isTrue();
        assertThat(e.get("outcome").asString()).isEqualTo("SUBSTANTIATED");
        assertThat(e.get("nextStep").asString()).isEqualTo("INITIAL_CONFERENCE");
        assertThat(e.get("completedOn").asString()).isEqualTo("2026-11-16");
        assertThat(e.get("leadWorkerName").asString()).isEqualTo("Robin Imported");
        long id = e.get("id").asLong();
        assertThat(as("social-worker").get("/api/section-47-enquiries/" + id).status()).isEqualTo(200);
        var page = WebSession.signIn(baseUrl(), "social-worker").get("/section-47-enquiries/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("imported from the SSD", "Robin Imported", "Concerns of significant harm substantiated");

        // Substantiated: the initial conference is due 15 working days after the start, and now overdue (none held).
        JsonNode clocksA = as("social-worker").get("/api/children/" + a.childId() + "/clocks").json();
        JsonNode icpc = clocksA.valueStream().filter(c -> c.get("clockId").asString().equals("initial-child-protection-conference"))
                .findFirst().orElseThrow();
        assertThat(icpc.get("startedAt").asString()).isEqualTo("2026-11-03T12:00:00Z");
        assertThat(icpc.get("dueAt").asString()).isEqualTo("2026-11-24");
        assertThat(icpc.get("status").asString()).isEqualTo("overdue");

        // Not substantiated (NFA) cancels its clock; the open enquiry on the same case keeps the first start running.
        JsonNode b47 = as("social-worker").get("/api/children/" + b.childId() + "/protection").json().get("section47Enquiries");
        assertThat(b47.valueStream().map(x -> x.get("status").asString() + ":" + (x.get("nextStep").isNull() ? "-" : x.get("nextStep").asString())))
                .containsExactlyInAnyOrder("COMPLETED:NO_FURTHER_ACTION", "OPEN:-");
        assertThat(b47.valueStream().filter(x -> x.get("status").asString().equals("OPEN")).findFirst().orElseThrow()
                .get("leadWorkerName").asString()).isEqualTo("Robin Imported");
        JsonNode clocksB = as("social-worker").get("/api/children/" + b.childId() + "/clocks").json();
        assertThat(clocksB.valueStream().filter(c -> c.get("clockId").asString().equals("initial-child-protection-conference"))
                .map(c -> c.get("startedAt").asString())).containsExactly("2026-11-25T12:00:00Z");

        List<String> chronology = as("social-worker").get("/api/children/" + a.childId() + "/chronology").json().valueStream()
                .map(c -> c.get("summary").asString()).toList();
        assertThat(chronology).anyMatch(s -> s.startsWith("Section 47 enquiry started on 3 Nov 2026"))
                .anyMatch(s -> s.startsWith("Section 47 enquiry completed: concerns of significant harm substantiated"));

        // An open imported enquiry takes its outcome in the UI like any other.
        long open = b47.valueStream().filter(x -> x.get("status").asString().equals("OPEN")).findFirst().orElseThrow().get("id").asLong();
        var outcome = as("social-worker").post("/api/section-47-enquiries/" + open + "/outcome",
                Map.of("outcome", "SUBSTANTIATED", "rationale", "Injuries consistent with the account.", "completedOn", "2026-11-30"));
        assertThat(outcome.status()).as(outcome.toString()).isEqualTo(200);
    }

    @Test
    void badRowsAreListedAndNothingIsWritten() {
        registerWorker();
        Referred a = referred(1);
        Referred b = referred(2);
        String csv = HEADER
                + p + "Q1," + p + "R1," + p + "P1,2026-11-03,2026-11-16,N," + flags("CP_CONFERENCE_FLAG") + "," + p + "W1," + p + "T1\n"
                + p + "Q2," + p + "R1," + p + "P2,2026-11-10,2026-11-09,X,,,\n"
                + p + "Q3," + p + "R9," + p + "P1,03/11/2026,,,,,\n"
                + p + "Q4," + p + "R2," + p + "P2,2026-11-04,2026-11-05,Y," + flags("CP_CONFERENCE_FLAG") + "," + p + "W9,\n";
        SsdImportResult result = SsdFiles.importCsv(migration, Map.of("ssd_s47_enquiry.csv", csv));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).extracting(SsdError::row, SsdError::field, SsdError::rule).contains(
                org.assertj.core.groups.Tuple.tuple(3L, "s47e_person_id", "same-person"),
                org.assertj.core.groups.Tuple.tuple(3L, "s47e_s47_end_date", "after:s47e_s47_start_date"),
                org.assertj.core.groups.Tuple.tuple(3L, "s47e_s47_nfa", "flag"),
                org.assertj.core.groups.Tuple.tuple(4L, "s47e_referral_id", "references:ssd_cin_episodes"),
                org.assertj.core.groups.Tuple.tuple(4L, "s47e_s47_start_date", "date"),
                org.assertj.core.groups.Tuple.tuple(5L, "s47e_s47_outcome_json", "consistent"),
                org.assertj.core.groups.Tuple.tuple(5L, "s47e_s47_completed_by_worker_id", "references:ssd_professionals"));
        assertThat(result.errors()).allMatch(err -> err.file().equals("ssd_s47_enquiry.csv"));
        assertThat(jdbc.sql("select count(*) from section47_enquiry where child_id in (?, ?)").params(a.childId(), b.childId())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from clock_event where subject_id in (?, ?) and event_type = 'STRATEGY_DISCUSSION_S47_STARTED'")
                .params(a.childId(), b.childId()).query(Long.class).single()).isZero();
    }

    @Test
    void reImportDuplicatesNothingAndExportGivesBackTheSameRows() {
        long team = registerWorker();
        Referred a = referred(1);
        Referred b = referred(2);
        String csv = file(a, b);
        assertThat(SsdFiles.importCsv(migration, Map.of("ssd_s47_enquiry.csv", csv)).succeeded()).isTrue();
        SsdImportResult again = SsdFiles.importCsv(migration, Map.of("ssd_s47_enquiry.csv", csv));
        assertThat(again.succeeded()).isTrue();
        assertThat(again.rowsAlreadyImported()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from section47_enquiry where child_id in (?, ?)").params(a.childId(), b.childId())
                .query(Long.class).single()).isEqualTo(3);

        Map<String, String> exported = SsdFiles.export(migration);
        List<String> ids = List.of(p + "Q1", p + "Q2", p + "Q3");
        List<List<String>> rows = SsdFiles.rows(exported.get("ssd_s47_enquiry.csv"), ids);
        // The team (Assessment Team 1) may have been registered under other SSD ids by other tests: compare where it leads.
        assertThat(rows.stream().map(r -> r.get(8)).filter(t -> !t.isEmpty()).toList()).singleElement()
                .satisfies(t -> assertThat(jdbc.sql("select local_id from ssd_key where kind = 'TEAM' and ssd_id = ?").param(t)
                        .query(Long.class).single()).isEqualTo(team));
        assertThat(rows.stream().map(r -> r.subList(0, 8)).toList())
                .containsExactlyInAnyOrderElementsOf(SsdFiles.rows(csv).stream().map(r -> r.subList(0, 8)).toList());
        assertThat(exported.get("ssd_s47_enquiry.csv")).startsWith(HEADER.strip());
    }
}
