package uk.safeguard.reporting.calculations;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguard.access.AgencyType.EDUCATION;
import static uk.safeguard.access.AgencyType.HEALTH;
import static uk.safeguard.access.AgencyType.LA_CHILDRENS_SOCIAL_CARE;
import static uk.safeguard.access.AgencyType.POLICE;
import static uk.safeguard.reporting.calculations.AssessmentIndicatorsTest.children;
import static uk.safeguard.reporting.calculations.HandBuiltData.WORKING_DAYS;
import static uk.safeguard.reporting.calculations.HandBuiltData.absent;
import static uk.safeguard.reporting.calculations.HandBuiltData.attended;
import static uk.safeguard.reporting.calculations.HandBuiltData.data;
import static uk.safeguard.reporting.calculations.HandBuiltData.day;
import static uk.safeguard.reporting.calculations.HandBuiltData.period;

import org.junit.jupiter.api.Test;

import uk.safeguard.access.Role;
import uk.safeguard.conference.ConferenceKind;
import uk.safeguard.reporting.CountedItem;
import uk.safeguard.reporting.Measure;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.Polarity;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.reporting.Unit;
import uk.safeguard.reporting.internal.calculations.ProtectionIcpcToPlanConversion;
import uk.safeguard.reporting.internal.calculations.ProtectionIcpcWithin15WorkingDays;
import uk.safeguard.reporting.internal.calculations.ProtectionSection47Enquiries;
import uk.safeguard.reporting.internal.calculations.ProtectionStrategyDiscussionsWithoutPoliceOrHealth;

/**
 * Hand-worked section 47, initial conference and strategy discussion figures for January 2027. Working days use the
 * bank holidays shipped in V10: Fri 25 Dec 2026, Mon 28 Dec 2026 (Boxing Day substitute), Fri 1 Jan 2027.
 */
class ProtectionIndicatorsTest {

    private static final Period JANUARY = period("2027-01-01", "2027-01-31");

    private final ProtectionSection47Enquiries enquiries = new ProtectionSection47Enquiries();
    private final ProtectionIcpcWithin15WorkingDays icpcOnTime = new ProtectionIcpcWithin15WorkingDays();
    private final ProtectionIcpcToPlanConversion conversion = new ProtectionIcpcToPlanConversion();
    private final ProtectionStrategyDiscussionsWithoutPoliceOrHealth withoutPoliceOrHealth =
            new ProtectionStrategyDiscussionsWithoutPoliceOrHealth();

