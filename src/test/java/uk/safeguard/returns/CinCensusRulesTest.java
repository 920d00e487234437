package uk.safeguard.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import uk.safeguard.calendar.BankHoliday;
import uk.safeguard.calendar.WorkingDays;
import uk.safeguard.returns.CinCensusChild.Assessment;
import uk.safeguard.returns.CinCensusChild.CinPlan;
import uk.safeguard.returns.CinCensusChild.CpPlan;
import uk.safeguard.returns.CinCensusChild.Episode;
import uk.safeguard.returns.CinCensusChild.Ref;
import uk.safeguard.returns.CinCensusChild.Section47;

/**
 * Every DfE rule, one by one, over hand-built census children for the collection year 2026 (1 April 2026 to 31 March
 * 2027): a clean child passes every rule, and for each rule a child changed in one place breaks it. Rules that count
 * working days are checked either side of the Easter 2027 bank holidays.
 */
class CinCensusRulesTest {
    static final CinCensusYear YEAR = new CinCensusYear(2026);
    static final WorkingDays ENGLAND = new WorkingDays(List.of(
            new BankHoliday(d(2026, 12, 25), "Christmas Day"), new BankHoliday(d(2026, 12, 28), "Boxing Day (substitute day)"),
            new BankHoliday(d(2027, 1, 1), "New Year's Day"), new BankHoliday(d(2027, 3, 26), "Good Friday"),
            new BankHoliday(d(2027, 3, 29), "Easter Monday"), new BankHoliday(d(2029, 3, 30), "Good Friday"),
            new BankHoliday(d(2029, 4, 2), "Easter Monday")));
    static final CinCensusRule.Context CONTEXT = new CinCensusRule.Context(YEAR, ENGLAND);

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** A clean child: referred, assessed, a CIN plan, an enquiry, an ICPC, a CP plan with a review, closed. */
    static final class Child {
        LocalDate dob = d(2015, 6, 1);
        LocalDate expected;
        LocalDate death;
        String gender = "1";
        String ethnicity = "WBRI";
        List<String> disabilities = new ArrayList<>(List.of("NONE"));
        LocalDate referral = d(2026, 5, 4);
        String source = "2A";
        String need = "N1";
        LocalDate closure = d(2027, 1, 15);
        String reason = "RC7";
        LocalDate episodeIcpc;
        boolean nfa;
        List<Assessment> assessments = new ArrayList<>(List.of(assessment(d(2026, 5, 5), d(2026, 6, 15), "16A")));
        List<CinPlan> cinPlans = new ArrayList<>(List.of(new CinPlan(d(2026, 6, 16), d(2026, 7, 14), ref("cin plan 1"))));
        List<Section47> section47s = new ArrayList<>(List.of(
                new Section47(d(2026, 7, 15), d(2026, 8, 5), d(2026, 8, 5), false, ref("s47 1"))));
        List<CpPlan> cpPlans = new ArrayList<>(List.of(cpPlan(d(2026, 8, 5), d(2026, 12, 1), d(2026, 11, 4))));
        List<Episode> otherEpisodes = new ArrayList<>();

        Child with(Consumer<Child> change) {
            change.accept(this);
            return this;
        }

        Episode episode() {
            return new Episode(referral, source, need, closure, reason, episodeIcpc, assessments, cinPlans, section47s, nfa,
                    cpPlans, new Ref("case 1", "/cases/1", 7L));
        }

        CinCensusChild build() {
            List<Episode> episodes = new ArrayList<>(otherEpisodes);
            episodes.add(0, episode());
            return new CinCensusChild(1, "A123456789012", null, null, dob, expected, gender, death, ethnicity, disabilities,
                    episodes, "Test Child");
        }
    }

    static Ref ref(String subject) {
        return new Ref(subject, "/" + subject.replace(' ', '-'), 7L);
    }

    static Assessment assessment(LocalDate start, LocalDate authorised, String... factors) {
        return new Assessment(start, null, authorised, List.of(factors), ref("assessment " + start));
    }

    static CpPlan cpPlan(LocalDate start, LocalDate end, LocalDate... reviews) {
        return new CpPlan(start, end, "NEG", "NEG", 0, List.of(reviews), ref("cp plan " + start));
    }

    static Episode openEpisode(LocalDate referral) {
        return new Episode(referral, "6", "N4", null, null, null, List.of(), List.of(), List.of(), false, List.of(), ref("case 2"));
    }

