package uk.safeguard.returns.internal;

import java.time.LocalDate;
import uk.safeguard.platform.ValidationFailure;

/**
 * The six or twelve months an Annex A return covers, ending on (and including) {@code end}: 6 months to 31 May 2026
 * is 1 Dec 2025 to 31 May 2026. Ofsted asks for the six months before the inspection (list 1-7), twelve when the
 * authority chooses to give more (ILACS Annex A).
 */
public record AnnexAPeriod(LocalDate start, LocalDate end, int months) {

    public static AnnexAPeriod of(LocalDate end, Integer months) {
        if (end == null) {
            throw new ValidationFailure("end", "Enter the date the period ends on, for example 2026-11-30");
        }
        if (months == null || (months != 6 && months != 12)) {
            throw new ValidationFailure("months", "Choose 6 or 12 months for the period (months must be 6 or 12)");
        }
        // the day after the end, less the months: the six months to 30 Nov start on 1 Jun (not 31 May)
        return new AnnexAPeriod(end.plusDays(1).minusMonths(months), end, months);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start) && !date.isAfter(end);
    }

    /** The twelve months up to and including {@code date}, for the lists' "in the last 12 months" counts. */
    public static boolean withinTwelveMonthsUpTo(LocalDate date, LocalDate candidate) {
        return candidate != null && !candidate.isAfter(date) && candidate.isAfter(date.minusMonths(12));
    }

    /** The earliest date a "last 12 months" count can reach back to. */
    public LocalDate lookBackStart() {
        return start.minusMonths(12);
    }

    /** {@code annex-a-2025-12-01-to-2026-05-31.xlsx} */
    public String fileName() {
        return "annex-a-" + start + "-to-" + end + ".xlsx";
    }
}
