package uk.safeguard.people;

import java.time.LocalDate;

/** Enough to list a person: who, born when, how old (null if not known or not yet born). */
public record PersonSummary(long id, String displayName, LocalDate dateOfBirth, LocalDate expectedDeliveryDate,
                            PersonKind kind, Integer age) {}
