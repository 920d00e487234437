package uk.safeguard.access.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.AgencyType;
import uk.safeguard.access.DemoMode;
import uk.safeguard.access.Role;

/**
 * Demo mode only: the agencies, teams and one user per role, named after it, all with the password
 * {@value #PASSWORD}. Re-running is harmless (upserts). In production no user has a password until an
 * administrator sets one, and none of these exist.
 */
@Component
@Order(1)
public class DemoUsers implements ApplicationRunner {
    public static final String PASSWORD = "safeguard-demo";

    private final DemoMode demo;
    private final UserRepository users;
    /**
     * The demo password is published in the README, so a slow hash protects nothing; a cheap BCrypt cost keeps each
     * HTTP Basic API call (verified on every request) from spending ~80 ms hashing. Real users' passwords use the
     * application's encoder at its full cost, and production APIs take OIDC bearer tokens instead.
     */
    private static final PasswordEncoder DEMO_ENCODER = new BCryptPasswordEncoder(4);

    public DemoUsers(DemoMode demo, UserRepository users) {
        this.demo = demo;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        Map<String, Long> agency = new HashMap<>();
        agency.put("LA", users.insertAgency("LA-CSC", "Riverford Council Children's Services", AgencyType.LA_CHILDRENS_SOCIAL_CARE));
        agency.put("POLICE", users.insertAgency("POLICE", "Riverford Police", AgencyType.POLICE));
        agency.put("HEALTH", users.insertAgency("HEALTH", "Riverford Community Health NHS Trust", AgencyType.HEALTH));
        agency.put("SCHOOL", users.insertAgency("SCHOOL-OAK", "Oakfield Primary School", AgencyType.EDUCATION));
        agency.put("PROBATION", users.insertAgency("PROBATION", "Probation Service (Riverford)", AgencyType.PROBATION));
        agency.put("HOUSING", users.insertAgency("HOUSING", "Riverford Council Housing", AgencyType.HOUSING));
        agency.put("VCS", users.insertAgency("VCS-FAMILY", "Riverford Family Support Trust", AgencyType.VOLUNTARY_SECTOR));

        long mash = users.insertTeam("MASH", agency.get("LA"));
        long assessment = users.insertTeam("Assessment Team 1", agency.get("LA"));
        long review = users.insertTeam("Safeguarding and Review Unit", agency.get("LA"));
        long earlyHelp = users.insertTeam("Early Help (CHAT)", agency.get("LA"));
        long partnership = users.insertTeam("Safeguarding Partnership Business Unit", agency.get("LA"));
        long performance = users.insertTeam("Performance and Intelligence", agency.get("LA"));

        String hash = DEMO_ENCODER.encode(PASSWORD);
        user("contact-officer", "Chris Palmer", Role.CONTACT_OFFICER, agency.get("LA"), mash, hash);
        user("social-worker", "Sam Okafor", Role.SOCIAL_WORKER, agency.get("LA"), assessment, hash);
        user("team-manager", "Morgan Reid", Role.TEAM_MANAGER, agency.get("LA"), assessment, hash);
        user("conference-chair", "Jordan Ellis", Role.CONFERENCE_CHAIR, agency.get("LA"), review, hash);
        user("early-help-practitioner", "Riley Shah", Role.EARLY_HELP_PRACTITIONER, agency.get("LA"), earlyHelp, hash);
        user("police-officer", "PC Taylor Brooks", Role.PARTNER_PRACTITIONER, agency.get("POLICE"), null, hash);
        user("health-visitor", "Jamie Collins", Role.PARTNER_PRACTITIONER, agency.get("HEALTH"), null, hash);
        user("school-dsl", "Avery Hughes", Role.PARTNER_PRACTITIONER, agency.get("SCHOOL"), null, hash);
        user("lado", "Quinn Adeyemi", Role.LADO, agency.get("LA"), null, hash);
        user("partnership-officer", "Robin Fletcher", Role.PARTNERSHIP_OFFICER, agency.get("LA"), partnership, hash);
        user("performance-analyst", "Dana Whitfield", Role.PERFORMANCE_ANALYST, agency.get("LA"), performance, hash);
        user("councillor", "Cllr Pat Lowe", Role.COUNCILLOR, agency.get("LA"), null, hash);
        user("admin", "Ash Kowalski", Role.ADMIN, agency.get("LA"), null, hash);
    }

    private void user(String username, String name, Role role, long agencyId, Long teamId, String hash) {
        users.insertUser(username, name, role, agencyId, teamId, hash);
    }
}
