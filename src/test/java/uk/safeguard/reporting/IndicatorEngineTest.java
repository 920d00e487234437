package uk.safeguard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguard.reporting.IndicatorTestData.at;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguard.reporting.internal.IndicatorCatalogue;
import uk.safeguard.reporting.internal.IndicatorsService;
import uk.safeguard.reporting.internal.MultiAgencyDataset;
import uk.safeguard.reporting.internal.MultiAgencyDataset.AgencyRow;
import uk.safeguard.protection.ProtectionFacts.Participant;
import uk.safeguard.protection.ProtectionFacts.StrategyDiscussionFact;

/** The engine's pure parts: a measure as a figure for each unit, red/amber/green, breakdowns, child items, order. */
class IndicatorEngineTest {

    private static Indicator indicator(Unit unit, Polarity polarity, Thresholds defaults) {
        return new Indicator("x", "X", "Test", "d", "s", "n", "d", polarity, unit, 22.6, "England", defaults);
    }

    private static List<CountedItem> items(int n, String type) {
        return java.util.stream.IntStream.rangeClosed(1, n)
                .mapToObj(i -> new CountedItem(type, i, (long) i, LocalDate.of(2026, 1, 1).plusDays(i), i % 2 == 0 ? 1L : 2L, null, null, "Agency " + (i % 3)))
                .toList();
    }

    @Test
    void aCountIsItsNumeratorWithNoDenominator() {
        IndicatorValue v = IndicatorsService.figure(indicator(Unit.COUNT, Polarity.NEITHER, Thresholds.NONE),
                Measure.count(items(7, "contact")), Thresholds.NONE, null, 60_000);
        assertThat(v.numerator()).isEqualTo(7);
        assertThat(v.denominator()).isNull();
        assertThat(v.value()).isEqualTo(7.0);
        assertThat(v.unit()).isEqualTo("COUNT");
        assertThat(v.rag()).isEqualTo(Rag.NONE);
    }

    @Test
    void aPercentageHasOneDecimalPlaceAndNoValueWithoutADenominator() {
        Indicator percent = indicator(Unit.PERCENT, Polarity.HIGHER_IS_BETTER, new Thresholds(95.0, 85.0));
        // 2 of 3 = 66.666… → 66.7
        IndicatorValue v = IndicatorsService.figure(percent, Measure.ratio(items(2, "r"), items(3, "r")),
                percent.defaults(), null, 60_000);
        assertThat(v.value()).isEqualTo(66.7);
        assertThat(v.denominator()).isEqualTo(3L);
        assertThat(v.rag()).isEqualTo(Rag.RED);
        IndicatorValue none = IndicatorsService.figure(percent, Measure.ratio(List.of(), List.of()), percent.defaults(), null, 60_000);
        assertThat(none.value()).isNull();
        assertThat(none.denominator()).isZero();
        assertThat(none.rag()).isEqualTo(Rag.NONE);
    }

    @Test
    void aRatePer10000UsesThePopulation() {
        Indicator rate = indicator(Unit.PER_10000, Polarity.NEITHER, Thresholds.NONE);
        // 250 × 10,000 / 60,000 = 41.666… → 41.7
        IndicatorValue v = IndicatorsService.figure(rate, Measure.count(items(250, "plan")), Thresholds.NONE, null, 60_000);
        assertThat(v.value()).isEqualTo(41.7);
        assertThat(v.denominator()).isEqualTo(60_000L);
        // a measure's own population wins: 250 × 10,000 / 50,000 = 50.0
        IndicatorValue own = IndicatorsService.figure(rate, new Measure(items(250, "plan"), List.of(), 50_000L), Thresholds.NONE, null, 60_000);
        assertThat(own.value()).isEqualTo(50.0);
    }

