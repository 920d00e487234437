package uk.safeguard.assessment;

import java.time.LocalDate;

/** The manager's authorisation: its date (defaults to today) and any reason still missing. */
public record Authorisation(LocalDate authorisedOn, String lateReason, String notSeenReason) {}
