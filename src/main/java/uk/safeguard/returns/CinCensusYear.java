package uk.safeguard.returns;

import java.time.LocalDate;
import java.time.Month;

/**
 * A CIN census collection year: 1 April to 31 March (DfE children in need census guide, "collection period"). The
 * year is named by its first April: {@code 2026} is 1 April 2026 to 31 March 2027, with 31 March 2027 as the
 * reference date.
 */
public record CinCensusYear(int year) {

    public CinCensusYear {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    /** The collection year a day falls in. */
    public static CinCensusYear containing(LocalDate day) {
        return new CinCensusYear(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(year + 1, Month.MARCH, 31);
    }

    /** The census ReferenceDate: the last day of the collection year. */
    public LocalDate referenceDate() {
        return end();
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start()) && !day.isAfter(end());
    }

    /** "2026 to 2027", as the DfE names a collection. */
    public String label() {
        return year + " to " + (year + 1);
    }
}
