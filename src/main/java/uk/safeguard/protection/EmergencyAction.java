package uk.safeguard.protection;

import java.time.Instant;
import java.util.List;

/**
 * Emergency action taken for a child. {@code endedLate}: police protection ended more than 72 hours after it began
 * (recorded as it happened, but flagged). {@code followedByStrategyDiscussionId}: the strategy discussion that followed.
 */
public record EmergencyAction(long id, long childId, Long caseId, EmergencyActionType type, String typeLabel,
                              String otherDescription, long agencyId, String agencyName, Instant takenAt,
                              String childSeenBy, boolean legalAdviceObtained, String legalAdviceDetail,
                              List<ConsideredChild> householdChildren, NewEmergencyAction.PerpetratorHousehold perpetratorHousehold,
                              NewEmergencyAction.OtherAuthority otherAuthority, Instant policeProtectionEndedAt,
                              Boolean endedLate, Long followedByStrategyDiscussionId, String recordedBy, Instant recordedAt) {

    public record ConsideredChild(long childId, String name, String note) {}
}
