package uk.safeguard.people;

import java.time.LocalDate;

/**
 * A relationship seen from one person: {@code other} is their {@code role} (e.g. "Parent").
 * {@code otherHasParentalResponsibility}: the other person holds parental responsibility for this one.
 */
public record RelationshipView(long id, PersonSummary other, RelationshipType type, String role,
                               boolean otherHasParentalResponsibility, boolean hasParentalResponsibilityForOther,
                               LocalDate from, LocalDate to) {}
