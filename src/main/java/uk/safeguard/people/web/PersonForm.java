package uk.safeguard.people.web;

import java.time.LocalDate;
import java.util.List;
import uk.safeguard.people.NewAddress;
import uk.safeguard.people.PersonDetails;
import uk.safeguard.people.PersonRecord;

/** What the register and edit forms post: text exactly as typed, so it can be shown again with the errors. */
public record PersonForm(String kind, String givenNames, String familyName, String dobDay, String dobMonth, String dobYear,
                         String eddDay, String eddMonth, String eddYear, String sex, String gender, String ethnicity,
                         String nhsNumber, String upn, String firstLanguage, Boolean interpreterNeeded, List<String> disabilities,
                         String line1, String line2, String town, String postcode, Long version, Boolean confirmNoDuplicate) {

    public static PersonForm empty() {
        return new PersonForm("CHILD", "", "", "", "", "", "", "", "", "", "", "", "", "", "", false, List.of(), "", "", "", "", null, false);
    }

    public static PersonForm of(PersonRecord p) {
        LocalDate dob = p.dateOfBirth();
        LocalDate edd = p.expectedDeliveryDate();
        return new PersonForm(p.kind().name(), p.currentName().givenNames(), p.currentName().familyName(),
                part(dob, 'd'), part(dob, 'm'), part(dob, 'y'), part(edd, 'd'), part(edd, 'm'), part(edd, 'y'),
                p.sex(), p.gender(), p.ethnicity(), p.nhsNumber(), p.upn(), p.firstLanguage(), p.interpreterNeeded(),
                p.disabilities(), null, null, null, null, p.version(), false);
    }

    /** The same input with a new version, after the user has been shown a conflicting change. */
    public PersonForm withVersion(long newVersion) {
        return new PersonForm(kind, givenNames, familyName, dobDay, dobMonth, dobYear, eddDay, eddMonth, eddYear, sex, gender,
                ethnicity, nhsNumber, upn, firstLanguage, interpreterNeeded, disabilities, line1, line2, town, postcode, newVersion,
                confirmNoDuplicate);
    }

    PersonDetails details() {
        return new PersonDetails(PeopleApiController.kind(kind), givenNames, familyName,
                Dates.dayMonthYear("dateOfBirth", "Date of birth", dobDay, dobMonth, dobYear),
                Dates.dayMonthYear("expectedDeliveryDate", "Expected date of delivery", eddDay, eddMonth, eddYear),
                sex, gender, ethnicity, nhsNumber, upn, firstLanguage, Boolean.TRUE.equals(interpreterNeeded), disabilities);
    }

    /** An address only if any part of one was typed. */
    NewAddress address() {
        boolean any = !(blank(line1) && blank(line2) && blank(town) && blank(postcode));
        return any ? new NewAddress(line1, line2, town, postcode, null, null) : null;
    }

    public boolean hasDisability(String code) {
        return disabilities != null && disabilities.contains(code);
    }

    private static String part(LocalDate date, char which) {
        if (date == null) {
            return "";
        }
        return String.valueOf(which == 'd' ? date.getDayOfMonth() : which == 'm' ? date.getMonthValue() : date.getYear());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
