package uk.safeguard.frontdoor;

import java.time.Instant;
import java.time.LocalDate;

/** What a MASH partner agency holds about the family (visible only to MASH staff and the decision maker). */
public record PartnerCheck(long id, long contactId, String agencyType, String agencyName, LocalDate checkedOn,
                           String summary, String sharedWith, String recordedBy, Instant recordedAt) {}
