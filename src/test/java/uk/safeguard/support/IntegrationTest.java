package uk.safeguard.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of every test that needs the application: one Spring context (and so one embedded PostgreSQL with
 * a throw-away data directory) for the whole test JVM, serving on a random port, in demo mode.
 * Keep the annotations identical in every subclass so the context is shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "safeguard.db.embedded.data-dir=",
        "safeguard.db.url=",
        "safeguard.demo=true",
        "safeguard.demo.authority=false",
        "spring.thymeleaf.cache=true"
})
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {
    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected JdbcClient jdbc;

    @BeforeEach
    void resetClock() {
        clock.set(TestClockConfiguration.DEFAULT_NOW);
    }

    /** An API client signed in as a demo user (HTTP Basic). */
    protected Api as(String username) {
        return new Api("http://localhost:" + port, username, "safeguard-demo");
    }

    protected Api anonymous() {
        return new Api("http://localhost:" + port, null, null);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
