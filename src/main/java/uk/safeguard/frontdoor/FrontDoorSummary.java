package uk.safeguard.frontdoor;

import java.time.LocalDate;
import java.util.Map;

/**
 * Front-door figures for contacts received (and referrals made) between {@code from} and {@code to}, inclusive.
 * Counts are per child (a sibling contact counts once for each child); children routed to an open case are not
 * contacts. Percentages are of the relevant total, one decimal place, null when the total is 0.
 */
public record FrontDoorSummary(LocalDate from, LocalDate to, long contacts, Map<String, Long> contactsBySource,
                               Map<String, Long> contactsByOutcome, Map<String, Long> contactsByLevel,
                               Measure decidedWithin24Hours, long referrals, Measure acknowledgedWithin1WorkingDay,
                               Measure decidedWithin1WorkingDay, Measure reReferrals, Map<String, Conversion> conversionByAgencyType) {
    public record Measure(long number, long of, Double percent) {
        static Measure of(long number, long of) {
            return new Measure(number, of, of == 0 ? null : Math.round(1000.0 * number / of) / 10.0);
        }
    }

    public record Conversion(long contacts, long referrals, Double percent) {}
}
