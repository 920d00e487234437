package uk.safeguard.reporting.internal.calculations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.lang.ref.WeakReference;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    /** A period as instants: from the start of its first London day (included) to the end of its last (excluded). */
    public record Span(Instant from, Instant until) {
        public boolean contains(Instant at) {
            return at != null && !at.isBefore(from) && at.isBefore(until);
        }
    }

    /**
     * The period as instants, so that filtering many facts by a London date compares instants instead of converting
     * each one to a date (the same answer: an instant is in the period exactly when its London date is).
     */
    public static Span span(uk.safeguard.reporting.Period period) {
        return new Span(period.from().atStartOfDay(TimeConfiguration.LONDON).toInstant(), endOf(period.to()));
    }

    /** Whether something opened at {@code opened} and closed at {@code closed} (null: still open) was open as at the end of {@code day}. */
    public static boolean openAsAt(Instant opened, Instant closed, LocalDate day) {
        return openAsAt(opened, closed, endOf(day));
    }

    /** The same with the day's end ({@link #endOf}) worked out once, for loops over many records. */
    public static boolean openAsAt(Instant opened, Instant closed, Instant endOfDay) {
        return opened != null && opened.isBefore(endOfDay) && (closed == null || !closed.isBefore(endOfDay));
    }

    /** Whether something opened at {@code opened} and closed at {@code closed} (null: still open) was open at any time in the span. */
    public static boolean openIn(Instant opened, Instant closed, Span span) {
        return opened != null && opened.isBefore(span.until()) && (closed == null || !closed.isBefore(span.from()));
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
        return derived(data, "teamsOfWorkers", d -> {
            Map<Long, Long> teams = new HashMap<>();
            for (StaffMember member : d.staff()) {
                if (member.teamId() != null) {
                    teams.put(member.userId(), member.teamId());
                }
            }
            return Map.copyOf(teams);
        });
    }

    /**
     * Something worked out from a data set once and shared by every period and indicator computed from it (a monthly
     * series computes each indicator for 13 months over the same data): an index, a sorted list. Kept for the data set
     * most recently used on this thread, by identity (records compare by value, which would walk every list); the value
     * must not be changed by the caller.
     */
    @SuppressWarnings("unchecked")
    public static <T> T derived(ReportingData data, String key, Function<ReportingData, T> work) {
        Derived current = DERIVED.get();
        if (current == null || current.data.get() != data) {
            current = new Derived(new WeakReference<>(data), new HashMap<>());
            DERIVED.set(current);
        }
        Object value = current.values.get(key);
        if (value == null) {
            value = work.apply(data);
            current.values.put(key, value);
        }
        return (T) value;
    }

    /** Drops what {@link #derived} keeps for this thread: call when a request's computing is done (the service does). */
    public static void forget() {
        DERIVED.remove();
    }

    private record Derived(WeakReference<ReportingData> data, Map<String, Object> values) {}

    private static final ThreadLocal<Derived> DERIVED = new ThreadLocal<>();

    /**
     * The facts whose instant ({@code at}) falls in the span, found by binary search in the facts sorted by that instant
     * once per data set ({@link #derived}); facts without the instant are never in a span.
     */
    public static <F> List<F> within(ReportingData data, String key, List<F> facts, Function<F, Instant> at, Span span) {
        List<F> sorted = derived(data, "sorted:" + key, d -> facts.stream().filter(f -> at.apply(f) != null)
                .sorted(Comparator.comparing(at)).toList());
        int from = firstAtOrAfter(sorted, at, span.from());
        int until = firstAtOrAfter(sorted, at, span.until());
        return sorted.subList(from, until);
    }

    private static <F> int firstAtOrAfter(List<F> sorted, Function<F, Instant> at, Instant instant) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (at.apply(sorted.get(mid)).isBefore(instant)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
