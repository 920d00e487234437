package uk.safeguard.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.safeguard.people.NewAddress;
import uk.safeguard.people.NewName;
import uk.safeguard.people.NhsNumber;
import uk.safeguard.people.PersonDetails;
import uk.safeguard.people.PersonKind;
import uk.safeguard.people.Postcode;
import uk.safeguard.people.UniquePupilNumber;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.platform.ValidationFailure.FieldError;

/** Every rule a person's details must meet, each failure naming the field. */
@Component
public class PersonValidator {
    /** Children Act 1989 s105: a child is a person under 18. */
    private static final int ADULTHOOD = 18;

    private final CodeLists codes;
    private final Clock clock;

    public PersonValidator(CodeLists codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    /** The details as they will be stored (identifiers normalised), or a ValidationFailure listing every problem. */
    public PersonDetails check(PersonDetails d) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        required(errors, "givenNames", d.givenNames(), "Enter the given names");
        required(errors, "familyName", d.familyName(), "Enter the family name");
        if (d.kind() == null) {
            errors.add(new FieldError("kind", "Say whether this is a child, an unborn child or an adult"));
        } else {
            checkDates(errors, d, today);
        }
        code(errors, "sex", d.sex(), codes.sex(), "Sex must be one of the SSD sex codes");
        code(errors, "gender", d.gender(), codes.gender(), "Gender must be one of the SSD gender codes");
        code(errors, "ethnicity", d.ethnicity(), codes.ethnicity(), "Ethnicity must be one of the DfE ethnicity codes");
        for (String disability : d.disabilities()) {
            code(errors, "disabilities", disability, codes.disability(), "Disability must be one of the SSD disability codes");
        }
        String nhs = blank(d.nhsNumber()) ? null : NhsNumber.normalise(d.nhsNumber());
        if (nhs != null) {
            NhsNumber.problem(nhs).ifPresent(m -> errors.add(new FieldError("nhsNumber", m)));
        }
        String upn = blank(d.upn()) ? null : UniquePupilNumber.normalise(d.upn());
        if (upn != null) {
            UniquePupilNumber.problem(upn).ifPresent(m -> errors.add(new FieldError("upn", m)));
        }
        failIfAny(errors);
        return new PersonDetails(d.kind(), d.givenNames().trim(), d.familyName().trim(), d.dateOfBirth(),
                d.expectedDeliveryDate(), blankToNull(d.sex()), blankToNull(d.gender()), blankToNull(d.ethnicity()), nhs, upn,
                blankToNull(d.firstLanguage()), d.interpreterNeeded(), d.disabilities().stream().distinct().toList());
    }

    private static void checkDates(List<FieldError> errors, PersonDetails d, LocalDate today) {
        if (d.kind() == PersonKind.UNBORN) {
            if (d.expectedDeliveryDate() == null) {
                errors.add(new FieldError("expectedDeliveryDate", "Enter the expected date of delivery of an unborn child"));
            }
            if (d.dateOfBirth() != null) {
                errors.add(new FieldError("dateOfBirth", "An unborn child has an expected date of delivery, not a date of birth (SSD PERS005A)"));
            }
            return;
        }
        if (d.dateOfBirth() == null) {
            return; // not always known (e.g. some unaccompanied children); may be added later
        }
        if (d.dateOfBirth().isAfter(today)) {
            errors.add(new FieldError("dateOfBirth", "Date of birth must be today or in the past"));
            return;
        }
        int age = Period.between(d.dateOfBirth(), today).getYears();
        if (d.kind() == PersonKind.CHILD && age >= ADULTHOOD) {
            errors.add(new FieldError("dateOfBirth", "A child is under 18 (Children Act 1989 s105); this date of birth makes them " + age));
        }
        if (d.kind() == PersonKind.ADULT && age < ADULTHOOD) {
            errors.add(new FieldError("dateOfBirth", "An adult is 18 or over; this date of birth makes them " + age + ": register them as a child"));
        }
    }

    public void check(NewAddress a, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, prefix + "line1", a.line1(), "Enter the first line of the address");
        if (blank(a.postcode())) {
            errors.add(new FieldError(prefix + "postcode", "Enter the postcode"));
        } else {
            Postcode.problem(a.postcode()).ifPresent(m -> errors.add(new FieldError(prefix + "postcode", m)));
        }
        period(errors, prefix, a.from(), a.to());
        failIfAny(errors);
    }

    public void check(NewName n) {
        List<FieldError> errors = new ArrayList<>();
        if (n.type() == null) {
            errors.add(new FieldError("type", "Say whether this is an alias or a previous name"));
        }
        required(errors, "givenNames", n.givenNames(), "Enter the given names");
        required(errors, "familyName", n.familyName(), "Enter the family name");
        period(errors, "", n.from(), n.to());
        failIfAny(errors);
    }

    static void period(List<FieldError> errors, String prefix, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError(prefix + "to", "The end date must be the same as or after the start date"));
        }
    }

    private static void code(List<FieldError> errors, String field, String value, Map<String, String> allowed, String message) {
        if (!blank(value) && !allowed.containsKey(value)) {
            errors.add(new FieldError(field, message + " (" + String.join(", ", allowed.keySet()) + ")"));
        }
    }

    private static void required(List<FieldError> errors, String field, String value, String message) {
        if (blank(value)) {
            errors.add(new FieldError(field, message));
        }
    }

    static void failIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
