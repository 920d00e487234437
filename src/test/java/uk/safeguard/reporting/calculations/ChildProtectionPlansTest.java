package uk.safeguard.reporting.calculations;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguard.reporting.calculations.AssessmentIndicatorsTest.children;
import static uk.safeguard.reporting.calculations.HandBuiltData.data;
import static uk.safeguard.reporting.calculations.HandBuiltData.day;
import static uk.safeguard.reporting.calculations.HandBuiltData.period;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.safeguard.reporting.CountedItem;
import uk.safeguard.reporting.Measure;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.reporting.Unit;
import uk.safeguard.reporting.internal.calculations.ChildProtectionPlanRate;
import uk.safeguard.reporting.internal.calculations.ChildProtectionPlansEnded;
import uk.safeguard.reporting.internal.calculations.ChildProtectionPlansEndedAfterTwoYears;
import uk.safeguard.reporting.internal.calculations.ChildProtectionPlansOpen;
import uk.safeguard.reporting.internal.calculations.ChildProtectionPlansSecondOrSubsequent;
import uk.safeguard.reporting.internal.calculations.ChildProtectionPlansStarted;

/** Hand-worked child protection plan counts for January 2027 (a child population of 50,000). */
class ChildProtectionPlansTest {

    private static final Period JANUARY = period("2027-01-01", "2027-01-31");

    private final ChildProtectionPlansStarted started = new ChildProtectionPlansStarted();
    private final ChildProtectionPlansEnded ended = new ChildProtectionPlansEnded();
    private final ChildProtectionPlansOpen open = new ChildProtectionPlansOpen();
    private final ChildProtectionPlanRate rate = new ChildProtectionPlanRate();
    private final ChildProtectionPlansSecondOrSubsequent secondOrSubsequent = new ChildProtectionPlansSecondOrSubsequent();
    private final ChildProtectionPlansEndedAfterTwoYears afterTwoYears = new ChildProtectionPlansEndedAfterTwoYears();

    /*
     * Child 1: plan 15 Jan 2025 - Fri 15 Jan 2027, ending exactly on its second anniversary: two years or more.
     * Child 2: plan 16 Jan 2025 - 15 Jan 2027: one day short of two years.
     * Child 4: plan 1 Dec 2026 - Thu 31 Dec 2026, ended the day before January: in no January figure.
     * Child 5: first plan, started Mon 4 Jan 2027.
     * Child 6: a plan Mar-Sep 2025, then a second one from Mon 11 Jan 2027 (previous plans counted as 1).
     * Child 7: started Wed 20 Jan 2027; two previous plans in another authority (recorded, not in the data).
     * Child 8: a plan Jun-Oct 2026 in the data, then one from Mon 25 Jan 2027 recorded with 0 previous plans: the
     *          earlier plan in the data still makes it a second plan.
     * Child 9: started Sun 31 Jan 2027, the period's last day.
     * Child 10: plan 5 Oct 2026 - Sun 31 Jan 2027: ended on the last day, so not open at its end.
     * Child 11: plan from 2 Nov 2026, still open.   Child 12: starts Mon 1 Feb 2027.
     *
     * cp-plans-started = 5 (children 5, 6, 7, 8, 9).
     * cp-plans-second-or-subsequent: numerator 3 (6, 7, 8), denominator 5 = 60%.
     * cp-plans-ended = 3 (1, 2, 10).  cp-plans-ended-after-2-years: numerator 1 (child 1), denominator 3 = 33.3%.
     * cp-plans-open at the end of 31 Jan = 6 (5, 6, 7, 8, 9, 11).
     * cp-plan-rate-per-10000 = 6 / 50,000 x 10,000 = 1.2: numerator 6, population 50,000.
     */
    private ReportingData january() {
        return data().by(31L, 6L).population(50_000)
                .plan(1, "2025-01-15").planEnded(1, "2027-01-15")
                .plan(2, "2025-01-16").planEnded(2, "2027-01-15")
                .plan(4, "2026-12-01").planEnded(4, "2026-12-31")
                .plan(5, "2027-01-04")
                .plan(6, "2025-03-02").planEnded(6, "2025-09-30").plan(6, "2027-01-11")
                .plan(7, "2027-01-20", 2)
                .plan(8, "2026-06-01").planEnded(8, "2026-10-01").plan(8, "2027-01-25", 0)
                .plan(9, "2027-01-31")
                .plan(10, "2026-10-05").planEnded(10, "2027-01-31")
                .plan(11, "2026-11-02")
                .plan(12, "2027-02-01")
                .build();
    }

