package uk.safeguard.protection;

import java.time.Instant;
import java.util.List;

/** A strategy discussion held without an LA social worker, health or police, with the recorded reason. */
public record DiscussionWithoutMinimumParticipation(long strategyDiscussionId, long childId, long caseId, Instant heldAt,
                                                     List<String> missingAgencies, String missingAgencyReason) {}
