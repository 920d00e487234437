package uk.safeguard.people;

import java.time.LocalDate;

/**
 * "{@code relatedPersonId} is the {@code type} of this person", e.g. the mother is the PARENT of the child.
 * {@code parentalResponsibility}: the related person holds parental responsibility for this person (Children Act 1989 s3).
 */
public record NewRelationship(long relatedPersonId, RelationshipType type, boolean parentalResponsibility,
                              LocalDate from, LocalDate to) {}
