package uk.safeguard.frontdoor;

import java.time.LocalDate;

/** A MASH partner check to record. A partner's agency comes from their account; MASH staff name the agency. */
public record NewPartnerCheck(String agencyType, String agencyName, LocalDate checkedOn, String summary, String sharedWith) {}
