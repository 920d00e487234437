package uk.safeguard.migration.internal;

import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.safeguard.audit.Actor;
import uk.safeguard.audit.AuditTrail;

/**
 * Who may import and export SSD files: administrators and performance analysts (issue 6). The signed-in user is read
 * from Spring Security and the user table, not through {@code access.CurrentUser}: modules that own SSD objects
 * (access among them: professionals and teams) depend on this module, so this module may not depend on them.
 */
@Component
public class MigrationUsers {
    /** Role names as {@code access.Role} spells them. */
    static final Set<String> MIGRATORS = Set.of("ADMIN", "PERFORMANCE_ANALYST");
    private static final String REFUSED = "Only an administrator or a performance analyst may import or export SSD files.";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    public MigrationUsers(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The signed-in user as the audit trail records them, if they may import and export; otherwise a logged 403. */
    public Actor requireMigrator(String what) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String username = auth == null ? "anonymous" : auth.getName();
        Optional<Signed> user = signedIn(username);
        Actor actor = user.map(Signed::actor).orElse(new Actor(0, username, username));
        boolean allowed = user.isPresent() && MIGRATORS.contains(user.get().role()) && auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(a -> a.equals("ROLE_" + user.get().role()));
        if (!allowed) {
            throw audit.refuse(actor, null, what, REFUSED);
        }
        return actor;
    }

    /** Whether the signed-in user may import and export (for the navigation link). */
    public boolean signedInUserIsMigrator() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return false;
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> MIGRATORS.stream().anyMatch(m -> a.equals("ROLE_" + m)));
    }

    private record Signed(Actor actor, String role) {}

    private Optional<Signed> signedIn(String username) {
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.role, a.name as agency_name
                          from app_user u join agency a on a.id = u.agency_id
                         where u.username = ? and u.active""")
                .param(username)
                .query((rs, n) -> new Signed(new Actor(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name") + " (" + label(rs.getString("role")) + ", " + rs.getString("agency_name") + ")"),
                        rs.getString("role")))
                .optional();
    }

    /** As {@code access.Role.label()} words them, for the two roles let in (others appear only in refusals). */
    private static String label(String role) {
        return switch (role) {
            case "ADMIN" -> "Administrator";
            case "PERFORMANCE_ANALYST" -> "Performance analyst";
            default -> role.toLowerCase().replace('_', ' ');
        };
    }
}
