package uk.safeguard.access;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import uk.safeguard.access.internal.UserRepository;

/** Users, teams and agencies, for other modules. */
@Service
public class UserDirectory {
    private final UserRepository users;

    public UserDirectory(UserRepository users) {
        this.users = users;
    }

    public Optional<CurrentUser> findByUsername(String username) {
        return users.findByUsername(username);
    }

    public Optional<CurrentUser> findById(long id) {
        return users.findById(id);
    }

    public List<CurrentUser> teamMembers(long teamId) {
        return users.teamMembers(teamId);
    }

    public List<Agency> agencies() {
        return users.agencies();
    }

    public Optional<Agency> agencyByCode(String code) {
        return users.agencies().stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public List<Team> teams() {
        return users.teams();
    }
}
