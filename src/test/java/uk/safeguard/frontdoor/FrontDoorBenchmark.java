package uk.safeguard.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.support.Api;
import uk.safeguard.support.WebSession;

/**
 * The front door at scale (docs/PERFORMANCE.md, "Front door"): 2,000 open contacts in the MASH queue (plus 20,000
 * decided ones as history) in their own embedded PostgreSQL (target/bench-frontdoor-postgres), then
 * <ul>
 *   <li>200 renders of the MASH queue page, {@code GET /front-door/queue}, over real HTTP with a signed-in session;</li>
 *   <li>300 contacts recorded through the real {@code POST /api/front-door/contacts} (HTTP Basic), each naming a new
 *   child by name, so every one runs the known-child check (likely-match search) and registers the child.</li>
 * </ul>
 * Run with {@code mvn -Pbench test -Dtest=FrontDoorBenchmark}; excluded from the ordinary build.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "safeguard.db.embedded.data-dir=target/bench-frontdoor-postgres",
        "safeguard.db.url=",
        "safeguard.demo=true",
        "safeguard.demo.authority=false",
        "spring.thymeleaf.cache=true"
})
class FrontDoorBenchmark {
    private static final int OPEN = 2_000;
    private static final int DECIDED = 20_000;
    private static final int RENDERS = 200;
    private static final int RECORDS = 300;
    private static final String MARK = "BENCH ";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FrontDoor frontDoor;
    @Autowired
    UserDirectory users;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void queuePageAndRecordingAContact() throws IOException {
        load();
        long open = jdbc.sql("select count(*) from contact_child where status in ('OPEN','HELD')").query(Long.class).single();
        String base = "http://localhost:" + port;

        WebSession session = WebSession.signIn(base, "contact-officer");
        long[] page = new long[RENDERS];
        int bytes = 0;
        for (int i = -20; i < RENDERS; i++) { // 20 warm-up renders
            long start = System.nanoTime();
            HttpResponse<String> r = session.get("/front-door/queue");
            long took = System.nanoTime() - start;
            assertThat(r.statusCode()).isEqualTo(200);
            if (i >= 0) {
                page[i] = took;
                bytes = r.body().length();
            }
        }
        assertThat(session.get("/front-door/queue").body()).contains(open + " open contacts, oldest first");

        Api api = new Api(base, "contact-officer", "safeguard-demo");
        long[] record = new long[RECORDS];
        for (int i = -30; i < RECORDS; i++) { // 30 warm-up contacts
            Map<String, Object> body = contact(i + 30);
            long start = System.nanoTime();
            Api.Response r = api.post("/api/front-door/contacts", body);
            long took = System.nanoTime() - start;
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            if (i >= 0) {
                record[i] = took;
            }
        }

        // For comparison: the same API's cost of HTTP Basic alone (a BCrypt check on every stateless request) ...
        long[] auth = new long[RECORDS];
        for (int i = -30; i < RECORDS; i++) {
            long start = System.nanoTime();
            Api.Response r = api.get("/api/calendar/working-days/add?from=2026-12-10&days=1");
            long took = System.nanoTime() - start;
            assertThat(r.status()).isEqualTo(200);
            if (i >= 0) {
                auth[i] = took;
            }
        }
        // ... and FrontDoor.record called as the API controller calls it, without HTTP and sign-in.
        CurrentUser officer = users.findByUsername("contact-officer").orElseThrow();
        long[] direct = new long[RECORDS];
        for (int i = 0; i < RECORDS; i++) {
            NewContact in = JSON.convertValue(contact(RECORDS + 30 + i), NewContact.class);
            long start = System.nanoTime();
            frontDoor.record(officer, in);
            direct[i] = System.nanoTime() - start;
        }
        long[] service = new long[RENDERS];
        for (int i = 0; i < RENDERS; i++) {
            long start = System.nanoTime();
            frontDoor.queue(officer, null, null, null);
            service[i] = System.nanoTime() - start;
        }

        String report = String.format("open-contacts=%d page-bytes=%d%n"
                        + "queue page renders=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n"
                        + "  of which FrontDoor.queue alone=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n"
                        + "record contact posts=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n"
                        + "  HTTP Basic alone (cheap API GET)=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n"
                        + "  FrontDoor.record alone=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n",
                open, bytes, RENDERS, pct(page, 50), pct(page, 95), pct(page, 99), max(page),
                RENDERS, pct(service, 50), pct(service, 95), pct(service, 99), max(service),
                RECORDS, pct(record, 50), pct(record, 95), pct(record, 99), max(record),
                RECORDS, pct(auth, 50), pct(auth, 95), pct(auth, 99), max(auth),
                RECORDS, pct(direct, 50), pct(direct, 95), pct(direct, 99), max(direct));
        System.out.println("FRONT DOOR BENCHMARK " + report);
        Files.writeString(Path.of("target/front-door-benchmark.txt"), report);
    }

    private static Map<String, Object> contact(int n) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "PHONE");
        body.put("referrer", Map.of("name", "Avery Hughes", "role", "Designated safeguarding lead", "agency", "Oakfield Primary School",
                "agencyType", "EDUCATION", "phone", "01632 960000"));
        body.put("sourceCode", "2A");
        body.put("children", List.of(Map.of("givenNames", GIVEN[n % GIVEN.length], "familyName", "Benchley" + Integer.toString(n + 1000, 26),
                "dateOfBirth", "2015-0" + (1 + n % 9) + "-1" + (n % 10))));
        body.put("adults", List.of(Map.of("name", "Dana Parent", "relationship", "mother")));
        body.put("concern", MARK + "Came to school hungry three days this week and has bruises on the arm.");
        body.put("categories", List.of("NEGLECT"));
        body.put("familyKnows", true);
        body.put("familyConsents", true);
        return body;
    }

    private static final String[] GIVEN = {"Amelia", "Noah", "Isla", "Leo", "Ava", "Oscar", "Mia", "Theo", "Freya", "Arthur"};

    /**
     * Puts exactly {@link #OPEN} benchmark contacts in the queue: earlier runs' open ones are closed first (they stay
     * as history), then 2,000 fresh ones over the last 36 hours (a tenth held in the MASH, a third screened).
     */
    private void load() {
        jdbc.sql("""
                update contact_child set status = 'DECIDED', decision = 'NO_FURTHER_ACTION', decided_at = now()
                 where status in ('OPEN','HELD') and contact_id in (select id from contact where concern like 'BENCH %')""").update();
        long officer = jdbc.sql("select id from app_user where username = 'contact-officer'").query(Long.class).single();
        List<Long> children = jdbc.sql("select id from person where kind = 'CHILD' order by id limit 200").query(Long.class).list();
        Long[] ids = children.toArray(new Long[0]);
        if (jdbc.sql("select count(*) from contact where concern like 'BENCH history%'").query(Long.class).single() < DECIDED) {
            insert(DECIDED, "BENCH history", "DECIDED", "interval '400 days'", officer, ids);
        }
        insert(OPEN, "BENCH open", "OPEN", "interval '36 hours'", officer, ids);
        for (String table : List.of("contact", "contact_child")) {
            jdbc.sql("analyze " + table).update();
        }
    }

    private void insert(int n, String concern, String status, String spread, long officer, Long[] children) {
        jdbc.sql("drop table if exists bench_contact").update();
        jdbc.sql("create temporary table bench_contact(i int, id bigint)").update();
        jdbc.sql("""
                with ins as (
                  insert into contact(received_at, channel, referrer_name, referrer_agency, referrer_agency_type, source_code, concern,
                                      categories, team_id, recorded_by, recorded_at)
                  select now() - %s * (i::float / :n), (array['PHONE','EMAIL','PORTAL','API'])[1 + i %% 4],
                         'Referrer ' || i, (array['Riverford Police','Oakfield Primary School',null,'Riverford Community Health NHS Trust'])[1 + i %% 4],
                         (array['POLICE','EDUCATION',null,'HEALTH'])[1 + i %% 4], (array['6','2A','1A','3B','5D','8'])[1 + i %% 6],
                         :concern || ' ' || i, '{NEGLECT}', (select id from team where name = 'MASH'), :officer, now()
                    from generate_series(1, :n) i
                  returning id)
                insert into bench_contact select row_number() over (order by id), id from ins""".formatted(spread))
                .param("n", n).param("concern", concern).param("officer", officer).update();
        jdbc.sql("""
                insert into contact_child(contact_id, child_id, child_name, matched, status, possible_re_referral, level, held_at,
                                          decision, decided_at)
                select b.id, (:children::bigint[])[1 + b.i % array_length(:children::bigint[], 1)], 'Benchmark Child ' || b.i, 'CHOSEN',
                       case when :status = 'OPEN' and b.i % 10 = 0 then 'HELD' else :status end, b.i % 7 = 0,
                       case when b.i % 3 = 0 then 1 + b.i % 4 end,
                       case when :status = 'OPEN' and b.i % 10 = 0 then now() - interval '2 hours' end,
                       case when :status = 'DECIDED' then 'NO_FURTHER_ACTION' end, case when :status = 'DECIDED' then now() end
                  from bench_contact b""")
                .param("children", children).param("status", status).update();
        jdbc.sql("drop table bench_contact").update();
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }
}
