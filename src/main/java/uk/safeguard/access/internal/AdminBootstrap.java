package uk.safeguard.access.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.AgencyType;
import uk.safeguard.access.DemoMode;
import uk.safeguard.access.Role;

/**
 * A way into a fresh production install: outside demo mode, when no administrator exists and
 * SAFEGUARD_ADMIN_PASSWORD ({@code safeguard.admin.initial-password}) is set, creates the user {@value #USERNAME}
 * (Administrator) in the agency {@value #AGENCY_CODE}, created if missing, with that password.
 */
@Component
@Order(1)
public class AdminBootstrap implements ApplicationRunner {
    public static final String USERNAME = "admin";
    public static final String AGENCY_CODE = "LA-CSC";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final DemoMode demo;
    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final String initialPassword;

    public AdminBootstrap(DemoMode demo, UserRepository users, PasswordEncoder passwords, Clock clock,
                          @Value("${safeguard.admin.initial-password:}") String initialPassword) {
        this.demo = demo;
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
        this.initialPassword = initialPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo.enabled() || users.anyAdmin()) {
            return;
        }
        if (initialPassword.isBlank()) {
            log.warn("No administrator exists: set SAFEGUARD_ADMIN_PASSWORD to create the user '{}' on the next start", USERNAME);
            return;
        }
        if (initialPassword.length() < 12) {
            log.warn("SAFEGUARD_ADMIN_PASSWORD is shorter than 12 characters: not creating the user '{}'", USERNAME);
            return;
        }
        if (users.usernameTaken(USERNAME)) {
            log.warn("No administrator exists, but a non-administrator user '{}' does: not creating one", USERNAME);
            return;
        }
        long agency = users.agencyIfMissing(AGENCY_CODE, "Children's Services", AgencyType.LA_CHILDRENS_SOCIAL_CARE);
        users.createUser(USERNAME, "Administrator", Role.ADMIN, agency, null, passwords.encode(initialPassword),
                clock.instant());
        log.info("No administrator existed: created the user '{}' (Administrator, agency {}) with the password from "
                + "SAFEGUARD_ADMIN_PASSWORD; sign in and set a new password", USERNAME, AGENCY_CODE);
    }
}
