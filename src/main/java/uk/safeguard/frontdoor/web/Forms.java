package uk.safeguard.frontdoor.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import uk.safeguard.platform.ValidationFailure;

/** Small helpers for the front door's GOV.UK forms. */
final class Forms {
    private Forms() {}

    static String one(MultiValueMap<String, String> form, String field) {
        String v = form.getFirst(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static Boolean yesNo(String value) {
        return value == null ? null : Boolean.valueOf(value);
    }

    /** "27/3/2015" or "2015-03-27"; null when blank; throws a ValidationFailure naming the field when unreadable. */
    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v);
            }
            String[] p = v.split("[/ .-]+");
            if (p.length == 3) {
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
        } catch (RuntimeException e) {
            // fall through
        }
        throw new ValidationFailure(field, "Enter a real date, for example 27/3/2015");
    }

    /**
     * A GOV.UK date input's three boxes ({@code name-day}, {@code name-month}, {@code name-year}): null when all are
     * blank; a ValidationFailure naming {@code field} when some are missing or the date is not real.
     */
    static LocalDate date3(MultiValueMap<String, String> form, String name, String field, String what) {
        return date3(key -> one(form, key), name, field, what);
    }

    /** The same, reading the boxes through {@code get} (a saved draft's answers). */
    static LocalDate date3(Function<String, String> get, String name, String field, String what) {
        String d = trim(get.apply(name + "-day"));
        String m = trim(get.apply(name + "-month"));
        String y = trim(get.apply(name + "-year"));
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
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new ValidationFailure(field, what + " must be a real date");
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Puts the errors on the page keyed by the page's field ids (the error summary links to them). */
    static void show(Model model, List<ValidationFailure.FieldError> errors, Function<String, String> toId) {
        Map<String, String> byId = new LinkedHashMap<>();
        errors.forEach(e -> byId.putIfAbsent(toId.apply(e.field()), e.message()));
        model.addAttribute("errors", byId);
    }
}
