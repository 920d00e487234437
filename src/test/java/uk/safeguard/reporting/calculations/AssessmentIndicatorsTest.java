package uk.safeguard.reporting.calculations;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguard.reporting.calculations.HandBuiltData.WORKING_DAYS;
import static uk.safeguard.reporting.calculations.HandBuiltData.data;
import static uk.safeguard.reporting.calculations.HandBuiltData.day;
import static uk.safeguard.reporting.calculations.HandBuiltData.period;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.safeguard.assessment.AssessmentFacts.AssessmentFact;
import uk.safeguard.assessment.AssessmentStatus;
import uk.safeguard.reporting.CountedItem;
import uk.safeguard.reporting.Measure;
import uk.safeguard.reporting.Polarity;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.reporting.Unit;
import uk.safeguard.reporting.internal.calculations.AssessmentsCompleted;
import uk.safeguard.reporting.internal.calculations.AssessmentsWithin45WorkingDaysOfReferral;
import uk.safeguard.reporting.internal.calculations.AssessmentsWithin45WorkingDaysOfStart;

/** Hand-worked assessment figures; working days use the bank holidays shipped in V10 (25, 28 Dec 2026, 1 Jan 2027). */
class AssessmentIndicatorsTest {

    private final AssessmentsCompleted completed = new AssessmentsCompleted();
    private final AssessmentsWithin45WorkingDaysOfReferral fromReferral = new AssessmentsWithin45WorkingDaysOfReferral();
    private final AssessmentsWithin45WorkingDaysOfStart fromStart = new AssessmentsWithin45WorkingDaysOfStart();

    /*
     * Child 1: referral Fri 18 Dec 2026, assessment started Mon 21 Dec, authorised Wed 24 Feb 2027.
     *   Referral to authorisation: 21-24 Dec (4), [25 Dec, 28 Dec bank holidays], 29-31 Dec (7), [1 Jan],
     *   4-8 Jan (12), 11-15 (17), 18-22 (22), 25-29 (27), 1-5 Feb (32), 8-12 (37), 15-19 (42), 22-24 (45): 45 WD, within.
     *   Start to authorisation: one fewer (21 Dec no longer counts) = 44 WD, within.
     * Child 2: referral Fri 18 Dec 2026, started Mon 4 Jan, authorised Thu 25 Feb: 46 WD from the referral (late);
     *   from the start: 5-8 Jan (4), 11 Jan-19 Feb six weeks (34), 22-25 Feb (38): 38 WD, within.
     * Child 3: imported, referral date unknown, started Mon 1 Feb, authorised Wed 10 Feb: 7 WD from the start;
     *   not measurable from the referral, so left out of that measure.
     * Child 4: referral and start Mon 7 Dec 2026, authorised Fri 26 Feb 2027: 8-11 Dec (4), 14-18 (9), 21-24 (13),
     *   29-31 (16), 4 Jan-26 Feb eight weeks (56): 56 WD, late on both measures.
     * Child 5: authorised Sun 31 Jan 2027 (before February). Child 6: still in progress. Child 7: withdrawn.
     * February 2027:  completed = 4 (children 1-4);
     *   from the referral: numerator 1 (child 1), denominator 3 (children 1, 2, 4) = 33.3%;
     *   from the start:    numerator 3 (children 1, 2, 3), denominator 4 = 75%.
     */
    private ReportingData february() {
        return data().by(11L, 1L)
                .referral(1, "2026-12-18T10:00").assessment(1, "2026-12-21", "2027-02-24")
                .referral(2, "2026-12-18T16:30").assessment(2, "2027-01-04", "2027-02-25")
                .referral(3, "2027-01-29T09:00").assessment(3, "2027-02-01", "2027-02-10")
                .changeLast(AssessmentFact.class, a -> new AssessmentFact(a.assessmentId(), a.childId(),
                        a.referralId(), a.caseId(), a.kind(), null, a.startedOn(), a.authorisedOn(), a.status(),
                        a.factors(), a.lateReason(), a.workerId(), a.teamId(), true))
                .by(12L, 2L)
                .referral(4, "2026-12-07T09:00").assessment(4, "2026-12-07", "2027-02-26")
                .referral(5, "2026-12-01T09:00").assessment(5, "2026-12-02", "2027-01-31")
                .referral(6, "2027-01-10T09:00").assessment(6, "2027-01-11", null)
                .referral(7, "2027-01-10T09:00").assessment(7, "2027-01-11", "2027-02-12")
                .changeLast(AssessmentFact.class, a -> new AssessmentFact(a.assessmentId(), a.childId(),
                        a.referralId(), a.caseId(), a.kind(), a.referralAt(), a.startedOn(), a.authorisedOn(),
                        AssessmentStatus.WITHDRAWN.name(), a.factors(), a.lateReason(), a.workerId(), a.teamId(),
                        false))
                .build();
    }

