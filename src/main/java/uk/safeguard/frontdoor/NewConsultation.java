package uk.safeguard.frontdoor;

import java.time.Instant;

/** A consultation to record; {@code heldAt} defaults to now. */
public record NewConsultation(Instant heldAt, String professionalName, String professionalRole, String professionalAgency,
                              Long childId, String childDescription, String concern, String advice) {}
