package uk.safeguard.people;

import java.time.LocalDate;

public record PersonName(long id, NameType type, String givenNames, String familyName, LocalDate from, LocalDate to) {
    public String display() {
        return givenNames + " " + familyName;
    }
}
