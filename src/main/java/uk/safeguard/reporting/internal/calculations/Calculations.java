package uk.safeguard.reporting.internal.calculations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import uk.safeguard.access.StaffFacts.StaffMember;
import uk.safeguard.calendar.WorkingDays;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.reporting.ReportingData;

/**
 * Small helpers every indicator calculation shares: London dates, "as at the end of a day", working-day and hour
 * limits, percentages and one-decimal rounding. Pure functions, so calculations stay pure over {@link ReportingData}.
 */
public final class Calculations {

    private Calculations() {}

    /** The London date of an instant (null stays null): every period boundary is a London date. */
    public static LocalDate londonDate(Instant at) {
        return at == null ? null : at.atZone(TimeConfiguration.LONDON).toLocalDate();
    }

    /** The first instant after {@code day} ends in London: "as at day D" means before this instant. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(TimeConfiguration.LONDON).toInstant();
    }

    /** Whether something opened at {@code opened} and closed at {@code closed} (null: still open) was open as at the end of {@code day}. */
    public static boolean openAsAt(Instant opened, Instant closed, LocalDate day) {
        Instant end = endOf(day);
        return opened != null && opened.isBefore(end) && (closed == null || !closed.isBefore(end));
    }

    /**
     * Whether {@code done} happened by the end of the {@code n}-th working day after the day {@code start} happened
     * (the start day never counts, whatever day it is: WT2023 footnote 187 and {@link WorkingDays}). Not done: false.
     */
    public static boolean withinWorkingDays(WorkingDays days, Instant start, Instant done, int n) {
        if (start == null || done == null) {
            return false;
        }
        return !londonDate(done).isAfter(days.addWorkingDays(londonDate(start), n));
    }

    /** The same for dates: {@code done} on or before the {@code n}-th working day after {@code start}. */
    public static boolean withinWorkingDays(WorkingDays days, LocalDate start, LocalDate done, int n) {
        if (start == null || done == null) {
            return false;
        }
        return !done.isAfter(days.addWorkingDays(start, n));
    }

    /** Whether {@code done} came no more than {@code hours} hours after {@code start} (not done: false). */
    public static boolean withinHours(Instant start, Instant done, long hours) {
        return start != null && done != null && !done.isBefore(start)
                && Duration.between(start, done).compareTo(Duration.ofHours(hours)) <= 0;
    }

    /** 100 × n / d to one decimal place (half up); null when d is zero. */
    public static Double percent(long n, long d) {
        return d == 0 ? null : round1(100.0 * n / d);
    }

    /** n / d to one decimal place (half up); null when d is zero. */
    public static Double ratio(long n, long d) {
        return d == 0 ? null : round1((double) n / d);
    }

    /** One decimal place, half up (so 22.55 → 22.6, as a reader would round it). */
    public static double round1(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** Each worker's team, from the staff list (for items whose fact carries only a worker). */
    public static Map<Long, Long> teamsOfWorkers(ReportingData data) {
        Map<Long, Long> teams = new HashMap<>();
        for (StaffMember member : data.staff()) {
            if (member.teamId() != null) {
                teams.put(member.userId(), member.teamId());
            }
        }
        return teams;
    }
}