    static List<String> rulesBroken(CinCensusChild child) {
        return CinCensusRules.check(child, CONTEXT).stream().map(CinCensusFinding::rule).distinct().toList();
    }

    /** For each rule, one change to the clean child that breaks it. */
    static Map<String, Consumer<Child>> breakers() {
        Map<String, Consumer<Child>> m = new LinkedHashMap<>();
        m.put("8600", c -> c.referral = d(2027, 4, 2));
        m.put("8606", c -> c.dob = d(2027, 6, 1));
        m.put("8555", c -> c.death = d(2026, 5, 1));
        m.put("8610", c -> c.need = null);
        m.put("8650", c -> c.need = "N10");
        m.put("8866", c -> c.source = "11");
        m.put("8569", c -> { c.nfa = true; c.referral = d(2026, 3, 30); });
        m.put("8620", c -> c.closure = d(2027, 4, 5));
        m.put("8630", c -> c.closure = d(2026, 5, 1));
        m.put("8640", c -> c.reason = "RC10");
        m.put("8805", c -> c.reason = null);
        m.put("8810", c -> c.closure = null);
        m.put("8565", c -> c.closure = d(2026, 11, 30));
        m.put("8867", c -> c.assessments = List.of(assessment(d(2026, 5, 5), null)));
        m.put("8868", c -> c.section47s = List.of(new Section47(d(2026, 7, 15), d(2026, 8, 5), null, false, ref("s47 1"))));
        m.put("8825Q", c -> { c.reason = "RC8"; c.assessments = List.of(); });
        m.put("8585Q", c -> c.reason = "RC2");
        m.put("2990", c -> c.reason = "RC8");
        m.put("8873", c -> c.assessments = List.of(assessment(d(2026, 5, 5), d(2026, 6, 15), "21")));
        m.put("8815", c -> { c.closure = null; c.reason = null; c.otherEpisodes.add(openEpisode(d(2027, 2, 1))); });
        m.put("8820", c -> c.otherEpisodes.add(openEpisode(d(2026, 9, 1))));
        m.put("8831", c -> { c.nfa = true; c.cinPlans = List.of(); c.cpPlans = List.of(); });
        m.put("8832", c -> { c.nfa = true; c.assessments = List.of(); c.section47s = List.of(); });
        m.put("4000", c -> c.nfa = true);
        m.put("1103", c -> c.assessments = List.of(assessment(d(2026, 5, 1), d(2026, 6, 15), "16A")));
        m.put("8608", c -> c.assessments = List.of(assessment(d(2026, 5, 5), d(2026, 5, 4), "16A")));
        m.put("8696", c -> c.assessments = List.of(assessment(d(2026, 3, 2), d(2026, 3, 31), "16A")));
        m.put("8736", c -> c.assessments = List.of(assessment(d(2026, 3, 2), null)));
        m.put("8670Q", c -> { c.closure = null; c.reason = null; c.assessments = List.of(assessment(d(2027, 1, 22), null)); });
        m.put("8863", c -> c.assessments = List.of(assessment(d(2026, 5, 5), d(2026, 6, 15), "16A"), assessment(d(2026, 5, 20), d(2026, 6, 15), "16A")));
        m.put("8896", c -> c.assessments = List.of(assessment(d(2026, 5, 5), null), assessment(d(2026, 5, 20), null)));
        m.put("8614", c -> c.assessments = List.of(assessment(d(2026, 5, 5), null, "16A")));
        m.put("8897", c -> c.assessments = List.of(assessment(d(2026, 5, 5), d(2026, 6, 15))));
        m.put("8898", c -> c.assessments = List.of(assessment(d(2026, 5, 5), d(2026, 6, 15), "16A", "16A")));
        m.put("8869", c -> c.assessments = List.of(assessment(d(2026, 5, 5), d(2026, 6, 15), "21", "16A")));
        m.put("8617", c -> c.assessments = List.of(assessment(d(2026, 5, 5), d(2026, 6, 15), "8A")));
        m.put("8899Q", c -> c.disabilities = List.of("MOB"));
        m.put("4001", c -> { c.closure = null; c.reason = null; c.cinPlans = List.of(new CinPlan(d(2026, 6, 16), null, ref("cin plan 1")));
            c.cpPlans = List.of(cpPlan(d(2026, 8, 5), null)); });
        m.put("4003", c -> c.cinPlans = List.of(new CinPlan(d(2026, 10, 1), d(2026, 11, 30), ref("cin plan 1"))));
        m.put("4004", c -> c.cinPlans = List.of(new CinPlan(d(2026, 6, 16), null, ref("cin plan 1")), new CinPlan(d(2026, 6, 20), null, ref("cin plan 2"))));
        m.put("4010", c -> c.cinPlans = List.of(new CinPlan(d(2027, 4, 5), null, ref("cin plan 1"))));
        m.put("4011", c -> c.cinPlans = List.of(new CinPlan(d(2026, 6, 16), d(2026, 6, 15), ref("cin plan 1"))));
        m.put("4012Q", c -> c.cinPlans = List.of(new CinPlan(d(2026, 6, 16), d(2026, 6, 16), ref("cin plan 1"))));
        m.put("4013", c -> c.cinPlans = List.of(new CinPlan(d(2026, 3, 1), d(2026, 3, 20), ref("cin plan 1"))));
        m.put("4014", c -> c.cinPlans = List.of(new CinPlan(d(2026, 6, 16), d(2026, 7, 14), ref("cin plan 1")), new CinPlan(d(2026, 7, 1), d(2026, 7, 10), ref("cin plan 2"))));
        m.put("4015", c -> c.cinPlans = List.of(new CinPlan(d(2026, 5, 1), d(2026, 7, 14), ref("cin plan 1"))));
        m.put("4016", c -> c.cinPlans = List.of(new CinPlan(d(2026, 9, 1), d(2026, 9, 30), ref("cin plan 1"))));
        m.put("4017", c -> c.cinPlans = List.of(new CinPlan(d(2026, 8, 1), d(2026, 8, 30), ref("cin plan 1"))));
        m.put("2889", c -> c.section47s = List.of(new Section47(d(2026, 5, 1), null, d(2026, 8, 5), false, ref("s47 1"))));
        m.put("1104", c -> c.section47s = List.of(new Section47(d(2026, 4, 20), null, d(2026, 4, 30), false, ref("s47 1"))));
        m.put("8615", c -> c.section47s = List.of(new Section47(d(2026, 8, 6), null, d(2026, 8, 5), false, ref("s47 1"))));
        m.put("2884", c -> c.episodeIcpc = d(2026, 8, 5));
        m.put("8740", c -> c.section47s = List.of(new Section47(d(2026, 3, 2), null, null, false, ref("s47 1"))));
        m.put("8675Q", c -> { c.closure = null; c.reason = null; c.section47s = List.of(new Section47(d(2027, 3, 5), null, null, false, ref("s47 1"))); });
        m.put("8870Q", c -> c.section47s = List.of(new Section47(d(2026, 7, 15), d(2026, 8, 8), d(2026, 8, 5), false, ref("s47 1"))));
        m.put("8715", c -> c.section47s = List.of(new Section47(d(2026, 3, 2), null, d(2026, 3, 20), false, ref("s47 1"))));
        m.put("8875", c -> c.section47s = List.of(new Section47(d(2026, 7, 15), null, d(2026, 8, 8), false, ref("s47 1"))));
        m.put("2991Q", c -> c.assessments = List.of());
        m.put("8839", c -> c.section47s = List.of(new Section47(d(2026, 7, 15), null, null, false, ref("s47 1")),
                new Section47(d(2026, 7, 20), null, null, false, ref("s47 2"))));
        m.put("8890", c -> c.section47s = List.of(new Section47(d(2026, 7, 15), null, d(2026, 8, 5), false, ref("s47 1")),
                new Section47(d(2026, 7, 20), null, null, true, ref("s47 2"))));
        m.put("8905", c -> c.cpPlans = List.of(new CpPlan(d(2026, 8, 5), d(2026, 12, 1), "Neglect", "NEG", 0, List.of(), ref("cp"))));
        m.put("8910", c -> c.cpPlans = List.of(new CpPlan(d(2026, 8, 5), d(2026, 12, 1), "NEG", null, 0, List.of(), ref("cp"))));
        m.put("8720", c -> c.cpPlans = List.of(cpPlan(d(2027, 4, 5), null)));
        m.put("8915", c -> c.death = d(2026, 8, 1));
        m.put("8920", c -> c.death = d(2026, 10, 1));
        m.put("8925", c -> c.cpPlans = List.of(cpPlan(d(2026, 8, 5), d(2026, 8, 4))));
        m.put("8930", c -> c.cpPlans = List.of(cpPlan(d(2026, 8, 5), d(2027, 4, 5))));
        m.put("8840", c -> c.cpPlans = List.of(cpPlan(d(2026, 8, 5), d(2026, 8, 5))));
        m.put("8841", c -> c.cpPlans = List.of(cpPlan(d(2026, 8, 5), d(2026, 12, 1), d(2026, 8, 5))));
        m.put("8935", c -> { c.closure = null; c.reason = null; c.cpPlans = List.of(cpPlan(d(2026, 8, 5), null), cpPlan(d(2026, 9, 1), null)); });
        m.put("8940", c -> c.cpPlans = List.of(cpPlan(d(2026, 8, 5), d(2026, 12, 1)), cpPlan(d(2026, 9, 1), d(2026, 10, 1))));
        m.put("2885", c -> c.cpPlans = List.of(cpPlan(d(2026, 8, 6), d(2026, 12, 1))));
        m.put("1105", c -> c.cpPlans = List.of(cpPlan(d(2026, 5, 1), d(2026, 12, 1))));
        m.put("8790", c -> c.disabilities = List.of("NONE", "MOB"));
        m.put("8794", c -> c.disabilities = List.of("MOB", "MOB"));
        return m;
    }