    @Test
    void plansStartedAndEnded() {
        Measure s = started.measure(january(), JANUARY);
        assertThat(children(s.numerator())).containsExactlyInAnyOrder(5L, 6L, 7L, 8L, 9L);
        assertThat(s.denominator()).isEmpty();
        CountedItem child5 = s.numerator().stream().filter(i -> i.childId() == 5L).findFirst().orElseThrow();
        assertThat(child5.type()).isEqualTo("plan");
        assertThat(child5.date()).isEqualTo(day("2027-01-04"));
        assertThat(child5.workerId()).isEqualTo(31L);
        assertThat(child5.teamId()).isEqualTo(6L);

        Measure e = ended.measure(january(), JANUARY);
        assertThat(children(e.numerator())).containsExactlyInAnyOrder(1L, 2L, 10L);
        assertThat(e.numerator()).extracting(CountedItem::date)
                .containsExactlyInAnyOrder(day("2027-01-15"), day("2027-01-15"), day("2027-01-31"));
    }

    @Test
    void plansOpenAtThePeriodsEnd() {
        assertThat(children(open.measure(january(), JANUARY).numerator()))
                .containsExactlyInAnyOrder(5L, 6L, 7L, 8L, 9L, 11L);
        // December: child 4's plan ended on 31 Dec, the last day, so it is not open at the end of it.
        assertThat(children(open.measure(january(), period("2026-12-01", "2026-12-31")).numerator()))
                .containsExactlyInAnyOrder(1L, 2L, 10L, 11L);
        // A period of one day, Fri 15 Jan: children 1 and 2 ended that day; 5, 6, 10, 11 are open at its end.
        assertThat(children(open.measure(january(), period("2027-01-15", "2027-01-15")).numerator()))
                .containsExactlyInAnyOrder(5L, 6L, 10L, 11L);
        assertThat(open.indicator().england()).isEqualTo(49_420.0);
    }

    @Test
    void ratePerTenThousandChildren() {
        Measure m = rate.measure(january(), JANUARY);

        assertThat(m.numerator()).hasSize(6);
        assertThat(m.denominator()).isEmpty();
        assertThat(m.population()).isEqualTo(50_000L);
        assertThat(m.numerator().size() * 10_000.0 / m.population()).isEqualTo(1.2);
        assertThat(rate.indicator().unit()).isEqualTo(Unit.PER_10000);
    }

    @Test
    void secondOrSubsequentPlans() {
        Measure m = secondOrSubsequent.measure(january(), JANUARY);

        assertThat(children(m.numerator())).containsExactlyInAnyOrder(6L, 7L, 8L);
        assertThat(children(m.denominator())).containsExactlyInAnyOrder(5L, 6L, 7L, 8L, 9L);
        assertThat(m.denominator()).containsAll(m.numerator());
    }

    @Test
    void plansEndedAfterTwoYearsOrMore() {
        Measure m = afterTwoYears.measure(january(), JANUARY);

        assertThat(children(m.numerator())).containsExactly(1L);
        assertThat(children(m.denominator())).containsExactlyInAnyOrder(1L, 2L, 10L);
        assertThat(afterTwoYears.indicator().england()).isEqualTo(4.4);
    }

    /*
     * Leap day: child 3's plan started Thu 29 Feb 2024; its second anniversary is Sat 28 Feb 2026 (no 29 Feb), so
     * ending on 28 Feb 2026 is two years. Child 13's started Fri 1 Mar 2024 and ended 28 Feb 2026: short.
     * February 2026: numerator 1 (3), denominator 2 (3, 13).
     */
    @Test
    void aPlanStartedOnALeapDayReachesTwoYearsOnThe28thOfFebruary() {
        ReportingData data = data()
                .plan(3, "2024-02-29").planEnded(3, "2026-02-28")
                .plan(13, "2024-03-01").planEnded(13, "2026-02-28")
                .build();

        Measure m = afterTwoYears.measure(data, period("2026-02-01", "2026-02-28"));

        assertThat(children(m.numerator())).containsExactly(3L);
        assertThat(children(m.denominator())).containsExactlyInAnyOrder(3L, 13L);
    }

    static List<Long> ids(List<CountedItem> items) {
        return items.stream().map(CountedItem::id).toList();
    }
}
