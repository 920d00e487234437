package uk.safeguard.childinneed;

import java.time.Instant;

/** A need the plan addresses, in the practitioner's words. */
public record PlanNeed(long id, String description, Instant addedAt) {}
