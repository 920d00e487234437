package uk.safeguard.reporting.calculations;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguard.reporting.calculations.AssessmentIndicatorsTest.children;
import static uk.safeguard.reporting.calculations.HandBuiltData.WORKING_DAYS;
import static uk.safeguard.reporting.calculations.HandBuiltData.data;
import static uk.safeguard.reporting.calculations.HandBuiltData.day;
import static uk.safeguard.reporting.calculations.HandBuiltData.period;

import org.junit.jupiter.api.Test;

import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceKind;
import uk.safeguard.reporting.CountedItem;
import uk.safeguard.reporting.Measure;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.reporting.internal.calculations.ChildProtectionCoreGroupsOnTime;
import uk.safeguard.reporting.internal.calculations.ChildProtectionReviewsOnTime;
import uk.safeguard.reporting.internal.calculations.ChildProtectionVisitsOnTime;

/**
 * Hand-worked review, core group and visit timeliness. Working days use the bank holidays shipped in V10: Fri 25 Dec
 * 2026, Mon 28 Dec 2026 (Boxing Day substitute), Fri 1 Jan 2027.
 */
class ChildProtectionTimelinessTest {

    private static final Period JANUARY = period("2027-01-01", "2027-01-31");

    private final ChildProtectionReviewsOnTime reviews = new ChildProtectionReviewsOnTime();
    private final ChildProtectionCoreGroupsOnTime coreGroups = new ChildProtectionCoreGroupsOnTime();
    private final ChildProtectionVisitsOnTime visits = new ChildProtectionVisitsOnTime(10);

    /*
     * Reviews (calendar months, as the clock engine counts them):
     * Child 1: plan Mon 30 Nov 2026; first review due 30 Nov + 3 months = Sun 28 Feb 2027; held Fri 26 Feb: on time.
     * Child 2: plan Mon 30 Nov 2026; first review held Mon 1 Mar 2027: late.
     * Child 3: plan Wed 31 Mar 2027; due 30 Jun 2027 (June has no 31st); held Wed 30 Jun: on time.
     * Child 4: plan Mon 3 Aug 2026; first review Tue 3 Nov 2026 (before the period); the next is due 3 May 2027;
     *          held Tue 4 May: late.
     * Child 5: plan Mon 2 Nov 2026; first review Tue 2 Feb 2027 (due 2 Feb: on time); the next due 2 Aug 2027,
     *          held Mon 28 Jun: on time.
     * Child 6: plan ended by a review on Sun 31 Jan 2027, the day before the period: not counted (it is January's).
     * Child 7: a review scheduled, not held: not counted.
     * Child 8: plan Tue 1 Dec 2026; an imported review (no plan recorded on it) held Thu 4 Mar 2027: the child's plan
     *          running that day is found; due 1 Mar: late.
     * Child 9: a review with no plan on record at all: not measurable, not counted.
     * 1 Feb - 30 Jun 2027: numerator 4 (1, 3, 5, 5), denominator 7 (1, 2, 3, 4, 5, 5, 8) = 57.1%.
     * February alone: 2 of 2 (1, 5).  March alone: 0 of 2 (2, 8).
     */
    private ReportingData reviewData() {
        return data().by(41L, 7L)
                .plan(1, "2026-11-30").review(1, "2027-02-26")
                .plan(2, "2026-11-30").review(2, "2027-03-01")
                .plan(3, "2027-03-31").review(3, "2027-06-30")
                .plan(4, "2026-08-03").review(4, "2026-11-03").review(4, "2027-05-04")
                .plan(5, "2026-11-02").review(5, "2027-02-02").review(5, "2027-06-28")
                .plan(6, "2026-11-02").review(6, "2027-01-31").planEnded(6, "2027-01-31")
                .plan(7, "2026-12-01").conference(7, ConferenceKind.REVIEW, null, null)
                .plan(8, "2026-12-01").review(8, "2027-03-04")
                .changeLast(ConferenceFact.class, c -> new ConferenceFact(c.conferenceId(), c.childId(), c.caseId(),
                        c.kind(), c.scheduledAt(), c.heldOn(), c.decision(), c.category(), null, null, null, true))
                .review(9, "2027-03-10")
                .build();
    }

    @Test
    void reviewsOnTime() {
        Measure m = reviews.measure(reviewData(), period("2027-02-01", "2027-06-30"));

        assertThat(children(m.numerator())).containsExactlyInAnyOrder(1L, 3L, 5L, 5L);
        assertThat(children(m.denominator())).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 5L, 8L);
        assertThat(m.denominator()).containsAll(m.numerator());
        CountedItem child1 = m.numerator().stream().filter(i -> i.childId() == 1L).findFirst().orElseThrow();
        assertThat(child1.type()).isEqualTo("conference");
        assertThat(child1.date()).isEqualTo(day("2027-02-26"));
        assertThat(child1.workerId()).isEqualTo(41L);
        assertThat(child1.teamId()).isEqualTo(7L);
        assertThat(reviews.indicator().source()).contains("2991").contains("3016");

