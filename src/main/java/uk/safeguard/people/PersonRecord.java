package uk.safeguard.people;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the register holds about one person. {@code version} must be sent back with an update;
 * {@code mergedInto} is set when this record was a duplicate merged into another (read that one instead);
 * {@code ssd} holds the details only an SSD import brings (date of death, nationality...).
 */
public record PersonRecord(long id, PersonKind kind, String displayName, PersonName currentName,
                           List<PersonName> otherNames, LocalDate dateOfBirth, LocalDate expectedDeliveryDate,
                           Integer age, String sex, String gender, String ethnicity, String nhsNumber, String upn,
                           String firstLanguage, boolean interpreterNeeded, List<String> disabilities,
                           List<Address> addresses, long version, Long mergedInto, SsdDetails ssd) {

    public PersonSummary summary() {
        return new PersonSummary(id, displayName, dateOfBirth, expectedDeliveryDate, kind, age);
    }

    public PersonDetails details() {
        return new PersonDetails(kind, currentName.givenNames(), currentName.familyName(), dateOfBirth,
                expectedDeliveryDate, sex, gender, ethnicity, nhsNumber, upn, firstLanguage, interpreterNeeded, disabilities);
    }
}
