package uk.safeguard.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguard.assessment.AssessmentFacts.AssessmentFact;
import uk.safeguard.childinneed.ChildInNeedReports.SsdCinPlan;
import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.people.ChildFacts.ChildCharacteristics;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.returns.CinCensusChild.Episode;
import uk.safeguard.returns.internal.CinCensusBuilder;
import uk.safeguard.returns.internal.CinCensusXmlWriter;
import uk.safeguard.work.WorkFacts.CaseFact;

/** Facts to census children, over hand-built facts for the collection year 2026 (no database). */
class CinCensusBuilderTest {
    static final CinCensusYear YEAR = CinCensusRulesTest.YEAR;

    static Instant at(int y, int m, int d) {
        return LocalDateTime.of(y, m, d, 10, 0).atZone(TimeConfiguration.LONDON).toInstant();
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    static ReferralFact referral(long id, long child, Instant at, Long caseId, boolean nfa) {
        return new ReferralFact(id, child, null, at, "6", nfa ? null : "N1", false, null, at, at.plusSeconds(3600), List.of(),
                nfa, 20L, "POLICE", "Riverford Police", caseId, false);
    }

    static ChildCharacteristics person(long id, String sex) {
        return new ChildCharacteristics(id, "Tilly", "Test", d(2016, 2, 29), null, sex, null, "WBRI", "A123456789012", null,
                List.of("NONE"), "RF1 1AA", "CHILD");
    }

    /** Child 1: referred in May, assessed, s47, ICPC, CP plan with a review, closed in February. */
    static CinCensusBuilder.Facts facts() {
        List<ReferralFact> referrals = List.of(
                referral(100, 1, at(2026, 5, 4), 10L, false),
                referral(101, 2, at(2026, 11, 3), null, true),            // child 2: NFA referral
                referral(102, 3, at(2025, 10, 1), 30L, false),            // child 3: referred last year, case still open
                referral(103, 4, at(2025, 6, 1), null, true));            // child 4: NFA last year: not in this census
        List<CaseFact> cases = List.of(
                new CaseFact(10, 1, "CHILD_PROTECTION", at(2026, 5, 4), at(2027, 2, 12), "RC7", 5L, 7L),
                new CaseFact(30, 3, "CHILD_IN_NEED", at(2025, 10, 1), null, null, 5L, 8L),
                new CaseFact(50, 5, "EARLY_HELP", at(2026, 6, 1), null, null, 6L, 9L)); // child 5: early help only
        List<AssessmentFact> assessments = List.of(
                new AssessmentFact(200, 1, 100, 10L, "S17", at(2026, 5, 4), d(2026, 5, 5), d(2026, 6, 15), "AUTHORISED",
                        List.of("16A", "3B"), null, 7L, 5L, false, true, null),
                new AssessmentFact(201, 3, 102, 30L, "S17", at(2025, 10, 1), d(2027, 3, 1), null, "IN_PROGRESS",
                        List.of("20"), null, 8L, 5L, false, null, null));
        List<SsdCinPlan> cinPlans = List.of(new SsdCinPlan(300, 30, 3, d(2025, 11, 20), null, 5L, 8L, null));
        List<Section47Fact> s47s = List.of(new Section47Fact(400, 1, 10L, 100L, 401L, at(2026, 7, 15), d(2026, 7, 15),
                "SUBSTANTIATED", "INITIAL_CONFERENCE", true, d(2026, 8, 4), 7L, 5L, false));
        List<ConferenceFact> conferences = List.of(
                new ConferenceFact(500, 1, 10L, "INITIAL", at(2026, 8, 5), d(2026, 8, 5), "PLAN", "NEG", 400L, 600L, 11L, false),
                new ConferenceFact(501, 1, 10L, "REVIEW", at(2026, 11, 4), d(2026, 11, 4), "CONTINUE", "EMO", null, 600L, 11L, false));
        List<CpPlanFact> plans = List.of(new CpPlanFact(600, 1, 10L, 500L, d(2026, 8, 5), d(2027, 2, 1), "NEG", "EMO",
                "NO_LONGER_AT_RISK", 1, 7L, 5L, false));
        Map<Long, ChildCharacteristics> people = new HashMap<>();
        people.put(1L, person(1, "2"));
        people.put(2L, new ChildCharacteristics(2, null, null, null, d(2027, 2, 1), null, null, null, null, null, List.of(), null, "UNBORN"));
        people.put(3L, person(3, "1"));
        return new CinCensusBuilder.Facts(referrals, cases, assessments, cinPlans, s47s, conferences, plans, people);
    }

    static Map<Long, CinCensusChild> build() {
        Map<Long, CinCensusChild> byId = new HashMap<>();
        CinCensusBuilder.build(YEAR, facts(), CinCensusRulesTest.ENGLAND).forEach(c -> byId.put(c.childId(), c));
        return byId;
    }

    @Test
    void theCensusHoldsChildrenReferredInTheYearOrWithAnEpisodeOpenInIt() {
        assertThat(build().keySet()).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void aProtectionJourneyBecomesOneEpisode() {
        CinCensusChild c = build().get(1L);
        assertThat(c.genderCurrent()).isEqualTo("2");
        assertThat(c.birthDate()).isEqualTo(d(2016, 2, 29));
        assertThat(c.upn()).isEqualTo("A123456789012");
        Episode e = c.episodes().get(0);
        assertThat(e.referralDate()).isEqualTo(d(2026, 5, 4));
        assertThat(e.referralSource()).isEqualTo("6");
        assertThat(e.closureDate()).isEqualTo(d(2027, 2, 12));
        assertThat(e.reasonForClosure()).isEqualTo("RC7");
        assertThat(e.referralNfa()).isFalse();
        assertThat(e.dateOfInitialCpc()).as("the ICPC followed the enquiry: reported there only (rule 2884)").isNull();
        assertThat(e.assessments()).singleElement().satisfies(a -> {
            assertThat(a.authorisationDate()).isEqualTo(d(2026, 6, 15));
            assertThat(a.factors()).containsExactly("16A", "3B");
            assertThat(a.ref().href()).isEqualTo("/assessments/200");
            assertThat(a.ref().workerId()).isEqualTo(7L);
        });
        assertThat(e.section47s()).singleElement().satisfies(s -> {
            assertThat(s.startDate()).isEqualTo(d(2026, 7, 15));
            assertThat(s.dateOfInitialCpc()).isEqualTo(d(2026, 8, 5));
            assertThat(s.icpcNotRequired()).isFalse();
            // 15 working days after the strategy discussion on Wed 15 July 2026.
            assertThat(s.initialCpcTarget()).isEqualTo(d(2026, 8, 5));
        });
        assertThat(e.cpPlans()).singleElement().satisfies(p -> {
            assertThat(p.startDate()).isEqualTo(d(2026, 8, 5));
            assertThat(p.endDate()).isEqualTo(d(2027, 2, 1));
            assertThat(p.initialCategory()).isEqualTo("NEG");
            assertThat(p.latestCategory()).isEqualTo("EMO");
            assertThat(p.previousPlans()).isEqualTo(1);
            assertThat(p.reviewDates()).containsExactly(d(2026, 11, 4));
        });
        assertThat(CinCensusRules.check(c, CinCensusRulesTest.CONTEXT)).isEmpty();
    }

    @Test
    void aReferralWithNoFurtherActionIsAClosedEpisodeFlaggedNfa() {
        CinCensusChild c = build().get(2L);
        assertThat(c.genderCurrent()).as("unborn").isEqualTo("0");
        assertThat(c.expectedBirthDate()).isEqualTo(d(2027, 2, 1));
        assertThat(c.birthDate()).isNull();
        Episode e = c.episodes().get(0);
        assertThat(e.referralNfa()).isTrue();
        assertThat(e.closureDate()).isEqualTo(d(2026, 11, 3));
        assertThat(e.reasonForClosure()).isNotNull();
        assertThat(e.assessments()).isEmpty();
    }

    @Test
    void anEpisodeOpenedLastYearKeepsItsReferralAndAnUnfinishedAssessmentHasNoFactors() {
        Episode e = build().get(3L).episodes().get(0);
        assertThat(e.referralDate()).isEqualTo(d(2025, 10, 1));
        assertThat(e.closureDate()).isNull();
        assertThat(e.cinPlans()).singleElement().satisfies(p -> assertThat(p.startDate()).isEqualTo(d(2025, 11, 20)));
        assertThat(e.assessments()).singleElement().satisfies(a -> {
            assertThat(a.authorisationDate()).isNull();
            assertThat(a.factors()).as("factors are identified at the end of an assessment (rule 8614)").isEmpty();
        });
        assertThat(e.ref().workerId()).isEqualTo(8L);
    }

    @Test
    void aLargeYearIsBuiltCheckedAndWrittenInOnePass() {
        // 20,000 children, each with a referral, a case and an assessment: the in-memory part of the census, linear in
        // the children (no per-child lookups). Measured 10.7 s for 20,000 on the shared 2-core test machine at a load
        // average of 19 (about a tenth of a core); the bound is loose so that a busy machine does not fail the build.
        List<ReferralFact> referrals = new ArrayList<>();
        List<CaseFact> cases = new ArrayList<>();
        List<AssessmentFact> assessments = new ArrayList<>();
        Map<Long, ChildCharacteristics> people = new HashMap<>();
        for (long i = 1; i <= 20_000; i++) {
            Instant at = at(2026, 4 + (int) (i % 9), 1 + (int) (i % 28));
            referrals.add(referral(i, i, at, i, false));
            cases.add(new CaseFact(i, i, "CHILD_IN_NEED", at, null, null, 5L, 7L));
            assessments.add(new AssessmentFact(i, i, i, i, "S17", at, at.atZone(TimeConfiguration.LONDON).toLocalDate(), null,
                    "IN_PROGRESS", List.of(), null, 7L, 5L, false, null, null));
            people.put(i, person(i, i % 2 == 0 ? "1" : "2"));
        }
        long started = System.nanoTime();
        List<CinCensusChild> children = CinCensusBuilder.build(YEAR, new CinCensusBuilder.Facts(referrals, cases, assessments,
                List.of(), List.of(), List.of(), List.of(), people), CinCensusRulesTest.ENGLAND);
        children.forEach(c -> CinCensusRules.check(c, CinCensusRulesTest.CONTEXT));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CinCensusXmlWriter.write(CinCensusXmlTest.HEADER, children.iterator(), out);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(children).hasSize(20_000);
        assertThat(seconds).isLessThan(30);
    }
}
