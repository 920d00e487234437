package uk.safeguard.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
    private final WorkingDays days = ShippedBankHolidays.workingDays();

    @Test
    void theStartDayNeverCountsEvenWhenItIsAWorkingDay() {
        // Thu 10 Dec 2026: one working day after is Fri 11 Dec.
        assertThat(days.addWorkingDays(LocalDate.of(2026, 12, 10), 1)).isEqualTo(LocalDate.of(2026, 12, 11));
        // Fri 11 Dec: the weekend is skipped.
        assertThat(days.addWorkingDays(LocalDate.of(2026, 12, 11), 1)).isEqualTo(LocalDate.of(2026, 12, 14));
        // Sat 12 Dec: the first working day after a Saturday is Monday.
        assertThat(days.addWorkingDays(LocalDate.of(2026, 12, 12), 1)).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void fifteenWorkingDaysAfterTenthDecember2026SkipsChristmasBoxingSubstituteAndNewYear() {
        assertThat(days.addWorkingDays(LocalDate.of(2026, 12, 10), 15)).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(days.countWorkingDays(LocalDate.of(2026, 12, 10), LocalDate.of(2027, 1, 5))).isEqualTo(15);
    }

    @Test
    void negativeDaysCountBackwards() {
        // Seven working days before Tue 5 Jan 2027: 4 Jan, 31, 30, 29 Dec, 24, 23, 22 Dec.
        assertThat(days.addWorkingDays(LocalDate.of(2027, 1, 5), -7)).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(days.countWorkingDays(LocalDate.of(2027, 1, 5), LocalDate.of(2026, 12, 22))).isEqualTo(-7);
    }

    @Test
    void zeroDaysIsTheSameDayAndEmptySpansCountNothing() {
        LocalDate saturday = LocalDate.of(2026, 12, 26);
        assertThat(days.addWorkingDays(saturday, 0)).isEqualTo(saturday);
        assertThat(days.countWorkingDays(saturday, saturday)).isZero();
    }

    @Test
    void oneOffHolidaysAreNotWorkingDays() {
        assertThat(days.isWorkingDay(LocalDate.of(2022, 9, 19))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2023, 5, 8))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2022, 5, 30))).isTrue(); // the usual spring holiday moved to 2 Jun
    }

    @Test
    void bankHolidaysBetweenIsInclusive() {
        assertThat(days.bankHolidaysBetween(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)))
                .extracting(BankHoliday::date)
                .containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1));
    }
}
