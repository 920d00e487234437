package uk.safeguard.recording.internal;

import uk.safeguard.access.CurrentUser;

/** Who may write what in the recording module (reading always goes through ChildAccess). */
public final class RecordingRoles {
    private RecordingRoles() {}

    /** Local-authority practitioners who work with children and families, and their managers (DOMAIN.md section 2). */
    public static boolean isLaPractitioner(CurrentUser me) {
        return switch (me.role()) {
            case CONTACT_OFFICER, SOCIAL_WORKER, TEAM_MANAGER, CONFERENCE_CHAIR, EARLY_HELP_PRACTITIONER, LADO -> true;
            default -> false;
        };
    }
}
