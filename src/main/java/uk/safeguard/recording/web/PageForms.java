package uk.safeguard.recording.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import uk.safeguard.platform.ValidationFailure;

/** Small helpers for the recording pages' forms. */
final class PageForms {
    private PageForms() {}

    /** "27/3/2027" or "2027-03-27"; null when blank; a ValidationFailure naming the field when it is not a real date. */
    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                String[] p = v.split("-");
                return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            }
            String[] p = v.split("[/ .-]+");
            if (p.length == 3 && p[2].length() == 4) {
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
        } catch (RuntimeException e) {
            // not a real date: fall through
        }
        throw new ValidationFailure(field, "Enter a real date, for example 27/3/2027");
    }

    static Long number(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{1,18}")) {
            throw new ValidationFailure(field, "Choose " + what);
        }
        return Long.valueOf(value.strip());
    }

    static void showErrors(Model model, List<ValidationFailure.FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.field(), e.message()));
        model.addAttribute("errors", byField);
    }
}