        Measure february = reviews.measure(reviewData(), period("2027-02-01", "2027-02-28"));
        assertThat(children(february.numerator())).containsExactlyInAnyOrder(1L, 5L);
        assertThat(february.denominator()).hasSize(2);
        Measure march = reviews.measure(reviewData(), period("2027-03-01", "2027-03-31"));
        assertThat(march.numerator()).isEmpty();
        assertThat(children(march.denominator())).containsExactlyInAnyOrder(2L, 8L);
        // January: only child 6's review on Sun 31 Jan (plan 2 Nov 2026, due 2 Feb 2027): on time.
        Measure january = reviews.measure(reviewData(), JANUARY);
        assertThat(children(january.numerator())).containsExactly(6L);
        assertThat(children(january.denominator())).containsExactly(6L);
    }

    /*
     * First core groups (10 WD after the plan's start):
     * Child 1: plan Fri 18 Dec 2026: 21-24 Dec (4), [25, 28 Dec], 29-31 Dec (7), [1 Jan], 4-6 Jan (10): due Wed 6 Jan
     *          (without the bank holidays it would be Fri 1 Jan); met Wed 6 Jan: on time.
     * Child 2: plan Fri 18 Dec 2026, met Thu 7 Jan: late.
     * Child 3: plan Mon 18 Jan 2027: due Mon 1 Feb: February's (not met: 0 of 1 in February).
     * Child 4: plan Thu 17 Dec 2026: due Tue 5 Jan; never met: late.
     * Child 5: plan Fri 18 Dec 2026 ended Wed 30 Dec, before its core group was due: not counted.
     * Child 6: plan Mon 14 Dec 2026: due Wed 30 Dec: December's.
     * Child 7: plan Mon 4 Jan 2027: due Mon 18 Jan; met Wed 13 Jan (and again 20 Jan): on time.
     * January: numerator 2 (1, 7), denominator 4 (1, 2, 4, 7) = 50%.
     */
    private ReportingData coreGroupData() {
        return data().by(42L, 8L)
                .plan(1, "2026-12-18").coreGroup(1, "2027-01-06")
                .plan(2, "2026-12-18").coreGroup(2, "2027-01-07")
                .plan(3, "2027-01-18")
                .plan(4, "2026-12-17")
                .plan(5, "2026-12-18").planEnded(5, "2026-12-30")
                .plan(6, "2026-12-14")
                .plan(7, "2027-01-04").coreGroup(7, "2027-01-13").coreGroup(7, "2027-01-20")
                .build();
    }

    @Test
    void theWorkedDueDaysAgreeWithTheCalendar() {
        assertThat(WORKING_DAYS.addWorkingDays(day("2026-12-18"), 10)).isEqualTo(day("2027-01-06"));
        assertThat(WORKING_DAYS.addWorkingDays(day("2026-12-17"), 10)).isEqualTo(day("2027-01-05"));
        assertThat(WORKING_DAYS.addWorkingDays(day("2026-12-14"), 10)).isEqualTo(day("2026-12-30"));
        assertThat(WORKING_DAYS.addWorkingDays(day("2027-01-18"), 10)).isEqualTo(day("2027-02-01"));
        assertThat(WORKING_DAYS.countWorkingDays(day("2026-12-23"), day("2027-01-06"))).isEqualTo(7);
        assertThat(WORKING_DAYS.countWorkingDays(day("2027-01-04"), day("2027-01-29"))).isEqualTo(19);
    }

    @Test
    void firstCoreGroupsOnTime() {
        Measure m = coreGroups.measure(coreGroupData(), JANUARY);

        assertThat(children(m.numerator())).containsExactlyInAnyOrder(1L, 7L);
        assertThat(children(m.denominator())).containsExactlyInAnyOrder(1L, 2L, 4L, 7L);
        assertThat(m.denominator()).containsAll(m.numerator());
        CountedItem child4 = m.denominator().stream().filter(i -> i.childId() == 4L).findFirst().orElseThrow();
        assertThat(child4.type()).isEqualTo("plan");
        assertThat(child4.date()).isEqualTo(day("2027-01-05"));
        assertThat(child4.workerId()).isEqualTo(42L);

        Measure february = coreGroups.measure(coreGroupData(), period("2027-02-01", "2027-02-28"));
        assertThat(february.numerator()).isEmpty();
        assertThat(children(february.denominator())).containsExactly(3L);
        assertThat(children(coreGroups.measure(coreGroupData(), period("2026-12-01", "2026-12-31")).denominator()))
                .containsExactly(6L);
    }

    /*
     * Visits, every 10 WD (a gap runs from the plan's start or the last visit where the child was seen):
     * Child 1: plan Fri 18 Dec 2026; seen Wed 23 Dec (December's); seen Wed 6 Jan: 24 Dec (1), 29-31 Dec (4),
     *          4-6 Jan (7): on time; visited Mon 11 Jan but not seen (does not count); seen Fri 22 Jan: 7-8 Jan (2),
     *          11-15 (7), 18-22 (12): late; from 22 Jan to 31 Jan only 5 WD: not yet due.
     * Child 2: plan Mon 4 Jan 2027, never seen: at 31 Jan, 19 WD: late (one plan item dated 31 Jan).
     * Child 3: plan 1 Dec 2026 ended Thu 31 Dec 2026, the day before the period: not counted in January.
     * Child 4: plan Mon 11 Jan; seen Mon 25 Jan: 12-15 (4), 18-22 (9), 25 (10): exactly 10, on time.
     * Child 5: plan Mon 4 Jan; seen Tue 5 Jan (1 WD, on time); plan ended Fri 29 Jan with the child unseen since
     *          5 Jan: 18 WD, late (dated 29 Jan); a visit on Mon 1 Feb, after the plan ended, is ignored.
     * Child 6: plan Mon 4 Jan; visited Fri 8 Jan but not seen; seen Fri 29 Jan: 19 WD, late.
     * January: numerator 3 (1 on 6 Jan, 4, 5 on 5 Jan), denominator 7 (1 twice, 2, 4, 5 twice, 6) = 42.9%.
     */
    private ReportingData visitData() {
        return data().by(43L, 9L)
                .plan(1, "2026-12-18").visit(1, "2026-12-23T10:00", true).visit(1, "2027-01-06T10:00", true)
                .visit(1, "2027-01-11T10:00", false).visit(1, "2027-01-22T15:00", true)
                .plan(2, "2027-01-04")
                .plan(3, "2026-12-01").planEnded(3, "2026-12-31")
                .plan(4, "2027-01-11").visit(4, "2027-01-25T09:30", true)
                .plan(5, "2027-01-04").visit(5, "2027-01-05T10:00", true).planEnded(5, "2027-01-29")
                .visit(5, "2027-02-01T10:00", true)
                .plan(6, "2027-01-04").visit(6, "2027-01-08T10:00", false).visit(6, "2027-01-29T10:00", true)
                .build();
    }

    @Test
    void visitsOnTime() {
        Measure m = visits.measure(visitData(), JANUARY);

        assertThat(m.numerator()).extracting(CountedItem::childId, CountedItem::date).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(1L, day("2027-01-06")),
                org.assertj.core.groups.Tuple.tuple(4L, day("2027-01-25")),
                org.assertj.core.groups.Tuple.tuple(5L, day("2027-01-05")));
        assertThat(m.denominator()).extracting(CountedItem::childId, CountedItem::date, CountedItem::type)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(1L, day("2027-01-06"), "visit"),
                        org.assertj.core.groups.Tuple.tuple(1L, day("2027-01-22"), "visit"),
                        org.assertj.core.groups.Tuple.tuple(2L, day("2027-01-31"), "plan"),
                        org.assertj.core.groups.Tuple.tuple(4L, day("2027-01-25"), "visit"),
                        org.assertj.core.groups.Tuple.tuple(5L, day("2027-01-05"), "visit"),
                        org.assertj.core.groups.Tuple.tuple(5L, day("2027-01-29"), "plan"),
                        org.assertj.core.groups.Tuple.tuple(6L, day("2027-01-29"), "visit"));
        assertThat(m.denominator()).containsAll(m.numerator());
        assertThat(m.denominator()).allSatisfy(i -> assertThat(i.workerId()).isEqualTo(43L));
    }

    /*
     * A period of one day, Mon 25 Jan: child 4 seen that day (on time); gaps still open at its end and already past
     * 10 WD: child 2 (from 4 Jan: 15), child 5 (from 5 Jan: 14), child 6 (from 4 Jan: 15); child 1 (from 22 Jan: 1)
     * is not yet due. Numerator 1, denominator 4.
     * February: children 1 (since 22 Jan), 2, 4 (since 25 Jan) and 6 (since 29 Jan) not seen in February: 0 of 4;
     * child 5's plan ended in January.
     */
    @Test
    void visitsInAPeriodOfOneDayAndInTheNextMonth() {
        Measure oneDay = visits.measure(visitData(), period("2027-01-25", "2027-01-25"));
        assertThat(children(oneDay.numerator())).containsExactly(4L);
        assertThat(children(oneDay.denominator())).containsExactlyInAnyOrder(2L, 4L, 5L, 6L);

        Measure february = visits.measure(visitData(), period("2027-02-01", "2027-02-28"));
        assertThat(february.numerator()).isEmpty();
        assertThat(children(february.denominator())).containsExactlyInAnyOrder(1L, 2L, 4L, 6L);
    }

    /*
     * Every 20 WD instead: child 1's gaps of 7 and 12 are on time, child 4's 10, child 5's 1 (and its end gap of 18
     * is within 20), child 6's 19; child 2's open gap of 19 is not yet due. 5 of 5.
     */
    @Test
    void theVisitIntervalIsConfigurable() {
        ChildProtectionVisitsOnTime everyTwentyDays = new ChildProtectionVisitsOnTime(20);

        Measure m = everyTwentyDays.measure(visitData(), JANUARY);

        assertThat(children(m.numerator())).containsExactlyInAnyOrder(1L, 1L, 4L, 5L, 6L);
        assertThat(m.denominator()).hasSize(5);
        assertThat(everyTwentyDays.indicator().definition()).contains("every 20 working days");
        assertThat(visits.indicator().definition()).contains("every 10 working days");
    }
}
