package uk.safeguard.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Working-day arithmetic over a fixed set of bank holidays: an immutable snapshot, so it can be used without
 * Spring (tests, the clock engine) and swapped atomically when an administrator changes a day.
 *
 * <p>A working day is any day which is not a Saturday, Sunday or bank holiday (WT2023 footnote 187,
 * seeds 000 line 3970). "N working days after D" is the N-th working day after D; D itself never counts.
 */
public final class WorkingDays {
    private final NavigableMap<LocalDate, BankHoliday> holidays = new TreeMap<>();

    public WorkingDays(Collection<BankHoliday> bankHolidays) {
        bankHolidays.forEach(h -> holidays.put(h.date(), h));
    }

    public boolean isWorkingDay(LocalDate day) {
        return !isWeekend(day) && !holidays.containsKey(day);
    }

    /**
     * The {@code n}-th working day after {@code from} ({@code from} itself never counts, whatever day it is);
     * for negative {@code n} the |n|-th working day before {@code from}; {@code from} itself for 0.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        int step = n >= 0 ? 1 : -1;
        LocalDate day = from;
        for (int remaining = Math.abs(n); remaining > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /**
     * The working days passed moving from {@code from} to {@code to}, excluding {@code from} and including
     * {@code to}; negative when {@code to} is before {@code from}. So {@code count(d, add(d, n)) == n} for every n.
     */
    public int countWorkingDays(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            // Moving backwards: the days passed are [to, from), i.e. (to - 1, from - 1].
            return -countWorkingDays(to.minusDays(1), from.minusDays(1));
        }
        long weekdays = weekdaysUpTo(to) - weekdaysUpTo(from);
        long holidaysOnWeekdays = holidays.subMap(from, false, to, true).keySet().stream()
                .filter(d -> !isWeekend(d)).count();
        return Math.toIntExact(weekdays - holidaysOnWeekdays);
    }

    /** Bank holidays from {@code from} to {@code to}, both included, in date order. */
    public List<BankHoliday> bankHolidaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        return List.copyOf(holidays.subMap(from, true, to, true).values());
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /** Weekdays from Monday 29 Dec 1969 up to and including {@code day} (negative before it); only differences matter. */
    private static long weekdaysUpTo(LocalDate day) {
        long sinceMonday = day.toEpochDay() + 3;
        long weeks = Math.floorDiv(sinceMonday, 7);
        long dayOfWeek = Math.floorMod(sinceMonday, 7);
        return weeks * 5 + Math.min(dayOfWeek + 1, 5);
    }
}