    /*
     * Working days after Fri 18 Dec 2026: 21-24 Dec (4), [25, 28 Dec], 29-31 Dec (7), [1 Jan], 4-8 Jan (12),
     * Mon 11 Jan (13), Tue 12 (14), Wed 13 (15), Thu 14 (16).
     * Child 1: s47 strategy discussion Fri 18 Dec, ICPC Mon 11 Jan: 13 WD, within (without the bank holidays it would
     *          be 16, late). Plan.
     * Child 2: the same discussion day, ICPC Thu 14 Jan: 16 WD, late. Plan.
     * Child 3: the same, ICPC Wed 13 Jan: exactly 15 WD, within. No plan.
     * Child 4: a discussion on Mon 30 Nov 2026 that did not start an enquiry, then the one on Mon 4 Jan that did;
     *          ICPC Mon 25 Jan: 5-8 Jan (4), 11-15 (9), 18-22 (14), 25 (15): within (from 30 Nov it would be late). Plan.
     * Child 5: imported enquiry, discussion date unknown, started Mon 4 Jan; ICPC Tue 26 Jan: 16 WD from the
     *          enquiry's start (the DfE fallback), late. No plan.
     * Child 6: ICPC Thu 31 Dec 2026, before the period.
     * Child 7: a transfer-in conference in January: not an initial conference.
     * Child 8: discussion Tue 5 Jan (health invited but absent), pre-birth conference Fri 29 Jan: 6-8 Jan (3),
     *          11-15 (8), 18-22 (13), 25-29 (18): late. Plan.
     * Child 9: initial conference Wed 20 Jan with no enquiry on record: not measurable for timeliness; counted for
     *          conversion. Plan.
     * Child 10: initial conference scheduled, not held: not counted.
     * icpc-within-15wd:        numerator 3 (1, 3, 4), denominator 6 (1, 2, 3, 4, 5, 8) = 50%.
     * icpc-to-plan-conversion: numerator 5 (1, 2, 4, 8, 9), denominator 7 (1, 2, 3, 4, 5, 8, 9) = 71.4%.
     *
     * Section 47 enquiries started in January: children 4, 5 (4 Jan), 8 (5 Jan), 11 (Sun 31 Jan); child 12 started
     * Mon 1 Feb; children 1-3 and 6 in December. section-47-enquiries = 4.
     *
     * Strategy discussions held in January: child 4 on 4 Jan (LA, police, health: fine), child 8 on 5 Jan (health
     * absent), child 13 on 12 Jan (LA and health, no police invited), child 14 on Sun 31 Jan 23:30 (all three);
     * child 15 on Mon 1 Feb 00:15 is February's. strategy-discussions-without-police-or-health: numerator 2 (8, 13),
     * denominator 4 (4, 8, 13, 14) = 50%.
     */
    private ReportingData january() {
        return data().by(21L, 3L)
                .strategyDiscussion(1, "2026-12-18T14:00", true, attended(LA_CHILDRENS_SOCIAL_CARE), attended(POLICE), attended(HEALTH))
                .section47(1, "2026-12-18").initialConference(1, "2027-01-11", "PLAN")
                .strategyDiscussion(2, "2026-12-18T15:00", true, attended(LA_CHILDRENS_SOCIAL_CARE), attended(POLICE), attended(HEALTH))
                .section47(2, "2026-12-18").initialConference(2, "2027-01-14", "PLAN")
                .strategyDiscussion(3, "2026-12-18T11:00", true, attended(LA_CHILDRENS_SOCIAL_CARE), attended(POLICE), attended(HEALTH))
                .section47(3, "2026-12-18").initialConference(3, "2027-01-13", "NO_PLAN")
                .strategyDiscussion(4, "2026-11-30T10:00", false, attended(LA_CHILDRENS_SOCIAL_CARE), attended(POLICE))
                .by(22L, 4L)
                .strategyDiscussion(4, "2027-01-04T10:00", true, attended(LA_CHILDRENS_SOCIAL_CARE), attended(POLICE), attended(HEALTH))
                .section47(4, "2027-01-04").initialConference(4, "2027-01-25", "PLAN")
                .imported(true).section47(5, "2027-01-04").initialConference(5, "2027-01-26", "NO_PLAN").imported(false)
                .strategyDiscussion(6, "2026-12-07T10:00", true, attended(LA_CHILDRENS_SOCIAL_CARE), attended(POLICE), attended(HEALTH))
                .section47(6, "2026-12-07").initialConference(6, "2026-12-31", "PLAN")
                .conference(7, ConferenceKind.TRANSFER_IN, "2027-01-20", "PLAN")
                .strategyDiscussion(8, "2027-01-05T10:00", true, attended(LA_CHILDRENS_SOCIAL_CARE), attended(POLICE), absent(HEALTH))
                .section47(8, "2027-01-05").conference(8, ConferenceKind.PRE_BIRTH, "2027-01-29", "PLAN")
                .initialConference(9, "2027-01-20", "PLAN")
                .initialConference(10, null, null)
                .section47(11, "2027-01-31")
                .section47(12, "2027-02-01")
                .by(23L, null)
                .staff(23L, "Ava Stone", Role.SOCIAL_WORKER, 5L)
                .strategyDiscussion(13, "2027-01-12T10:00", false, attended(LA_CHILDRENS_SOCIAL_CARE), attended(HEALTH), absent(EDUCATION))
                .strategyDiscussion(14, "2027-01-31T23:30", false, attended(LA_CHILDRENS_SOCIAL_CARE), attended(POLICE), attended(HEALTH))
                .strategyDiscussion(15, "2027-02-01T00:15", false, attended(LA_CHILDRENS_SOCIAL_CARE), attended(POLICE), attended(HEALTH))
                .build();
    }

    @Test
    void theWorkedWorkingDaysAgreeWithTheCalendar() {
        assertThat(WORKING_DAYS.countWorkingDays(day("2026-12-18"), day("2027-01-11"))).isEqualTo(13);
        assertThat(WORKING_DAYS.addWorkingDays(day("2026-12-18"), 15)).isEqualTo(day("2027-01-13"));
        assertThat(WORKING_DAYS.countWorkingDays(day("2027-01-04"), day("2027-01-26"))).isEqualTo(16);
        assertThat(WORKING_DAYS.countWorkingDays(day("2027-01-05"), day("2027-01-29"))).isEqualTo(18);
    }

