package uk.safeguard.childinneed.web;

import uk.safeguard.platform.web.FormFields;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import uk.safeguard.platform.ValidationFailure;

/** Small helpers for the plans' GOV.UK forms. */
final class CinForms {
    private CinForms() {}

    static String one(MultiValueMap<String, String> form, String field) {
        return FormFields.one(form, field);
    }

    static Boolean yesNo(MultiValueMap<String, String> form, String field) {
        String v = one(form, field);
        return v == null ? null : Boolean.valueOf(v);
    }

    static Long number(MultiValueMap<String, String> form, String field) {
        String v = one(form, field);
        if (v == null) {
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            throw new ValidationFailure(field, "Choose from the list");
        }
    }

    static <E extends Enum<E>> E choice(MultiValueMap<String, String> form, String field, Class<E> type, String message) {
        String v = one(form, field);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new ValidationFailure(field, message);
        }
    }

    /** A GOV.UK date input's three boxes: null when all are blank; a ValidationFailure naming {@code field} otherwise. */
    static LocalDate date(MultiValueMap<String, String> form, String name, String field, String what) {
        return FormFields.date(form, name, field, what);
    }

    /** "14:30" or "9.05"; null when blank. */
    static LocalTime time(MultiValueMap<String, String> form, String name, String field) {
        String v = one(form, name);
        if (v == null) {
            return null;
        }
        try {
            String[] p = v.split("[:.]");
            return LocalTime.of(Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 0);
        } catch (RuntimeException e) {
            throw new ValidationFailure(field, "Enter a real time, for example 14:30");
        }
    }

    static void putDate(Map<String, String> form, String name, LocalDate date) {
        if (date != null) {
            form.put(name + "-day", String.valueOf(date.getDayOfMonth()));
            form.put(name + "-month", String.valueOf(date.getMonthValue()));
            form.put(name + "-year", String.valueOf(date.getYear()));
        }
    }

    /** Puts the errors on the page keyed by the page's field ids (the error summary links to them). */
    static void show(Model model, List<ValidationFailure.FieldError> errors, Function<String, String> toId) {
        Map<String, String> byId = new LinkedHashMap<>();
        errors.forEach(e -> byId.putIfAbsent(toId.apply(e.field()), e.message()));
        model.addAttribute("errors", byId);
    }
}
