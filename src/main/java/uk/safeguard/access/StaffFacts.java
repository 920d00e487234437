package uk.safeguard.access;

import java.util.List;

/** Every user and team, for breakdowns by team and worker and for returns (worker ids). Read-only. */
public interface StaffFacts {

    List<StaffMember> staff();

    List<Team> teams();

    /**
     * A user: {@code role} is a {@link Role} name; {@code staffId} is the Social Work England number or other
     * staff id where recorded (the DfE API's worker_id), else null.
     */
    record StaffMember(long userId, String displayName, String role, Long teamId, Long agencyId, String staffId,
                       boolean active) {}
}
