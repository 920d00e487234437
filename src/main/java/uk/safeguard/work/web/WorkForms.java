package uk.safeguard.work.web;

import uk.safeguard.platform.web.FormFields;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import uk.safeguard.platform.ValidationFailure;

/** Small helpers for the work module's GOV.UK forms. */
final class WorkForms {
    private WorkForms() {}

    static String one(MultiValueMap<String, String> form, String field) {
        return FormFields.one(form, field);
    }

    /** A GOV.UK date input's boxes {@code name-day}, {@code name-month}, {@code name-year}: null when all blank. */
    static LocalDate date(MultiValueMap<String, String> form, String name, String what) {
        return FormFields.date(form, name, name, what);
    }

    /** "14:30", "9:05" or "14.30"; null when blank. */
    static LocalTime time(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] p = value.strip().split("[:.]");
        try {
            if (p.length == 2) {
                return LocalTime.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
            }
        } catch (NumberFormatException | java.time.DateTimeException e) {
            // fall through
        }
        throw new ValidationFailure(field, "Enter a real time in 24-hour form, for example 14:30");
    }

    static Map<String, String> errors(List<ValidationFailure.FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.field(), e.message()));
        return byField;
    }
}
