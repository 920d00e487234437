package uk.safeguard.people.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.safeguard.platform.ValidationFailure;

/** Dates arrive as text (ISO in the API, day/month/year in forms) so that a bad one can name its field. */
final class Dates {
    private Dates() {}

    static LocalDate iso(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationFailure(field, "must be a real date in the form YYYY-MM-DD");
        }
    }

    /** GOV.UK date input: all three parts or none. */
    static LocalDate dayMonthYear(String field, String label, String day, String month, String year) {
        boolean none = blank(day) && blank(month) && blank(year);
        if (none) {
            return null;
        }
        if (blank(day) || blank(month) || blank(year)) {
            throw new ValidationFailure(field, label + " must include a day, month and year");
        }
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 1900 || y > 2200) {
                throw new ValidationFailure(field, label + " must have a 4-digit year, like 2015");
            }
            return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException e) {
            throw new ValidationFailure(field, label + " must be a real date");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
