package uk.safeguard.frontdoor;

import java.time.Instant;

/** A consultation with a MASH social worker (seeds 003 lines 1670-1676): recorded with the professionals' names. */
public record Consultation(long id, Instant heldAt, String socialWorkerName, String professionalName, String professionalRole,
                           String professionalAgency, Long childId, String childDescription, String concern, String advice) {}
