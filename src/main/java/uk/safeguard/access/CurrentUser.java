package uk.safeguard.access;

import uk.safeguard.audit.Actor;

/** The signed-in user, as every module sees them. Controllers take it as a method argument. */
public record CurrentUser(long id, String username, String displayName, Role role,
                          long agencyId, String agencyName, AgencyType agencyType, Long teamId, String teamName) {

    public boolean isManager() {
        return role.isManager();
    }

    /** How the user appears in chronologies and audit entries: "Sam Social Worker (Social worker)". */
    public String describe() {
        return displayName + " (" + role.label() + ", " + agencyName + ")";
    }

    /** This user as the audit trail records them. */
    public Actor asActor() {
        return new Actor(id, username, describe());
    }
}
