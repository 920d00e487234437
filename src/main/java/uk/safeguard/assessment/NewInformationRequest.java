package uk.safeguard.assessment;

import java.time.LocalDate;

/** A request for information to another agency; response and its date may follow later. */
public record NewInformationRequest(String agency, String asked, LocalDate requestedOn, String consentOverrideReason,
                                    String response, LocalDate respondedOn) {}
