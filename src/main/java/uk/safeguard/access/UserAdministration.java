package uk.safeguard.access;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.internal.UserRepository;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.platform.NoAccess;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.platform.ValidationFailure.FieldError;

/**
 * User administration (administrators only; every refusal is logged): create users, deactivate and reactivate
 * them, set a new password. Every change is audited, never with a password or its hash. A refusal is checked
 * before anything is written, so the transaction commits on {@link NoAccess} and keeps the logged denial.
 */
@Service
public class UserAdministration {
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** BCrypt uses only the first 72 bytes of a password. */
    public static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9.-]{1,64}");

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    public UserAdministration(UserRepository users, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    public void requireAdmin(CurrentUser me) {
        if (me.role() != Role.ADMIN) {
            throw audit.refuse(me.asActor(), null, "user administration", "Only an administrator may manage users.");
        }
    }

    public List<UserAccount> accounts(CurrentUser me) {
        requireAdmin(me);
        return users.accounts();
    }

    public UserAccount account(CurrentUser me, String username) {
        requireAdmin(me);
        return find(username);
    }

    @Transactional
    public UserAccount create(CurrentUser me, NewUser request) {
        requireAdmin(me);
        List<FieldError> errors = new ArrayList<>();
        String username = strip(request.username());
        if (username.isEmpty()) {
            errors.add(new FieldError("username", "Enter a user name"));
        } else if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username",
                    "User name must be at most 64 lowercase letters, digits, dots and hyphens"));
        }
        String displayName = strip(request.displayName());
        if (displayName.isEmpty() || displayName.length() > 100) {
            errors.add(new FieldError("displayName", "Enter the user's name (at most 100 characters)"));
        }
        Role role = null;
        try {
            role = strip(request.role()).isEmpty() ? null : Role.valueOf(strip(request.role()));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (role == null) {
            errors.add(new FieldError("role", "Select the user's role"));
        }
        String agencyCode = strip(request.agencyCode());
        Agency agency = users.agencies().stream().filter(a -> a.code().equals(agencyCode)).findFirst().orElse(null);
        if (agency == null) {
            errors.add(new FieldError("agencyCode", "Select the user's agency"));
        }
        String teamName = strip(request.teamName());
        Team team = null;
        if (!teamName.isEmpty()) {
            team = users.teams().stream().filter(t -> t.name().equals(teamName)).findFirst().orElse(null);
            if (team == null) {
                errors.add(new FieldError("teamName", "Select a team from the list, or no team"));
            } else if (agency != null && team.agencyId() != agency.id()) {
                errors.add(new FieldError("teamName", "The team must belong to the user's agency"));
            }
        }
        passwordProblem(request.password(), "password").ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        if (users.usernameTaken(username)) {
            throw new RuleBroken("username", "A user with the user name '" + username + "' already exists");
        }
        users.createUser(username, displayName, role, agency.id(), team == null ? null : team.id(),
                passwords.encode(request.password()), clock.instant());
        UserAccount created = find(username);
        audit.recordChange(me.asActor(), null, Change.of("user", username, "USER_CREATED",
                "User created: " + username + " (" + role.label() + ", " + agency.name() + ")")
                .withValues(null, values(created)));
        return created;
    }

    @Transactional
    public UserAccount deactivate(CurrentUser me, String username) {
        requireAdmin(me);
        UserAccount before = find(username);
        if (before.username().equals(me.username())) {
            throw new RuleBroken("username", "You cannot deactivate your own account");
        }
        return setActive(me, before, false);
    }

    @Transactional
    public UserAccount reactivate(CurrentUser me, String username) {
        requireAdmin(me);
        return setActive(me, find(username), true);
    }

    @Transactional
    public UserAccount setPassword(CurrentUser me, String username, String password) {
        requireAdmin(me);
        UserAccount user = find(username);
        passwordProblem(password, "password").ifPresent(e -> {
            throw new ValidationFailure(List.of(e));
        });
        users.setPasswordHash(username, passwords.encode(password));
        audit.recordChange(me.asActor(), null, Change.of("user", username, "USER_PASSWORD_SET",
                "New password set for " + username));
        return user;
    }

    private UserAccount setActive(CurrentUser me, UserAccount before, boolean active) {
        if (before.active() == active) {
            return before;
        }
        users.setActive(before.username(), active);
        UserAccount after = find(before.username());
        audit.recordChange(me.asActor(), null, Change.of("user", before.username(),
                active ? "USER_REACTIVATED" : "USER_DEACTIVATED",
                (active ? "User reactivated: " : "User deactivated: ") + before.username())
                .withValues(Map.of("active", before.active()), Map.of("active", after.active())));
        return after;
    }

    private UserAccount find(String username) {
        return users.account(username == null ? "" : username)
                .orElseThrow(() -> new NotFound("There is no user '" + username + "'"));
    }

    static java.util.Optional<FieldError> passwordProblem(String password, String field) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return java.util.Optional.of(new FieldError(field,
                    "Password must be at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return java.util.Optional.of(new FieldError(field, "Password must be at most " + MAX_PASSWORD_BYTES + " bytes"));
        }
        return java.util.Optional.empty();
    }

    private static Map<String, Object> values(UserAccount u) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("username", u.username());
        values.put("displayName", u.displayName());
        values.put("role", u.role().name());
        values.put("agency", u.agencyCode());
        values.put("team", u.teamName());
        values.put("active", u.active());
        return values;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
