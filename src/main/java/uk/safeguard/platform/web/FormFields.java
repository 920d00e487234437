package uk.safeguard.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.util.MultiValueMap;
import uk.safeguard.platform.ValidationFailure;

/** Reading GOV.UK form fields posted without JavaScript, the same way on every page. */
public final class FormFields {
    private FormFields() {}

    /** The field's first value, stripped; null when missing or blank. */
    public static String one(MultiValueMap<String, String> form, String field) {
        String v = form.getFirst(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /**
     * A GOV.UK date input's three boxes ({@code name-day}, {@code name-month}, {@code name-year}): null when all are
     * blank; otherwise the date, or a ValidationFailure naming {@code field} with the Design System's messages.
     */
    public static LocalDate date(MultiValueMap<String, String> form, String name, String field, String what) {
        String d = one(form, name + "-day");
        String m = one(form, name + "-month");
        String y = one(form, name + "-year");
        if (d == null && m == null && y == null) {
            return null;
        }
        if (d == null || m == null || y == null) {
            throw new ValidationFailure(field, what + " must include a day, month and year");
        }
        try {
            int year = Integer.parseInt(y);
            if (year < 1000) {
                throw new ValidationFailure(field, "Year must include 4 numbers");
            }
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException | DateTimeException e) {
            throw new ValidationFailure(field, what + " must be a real date");
        }
    }
}
