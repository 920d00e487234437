package uk.safeguard.assessment;

import java.time.LocalDate;

/**
 * A request for information to another agency. {@code consentOverrideReason} is set when it was made without the
 * parents' recorded consent outside a section 47 enquiry (seeds 003 line 1697).
 */
public record InformationRequest(long id, String agency, String asked, LocalDate requestedOn, String consentOverrideReason,
                                 String response, LocalDate respondedOn, String recordedBy) {}