    @Test
    void theWorkedWorkingDaysAgreeWithTheCalendar() {
        assertThat(WORKING_DAYS.addWorkingDays(day("2026-12-18"), 45)).isEqualTo(day("2027-02-24"));
        assertThat(WORKING_DAYS.countWorkingDays(day("2027-01-04"), day("2027-02-25"))).isEqualTo(38);
        assertThat(WORKING_DAYS.countWorkingDays(day("2026-12-07"), day("2027-02-26"))).isEqualTo(56);
    }

    @Test
    void assessmentsCompletedCountsAuthorisationsInThePeriod() {
        Measure m = completed.measure(february(), period("2027-02-01", "2027-02-28"));

        assertThat(children(m.numerator())).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(m.denominator()).isEmpty();
        assertThat(m.numerator()).allSatisfy(i -> assertThat(i.type()).isEqualTo("assessment"));
        CountedItem first = m.numerator().stream().filter(i -> i.childId() == 1L).findFirst().orElseThrow();
        assertThat(first.date()).isEqualTo(day("2027-02-24"));
        assertThat(first.workerId()).isEqualTo(11L);
        assertThat(first.teamId()).isEqualTo(1L);
        assertThat(first.agencyName()).isNull();
        assertThat(completed.indicator().unit()).isEqualTo(Unit.COUNT);
    }

    @Test
    void aPeriodOfOneDayAndAMonthEnd() {
        // Sun 31 Jan 2027 alone: child 5 only. Wed 24 Feb alone: child 1 only.
        assertThat(children(completed.measure(february(), period("2027-01-31", "2027-01-31")).numerator()))
                .containsExactly(5L);
        assertThat(children(completed.measure(february(), period("2027-02-24", "2027-02-24")).numerator()))
                .containsExactly(1L);
    }

    @Test
    void withinFortyFiveWorkingDaysOfTheReferral() {
        Measure m = fromReferral.measure(february(), period("2027-02-01", "2027-02-28"));

        assertThat(children(m.numerator())).containsExactly(1L);
        assertThat(children(m.denominator())).containsExactlyInAnyOrder(1L, 2L, 4L);
        assertThat(m.denominator()).containsAll(m.numerator());
        assertThat(fromReferral.indicator().name()).contains("referral");
        assertThat(fromReferral.indicator().source()).contains("para 155");
        assertThat(fromReferral.indicator().polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    }

    @Test
    void withinFortyFiveWorkingDaysOfTheStartIsTheDfeMeasure() {
        Measure m = fromStart.measure(february(), period("2027-02-01", "2027-02-28"));

        assertThat(children(m.numerator())).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(children(m.denominator())).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(fromStart.indicator().england()).isEqualTo(85.7);
        assertThat(fromStart.indicator().name()).contains("DfE");
        assertThat(fromStart.indicator().unit()).isEqualTo(Unit.PERCENT);
    }

    /*
     * The referral day is the London day. Child 8: referral Tue 1 Jun 2027 00:30 BST (Mon 31 May 23:30 UTC, itself
     * the spring bank holiday), authorised Tue 3 Aug 2027. From Tue 1 Jun: 2-4 Jun (3), 7 Jun-30 Jul eight weeks
     * (43), 2-3 Aug (45): 45 WD, within. Counted from the UTC day (31 May) it would be 46, late.
     */
    @Test
    void theReferralDayIsTheLondonDay() {
        ReportingData data = data().referral(8, "2027-06-01T00:30").assessment(8, "2027-06-01", "2027-08-03").build();

        Measure m = fromReferral.measure(data, period("2027-08-01", "2027-08-31"));

        assertThat(children(m.numerator())).containsExactly(8L);
        assertThat(WORKING_DAYS.countWorkingDays(day("2027-06-01"), day("2027-08-03"))).isEqualTo(45);
    }

    static List<Long> children(List<CountedItem> items) {
        return items.stream().map(CountedItem::childId).toList();
    }
}
