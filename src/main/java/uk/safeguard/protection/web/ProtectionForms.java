package uk.safeguard.protection.web;

import uk.safeguard.platform.web.FormFields;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;

/**
 * The protection pages' GOV.UK form helpers. Field names on the pages are the API's field names with brackets and
 * dots turned into dashes ("attendees[0].name" is "attendees-0-name"), so a service's error lands on its input.
 */
final class ProtectionForms {
    private ProtectionForms() {}

    static String one(MultiValueMap<String, String> form, String field) {
        return FormFields.one(form, field);
    }

    static Boolean yesNo(MultiValueMap<String, String> form, String field) {
        String v = one(form, field);
        return v == null ? null : Boolean.valueOf(v);
    }

    static Long id(MultiValueMap<String, String> form, String field, String apiField) {
        String v = one(form, field);
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ValidationFailure(apiField, "Choose from the list");
        }
    }

    static <E extends Enum<E>> E choice(MultiValueMap<String, String> form, String field, Class<E> type) {
        String v = one(form, field);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new ValidationFailure(field, "Choose one of the options");
        }
    }

    /** The page id of an API field. */
    static String toId(String field) {
        return field.replace("[", "-").replace("]", "").replace('.', '-');
    }

    /** A GOV.UK date input ({@code name-day}, {@code name-month}, {@code name-year}); null when all are blank. */
    static LocalDate date(MultiValueMap<String, String> form, String name, String field, String what) {
        return FormFields.date(form, name, field, what);
    }

    /** A date input and a time box ({@code name-time}, e.g. 14:30); a blank time is now today, 12:00 on an earlier day. */
    static Instant dateTime(MultiValueMap<String, String> form, String name, String field, String what, Clock clock) {
        LocalDate day = date(form, name, field, what);
        String time = one(form, name + "-time");
        if (day == null) {
            if (time != null) {
                throw new ValidationFailure(field, "Enter the date of " + what.toLowerCase());
            }
            return null;
        }
        LocalTime at;
        if (time == null) {
            if (day.equals(LocalDate.now(clock.withZone(TimeConfiguration.LONDON)))) {
                return clock.instant();
            }
            at = LocalTime.NOON;
        } else if (time.matches("\\d{1,2}[:.]\\d{2}")) {
            String[] p = time.split("[:.]");
            int h = Integer.parseInt(p[0]);
            int m = Integer.parseInt(p[1]);
            if (h > 23 || m > 59) {
                throw new ValidationFailure(field, "Enter a real time, for example 14:30");
            }
            at = LocalTime.of(h, m);
        } else {
            throw new ValidationFailure(field, "Enter a real time, for example 14:30");
        }
        return day.atTime(at).atZone(TimeConfiguration.LONDON).toInstant();
    }

    /** Today's date in the three boxes of {@code name}. */
    static void today(Map<String, String> values, String name, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
        values.putIfAbsent(name + "-day", String.valueOf(today.getDayOfMonth()));
        values.putIfAbsent(name + "-month", String.valueOf(today.getMonthValue()));
        values.putIfAbsent(name + "-year", String.valueOf(today.getYear()));
    }

    /** Puts the errors on the page keyed by page id (the error summary links to them). */
    static void show(Model model, List<ValidationFailure.FieldError> errors, Function<String, String> rename) {
        Map<String, String> byId = new LinkedHashMap<>();
        errors.forEach(e -> byId.putIfAbsent(rename.apply(toId(e.field())), e.message()));
        model.addAttribute("errors", byId);
    }
}
