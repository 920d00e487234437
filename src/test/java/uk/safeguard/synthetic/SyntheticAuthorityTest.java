package uk.safeguard.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguard.calendar.BankHoliday;
import uk.safeguard.calendar.WorkingDays;
import uk.safeguard.migration.SsdCsv;
import uk.safeguard.migration.SsdFormat;
import uk.safeguard.people.NhsNumber;
import uk.safeguard.people.Postcode;

/** The demo-size authority: deterministic, every reference resolves, headers as the contract, rates calibrated. */
class SyntheticAuthorityTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @TempDir
    static Path tmp;
    static Path demo;
    static Summary summary;
    static Map<String, List<Map<String, String>>> files = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        demo = tmp.resolve("demo42");
        summary = SyntheticAuthority.generate(Size.DEMO, 42, AS_OF, demo, ProgressListener.NONE);
        try (Stream<Path> list = Files.list(demo)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString().replace(".csv", ""), read(p));
            }
        }
    }

    @Test
    void sameSeedGivesByteIdenticalFilesAndAnotherSeedDiffers() throws IOException {
        Path again = tmp.resolve("again42");
        Path other = tmp.resolve("other43");
        SyntheticAuthority.generate(Size.DEMO, 42, AS_OF, again, ProgressListener.NONE);
        SyntheticAuthority.generate(Size.DEMO, 43, AS_OF, other, ProgressListener.NONE);
        for (String name : contract().keySet()) {
            assertThat(Files.readAllBytes(again.resolve(name + ".csv"))).as(name)
                    .isEqualTo(Files.readAllBytes(demo.resolve(name + ".csv")));
        }
        assertThat(Files.readAllBytes(other.resolve("ssd_person.csv")))
                .isNotEqualTo(Files.readAllBytes(demo.resolve("ssd_person.csv")));
        assertThat(Files.readAllBytes(other.resolve("ssd_cin_episodes.csv")))
                .isNotEqualTo(Files.readAllBytes(demo.resolve("ssd_cin_episodes.csv")));
    }

    @Test
    void headersAreExactlyThoseOfTheContract() throws IOException {
        Map<String, List<String>> contract = contract();
        assertThat(contract).hasSize(20);
        try (Stream<Path> list = Files.list(demo)) {
            assertThat(list.map(p -> p.getFileName().toString().replace(".csv", "")).collect(Collectors.toSet()))
                    .isEqualTo(contract.keySet());
        }
        for (var e : contract.entrySet()) {
            try (var reader = new SsdCsv.Reader(Files.newBufferedReader(demo.resolve(e.getKey() + ".csv")))) {
                assertThat(reader.next()).as(e.getKey()).isEqualTo(e.getValue());
            }
            assertThat(summary.rowCounts().get(e.getKey() + ".csv")).as(e.getKey())
                    .isEqualTo((long) files.get(e.getKey()).size());
        }
        assertThat(summary.rowCounts().values()).allMatch(n -> n > 0);
    }

    @Test
    void everyReferenceResolvesAndNamesTheSamePerson() throws IOException {
        Set<String> teams = ids("ssd_department", "dept_team_id");
        Set<String> professionals = ids("ssd_professionals", "prof_professional_id");
        Set<String> people = ids("ssd_person", "pers_person_id");
        Map<String, String> referralPerson = personBy("ssd_cin_episodes", "cine_referral_id", "cine_person_id");
        Map<String, String> assessmentPerson = personBy("ssd_cin_assessments", "cina_assessment_id", "cina_person_id");
        Map<String, String> s47Person = personBy("ssd_s47_enquiry", "s47e_s47_enquiry_id", "s47e_person_id");
        Map<String, String> icpcPerson = personBy("ssd_initial_cp_conference", "icpc_icpc_id", "icpc_person_id");
        Map<String, String> planPerson = personBy("ssd_cp_plans", "cppl_cp_plan_id", "cppl_person_id");

        refs("ssd_department", "dept_team_parent_id", teams, true);
        refs("ssd_professionals", "prof_professional_department", teams, false);
        refs("ssd_family", "fami_person_id", people, false);
        refs("ssd_address", "addr_person_id", people, false);
        refs("ssd_disability", "disa_person_id", people, false);
        refs("ssd_mother", "moth_person_id", people, false);
        refs("ssd_mother", "moth_childs_person_id", people, false);
        refs("sg_relationships", "rela_person_id", people, false);
        refs("sg_relationships", "rela_related_person_id", people, false);
        refs("ssd_contacts", "cont_person_id", people, false);
        refs("ssd_cin_episodes", "cine_person_id", people, false);
        refs("ssd_cin_episodes", "cine_referral_team", teams, false);
        refs("ssd_cin_episodes", "cine_referral_worker_id", professionals, false);
        refs("ssd_involvements", "invo_professional_id", professionals, false);
        refs("ssd_involvements", "invo_professional_team", teams, false);
        refs("ssd_cin_assessments", "cina_assessment_team", teams, false);
        refs("ssd_cin_assessments", "cina_assessment_worker_id", professionals, false);
        refs("ssd_assessment_factors", "cinf_assessment_id", assessmentPerson.keySet(), false);
        refs("ssd_cin_plans", "cinp_cin_plan_team", teams, false);
        refs("ssd_cin_plans", "cinp_cin_plan_worker_id", professionals, false);
        refs("ssd_cin_visits", "cinv_person_id", people, false);
        refs("ssd_s47_enquiry", "s47e_s47_completed_by_worker_id", professionals, false);
        refs("ssd_s47_enquiry", "s47e_s47_completed_by_team", teams, false);
        refs("ssd_initial_cp_conference", "icpc_cp_plan_id", planPerson.keySet(), true);
        refs("ssd_initial_cp_conference", "icpc_icpc_team", teams, false);
        refs("ssd_initial_cp_conference", "icpc_icpc_worker_id", professionals, false);
        samePerson("ssd_involvements", "invo_referral_id", referralPerson, "invo_person_id");
        samePerson("ssd_cin_assessments", "cina_referral_id", referralPerson, "cina_person_id");
        samePerson("ssd_cin_plans", "cinp_referral_id", referralPerson, "cinp_person_id");
        samePerson("ssd_s47_enquiry", "s47e_referral_id", referralPerson, "s47e_person_id");
        samePerson("ssd_initial_cp_conference", "icpc_referral_id", referralPerson, "icpc_person_id");
        samePerson("ssd_initial_cp_conference", "icpc_s47_enquiry_id", s47Person, "icpc_person_id");
        samePerson("ssd_cp_plans", "cppl_referral_id", referralPerson, "cppl_person_id");
        samePerson("ssd_cp_plans", "cppl_icpc_id", icpcPerson, "cppl_person_id");
        samePerson("ssd_cp_visits", "cppv_cp_plan_id", planPerson, "cppv_person_id");
        samePerson("ssd_cp_reviews", "cppr_cp_plan_id", planPerson, "cppr_person_id");

        // each contact that led to a referral: same person and date-time as the episode, and only those
        Set<String> referralContacts = files.get("ssd_contacts").stream()
                .filter(r -> r.get("cont_contact_outcome_json").contains("\"NEW_REFERRAL_FLAG\":\"Y\""))
                .map(r -> r.get("cont_person_id") + "@" + r.get("cont_contact_date")).collect(Collectors.toSet());
        Set<String> episodes = files.get("ssd_cin_episodes").stream()
                .map(r -> r.get("cine_person_id") + "@" + r.get("cine_referral_date")).collect(Collectors.toSet());
        assertThat(referralContacts).isEqualTo(episodes);
        assertThat(episodes).hasSize(files.get("ssd_cin_episodes").size());

        // one assessment per episode; every id unique
        assertThat(files.get("ssd_cin_assessments").stream().map(r -> r.get("cina_referral_id")).distinct().count())
                .isEqualTo(files.get("ssd_cin_assessments").size());
        for (var e : files.entrySet()) {
            String key = contract().get(e.getKey()).get(0).equals("disa_person_id") ? "disa_table_id" : contract().get(e.getKey()).get(0);
            assertThat(e.getValue().stream().map(r -> r.get(key)).distinct().count()).as(e.getKey()).isEqualTo(e.getValue().size());
            assertThat(e.getValue()).allMatch(r -> r.get(key).matches("[A-Za-z0-9]{1,20}"));
        }
    }

    @Test
    void datesAreInOrderAndEverythingIsInsideItsEpisode() {
        Map<String, LocalDate[]> episode = new HashMap<>();
        for (var r : files.get("ssd_cin_episodes")) {
            LocalDate from = day(r.get("cine_referral_date"));
            LocalDate to = r.get("cine_close_date").isEmpty() ? AS_OF : day(r.get("cine_close_date"));
            assertThat(r.get("cine_close_reason").isEmpty()).isEqualTo(r.get("cine_close_date").isEmpty());
            assertThat(to).isAfter(from).isBeforeOrEqualTo(AS_OF);
            if (!r.get("cine_close_reason").isEmpty()) {
                assertThat(r.get("cine_close_reason")).matches("RC[1-9]");
            }
            episode.put(r.get("cine_referral_id"), new LocalDate[] {from, to});
        }
        within("ssd_involvements", "invo_referral_id", episode, "invo_involvement_start_date", "invo_involvement_end_date");
        within("ssd_cin_assessments", "cina_referral_id", episode, "cina_assessment_start_date", "cina_assessment_auth_date");
        within("ssd_cin_plans", "cinp_referral_id", episode, "cinp_cin_plan_start_date", "cinp_cin_plan_end_date");
        within("ssd_s47_enquiry", "s47e_referral_id", episode, "s47e_s47_start_date", "s47e_s47_end_date");
        within("ssd_initial_cp_conference", "icpc_referral_id", episode, "icpc_icpc_date", "icpc_icpc_date");
        within("ssd_cp_plans", "cppl_referral_id", episode, "cppl_cp_plan_start_date", "cppl_cp_plan_end_date");
        Map<String, LocalDate[]> plans = new HashMap<>();
        files.get("ssd_cp_plans").forEach(r -> plans.put(r.get("cppl_cp_plan_id"), new LocalDate[] {
                day(r.get("cppl_cp_plan_start_date")),
                r.get("cppl_cp_plan_end_date").isEmpty() ? AS_OF.plusDays(1) : day(r.get("cppl_cp_plan_end_date"))}));
        for (var r : files.get("ssd_cp_visits")) {
            LocalDate[] p = plans.get(r.get("cppv_cp_plan_id"));
            assertThat(day(r.get("cppv_cp_visit_date"))).isAfter(p[0]).isBefore(p[1]).isBeforeOrEqualTo(AS_OF);
        }
        for (var r : files.get("ssd_cp_reviews")) {
            LocalDate[] p = plans.get(r.get("cppr_cp_plan_id"));
            assertThat(day(r.get("cppr_cp_review_date"))).isAfter(p[0]).isBeforeOrEqualTo(p[1]);
        }
        Map<String, LocalDate> s47Start = new HashMap<>();
        files.get("ssd_s47_enquiry").forEach(r -> s47Start.put(r.get("s47e_s47_enquiry_id"), day(r.get("s47e_s47_start_date"))));
        Map<String, String> icpcDate = new HashMap<>();
        for (var r : files.get("ssd_initial_cp_conference")) {
            assertThat(day(r.get("icpc_icpc_date"))).isAfter(s47Start.get(r.get("icpc_s47_enquiry_id")));
            assertThat(r.get("icpc_icpc_outcome_cp_flag").equals("Y")).isEqualTo(!r.get("icpc_cp_plan_id").isEmpty());
            icpcDate.put(r.get("icpc_icpc_id"), r.get("icpc_icpc_date"));
        }
        for (var r : files.get("ssd_cp_plans")) {
            assertThat(r.get("cppl_cp_plan_start_date")).isEqualTo(icpcDate.get(r.get("cppl_icpc_id")));
        }
        // a CIN visit falls inside one of the child's CIN plans
        Map<String, List<LocalDate[]>> cinPlans = new HashMap<>();
        files.get("ssd_cin_plans").forEach(r -> cinPlans.computeIfAbsent(r.get("cinp_person_id"), k -> new ArrayList<>())
                .add(new LocalDate[] {day(r.get("cinp_cin_plan_start_date")),
                        r.get("cinp_cin_plan_end_date").isEmpty() ? AS_OF.plusDays(1) : day(r.get("cinp_cin_plan_end_date"))}));
        for (var r : files.get("ssd_cin_visits")) {
            LocalDate v = day(r.get("cinv_cin_visit_date"));
            assertThat(cinPlans.get(r.get("cinv_person_id"))).anyMatch(p -> v.isAfter(p[0]) && v.isBefore(p[1]));
        }
    }

    @Test
    void identifiersAndCodesAreValid() throws IOException {
        Set<String> nhs = new HashSet<>();
        for (var r : files.get("ssd_person")) {
            String n = r.get("pers_common_child_id");
            if (!n.isEmpty()) {
                assertThat(NhsNumber.isValid(n)).as(n).isTrue();
                assertThat(nhs.add(n)).as("unique " + n).isTrue();
            }
            assertThat(r.get("pers_forename")).isNotEmpty();
            assertThat(r.get("pers_surname")).isNotEmpty();
            assertThat(r.get("pers_dob").isEmpty()).isEqualTo(!r.get("pers_expected_dob").isEmpty());
        }
        assertThat(nhs).hasSizeGreaterThan(2_000);
        for (var r : files.get("ssd_address")) {
            assertThat(Postcode.problem(r.get("addr_address_postcode"))).as(r.get("addr_address_postcode")).isEmpty();
            assertThat(SsdFormat.parseJson(r.get("addr_address_json")).get("STREET").asString()).isNotEmpty();
        }
        codes("ssd_person", "pers_sex", "sex", true);
        codes("ssd_person", "pers_gender", "gender", false);
        codes("ssd_person", "pers_ethnicity", "ethnicity", false);
        codes("ssd_disability", "disa_disability_code", "disability", false);
        codes("ssd_contacts", "cont_contact_source_code", "contact_source", false);
        codes("ssd_cin_episodes", "cine_referral_source_code", "contact_source", false);
        codes("ssd_cin_episodes", "cine_cin_primary_need_code", "primary_need", false);
        codes("ssd_cin_episodes", "cine_close_reason", "reason_for_closure", true);
        Set<String> factors = codeList("assessment_factors");
        for (var r : files.get("ssd_assessment_factors")) {
            SsdFormat.parseJson(r.get("cinf_assessment_factors_json")).forEach(f -> assertThat(factors).contains(f.asString()));
        }
        assertThat(files.get("ssd_cp_plans")).allMatch(r -> Set.of("NEG", "PHY", "EMO", "SAB", "MUL").contains(r.get("cppl_cp_plan_initial_category")));
        assertThat(files.get("ssd_cin_episodes").stream().map(r -> r.get("cine_close_reason")).filter(s -> !s.isEmpty()).collect(Collectors.toSet()))
                .contains("RC7", "RC8", "RC9");
        // the demo users' names are never reused: generated staff have plain generated usernames
        assertThat(files.get("ssd_professionals")).noneMatch(r -> Set.of("social-worker", "team-manager", "conference-chair",
                "early-help-practitioner", "contact-officer", "admin").contains(r.get("prof_staff_id")));
    }

    @Test
    void ratesAreCalibratedToEngland() throws IOException {
        WorkingDays wd = new WorkingDays(holidays());
        // measured over the last nine years (the first has no history to re-refer from): enough rows at demo size
        LocalDate from = AS_OF.minusYears(9);
        Map<String, LocalDate> last = new HashMap<>();
        Map<String, LocalDate> referralDay = new HashMap<>();
        int referrals = 0, re = 0;
        for (var r : files.get("ssd_cin_episodes")) {
            LocalDate d = day(r.get("cine_referral_date"));
            referralDay.put(r.get("cine_referral_id"), d);
            LocalDate before = last.put(r.get("cine_person_id"), d);
            if (d.isAfter(from)) {
                referrals++;
                if (before != null && !d.isAfter(before.plusYears(1))) {
                    re++;
                }
            }
        }
        int assessed = 0, within45 = 0;
        for (var r : files.get("ssd_cin_assessments")) {
            if (!r.get("cina_assessment_auth_date").isEmpty()) {
                assessed++;
                if (wd.countWorkingDays(referralDay.get(r.get("cina_referral_id")), day(r.get("cina_assessment_auth_date"))) <= 45) {
                    within45++;
                }
            }
        }
        Map<String, LocalDate> s47 = new HashMap<>();
        files.get("ssd_s47_enquiry").forEach(r -> s47.put(r.get("s47e_s47_enquiry_id"), day(r.get("s47e_s47_start_date"))));
        int icpcs = 0, within15 = 0;
        for (var r : files.get("ssd_initial_cp_conference")) {
            icpcs++;
            if (wd.countWorkingDays(s47.get(r.get("icpc_s47_enquiry_id")), day(r.get("icpc_icpc_date"))) <= 15) {
                within15++;
            }
        }
        double reReferral = 100.0 * re / referrals;
        double assessments = 100.0 * within45 / assessed;
        double conferences = 100.0 * within15 / icpcs;
        assertThat(reReferral).as("re-referral %").isBetween(19.0, 26.0);
        assertThat(assessments).as("assessments within 45 WD %").isBetween(80.0, 92.0);
        assertThat(conferences).as("ICPCs within 15 WD %").isBetween(75.0, 88.0);
        double perYear = files.get("ssd_cin_episodes").size() / 10.0;
        assertThat(perYear).as("referrals a year").isBetween(Size.DEMO.referralsPerYear() * 0.8, Size.DEMO.referralsPerYear() * 1.2);
        long nfa = files.get("ssd_cin_episodes").stream().filter(r -> r.get("cine_referral_nfa").equals("Y")).count();
        assertThat(100.0 * nfa / files.get("ssd_cin_episodes").size()).as("NFA without assessment %").isBetween(5.0, 11.0);
        double s47PerReferral = (double) files.get("ssd_s47_enquiry").size() / files.get("ssd_cin_episodes").size();
        assertThat(s47PerReferral).isBetween(0.25, 0.38);
        assertThat((double) icpcs / files.get("ssd_s47_enquiry").size()).isBetween(0.28, 0.45);
        assertThat(summary.childrenUnder18()).isBetween(2_000L, 2_010L);
        assertThat(summary.openEpisodes()).isBetween(20L, 120L); // a few percent of 2,000 children
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** Files and headers parsed from the table in docs/SSD-FORMAT.md. */
    static Map<String, List<String>> contract() throws IOException {
        Map<String, List<String>> m = new LinkedHashMap<>();
        Pattern row = Pattern.compile("^\\| `([a-z_0-9]+)` \\| `([^|]+)` \\|");
        for (String line : Files.readAllLines(Path.of("docs/SSD-FORMAT.md"))) {
            Matcher x = row.matcher(line);
            if (x.find()) {
                m.put(x.group(1), List.of(x.group(2).replace("`", "").split(",\\s*")));
            }
        }
        return m;
    }

    private static List<Map<String, String>> read(Path p) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (var reader = new SsdCsv.Reader(Files.newBufferedReader(p, StandardCharsets.UTF_8))) {
            List<String> header = reader.next();
            List<String> fields;
            while ((fields = reader.next()) != null) {
                Map<String, String> r = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    r.put(header.get(i), i < fields.size() ? fields.get(i) : "");
                }
                rows.add(r);
            }
        }
        return rows;
    }

    private static Set<String> ids(String file, String field) {
        return files.get(file).stream().map(r -> r.get(field)).collect(Collectors.toSet());
    }

    private static Map<String, String> personBy(String file, String id, String person) {
        Map<String, String> m = new HashMap<>();
        files.get(file).forEach(r -> m.put(r.get(id), r.get(person)));
        return m;
    }

    private static void refs(String file, String field, Set<String> known, boolean optional) {
        for (var r : files.get(file)) {
            String v = r.get(field);
            if (optional && v.isEmpty()) {
                continue;
            }
            assertThat(known).as(file + "." + field).contains(v);
        }
    }

    private static void samePerson(String file, String refField, Map<String, String> personOf, String personField) {
        for (var r : files.get(file)) {
            assertThat(personOf.get(r.get(refField))).as(file + "." + refField + " " + r.get(refField)).isEqualTo(r.get(personField));
        }
    }

    private static void within(String file, String refField, Map<String, LocalDate[]> episodes, String startField, String endField) {
        for (var r : files.get(file)) {
            LocalDate[] e = episodes.get(r.get(refField));
            LocalDate start = day(r.get(startField));
            assertThat(start).as(file + " start").isAfterOrEqualTo(e[0]).isBeforeOrEqualTo(e[1]);
            if (!r.get(endField).isEmpty()) {
                assertThat(day(r.get(endField))).as(file + " end").isAfterOrEqualTo(start).isBeforeOrEqualTo(e[1]);
            }
        }
    }

    private static LocalDate day(String v) {
        LocalDateTime t = SsdFormat.parseDateTime(v);
        assertThat(t).as(v).isNotNull();
        return t.toLocalDate();
    }

    private static void codes(String file, String field, String list, boolean optional) throws IOException {
        Set<String> known = codeList(list);
        if (list.equals("ethnicity")) {
            known.addAll(Set.of("WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS")); // lost from the yml, see V30
        }
        for (var r : files.get(file)) {
            String v = r.get(field);
            if (!(optional && v.isEmpty())) {
                assertThat(known).as(file + "." + field).contains(v);
            }
        }
    }

    private static Set<String> codeList(String name) throws IOException {
        Set<String> codes = new HashSet<>();
        Pattern value = Pattern.compile("^- value: '?([^']+?)'?\\s*$");
        for (String line : Files.readAllLines(Path.of("src/test/resources/ssd-categories/" + name + ".yml"))) {
            Matcher m = value.matcher(line);
            if (m.find()) {
                codes.add(m.group(1));
            }
        }
        assertThat(codes).as(name).isNotEmpty();
        return codes;
    }

    private static List<BankHoliday> holidays() throws IOException {
        try (InputStream in = SyntheticAuthorityTest.class.getResourceAsStream("/uk/safeguard/synthetic/bank-holidays.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(l -> new BankHoliday(LocalDate.parse(l.strip()), "bank holiday")).toList();
        }
    }
}
