package uk.safeguard.people;

import java.time.LocalDate;

/** Any combination; blank parts are ignored. Name matching tolerates typos, nicknames and sound-alikes. */
public record SearchCriteria(String name, LocalDate dateOfBirth, String nhsNumber, String postcode, int limit) {
    public static final int DEFAULT_LIMIT = 25;

    public SearchCriteria(String name, LocalDate dateOfBirth, String nhsNumber, String postcode) {
        this(name, dateOfBirth, nhsNumber, postcode, DEFAULT_LIMIT);
    }

    public static SearchCriteria byName(String name) {
        return new SearchCriteria(name, null, null, null);
    }

    public boolean isEmpty() {
        return blank(name) && dateOfBirth == null && blank(nhsNumber) && blank(postcode);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
