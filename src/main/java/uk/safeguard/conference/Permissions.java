package uk.safeguard.conference;

import org.springframework.stereotype.Component;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.audit.AuditTrail;

/** Who may read and who may record child protection work. Refusals are logged on the child's record. */
@Component
class Permissions {
    private final ChildAccess access;
    private final AuditTrail audit;

    Permissions(ChildAccess access, AuditTrail audit) {
        this.access = access;
        this.audit = audit;
    }

    /** Social workers, team managers and conference chairs record conferences and plans (DOMAIN.md section 2). */
    static boolean mayRecord(CurrentUser me) {
        return me.role() == Role.SOCIAL_WORKER || me.role() == Role.TEAM_MANAGER || me.role() == Role.CONFERENCE_CHAIR;
    }

    void requireRecord(CurrentUser me, long childId, String what) {
        if (!mayRecord(me)) {
            throw audit.refuse(me.asActor(), childId, what, "Only social workers, team managers and conference chairs record "
                    + "child protection conferences and plans; your role (" + me.role().label() + ") may not.");
        }
        access.requireView(me, childId, what);
    }

    /** Anyone who may open the child's record may read (partners: only a child linked to their agency); the view is logged. */
    void requireRead(CurrentUser me, long childId, String what) {
        access.requireView(me, childId, what);
        audit.recordView(me.asActor(), childId, what);
    }

    NoAccessBuilder refuse(CurrentUser me, long childId, String what) {
        return message -> audit.refuse(me.asActor(), childId, what, message);
    }

    interface NoAccessBuilder {
        RuntimeException because(String message);
    }
}
