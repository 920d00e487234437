package uk.safeguard.clock.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import uk.safeguard.calendar.BankHoliday;
import uk.safeguard.calendar.WorkingDays;
import uk.safeguard.platform.TimeConfiguration;

/**
 * The sentence a manager reads, e.g. "Initial child protection conference due 5 Jan 2027: 15 working days after the
 * strategy discussion on 10 Dec 2026 at which the section 47 enquiry began; 25 Dec, 28 Dec and 1 Jan are bank
 * holidays." Bank holidays are listed only for working-day clocks, the only ones they move.
 */
final class Explanation {
    // English month abbreviations ("Sep", not the UK locale's "Sept").
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(TimeConfiguration.LONDON);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private Explanation() {}

    static String of(ClockDefinition definition, ClockVersion version, Limit limit, boolean extended, Instant startedAt,
                     LocalDate dueDate, Instant dueTime, WorkingDays days, LocalDate dateOfBirth) {
        boolean hourly = dueTime != null;
        String start = definition.startDescription()
                .replace("{start}", hourly ? DAY_AND_TIME.format(startedAt) : DAY.format(ClockEngine.londonDay(startedAt)));
        String due = hourly ? DAY_AND_TIME.format(dueTime) : DAY.format(dueDate);
        String extension = extended && version.extendedLimit() != null
                ? " (extended from " + version.limit().amount() + ")" : "";
        int n = Math.abs(limit.amount());
        String basis = switch (limit.unit()) {
            case HOURS -> n + " hours" + extension + " after " + start;
            case DAYS -> plural(n, "day") + extension + " after " + start;
            case WORKING_DAYS -> plural(n, "working day") + extension + (limit.amount() < 0 ? " before " : " after ") + start;
            case MONTHS -> plural(n, "month") + extension + " after " + start;
            case BEFORE_AGE -> "the day before the child's " + ordinal(n) + " birthday on "
                    + DAY.format(dateOfBirth.plusYears(n)) + ", for " + start;
            case END_OF_MONTH -> "by the end of " + Month.of(limit.amount()).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " after " + start;
        };
        String holidays = limit.unit() == Limit.Unit.WORKING_DAYS
                ? holidayClause(days, ClockEngine.londonDay(startedAt), dueDate) : "";
        return definition.name() + " due " + due + ": " + basis + holidays + ".";
    }

    /** "; 25 Dec, 28 Dec and 1 Jan are bank holidays" for the holidays strictly after the start up to the due day. */
    private static String holidayClause(WorkingDays days, LocalDate start, LocalDate due) {
        List<BankHoliday> between = start.isBefore(due)
                ? days.bankHolidaysBetween(start.plusDays(1), due)
                : days.bankHolidaysBetween(due, start.minusDays(1));
        if (between.isEmpty()) {
            return "";
        }
        List<String> shown = between.stream().map(h -> DAY_MONTH.format(h.date())).toList();
        if (shown.size() == 1) {
            return "; " + shown.get(0) + " is a bank holiday";
        }
        return "; " + String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1)
                + " are bank holidays";
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    private static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
