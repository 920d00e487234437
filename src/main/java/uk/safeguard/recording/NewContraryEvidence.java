package uk.safeguard.recording;

import java.time.LocalDate;

/** Evidence against an alert: who gave it (e.g. "the mother"), what it is, and its date (default today). */
public record NewContraryEvidence(String givenBy, String evidence, LocalDate givenOn) {}
