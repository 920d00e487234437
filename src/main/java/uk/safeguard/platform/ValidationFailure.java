package uk.safeguard.platform;

import java.util.List;

/** Bad input: names the field and the rule it broke. Answered with 400 (API) or the form re-shown with the message. */
public class ValidationFailure extends RuntimeException {
    public record FieldError(String field, String message) {}

    private final List<FieldError> errors;

    public ValidationFailure(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public ValidationFailure(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
