package uk.safeguard.assessment.web;

import uk.safeguard.platform.web.FormFields;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import uk.safeguard.platform.ValidationFailure;

/** Small helpers for the assessment's GOV.UK forms (no JavaScript). */
final class PageForms {
    private PageForms() {}

    static String one(MultiValueMap<String, String> form, String field) {
        return FormFields.one(form, field);
    }

    /** A text the page always sends: "" (cleared) rather than null (not sent), so a blank box clears the part. */
    static String text(MultiValueMap<String, String> form, String field) {
        String v = form.getFirst(field);
        return v == null ? "" : v;
    }

    static Boolean yesNo(String value) {
        return value == null ? null : Boolean.valueOf(value);
    }

    /**
     * A GOV.UK date input's three boxes ({@code name-day}, {@code name-month}, {@code name-year}): null when all are
     * blank; a ValidationFailure naming {@code field} when some are missing or the date is not real.
     */
    static LocalDate date(MultiValueMap<String, String> form, String name, String what) {
        return FormFields.date(form, name, name, what);
    }

    /** The typed values, first of each, to show again after an error. */
    static Map<String, String> typed(MultiValueMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (!v.isEmpty() && !k.equals("_csrf")) {
                values.put(k, v.get(0));
            }
        });
        return values;
    }

    static Map<String, String> errors(List<ValidationFailure.FieldError> errors, java.util.function.Function<String, String> toId) {
        Map<String, String> byId = new LinkedHashMap<>();
        errors.forEach(e -> byId.putIfAbsent(toId.apply(e.field()), e.message()));
        return byId;
    }
}
