package uk.safeguard.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.safeguard.access.AgencyType;

/**
 * A strategy discussion held on a case. {@code minimumParticipation}: an LA social worker, health and police took
 * part (WT2023 seeds 000 line 2760); when not, {@code missingAgencies} and the recorded reason say why.
 * {@code section47EnquiryId}: the enquiry this discussion started, if any.
 */
public record StrategyDiscussion(long id, long caseId, long childId, Instant heldAt, StrategyDiscussionFormat format,
                                 String formatOther, List<Attendee> attendees, String informationShared, boolean section47,
                                 String section47Rationale, CriminalInvestigation criminalInvestigation,
                                 String criminalLeadAgency, String legalAction, String sharedWithFamily,
                                 String withheldFromFamily, String withheldReason, boolean minimumParticipation,
                                 List<String> missingAgencies, String missingAgencyReason, List<Action> actions,
                                 Long section47EnquiryId, String recordedBy, Instant recordedAt) {

    public record Attendee(long id, String name, Long agencyId, String agencyName, AgencyType agencyType, String role,
                           boolean attended) {}

    public record Action(long id, String what, long ownerId, String ownerName, LocalDate dueOn, Long taskId) {}
}
