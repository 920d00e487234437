package uk.safeguard.access;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.internal.ChildAccessRepository;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.platform.NoAccess;

/**
 * Need-to-know access to a child's (or linked adult's) record, DOMAIN.md section 2:
 * LA practitioners see any unrestricted record; partners only the children linked to their agency;
 * a restricted record only the users named on it; councillors and administrators none. Every refusal is logged.
 */
@Service
public class ChildAccess {
    public static final String NO_ACCESS_MESSAGE = "You do not have access to this record.";

    private final ChildAccessRepository repository;
    private final AuditTrail audit;

    public ChildAccess(ChildAccessRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    public boolean canView(CurrentUser user, long personId) {
        return !viewable(user, List.of(personId)).isEmpty();
    }

    /** The subset of these people the user may see (for search results and lists). */
    public Set<Long> viewable(CurrentUser user, Collection<Long> personIds) {
        if (personIds.isEmpty() || user.role().neverSeesChildRecords()) {
            return Set.of();
        }
        return repository.viewable(user.id(), user.agencyId(), user.role().isPartner(), personIds);
    }

    /** Throws {@link NoAccess} (403) and logs the attempt when the user may not see this record. */
    public void requireView(CurrentUser user, long personId, String what) {
        if (!canView(user, personId)) {
            throw audit.refuse(user.asActor(), personId, what, NO_ACCESS_MESSAGE);
        }
    }

    /** A partner agency becomes linked to a child when it refers or is involved. */
    @Transactional
    public void linkAgency(long childId, long agencyId, AgencyLink reason) {
        repository.link(childId, agencyId, reason.name());
    }

    /**
     * Withdraws a link made in error (e.g. a contact matched to the wrong child): the agency keeps any other link it
     * has to the child, such as being involved.
     */
    @Transactional
    public void unlinkAgency(long childId, long agencyId, AgencyLink reason) {
        repository.unlink(childId, agencyId, reason.name());
    }

    /** Restricts a record to the named users (the restricting user is always named). */
    @Transactional
    public void restrict(CurrentUser by, long childId, String reason, Collection<Long> namedUserIds) {
        repository.restrict(childId, by.id(), reason, namedUserIds);
    }

    public boolean isRestricted(long childId) {
        return repository.isRestricted(childId);
    }

    public enum AgencyLink { REFERRED, INVOLVED }
}
