package uk.safeguard.protection;

import java.time.LocalDate;

/**
 * A partner agency's formal request for a conference after the local authority decided not to hold one (WT2023 seeds
 * 000 line 2868), the local authority's response and any escalation.
 */
public record ConferenceRequest(long id, long section47EnquiryId, long childId, long agencyId, String agencyName,
                                String requesterName, LocalDate requestedOn, String reasons, String response,
                                String responseReason, LocalDate respondedOn, String respondedBy, LocalDate escalatedOn,
                                String escalatedTo, String escalationOutcome) {}
