package uk.safeguard.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.safeguard.access.internal.AdminBootstrap;

/** A fresh production install (demo mode off, no users) with SAFEGUARD_ADMIN_PASSWORD set gets one administrator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "safeguard.db.embedded.data-dir=temp:admin-bootstrap",
        "safeguard.db.url=",
        "safeguard.demo=false",
        "safeguard.admin.initial-password=" + AdminBootstrapTest.PASSWORD
})
class AdminBootstrapTest {
    static final String PASSWORD = "first-admin-password";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AdminBootstrap bootstrap;

    @Test
    void theFirstAdministratorIsCreatedOnceWithTheGivenPassword() {
        assertThat(jdbc.sql("select count(*) from app_user where username = 'social-worker'").query(Integer.class).single()).isZero();
        String hash = jdbc.sql("select u.password_hash from app_user u join agency a on a.id = u.agency_id "
                        + "where u.username = 'admin' and u.role = 'ADMIN' and u.active and a.code = 'LA-CSC' "
                        + "and a.agency_type = 'LA_CHILDRENS_SOCIAL_CARE'")
                .query(String.class).single();
        assertThat(hash).startsWith("$2");
        assertThat(passwords.matches(PASSWORD, hash)).isTrue();

        bootstrap.run(null); // as on the next start
        assertThat(jdbc.sql("select count(*) from app_user where role = 'ADMIN'").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from agency where code = 'LA-CSC'").query(Integer.class).single()).isEqualTo(1);
    }
}
