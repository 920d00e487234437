package uk.safeguard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.support.TestClockConfiguration;

/**
 * Demo mode loads the synthetic demo authority through the SSD import, once, beside the demo users' own scenarios.
 * Its own context (the shared test context turns the authority off).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "safeguard.db.embedded.data-dir=temp:demo-authority",
        "safeguard.db.url=",
        "safeguard.demo=true",
        "safeguard.demo.authority=true"
})
@Import(TestClockConfiguration.class)
class DemoAuthorityTest {
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StatutoryClocks clocks;
    @Autowired
    DemoAuthority loader;

    @Test
    void theDemoDataComesFromTheGenerator() throws Exception {
        assertThat(jdbc.sql("select count(*) from ssd_import where started_by_username = 'demo-data' and status = 'SUCCEEDED'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from ssd_key where kind = 'PERSON'").query(Long.class).single()).isGreaterThan(5_000);
        assertThat(jdbc.sql("select count(*) from referral").query(Long.class).single()).isGreaterThan(1_000);
        // the demo users' hand-made scenarios are there too
        assertThat(jdbc.sql("select count(*) from app_user where username in ('social-worker', 'team-manager')").query(Long.class).single()).isEqualTo(2);
        // an imported open episode has running clocks
        long child = jdbc.sql("""
                select c.child_id from case_file c join ssd_key k on k.kind = 'CASE' and k.local_id = c.id
                 where c.closed_at is null order by c.id limit 1""").query(Long.class).single();
        assertThat(clocks.clocksFor(child)).isNotEmpty();

        // a restart loads nothing twice
        loader.run(null);
        assertThat(jdbc.sql("select count(*) from ssd_import where started_by_username = 'demo-data'").query(Long.class).single()).isEqualTo(1);
    }
}
