package uk.safeguard.people;

import java.time.LocalDate;

/** An alias or previous name to add (the current name changes through {@link PersonDetails}). */
public record NewName(NameType type, String givenNames, String familyName, LocalDate from, LocalDate to) {}
