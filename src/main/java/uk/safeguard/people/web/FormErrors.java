package uk.safeguard.people.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import uk.safeguard.platform.ValidationFailure;

/** Puts a validation failure on the page the GOV.UK way: an error summary linking to each field, and the message by the field. */
final class FormErrors {
    private FormErrors() {}

    /** Field names whose input is a GOV.UK date input link to the day box. */
    static void show(Model model, List<ValidationFailure.FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        Map<String, String> anchors = new LinkedHashMap<>();
        for (var e : errors) {
            String field = e.field().startsWith("address.") ? e.field().substring("address.".length()) : e.field();
            byField.putIfAbsent(field, e.message());
            anchors.putIfAbsent(field, switch (field) {
                case "dateOfBirth", "expectedDeliveryDate", "from", "to", "dob" -> field + "-day";
                default -> field;
            });
        }
        model.addAttribute("errors", byField);
        model.addAttribute("errorAnchors", anchors);
    }

    static void show(Model model, String field, String message) {
        show(model, List.of(new ValidationFailure.FieldError(field, message)));
    }
}
