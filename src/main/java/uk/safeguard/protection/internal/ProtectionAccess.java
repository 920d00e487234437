package uk.safeguard.protection.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.audit.AuditTrail;

/**
 * Who may do what in child protection enquiries (DOMAIN.md section 2): social workers and team managers record
 * emergency action, strategy discussions and outcomes; team managers respond to a partner's request for a conference;
 * partners make such requests for children linked to their agency and see what their agency took part in.
 */
@Component
public class ProtectionAccess {
    private static final Set<Role> RECORDERS = Set.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER);

    private final ChildAccess childAccess;
    private final AuditTrail audit;

    public ProtectionAccess(ChildAccess childAccess, AuditTrail audit) {
        this.childAccess = childAccess;
        this.audit = audit;
    }

    public static boolean mayRecord(Role role) {
        return RECORDERS.contains(role);
    }

    /** A social worker or team manager who may open the child's record; otherwise refused and logged. */
    public void requireRecorder(CurrentUser me, long childId, String what) {
        if (!mayRecord(me.role())) {
            throw audit.refuse(me.asActor(), childId, what,
                    "Only a social worker or team manager may " + what + " (your role: " + me.role().label() + ").");
        }
        childAccess.requireView(me, childId, what);
    }

    public void requireManager(CurrentUser me, long childId, String what) {
        if (!me.isManager()) {
            throw audit.refuse(me.asActor(), childId, what,
                    "Only a team manager may " + what + " (your role: " + me.role().label() + ").");
        }
        childAccess.requireView(me, childId, what);
    }

    /** Opens the child's record for viewing (refused and logged when the viewer may not) and logs the view. */
    public void viewing(CurrentUser me, long childId, String what) {
        childAccess.requireView(me, childId, what);
        audit.recordView(me.asActor(), childId, what);
    }

    /** A refusal, already logged, to throw. */
    public uk.safeguard.platform.NoAccess refuse(CurrentUser me, Long childId, String what, String message) {
        return audit.refuse(me.asActor(), childId, what, message);
    }

    public boolean canView(CurrentUser me, long childId) {
        return childAccess.canView(me, childId);
    }
}
