package uk.safeguard.childrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDateTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.ChildRecordSection;
import uk.safeguard.support.Api;
import uk.safeguard.support.MutableClock;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestClockConfiguration;
import uk.safeguard.support.TestReferrals;
import uk.safeguard.support.WebSession;
import uk.safeguard.work.CaseWork;

/**
 * The child's page at ten years of history (docs/PERFORMANCE.md, "Child's page"; target p95 under 150 ms): one child
 * with a referral, an allocation, an assessment, 35 case notes and a document every year for ten years, child in need
 * plans in most years and two child protection plans, all made through the real API at their own times on the test
 * clock ({@link ChildPageHistory}), plus 2,000 other children each referred once through the front door API, in its
 * own embedded PostgreSQL (target/bench-childpage-postgres). Then, at Tue 1 Dec 2026 09:00,
 * <ul>
 *   <li>200 renders of {@code GET /children/{id}} over real HTTP with a signed-in page session (20 warm-up first);</li>
 *   <li>200 calls of {@code GET /api/children/{id}} (JSON, HTTP Basic), and for comparison a cheap API GET;</li>
 *   <li>each part of the page timed on its own through the services: {@link ChildRecords#page} and each piece of
 *   it, and every {@link ChildRecordSection} bean's {@code section(...)}, each with the number of SQL statements one
 *   call sends and the statements it repeats ({@link ChildPageSqlCounter}: N+1 queries show up there).</li>
 * </ul>
 * The history and the background are built once per data directory and reused (the child's id and the background
 * count are kept in target/bench-childpage-child.txt); {@code -Dbench.rebuild=true} builds a fresh child,
 * {@code -Dbench.background=N} sets the background size. The report goes to target/child-page-benchmark.txt.
 * Run with {@code mvn -o -Pbench test -Dtest=ChildPageBenchmark}; excluded from the ordinary build.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "safeguard.db.embedded.data-dir=target/bench-childpage-postgres",
        "safeguard.db.url=",
        "safeguard.demo=true",
        "safeguard.demo.authority=false",
        "spring.thymeleaf.cache=true"
})
@Import({TestClockConfiguration.class, ChildPageSqlCounter.Configuration.class})
class ChildPageBenchmark {
    private static final int WARM_UP = 20;
    private static final int RENDERS = 200;
    private static final Path CHILD_FILE = Path.of("target/bench-childpage-child.txt");
    private static final int BACKGROUND = Integer.getInteger("bench.background", 2_000);
    private static final String[] GIVEN = {"Amelia", "Noah", "Isla", "Leo", "Ava", "Oscar", "Mia", "Theo", "Freya", "Arthur"};
    private static final Path REPORT = Path.of("target/child-page-benchmark.txt");

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    ChildRecords records;
    @Autowired
    PeopleRegister people;
    @Autowired
    ChildAccess access;
    @Autowired
    CaseWork work;
    @Autowired
    StatutoryClocks clocks;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDirectory users;
    @Autowired
    List<ChildRecordSection> sections;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void childPageWithTenYearsOfHistory() throws IOException {
        String base = "http://localhost:" + port;
        StringBuilder report = new StringBuilder();

        long started = System.nanoTime();
        // An earlier run's child in this data directory (so its background too), unless -Dbench.rebuild=true.
        java.util.Optional<String[]> saved = saved();
        long found;
        if (saved.isPresent() && !Boolean.getBoolean("bench.rebuild")) {
            found = Long.parseLong(saved.get()[0]);
        } else {
            ChildPageHistory history = new ChildPageHistory(base, clock, users.findByUsername("social-worker").orElseThrow().id(),
                    users.findByUsername("conference-chair").orElseThrow().id(), users.agencyByCode("LA-CSC").orElseThrow().id(),
                    users.agencyByCode("POLICE").orElseThrow().id(), users.agencyByCode("HEALTH").orElseThrow().id());
            found = history.build("Alderbench");
            report.append(String.format("history built through the API: %d calls in %.0f s%n", history.calls(), (System.nanoTime() - started) / 1e9));
            write(CHILD_FILE, found + " " + saved.map(f -> f[1]).orElse("0"));
        }
        long child = found;
        int others = background(base, child, report);
        clock.set(TestClockConfiguration.DEFAULT_NOW); // Tue 1 Dec 2026 09:00: the last year's case and plan still open

        CurrentUser worker = users.findByUsername("social-worker").orElseThrow();
        ChildPage page = records.page(worker, child);
        int chronology = page.chronology().size();
        Map<String, Long> actions = new java.util.TreeMap<>();
        page.chronology().forEach(e -> actions.merge(e.action(), 1L, Long::sum));
        assertThat(chronology).as("chronology entries").isBetween(500, 1_500);

        // The page over real HTTP, signed in as the allocated social worker.
        WebSession session = WebSession.signIn(base, "social-worker");
        long[] renders = new long[RENDERS];
        String html = "";
        for (int i = -WARM_UP; i < RENDERS; i++) {
            long start = System.nanoTime();
            HttpResponse<String> r = session.get("/children/" + child);
            long took = System.nanoTime() - start;
            assertThat(r.statusCode()).isEqualTo(200);
            if (i >= 0) {
                renders[i] = took;
                html = r.body();
            }
        }
        int htmlRows = chronologyRows(html);
        // The page opens on the newest entries; the whole chronology is one link away (measured below too).
        assertThat(htmlRows).isEqualTo(Math.min(chronology, 100));
        long[] wholeChronology = new long[RENDERS];
        for (int i = -WARM_UP; i < RENDERS; i++) {
            long start = System.nanoTime();
            HttpResponse<String> r = session.get("/children/" + child + "?chronology=all");
            long took = System.nanoTime() - start;
            assertThat(r.statusCode()).isEqualTo(200);
            if (i >= 0) {
                wholeChronology[i] = took;
            }
        }
        assertThat(chronologyRows(session.get("/children/" + child + "?chronology=all").body())).isEqualTo(chronology);

        // The same record as JSON (HTTP Basic), and HTTP Basic alone on a cheap GET for comparison.
        Api api = new Api(base, "social-worker", "safeguard-demo");
        long[] json = new long[RENDERS];
        int jsonBytes = 0;
        for (int i = -WARM_UP; i < RENDERS; i++) {
            long start = System.nanoTime();
            Api.Response r = api.get("/api/children/" + child);
            long took = System.nanoTime() - start;
            assertThat(r.status()).isEqualTo(200);
            if (i >= 0) {
                json[i] = took;
                jsonBytes = r.body().length();
            }
        }
        long[] cheap = time(() -> api.get("/api/calendar/working-days/add?from=2026-12-10&days=1"));

        // For scale: the same page for a background child with one referral (a short chronology).
        long small = jdbc.sql("select min(person_id) from person_name where family_name like 'Backdrop%'").query(Long.class).single();
        int smallEntries = audit.chronology(small).size();
        long[] smallPage = time(() -> assertThat(session.get("/children/" + small).statusCode()).isEqualTo(200));

        // Each part on its own, through the services (no HTTP, no template).
        ChildRecordSection.Viewer viewer = new ChildRecordSection.Viewer(worker.id(), worker.role().name(), worker.agencyId());
        Map<String, Supplier<Object>> parts = new LinkedHashMap<>();
        parts.put("ChildRecords.page (all of the below but the sections)", () -> records.page(worker, child));
        parts.put("  ChildRecords.open (access check + view logged)", () -> {
            records.open(worker, child, "child's record");
            return null;
        });
        parts.put("  PeopleRegister.find", () -> people.find(child));
        parts.put("  ChildAccess.isRestricted", () -> access.isRestricted(child));
        parts.put("  PeopleRegister.relationshipsOf", () -> people.relationshipsOf(child));
        parts.put("  PeopleRegister.householdsOf", () -> people.householdsOf(child));
        parts.put("  CaseWork.openCasesFor", () -> work.openCasesFor(child));
        parts.put("  StatutoryClocks.clocksFor", () -> clocks.clocksFor(child));
        parts.put("  AuditTrail.chronology", () -> audit.chronology(child));
        for (ChildRecordSection s : sections) {
            parts.put("section " + AopUtils.getTargetClass(s).getSimpleName(), () -> s.section(child, viewer));
        }
        parts.put("all sections together", () -> sections.stream().map(s -> s.section(child, viewer)).toList());
        Map<String, long[]> partTimes = new LinkedHashMap<>();
        Map<String, List<String>> partSql = new LinkedHashMap<>();
        parts.forEach((name, part) -> {
            partTimes.put(name, time(part));
            partSql.put(name, ChildPageSqlCounter.record(part::get));
        });
        List<String> pageSql = ChildPageSqlCounter.record(() -> assertThat(session.get("/children/" + child).statusCode()).isEqualTo(200));
        List<String> jsonSql = ChildPageSqlCounter.record(() -> assertThat(api.get("/api/children/" + child).status()).isEqualTo(200));

        report.append(String.format("background: %d other children, each referred once through the API%n", others));
        report.append(String.format("child=%d chronology-entries=%d (rendered rows %d) page-bytes=%d json-bytes=%d%n",
                child, chronology, htmlRows, html.length(), jsonBytes));
        report.append("chronology by action: ").append(actions).append('\n');
        report.append(line("GET /children/{id} page renders (newest 100 entries)", renders)).append(sql(pageSql));
        report.append(line("GET /children/{id}?chronology=all (every entry)", wholeChronology));
        report.append(line("GET /api/children/{id} JSON", json)).append(sql(jsonSql));
        report.append(line("  HTTP Basic alone (cheap API GET)", cheap));
        report.append(line("GET /children/{id}, child with one referral (" + smallEntries + " entries)", smallPage));
        report.append("parts through the services (" + RENDERS + " each after " + WARM_UP + " warm-up), with the SQL statements one call sends:\n");
        partTimes.forEach((name, t) -> report.append(line("  " + name, t)).append(sql(partSql.get(name))));
        report.append("statements sent more than once in one call (N+1 candidates):\n");
        partSql.forEach((name, statements) -> {
            if (!name.startsWith("all") && !name.startsWith("ChildRecords.page")) {
                ChildPageSqlCounter.repeated(statements).forEach((sql, n) -> report.append("  ").append(name.trim()).append(": ")
                        .append(n).append("x ").append(sql).append('\n'));
            }
        });
        report.append("  whole page request: ").append(ChildPageSqlCounter.repeated(pageSql).values().stream().mapToLong(Long::longValue).sum())
                .append(" of its ").append(pageSql.size()).append(" statements are repeats\n");
        List<String> sectionSizes = new ArrayList<>();
        for (ChildRecordSection s : sections) {
            s.section(child, viewer).ifPresent(sec -> sectionSizes.add(sec.id() + "=" + sec.rows().size() + " rows"));
        }
        report.append("sections shown: ").append(sectionSizes).append('\n');
        System.out.println("CHILD PAGE BENCHMARK\n" + report);
        write(REPORT, report.toString());
    }

    /**
     * Background volume so the tables are not tiny: {@link #BACKGROUND} other children registered and referred once
     * each through the real front door API (contact, screening, decision), two at a time, on 30 Nov 2026 (after the
     * history). Done once per data directory; the count is kept beside the child's id.
     */
    private int background(String base, long child, StringBuilder report) {
        int done = Integer.parseInt(read(CHILD_FILE)[1]);
        if (done >= BACKGROUND) {
            return done;
        }
        long started = System.nanoTime();
        clock.set(LocalDateTime.of(2026, 11, 30, 10, 0));
        Api officer = new Api(base, "contact-officer", "safeguard-demo");
        Api manager = new Api(base, "team-manager", "safeguard-demo");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> referrals = new ArrayList<>();
            for (int i = done; i < BACKGROUND; i++) {
                String given = GIVEN[i % GIVEN.length];
                String family = "Backdrop" + Integer.toString(i + 1000, 26);
                java.time.LocalDate born = java.time.LocalDate.of(2009, 1, 1).plusDays(i * 37L % 6_200);
                referrals.add(pool.submit(() -> TestReferrals.refer(officer, manager,
                        TestChildren.register(people, given, family, born))));
            }
            for (Future<?> f : referrals) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        write(CHILD_FILE, child + " " + BACKGROUND);
        report.append(String.format("background loaded through the API: %d referrals in %.0f s%n", BACKGROUND - done,
                (System.nanoTime() - started) / 1e9));
        return BACKGROUND;
    }

    private static String[] read(Path file) {
        try {
            return Files.readString(file).trim().split(" ");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The child id and background count an earlier run in this data directory saved, if that child is all there. */
    private java.util.Optional<String[]> saved() {
        if (!Files.exists(CHILD_FILE)) {
            return java.util.Optional.empty();
        }
        try {
            String[] saved = read(CHILD_FILE);
            long id = Long.parseLong(saved[0]);
            boolean complete = people.find(id).isPresent() && audit.chronology(id).size() >= 500;
            return complete ? java.util.Optional.of(saved) : java.util.Optional.empty();
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static int chronologyRows(String html) {
        int from = html.indexOf("id=\"chronology\"");
        int tbody = html.indexOf("<tbody", from);
        int end = html.indexOf("</tbody>", tbody);
        String body = html.substring(tbody, end);
        return body.split("<tr", -1).length - 1;
    }

    private static long[] time(Supplier<?> part) {
        long[] took = new long[RENDERS];
        for (int i = -WARM_UP; i < RENDERS; i++) {
            long start = System.nanoTime();
            part.get();
            if (i >= 0) {
                took[i] = System.nanoTime() - start;
            }
        }
        return took;
    }

    private static String line(String what, long[] nanos) {
        return String.format("%-62s n=%d p50=%7.2fms p95=%7.2fms p99=%7.2fms max=%7.2fms%n", what, nanos.length,
                pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), Arrays.stream(nanos).max().orElse(0) / 1e6);
    }

    private static String sql(List<String> statements) {
        return String.format("      SQL statements in one call: %d%n", statements.size());
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static void write(Path path, String text) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