    @Test
    void theCleanChildPassesEveryRule() {
        assertThat(CinCensusRules.check(new Child().build(), CONTEXT)).isEmpty();
    }

    @Test
    void everyRuleHasAFailingCaseAndFiresOnIt() {
        Map<String, Consumer<Child>> breakers = breakers();
        assertThat(breakers.keySet()).containsExactlyInAnyOrderElementsOf(
                CinCensusRules.all().stream().map(CinCensusRule::code).toList());
        breakers.forEach((code, change) -> assertThat(rulesBroken(new Child().with(change).build()))
                .as("rule %s", code).contains(code));
    }

    @Test
    void eachRuleIsWrittenOnceWithItsPublishedMessageAndItems() {
        assertThat(CinCensusRules.all()).extracting(CinCensusRule::code).doesNotHaveDuplicates();
        assertThat(CinCensusRules.all()).allSatisfy(r -> {
            assertThat(r.message()).isNotBlank();
            assertThat(r.items()).isNotEmpty();
            assertThat(r.error()).isEqualTo(!r.code().endsWith("Q"));
        });
        assertThat(CinCensusRules.rule("8925").message()).isEqualTo("Child Protection Plan End Date earlier than Start Date");
        assertThat(CinCensusRules.rule("8608").items()).containsExactly("AssessmentActualStartDate", "AssessmentAuthorisationDate");
    }

