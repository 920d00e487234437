package uk.safeguard.people;

import java.time.LocalDate;
import java.util.List;

/**
 * The editable facts about a person. Codes: sex (SSD sex.yml), gender (gender.yml), ethnicity (DfE main
 * categories), disabilities (disability.yml). An unborn child has an expected date of delivery instead of a
 * date of birth (SSD PERS005A: "either date of birth or expected date of birth, not both").
 */
public record PersonDetails(PersonKind kind, String givenNames, String familyName, LocalDate dateOfBirth,
                            LocalDate expectedDeliveryDate, String sex, String gender, String ethnicity,
                            String nhsNumber, String upn, String firstLanguage, boolean interpreterNeeded,
                            List<String> disabilities) {
    public PersonDetails {
        disabilities = disabilities == null ? List.of() : List.copyOf(disabilities);
    }
}
