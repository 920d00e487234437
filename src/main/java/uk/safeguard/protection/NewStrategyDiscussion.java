package uk.safeguard.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.safeguard.access.AgencyType;

/**
 * A strategy discussion as recorded. Each attendee names an agency known to the system ({@code agencyId}) or gives
 * its name and type; each action has an owner (a Safeguard user) and lands on their work tray.
 */
public record NewStrategyDiscussion(Instant heldAt, StrategyDiscussionFormat format, String formatOther,
                                    List<NewAttendee> attendees, String informationShared, Boolean section47,
                                    String section47Rationale, CriminalInvestigation criminalInvestigation,
                                    String criminalLeadAgency, String legalAction, String sharedWithFamily,
                                    String withheldFromFamily, String withheldReason, String missingAgencyReason,
                                    List<NewAction> actions) {

    public record NewAttendee(String name, Long agencyId, String agencyName, AgencyType agencyType, String role,
                              Boolean attended) {}

    public record NewAction(String what, Long ownerId, LocalDate dueOn) {}
}