    @Test
    void aFindingNamesTheRecordAndTheWorkerToFixIt() {
        CinCensusChild child = new Child().with(breakers().get("8608")).build();
        CinCensusFinding f = CinCensusRules.check(CinCensusRules.rule("8608"), child, CONTEXT).get(0);
        assertThat(f.childId()).isEqualTo(1);
        assertThat(f.error()).isTrue();
        assertThat(f.subject()).isEqualTo("assessment 2026-05-05");
        assertThat(f.workerId()).isEqualTo(7L);
        assertThat(f.message()).isEqualTo("Assessment Start Date cannot be later than its End Date");
    }

    // ---------------------------------------------------------------- boundaries, passing sides

    @Test
    void datesOnTheBoundaryPass() {
        // 8608: authorised on the day it started.
        assertThat(rulesBroken(new Child().with(c -> c.assessments = List.of(assessment(d(2026, 5, 5), d(2026, 5, 5), "16A"))).build()))
                .doesNotContain("8608");
        // 8620 / 8696: the last day of the census year (a month end) is inside it; the next day is not.
        assertThat(rulesBroken(new Child().with(c -> c.closure = d(2027, 3, 31)).build())).doesNotContain("8620");
        assertThat(rulesBroken(new Child().with(c -> c.closure = d(2027, 4, 1)).build())).contains("8620");
        assertThat(rulesBroken(new Child().with(c -> c.assessments = List.of(assessment(d(2026, 3, 20), d(2026, 4, 1), "16A"))).build()))
                .doesNotContain("8696");
        // 8840: a plan ending the day after it starts.
        assertThat(rulesBroken(new Child().with(c -> c.cpPlans = List.of(cpPlan(d(2026, 8, 5), d(2026, 8, 6)))).build())).doesNotContain("8840", "8925");
        // 8606: referred exactly 280 days before birth (pre-birth referral) passes.
        assertThat(rulesBroken(new Child().with(c -> { c.dob = null; c.expected = d(2026, 5, 4).plusDays(280); }).build())).doesNotContain("8606");
        // 8615: enquiry starting on the day of the conference.
        assertThat(rulesBroken(new Child().with(c -> c.section47s = List.of(new Section47(d(2026, 8, 5), null, d(2026, 8, 5), false, ref("s47 1")))).build()))
                .doesNotContain("8615");
    }

