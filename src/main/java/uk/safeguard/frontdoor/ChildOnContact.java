package uk.safeguard.frontdoor;

import java.time.LocalDate;

/**
 * A child the contact concerns: either an existing register record ({@code personId}) or the details the referrer
 * gave, which are matched to the register (or registered) at intake. {@code registerAsNew} skips the matching
 * (the person recording has checked the register's likely matches and none is this child).
 */
public record ChildOnContact(Long personId, String givenNames, String familyName, LocalDate dateOfBirth, Boolean registerAsNew) {
    public static ChildOnContact known(long personId) {
        return new ChildOnContact(personId, null, null, null, null);
    }
}
