package uk.safeguard.protection;

import java.util.List;
import org.springframework.stereotype.Service;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.NotFound;
import uk.safeguard.protection.internal.ProtectionAccess;

/** A child's protection enquiries in one answer, as the viewer may see them (partners: their own agency's part). */
@Service
public class ChildProtectionEnquiries {
    private final ImmediateProtection immediate;
    private final StrategyDiscussions discussions;
    private final Section47Enquiries enquiries;
    private final ProtectionAccess access;
    private final PeopleRegister people;

    public ChildProtectionEnquiries(ImmediateProtection immediate, StrategyDiscussions discussions, Section47Enquiries enquiries,
                                    ProtectionAccess access, PeopleRegister people) {
        this.immediate = immediate;
        this.discussions = discussions;
        this.enquiries = enquiries;
        this.access = access;
        this.people = people;
    }

    public ChildProtectionSummary of(CurrentUser me, long childId) {
        people.find(childId).filter(p -> p.kind().isChild()).orElseThrow(() -> new NotFound("There is no child " + childId));
        access.viewing(me, childId, "child protection enquiries");
        return summary(childId, me.role().isPartner() ? me.agencyId() : null);
    }

    /** Without access checks or logging (the child's page has done both); {@code partnerAgencyId} filters for a partner. */
    public ChildProtectionSummary summary(long childId, Long partnerAgencyId) {
        List<EmergencyAction> actions = immediate.ofChild(childId);
        List<StrategyDiscussion> held = discussions.ofChild(childId);
        List<Section47Enquiry> s47 = enquiries.ofChild(childId);
        if (partnerAgencyId != null) {
            long agency = partnerAgencyId;
            actions = actions.stream().filter(a -> a.agencyId() == agency).toList();
            held = held.stream().filter(d -> d.attendees().stream().anyMatch(a -> a.agencyId() != null && a.agencyId() == agency)).toList();
            List<Long> heldIds = held.stream().map(StrategyDiscussion::id).toList();
            s47 = s47.stream().filter(e -> (e.strategyDiscussionId() != null && heldIds.contains(e.strategyDiscussionId()))
                    || e.conferenceRequests().stream().anyMatch(r -> r.agencyId() == agency)).toList();
        }
        return new ChildProtectionSummary(childId, actions, held, s47);
    }
}