    @Test
    void assessmentOverdueAtYearEndCountsTheEasterBankHolidays() {
        // 45 working days before Wed 31 March 2027, skipping Good Friday 26 and Easter Monday 29 March 2027, is Mon 25 January.
        Consumer<Child> started25January = c -> { c.closure = null; c.reason = null; c.assessments = List.of(assessment(d(2027, 1, 25), null)); };
        assertThat(rulesBroken(new Child().with(started25January).build())).doesNotContain("8670Q");
        // Without the bank holidays the same assessment would be 47 working days old and queried.
        CinCensusRule.Context noHolidays = new CinCensusRule.Context(YEAR, new WorkingDays(List.of()));
        assertThat(CinCensusRules.check(CinCensusRules.rule("8670Q"), new Child().with(started25January).build(), noHolidays)).hasSize(1);
        // Friday 22 January is the 46th working day back: queried.
        assertThat(rulesBroken(new Child().with(breakers().get("8670Q")).build())).contains("8670Q");
    }

    @Test
    void enquiryWithoutConferenceAtYearEndCountsTheEasterBankHolidays() {
        // 15 working days before 31 March 2027, skipping 26 and 29 March, is Monday 8 March: not queried; Friday 5 March is.
        assertThat(rulesBroken(new Child().with(c -> { c.closure = null; c.reason = null;
            c.section47s = List.of(new Section47(d(2027, 3, 8), null, null, false, ref("s47 1"))); }).build())).doesNotContain("8675Q");
        assertThat(rulesBroken(new Child().with(breakers().get("8675Q")).build())).contains("8675Q");
    }

    @Test
    void noFurtherActionReferralJustBeforeTheYearUsesTheWorkingDayBeforeItsStart() {
        // Collection year 2029 starts on Sunday 1 April 2029; Saturday 31 March is a weekend and Friday 30 March is Good
        // Friday, so the working day before the start is Thursday 29 March 2029.
        CinCensusRule.Context y2029 = new CinCensusRule.Context(new CinCensusYear(2029), ENGLAND);
        CinCensusRule rule = CinCensusRules.rule("8569");
        CinCensusChild on29March = new Child().with(c -> { c.nfa = true; c.referral = d(2029, 3, 29); }).build();
        CinCensusChild on28March = new Child().with(c -> { c.nfa = true; c.referral = d(2029, 3, 28); }).build();
        assertThat(CinCensusRules.check(rule, on29March, y2029)).isEmpty();
        assertThat(CinCensusRules.check(rule, on28March, y2029)).hasSize(1);
        // A referral that led to further action may start before the year.
        assertThat(CinCensusRules.check(rule, new Child().with(c -> c.referral = d(2029, 3, 1)).build(), y2029)).isEmpty();
    }

    @Test
    void factorCode21OnlyOnItsOwnAndOnlyWhenCompleted() {
        assertThat(rulesBroken(new Child().with(c -> { c.reason = "RC8"; c.cinPlans = List.of(); c.section47s = List.of(); c.cpPlans = List.of();
            c.assessments = List.of(assessment(d(2026, 5, 5), d(2026, 6, 15), "21")); }).build())).isEmpty();
        assertThat(rulesBroken(new Child().with(breakers().get("8869")).build())).contains("8869");
        assertThat(rulesBroken(new Child().with(breakers().get("8614")).build())).contains("8614");
    }

    @Test
    void categoryCodesAreTheCensusCodes() {
        for (String code : List.of("NEG", "PHY", "SAB", "EMO", "MUL")) {
            assertThat(rulesBroken(new Child().with(c -> c.cpPlans = List.of(new CpPlan(d(2026, 8, 5), d(2026, 12, 1), code, code, 1, List.of(), ref("cp")))).build()))
                    .doesNotContain("8905", "8910");
        }
    }
}