    @Test
    void anAverageDividesNumeratorByDenominator() {
        // 46 cases / 3 workers = 15.333… → 15.3
        IndicatorValue v = IndicatorsService.figure(indicator(Unit.AVERAGE, Polarity.LOWER_IS_BETTER, new Thresholds(15.4, 18.0)),
                Measure.ratio(items(46, "case"), items(3, "worker")), new Thresholds(15.4, 18.0), 15.4, 60_000);
        assertThat(v.value()).isEqualTo(15.3);
        assertThat(v.rag()).isEqualTo(Rag.GREEN);
        assertThat(v.target()).isEqualTo(15.4);
        assertThat(v.england()).isEqualTo(15.4);
    }

    @Test
    void redAmberGreenFollowsPolarity() {
        Thresholds higher = new Thresholds(95.0, 85.0);
        assertThat(IndicatorsService.rag(Polarity.HIGHER_IS_BETTER, higher, 95.0)).isEqualTo(Rag.GREEN);
        assertThat(IndicatorsService.rag(Polarity.HIGHER_IS_BETTER, higher, 94.9)).isEqualTo(Rag.AMBER);
        assertThat(IndicatorsService.rag(Polarity.HIGHER_IS_BETTER, higher, 85.0)).isEqualTo(Rag.AMBER);
        assertThat(IndicatorsService.rag(Polarity.HIGHER_IS_BETTER, higher, 84.9)).isEqualTo(Rag.RED);
        Thresholds lower = new Thresholds(22.6, 25.0);
        assertThat(IndicatorsService.rag(Polarity.LOWER_IS_BETTER, lower, 22.6)).isEqualTo(Rag.GREEN);
        assertThat(IndicatorsService.rag(Polarity.LOWER_IS_BETTER, lower, 25.0)).isEqualTo(Rag.AMBER);
        assertThat(IndicatorsService.rag(Polarity.LOWER_IS_BETTER, lower, 25.1)).isEqualTo(Rag.RED);
        assertThat(IndicatorsService.rag(Polarity.LOWER_IS_BETTER, new Thresholds(22.6, null), 23.0)).isEqualTo(Rag.RED);
        assertThat(IndicatorsService.rag(Polarity.NEITHER, lower, 10.0)).isEqualTo(Rag.NONE);
        assertThat(IndicatorsService.rag(Polarity.HIGHER_IS_BETTER, Thresholds.NONE, 10.0)).isEqualTo(Rag.NONE);
    }

