package uk.safeguard.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins the shipped England and Wales bank holidays against the published GOV.UK lists. */
class BankHolidayDataTest {
    private final List<BankHoliday> all = ShippedBankHolidays.all();

    private List<LocalDate> year(int year) {
        return all.stream().map(BankHoliday::date).filter(d -> d.getYear() == year).toList();
    }

    private static List<LocalDate> dates(int year, String... monthDays) {
        return java.util.Arrays.stream(monthDays).map(md -> LocalDate.parse(year + "-" + md)).toList();
    }

    @Test
    void everyYearFrom2010To2030IsShippedAndEveryHolidayIsAWeekday() {
        for (int y = 2010; y <= 2030; y++) {
            assertThat(year(y)).as("holidays in %s", y).hasSizeBetween(8, 10);
        }
        assertThat(all).allSatisfy(h -> assertThat(h.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(all).hasSize(173);
    }

    @Test
    void years2026To2030MatchGovUk() {
        assertThat(year(2026)).containsExactlyElementsOf(dates(2026, "01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"));
        assertThat(year(2027)).containsExactlyElementsOf(dates(2027, "01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"));
        assertThat(year(2028)).containsExactlyElementsOf(dates(2028, "01-03", "04-14", "04-17", "05-01", "05-29", "08-28", "12-25", "12-26"));
        assertThat(year(2029)).containsExactlyElementsOf(dates(2029, "01-01", "03-30", "04-02", "05-07", "05-28", "08-27", "12-25", "12-26"));
        assertThat(year(2030)).containsExactlyElementsOf(dates(2030, "01-01", "04-19", "04-22", "05-06", "05-27", "08-26", "12-25", "12-26"));
    }

    @Test
    void earlierYearsMatchGovUk() {
        assertThat(year(2010)).containsExactlyElementsOf(dates(2010, "01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"));
        assertThat(year(2016)).containsExactlyElementsOf(dates(2016, "01-01", "03-25", "03-28", "05-02", "05-30", "08-29", "12-26", "12-27"));
        assertThat(year(2019)).containsExactlyElementsOf(dates(2019, "01-01", "04-19", "04-22", "05-06", "05-27", "08-26", "12-25", "12-26"));
        assertThat(year(2021)).containsExactlyElementsOf(dates(2021, "01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"));
        assertThat(year(2024)).containsExactlyElementsOf(dates(2024, "01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"));
        assertThat(year(2025)).containsExactlyElementsOf(dates(2025, "01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"));
    }

    @Test
    void oneOffDaysAndMovedHolidaysAreShipped() {
        // 2011: the royal wedding on Fri 29 Apr, besides the usual early May (2 May) and spring (30 May) holidays.
        assertThat(year(2011)).contains(LocalDate.of(2011, 4, 29), LocalDate.of(2011, 5, 2), LocalDate.of(2011, 5, 30));
        // 2012: late May holiday moved to Mon 4 Jun, Diamond Jubilee Tue 5 Jun; no 28 May.
        assertThat(year(2012)).contains(LocalDate.of(2012, 6, 4), LocalDate.of(2012, 6, 5)).doesNotContain(LocalDate.of(2012, 5, 28));
        // 2020: early May moved to Fri 8 May (VE day); no 4 May.
        assertThat(year(2020)).contains(LocalDate.of(2020, 5, 8)).doesNotContain(LocalDate.of(2020, 5, 4));
        // 2022: spring holiday moved to Thu 2 Jun, Platinum Jubilee Fri 3 Jun, State Funeral Mon 19 Sep; Christmas on a Sunday.
        assertThat(year(2022)).containsExactlyElementsOf(dates(2022, "01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19", "12-26", "12-27"));
        // 2023: Coronation Mon 8 May, besides the early May holiday on Mon 1 May.
        assertThat(year(2023)).contains(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 8));
    }

    @Test
    void substituteDaysAreNamedAsSuch() {
        assertThat(all).contains(new BankHoliday(LocalDate.of(2026, 12, 28), "Boxing Day (substitute day)"),
                new BankHoliday(LocalDate.of(2027, 12, 27), "Christmas Day (substitute day)"),
                new BankHoliday(LocalDate.of(2027, 12, 28), "Boxing Day (substitute day)"),
                new BankHoliday(LocalDate.of(2028, 1, 3), "New Year's Day (substitute day)"));
    }
}
