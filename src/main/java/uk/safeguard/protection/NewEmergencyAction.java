package uk.safeguard.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Emergency action as recorded. {@code householdChildren}: each child of the child's current household with a note
 * of how their needs were considered; {@code perpetratorHousehold}: the household of an alleged perpetrator (a person
 * id or a description) with a note; {@code otherAuthority}: when the child belongs to another local authority.
 */
public record NewEmergencyAction(EmergencyActionType type, String otherDescription, Long agencyId, Instant takenAt,
                                 String childSeenBy, Boolean legalAdviceObtained, String legalAdviceDetail,
                                 List<HouseholdChild> householdChildren, PerpetratorHousehold perpetratorHousehold,
                                 OtherAuthority otherAuthority) {

    public record HouseholdChild(Long childId, String note) {}

    public record PerpetratorHousehold(Long personId, String description, String note) {}

    public record OtherAuthority(String name, LocalDate acceptedOn, String acceptedBy) {}
}