    @Test
    void aTargetChangeReColoursButNeverChangesTheValue() {
        Indicator percent = indicator(Unit.PERCENT, Polarity.HIGHER_IS_BETTER, new Thresholds(95.0, 85.0));
        Measure m = Measure.ratio(items(9, "r"), items(10, "r"));
        IndicatorValue before = IndicatorsService.figure(percent, m, new Thresholds(95.0, 85.0), null, 60_000);
        IndicatorValue after = IndicatorsService.figure(percent, m, new Thresholds(90.0, 80.0), null, 60_000);
        assertThat(before.value()).isEqualTo(90.0).isEqualTo(after.value());
        assertThat(before.rag()).isEqualTo(Rag.AMBER);
        assertThat(after.rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void breakdownGroupsNumeratorAndDenominatorByKey() {
        Indicator percent = indicator(Unit.PERCENT, Polarity.NEITHER, Thresholds.NONE);
        // items 1..4: teams 2,1,2,1; numerator = items 1..2 (team 2: item 1; team 1: item 2)
        Measure m = Measure.ratio(items(2, "r"), items(4, "r"));
        Map<String, IndicatorValue> byTeam = IndicatorsService.breakdown(percent, null, m, 60_000,
                i -> i.teamId() == 1L ? "Team one" : "Team two");
        assertThat(byTeam.keySet()).containsExactly("Team one", "Team two");
        assertThat(byTeam.get("Team one").numerator()).isEqualTo(1);
        assertThat(byTeam.get("Team one").denominator()).isEqualTo(2L);
        assertThat(byTeam.get("Team one").value()).isEqualTo(50.0);
    }

    @Test
    void childItemsAreTheDenominatorAndAnyNumeratorItemNotInItAboutAChild() {
        CountedItem worker = new CountedItem("worker", 9, null, LocalDate.of(2026, 11, 30), 1L, 9L, null, null);
        Measure m = Measure.ratio(items(2, "case"), List.of(worker));
        assertThat(IndicatorsService.childItems(m)).extracting(CountedItem::type, CountedItem::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("case", 1L), org.assertj.core.groups.Tuple.tuple("case", 2L));
    }

    @Test
    void calculationsComeInDashboardOrder() {
        IndicatorCalculation referrals = calculation("referrals");
        IndicatorCalculation workforce = calculation("caseload-per-worker");
        IndicatorCalculation contacts = calculation("contacts");
        IndicatorCalculation extra = calculation("zz-local-extra");
        IndicatorCatalogue catalogue = new IndicatorCatalogue(List.of(extra, workforce, referrals, contacts));
        assertThat(catalogue.indicators()).extracting(Indicator::id)
                .containsExactly("contacts", "referrals", "caseload-per-worker", "zz-local-extra");
    }

    private static IndicatorCalculation calculation(String id) {
        return new IndicatorCalculation() {
            public Indicator indicator() {
                return new Indicator(id, id, "g", "d", "s", "n", "", Polarity.NEITHER, Unit.COUNT, null, null, Thresholds.NONE);
            }

            public Measure measure(ReportingData data, Period period) {
                return Measure.count(List.of());
            }
        };
    }

    @Test
    void multiAgencyDatasetCountsEachAgencysContactsReferralsAndStrategyDiscussions() {
        IndicatorTestData d = new IndicatorTestData();
        // November 2026: police make 2 contacts (children 1 and 2) and 1 referral; a school 1 contact; a contact on
        // 1 December is outside the month.
        d.contact(1, at(2026, 11, 2, 10, 0), at(2026, 11, 2, 12, 0), 501L, "POLICE", "Riverford Police")
                .contact(2, at(2026, 11, 3, 10, 0), null, null, "POLICE", "Riverford Police")
                .contact(3, at(2026, 11, 4, 10, 0), null, null, "EDUCATION", "Oakfield Primary School")
                .contact(4, at(2026, 12, 1, 10, 0), null, null, "EDUCATION", "Oakfield Primary School")
                .referral(501, 1, at(2026, 11, 2, 12, 0), null, false, null, "POLICE", "Riverford Police");
        // Two strategy discussions: police invited to both, attended one (50.0%); health invited to and attended one
        // (100.0%); LA children's social care at both.
        d.discussions.add(new StrategyDiscussionFact(1, 1, null, at(2026, 11, 5, 10, 0), true, List.of(
                new Participant("LA_CHILDRENS_SOCIAL_CARE", "Riverford Children's Services", 1L, true),
                new Participant("POLICE", "Riverford Police", 2L, true),
                new Participant("HEALTH", "Riverford Community Health NHS Trust", 3L, true)), 7L));
        d.discussions.add(new StrategyDiscussionFact(2, 2, null, at(2026, 11, 20, 10, 0), false, List.of(
                new Participant("LA_CHILDRENS_SOCIAL_CARE", "Riverford Children's Services", 1L, true),
                new Participant("POLICE", "Riverford Police", 2L, false)), 7L));
        List<AgencyRow> rows = MultiAgencyDataset.compute(d.build(), Period.month(YearMonth.of(2026, 11)));
        assertThat(rows).containsExactly(
                new AgencyRow("EDUCATION", "Oakfield Primary School", 1, 0, 0, 0, null),
                new AgencyRow("HEALTH", "Riverford Community Health NHS Trust", 0, 0, 1, 1, 100.0),
                new AgencyRow("LA_CHILDRENS_SOCIAL_CARE", "Riverford Children's Services", 0, 0, 2, 2, 100.0),
                new AgencyRow("POLICE", "Riverford Police", 2, 1, 2, 1, 50.0));
    }
}
