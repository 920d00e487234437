package uk.safeguard.assessment;

import java.time.LocalDate;

/** The agency's answer to an information request, and when it came. */
public record InformationResponse(String response, LocalDate respondedOn) {}
