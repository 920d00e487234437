package uk.safeguard.reporting;

import java.time.LocalDate;
import java.time.YearMonth;

/** A reporting period, both ends included; "as at" figures (plans open, caseloads) are taken at {@code to}. */
public record Period(LocalDate from, LocalDate to) {

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    public LocalDate asAt() {
        return to;
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