    @Test
    void section47EnquiriesStartedInThePeriod() {
        Measure m = enquiries.measure(january(), JANUARY);

        assertThat(children(m.numerator())).containsExactlyInAnyOrder(4L, 5L, 8L, 11L);
        assertThat(m.numerator()).allSatisfy(i -> {
            assertThat(i.type()).isEqualTo("section47");
            assertThat(i.workerId()).isEqualTo(22L);
            assertThat(i.teamId()).isEqualTo(4L);
        });
        assertThat(enquiries.indicator().unit()).isEqualTo(Unit.COUNT);
        // A period of one day: Sun 31 Jan only.
        assertThat(children(enquiries.measure(january(), period("2027-01-31", "2027-01-31")).numerator()))
                .containsExactly(11L);
    }

    @Test
    void initialConferencesWithinFifteenWorkingDaysOfTheStrategyDiscussion() {
        Measure m = icpcOnTime.measure(january(), JANUARY);

        assertThat(children(m.numerator())).containsExactlyInAnyOrder(1L, 3L, 4L);
        assertThat(children(m.denominator())).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 8L);
        assertThat(m.denominator()).containsAll(m.numerator());
        CountedItem first = m.numerator().stream().filter(i -> i.childId() == 1L).findFirst().orElseThrow();
        assertThat(first.type()).isEqualTo("conference");
        assertThat(first.date()).isEqualTo(day("2027-01-11"));
        assertThat(first.workerId()).isEqualTo(21L);
        assertThat(first.teamId()).isEqualTo(3L);
        assertThat(icpcOnTime.indicator().england()).isEqualTo(81.4);
        assertThat(icpcOnTime.indicator().source()).contains("line 2895");
    }

    @Test
    void initialConferencesThatMadeAPlan() {
        Measure m = conversion.measure(january(), JANUARY);

        assertThat(children(m.numerator())).containsExactlyInAnyOrder(1L, 2L, 4L, 8L, 9L);
        assertThat(children(m.denominator())).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 8L, 9L);
        assertThat(conversion.indicator().polarity()).isEqualTo(Polarity.NEITHER);
    }

    @Test
    void strategyDiscussionsWithoutThePoliceOrHealth() {
        Measure m = withoutPoliceOrHealth.measure(january(), JANUARY);

        assertThat(children(m.numerator())).containsExactlyInAnyOrder(8L, 13L);
        assertThat(children(m.denominator())).containsExactlyInAnyOrder(4L, 8L, 13L, 14L);
        assertThat(m.denominator()).allSatisfy(i -> assertThat(i.type()).isEqualTo("strategy-discussion"));
        // Child 8's discussion is held by the enquiry's lead worker; child 13's by whoever recorded it, in their team.
        CountedItem child8 = m.numerator().stream().filter(i -> i.childId() == 8L).findFirst().orElseThrow();
        assertThat(child8.workerId()).isEqualTo(22L);
        assertThat(child8.teamId()).isEqualTo(4L);
        CountedItem child13 = m.numerator().stream().filter(i -> i.childId() == 13L).findFirst().orElseThrow();
        assertThat(child13.workerId()).isEqualTo(23L);
        assertThat(child13.teamId()).isEqualTo(5L);
        assertThat(withoutPoliceOrHealth.indicator().polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    }

    @Test
    void aStrategyDiscussionJustAfterMidnightInSummerTimeBelongsToTheLondonDay() {
        // Thu 1 Apr 2027 00:30 BST is Wed 31 Mar 23:30 UTC: it is April's.
        ReportingData data = data()
                .strategyDiscussion(16, "2027-04-01T00:30", true, attended(LA_CHILDRENS_SOCIAL_CARE), attended(POLICE))
                .build();

        assertThat(withoutPoliceOrHealth.measure(data, period("2027-03-01", "2027-03-31")).denominator()).isEmpty();
        Measure april = withoutPoliceOrHealth.measure(data, period("2027-04-01", "2027-04-01"));
        assertThat(children(april.numerator())).containsExactly(16L);
        assertThat(april.numerator().get(0).date()).isEqualTo(day("2027-04-01"));
    }
}
