package uk.safeguard.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of working-day arithmetic over the shipped 2010-2030 holidays. */
class WorkingDaysPropertiesTest {
    private static final WorkingDays DAYS = ShippedBankHolidays.workingDays();

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(2010, 1, 1).toEpochDay(), LocalDate.of(2029, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void addThenCountRoundTrips(@ForAll("dates") LocalDate from, @ForAll @IntRange(min = -200, max = 200) int n) {
        assertThat(DAYS.countWorkingDays(from, DAYS.addWorkingDays(from, n))).isEqualTo(n);
    }

    @Property
    void theResultOfAddingIsAlwaysAWorkingDay(@ForAll("dates") LocalDate from, @ForAll @IntRange(min = -200, max = 200) int n) {
        if (n != 0) {
            assertThat(DAYS.isWorkingDay(DAYS.addWorkingDays(from, n))).isTrue();
        }
    }

    @Property
    void addingIsStrictlyMonotonicInN(@ForAll("dates") LocalDate from, @ForAll @IntRange(min = -200, max = 199) int n) {
        assertThat(DAYS.addWorkingDays(from, n + 1)).isAfter(DAYS.addWorkingDays(from, n));
    }

    @Property
    void addingIsMonotonicInTheStartDate(@ForAll("dates") LocalDate from, @ForAll @IntRange(min = 1, max = 30) int later,
                                         @ForAll @IntRange(min = -100, max = 100) int n) {
        assertThat(DAYS.addWorkingDays(from.plusDays(later), n)).isAfterOrEqualTo(DAYS.addWorkingDays(from, n));
    }

    @Property
    void countingMatchesDayByDayCounting(@ForAll("dates") LocalDate from, @ForAll @IntRange(min = 0, max = 120) int span) {
        LocalDate to = from.plusDays(span);
        int expected = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (DAYS.isWorkingDay(d)) {
                expected++;
            }
        }
        assertThat(DAYS.countWorkingDays(from, to)).isEqualTo(expected);
    }

    @Property
    void countingIsAdditive(@ForAll("dates") LocalDate a, @ForAll @IntRange(min = -60, max = 60) int x,
                            @ForAll @IntRange(min = -60, max = 60) int y) {
        LocalDate b = a.plusDays(x);
        LocalDate c = b.plusDays(y);
        if (!b.isBefore(a) && !c.isBefore(b)) {
            assertThat(DAYS.countWorkingDays(a, c)).isEqualTo(DAYS.countWorkingDays(a, b) + DAYS.countWorkingDays(b, c));
        }
    }
}
