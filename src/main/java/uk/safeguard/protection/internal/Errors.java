package uk.safeguard.protection.internal;

import java.util.ArrayList;
import java.util.List;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.platform.ValidationFailure.FieldError;

/** Collects every problem with a form so that all are shown at once; thrown as one ValidationFailure (400). */
public final class Errors {
    private final List<FieldError> errors = new ArrayList<>();

    public Errors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
