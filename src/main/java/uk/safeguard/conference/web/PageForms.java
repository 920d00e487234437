package uk.safeguard.conference.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.ValidationFailure;

/** Reading the conference pages' GOV.UK forms: blank rows are dropped by the services; bad dates name their box. */
final class PageForms {
    private PageForms() {}

    static String one(MultiValueMap<String, String> form, String field) {
        String v = form.getFirst(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static Long number(MultiValueMap<String, String> form, String field) {
        String v = one(form, field);
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ValidationFailure(field, "Choose from the list");
        }
    }

    static Boolean yesNo(MultiValueMap<String, String> form, String field) {
        String v = one(form, field);
        return v == null ? null : Boolean.valueOf(v);
    }

    /** "27/3/2027" or "2027-03-27"; null when blank. */
    static LocalDate date(MultiValueMap<String, String> form, String field) {
        String v = one(form, field);
        if (v == null) {
            return null;
        }
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v);
            }
            String[] p = v.split("[/ .-]+");
            if (p.length == 3 && p[2].length() == 4) {
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
        } catch (RuntimeException e) {
            // fall through
        }
        throw new ValidationFailure(field, "Enter a real date, for example 27/3/2027");
    }

    /** A date box and a time box ("14:30"); null when both are blank. */
    static LocalDateTime dateTime(MultiValueMap<String, String> form, String dateField, String timeField) {
        LocalDate day = date(form, dateField);
        String time = one(form, timeField);
        if (day == null) {
            if (time != null) {
                throw new ValidationFailure(dateField, "Enter the date as well as the time");
            }
            return null;
        }
        if (time == null) {
            throw new ValidationFailure(timeField, "Enter the time, for example 14:30");
        }
        if (!time.matches("\\d{1,2}[:.]\\d{2}")) {
            throw new ValidationFailure(timeField, "Enter a real time, for example 14:30");
        }
        String[] p = time.split("[:.]");
        int h = Integer.parseInt(p[0]);
        int m = Integer.parseInt(p[1]);
        if (h > 23 || m > 59) {
            throw new ValidationFailure(timeField, "Enter a real time, for example 14:30");
        }
        return day.atTime(LocalTime.of(h, m));
    }

    /** The row numbers 0..n-1 of a repeated block. */
    static List<Integer> rows(int n) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(i);
        }
        return rows;
    }

    /** The page id of a service field: "invitees[0].agency" → prefix + "invitees-0-agency". */
    static String id(String prefix, String field) {
        return prefix + field.replace("].", "-").replace("[", "-").replace("]", "");
    }

    static void showErrors(Model model, String prefix, RuntimeException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e instanceof ValidationFailure v) {
            v.errors().forEach(err -> errors.putIfAbsent(id(prefix, err.field()), err.message()));
        } else if (e instanceof RuleBroken r) {
            errors.put(id(prefix, r.rule()), r.getMessage());
        }
        model.addAttribute("errors", errors);
    }
}
