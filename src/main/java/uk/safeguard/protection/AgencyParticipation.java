package uk.safeguard.protection;

import uk.safeguard.access.AgencyType;

/** One agency's part in the strategy discussions of a period: invited (listed as an attendee) and attended. */
public record AgencyParticipation(Long agencyId, String agencyName, AgencyType agencyType, int invited, int attended) {}
