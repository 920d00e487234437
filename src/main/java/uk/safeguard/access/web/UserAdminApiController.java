package uk.safeguard.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.NewUser;
import uk.safeguard.access.UserAccount;
import uk.safeguard.access.UserAdministration;

@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "User administration", description = "Administrators only; anyone else gets 403 and the attempt is logged. "
        + "Every change is audited (never with a password).")
public class UserAdminApiController {
    private final UserAdministration admin;

    public UserAdminApiController(UserAdministration admin) {
        this.admin = admin;
    }

    public record User(String username, String displayName, String role, String roleLabel, String agencyCode,
                       String agency, String team, boolean active) {
        static User of(UserAccount u) {
            return new User(u.username(), u.displayName(), u.role().name(), u.role().label(), u.agencyCode(),
                    u.agencyName(), u.teamName(), u.active());
        }
    }

    public record NewPassword(String password) {}

    @GetMapping
    @Operation(summary = "Every user, active or not (administrators only)")
    public List<User> users(CurrentUser me) {
        return admin.accounts(me).stream().map(User::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user (administrators only)",
            description = "`username`: lowercase letters, digits, dots and hyphens, unique (a duplicate is 409 naming "
                    + "`username`). `role`: a role name such as SOCIAL_WORKER. `agencyCode`: an agency's code. `teamName`: "
                    + "optional, a team of that agency. `password`: the initial password, 12 to 72 characters. Bad input is "
                    + "400 naming the field.")
    public User create(CurrentUser me, @RequestBody NewUser body) {
        return User.of(admin.create(me, body));
    }

    @PostMapping("/{username}/deactivate")
    @Operation(summary = "Deactivate a user (administrators only)",
            description = "A deactivated user can no longer sign in or call the API. An administrator cannot deactivate themself (409).")
    public User deactivate(CurrentUser me, @Parameter(description = "The user name") @PathVariable String username) {
        return User.of(admin.deactivate(me, username));
    }

    @PostMapping("/{username}/reactivate")
    @Operation(summary = "Reactivate a deactivated user (administrators only)")
    public User reactivate(CurrentUser me, @Parameter(description = "The user name") @PathVariable String username) {
        return User.of(admin.reactivate(me, username));
    }

    @PostMapping("/{username}/password")
    @Operation(summary = "Set a new password for a user (administrators only)",
            description = "`password`: 12 to 72 characters; otherwise 400 naming `password`.")
    public User setPassword(CurrentUser me, @Parameter(description = "The user name") @PathVariable String username,
                            @RequestBody NewPassword body) {
        return User.of(admin.setPassword(me, username, body == null ? null : body.password()));
    }
}
