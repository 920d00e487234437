package uk.safeguard.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserAdministration;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.migration.SsdImportResult;
import uk.safeguard.migration.SsdMigration;
import uk.safeguard.migration.SsdSource;
import uk.safeguard.migration.SsdSources;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.support.Api;
import uk.safeguard.support.WebSession;

/**
 * The whole system at the size of a large English authority (issue 6, "Benchmark harness"; docs/PERFORMANCE.md).
 * Its own embedded PostgreSQL in target/bench-&lt;size&gt;-postgres (kept between runs), real HTTP on a random port.
 * <ol>
 *   <li><b>Load</b>: unless the database already holds an imported authority ({@code ssd_key} not empty), generate the
 *   synthetic authority's SSD files into target/bench-&lt;size&gt;-ssd (unless there already) and import them with
 *   {@link SsdMigration#importFrom}; prints the import's wall time and rows/s. Without the generator on the class
 *   path the load is skipped and the demo data alone is measured.</li>
 *   <li><b>One user at a time</b>: {@code bench.warmup} untimed then {@code bench.requests} timed requests of person
 *   search ({@code GET /api/people/search}), the child's page ({@code GET /children/{id}}: the 20 children with the
 *   longest chronologies and a random sample of children with a case), the work tray ({@code GET /} as the social
 *   workers and team managers with the largest caseloads), the MASH queue ({@code GET /front-door/queue}) and
 *   recording a contact ({@code POST /api/front-door/contacts}).</li>
 *   <li><b>Raw SQL</b>: for each query-shaped operation, the same data fetched by one hand-written query through JDBC
 *   ({@link RawQueries}) with the same inputs, and the ratio of the percentiles; also the services the controller calls,
 *   timed in this JVM without HTTP or template, so the ratio can be split into data access and the web layer.</li>
 *   <li><b>Concurrent mix</b>: {@code bench.users} threads, each with its own signed-in session, doing 40% child's
 *   page, 25% search, 15% work tray, 10% MASH queue, 10% recording a contact for {@code bench.mix.seconds} after
 *   {@code bench.mix.warmup} seconds.</li>
 *   <li>A markdown summary (also in target/large-authority-benchmark-&lt;size&gt;.md).</li>
 * </ol>
 * Prints figures only: nothing here asserts a time. Run with
 * {@code mvn -Pbench test -Dtest=LargeAuthorityBenchmark [-Dbench.size=demo|medium|large]}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "safeguard.db.embedded.data-dir=target/bench-${bench.size:large}-postgres",
        "safeguard.db.url=",
        "safeguard.demo=true",
        "safeguard.demo.authority=false",
        "spring.thymeleaf.cache=true"
})
class LargeAuthorityBenchmark {
    private static final String SIZE = System.getProperty("bench.size", "large").toLowerCase(Locale.ROOT);
    private static final long SEED = Long.getLong("bench.seed", 42);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 50);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    private static final int USERS = Integer.getInteger("bench.users", 50);
    private static final int MIX_WARM_UP_SECONDS = Integer.getInteger("bench.mix.warmup", 10);
    private static final int MIX_SECONDS = Integer.getInteger("bench.mix.seconds", 60);
    /** Mean pause between one simulated user's requests (uniform 0..2×mean); 0 = back to back (saturation). */
    private static final int THINK_MS = Integer.getInteger("bench.think.ms", 0);
    private static final Path SSD_DIR = Path.of("target/bench-" + SIZE + "-ssd");
    private static final Path REPORT = Path.of("target/large-authority-benchmark-" + SIZE + ".md");
    private static final String PASSWORD = "safeguard-demo";
    private static final String MARK = "BENCH ";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    UserDirectory users;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    SsdMigration migration;
    @Autowired
    ApplicationContext context;
    @Autowired
    uk.safeguard.people.PeopleRegister people;
    @Autowired
    uk.safeguard.childrecord.ChildRecords childRecords;
    @Autowired
    List<uk.safeguard.platform.ChildRecordSection> sections;
    @Autowired
    uk.safeguard.work.WorkTray workTray;
    @Autowired
    uk.safeguard.work.CaseWork caseWork;
    @Autowired
    uk.safeguard.work.Allocations allocations;
    @Autowired
    uk.safeguard.frontdoor.FrontDoor frontDoor;

    private final StringBuilder log = new StringBuilder();
    private final Map<String, String> loadFigures = new LinkedHashMap<>();
    private final AtomicInteger contacts = new AtomicInteger();
    private final long runStamp = System.currentTimeMillis() / 1000 % 100_000_000;
    private String base;

    @Test
    void largeAuthority() throws Exception {
        base = "http://localhost:" + port;
        ZonedDateTime started = ZonedDateTime.now(TimeConfiguration.LONDON);
        say("LARGE AUTHORITY BENCHMARK size=%s seed=%d warm-up=%d requests=%d users=%d mix=%ds after %ds think=%dms pool=%d",
                SIZE, SEED, WARM_UP, REQUESTS, USERS, MIX_SECONDS, MIX_WARM_UP_SECONDS, THINK_MS, poolSize());

        // 1. Load
        load();
        Map<String, Long> shape = shape();
        say("data: %s", shape);

        // What to ask for, taken from the data.
        List<SearchQuery> searches = searches();
        Children children = children();
        List<TrayUser> trayUsers = trayUsers();
        closeBenchContacts();
        WebSession worker = signIn("social-worker");
        WebSession officer = signIn("contact-officer");
        Api searcher = new Api(base, "social-worker", PASSWORD);
        Api recorder = new Api(base, "contact-officer", PASSWORD);
        List<TrayUser> trayFew = new ArrayList<>();
        trayUsers.stream().filter(u -> !u.manager()).limit(5).forEach(trayFew::add);
        trayUsers.stream().filter(TrayUser::manager).limit(2).forEach(trayFew::add);
        if (trayFew.isEmpty()) {
            throw new IllegalStateException("No social worker or team manager with an open case to measure the work tray with");
        }
        List<WebSession> traySessions = new ArrayList<>();
        for (TrayUser u : trayFew) {
            traySessions.add(signIn(u.username()));
        }
        say("work tray users (step 2): %s", trayFew);

        // 2 and 3. One user at a time: each query-shaped operation over HTTP, through its services in this JVM (no HTTP,
        // no template), and as one raw SQL query, with the same inputs.
        CurrentUser workerUser = users.findByUsername("social-worker").orElseThrow();
        CurrentUser officerUser = users.findByUsername("contact-officer").orElseThrow();
        uk.safeguard.platform.ChildRecordSection.Viewer viewer = new uk.safeguard.platform.ChildRecordSection.Viewer(
                workerUser.id(), workerUser.role().name(), workerUser.agencyId());
        List<CurrentUser> trayCurrent = trayFew.stream().map(u -> users.findById(u.id()).orElseThrow()).toList();
        List<Timings.Stats[]> single = new ArrayList<>();
        single.add(new Timings.Stats[] {
                Timings.sequential("person search GET /api/people/search", WARM_UP, REQUESTS,
                        i -> searcher.get(searches.get(i % searches.size()).path()).status() == 200),
                Timings.sequential("  services (PeopleRegister.search)", WARM_UP, REQUESTS, i -> {
                    SearchQuery q = searches.get(i % searches.size());
                    people.search(workerUser, new uk.safeguard.people.SearchCriteria(q.name(), q.dob(), null, null, 25));
                    return true;
                }),
                Timings.sequential("  raw SQL", WARM_UP, REQUESTS, i -> {
                    SearchQuery q = searches.get(i % searches.size());
                    RawQueries.run(dataSource, RawQueries.SEARCH, q.given(), q.family(), q.dob());
                    return true;
                })});
        single.add(new Timings.Stats[] {
                Timings.sequential("child's page GET /children/{id}", WARM_UP, REQUESTS,
                        i -> page(worker.get("/children/" + children.all().get(i % children.all().size())))),
                Timings.sequential("  services (ChildRecords.page + sections)", WARM_UP, REQUESTS,
                        i -> childPageServices(workerUser, viewer, children.all().get(i % children.all().size()))),
                Timings.sequential("  raw SQL", WARM_UP, REQUESTS,
                        i -> RawQueries.run(dataSource, RawQueries.CHILD_PAGE, children.all().get(i % children.all().size())) == 1)});
        single.add(new Timings.Stats[] {
                Timings.sequential("  of which the longest histories", Math.min(WARM_UP, 20), REQUESTS,
                        i -> page(worker.get("/children/" + children.longest().get(i % children.longest().size())))),
                Timings.sequential("  services (ChildRecords.page + sections)", Math.min(WARM_UP, 20), REQUESTS,
                        i -> childPageServices(workerUser, viewer, children.longest().get(i % children.longest().size()))),
                Timings.sequential("  raw SQL", Math.min(WARM_UP, 20), REQUESTS,
                        i -> RawQueries.run(dataSource, RawQueries.CHILD_PAGE, children.longest().get(i % children.longest().size())) == 1)});
        single.add(new Timings.Stats[] {
                Timings.sequential("work tray GET /", WARM_UP, REQUESTS, i -> page(traySessions.get(i % traySessions.size()).get("/"))),
                Timings.sequential("  services (WorkTray.itemsFor + tasks + proposals)", WARM_UP, REQUESTS, i -> {
                    CurrentUser me = trayCurrent.get(i % trayCurrent.size());
                    workTray.itemsFor(me);
                    caseWork.openTasksFor(me.id());
                    allocations.pendingFor(me.id());
                    return true;
                }),
                Timings.sequential("  raw SQL", WARM_UP, REQUESTS, i -> {
                    TrayUser u = trayFew.get(i % trayFew.size());
                    return RawQueries.run(dataSource, RawQueries.WORK_TRAY, u.id(), u.teamId(), u.manager()) == 1;
                })});
        single.add(new Timings.Stats[] {
                Timings.sequential("MASH queue GET /front-door/queue", WARM_UP, REQUESTS, i -> page(officer.get("/front-door/queue"))),
                Timings.sequential("  services (FrontDoor.queue)", WARM_UP, REQUESTS, i -> {
                    frontDoor.queue(officerUser, null, null, null);
                    return true;
                }),
                Timings.sequential("  raw SQL", WARM_UP, REQUESTS, i -> RawQueries.run(dataSource, RawQueries.MASH_QUEUE) == 1)});
        single.add(new Timings.Stats[] {
                Timings.sequential("record a contact POST /api/front-door/contacts", WARM_UP, REQUESTS,
                        i -> recorder.post("/api/front-door/contacts", contact()).status() == 201), null, null});
        say("");
        say("ONE USER AT A TIME (%d warm-up, then %d timed; raw SQL with the same inputs)", WARM_UP, REQUESTS);
        for (Timings.Stats[] s : single) {
            say("%s", s[0].line());
            if (s[2] != null) {
                say("%s", s[1].line());
                say("%s   ratio p50 %.1f, p95 %.1f (services / raw SQL: p50 %.1f, p95 %.1f)", s[2].line(), s[0].p50() / s[2].p50(),
                        s[0].p95() / s[2].p95(), s[1].p50() / s[2].p50(), s[1].p95() / s[2].p95());
            }
        }

        // 4. Many users at once.
        closeBenchContacts();
        Map<String, Timings.Stats> mix = mix(trayUsers, searches, children);
        say("open contacts in the MASH queue after the mix: %d", openContacts());
        say("");
        say("CONCURRENT MIX: %d users, %d s measured after %d s warm-up, think time %d ms", USERS, MIX_SECONDS, MIX_WARM_UP_SECONDS, THINK_MS);
        mix.values().forEach(s -> say("%s", s.line()));
        if (mix.get("~all").n() == 0) {
            say("no request started in the measured window: every simulated user was still waiting for a request it sent during the "
                    + "warm-up (a stall; the server log above says why)");
        }
        long failed = mix.get("~all").errors();
        if (failed > 0) {
            say("%d requests of the mix failed: the server log above says why (e.g. \"Connection is not available\" when every pooled "
                    + "connection is held by a request waiting for a second one)", failed);
        }

        // 5. The summary to paste.
        String summary = summary(started, shape, children, single, mix);
        System.out.println("\n" + summary);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, log + "\n" + summary);
    }

    // ------------------------------------------------------------------ 1. load

    private void load() throws Exception {
        long keys = jdbc.sql("select count(*) from ssd_key").query(Long.class).single();
        if (keys > 0) {
            say("load: skipped, the database already holds an imported authority (%d ssd_key rows)", keys);
            loadFigures.put("load", "already in target/bench-" + SIZE + "-postgres (" + keys + " ids in ssd_key)");
            return;
        }
        var generator = SyntheticAuthorityAdapter.find(context);
        if (!hasFiles(SSD_DIR)) {
            if (generator.isEmpty()) {
                say("load: skipped, %s is not on the class path and %s holds no SSD files: measuring the demo data only",
                        SyntheticAuthorityAdapter.CLASS, SSD_DIR);
                loadFigures.put("load", "none (generator not available): demo data only");
                return;
            }
            LocalDate asOf = LocalDate.now(TimeConfiguration.LONDON);
            say("generate: %s size=%s seed=%d asOf=%s into %s", generator.get().describe(), SIZE, SEED, asOf, SSD_DIR);
            Files.createDirectories(SSD_DIR);
            long t = System.nanoTime();
            long[] lastPrint = {0};
            Object summary = generator.get().generate(SIZE, SEED, asOf, SSD_DIR, message -> {
                if (System.nanoTime() - lastPrint[0] > 10_000_000_000L) {
                    lastPrint[0] = System.nanoTime();
                    say("  generating: %s", message);
                }
            });
            double seconds = (System.nanoTime() - t) / 1e9;
            say("generate: %.1f s, %s; the generator says: %s", seconds, files(SSD_DIR), summary);
            loadFigures.put("generate (" + SIZE + ", seed " + SEED + ", as of " + asOf + ")", String.format(Locale.ROOT, "%.1f s", seconds));
        } else {
            say("generate: skipped, %s already holds the files: %s", SSD_DIR, files(SSD_DIR));
        }

        SsdSource source = source(SSD_DIR);
        CurrentUser admin = users.findByUsername("admin").orElseThrow();
        long t = System.nanoTime();
        long total = migration.countRows(source);
        say("import: %d rows in the files (counted in %.1f s)", total, (System.nanoTime() - t) / 1e9);
        long[] lastPrint = {System.nanoTime()};
        long importStart = System.nanoTime();
        SsdImportResult result = migration.importFrom("bench-" + SIZE + "-" + SEED, source, admin.asActor(), (read, all, file) -> {
            if (System.nanoTime() - lastPrint[0] > 10_000_000_000L) {
                lastPrint[0] = System.nanoTime();
                say("  importing: %d / %d rows (%s) after %.0f s", read, all, file, (System.nanoTime() - importStart) / 1e9);
            }
        });
        double seconds = (System.nanoTime() - importStart) / 1e9;
        if (!result.succeeded()) {
            result.errors().stream().limit(20).forEach(e -> say("  import error: %s", e));
            throw new IllegalStateException("The import failed with " + result.errorCount() + " errors (first 20 above)");
        }
        long written = result.rowsWritten().values().stream().mapToLong(Long::longValue).sum();
        say("import: %s in %.1f s: %d rows read, %d written, %.0f rows/s; per file %s; files not read %s", result.succeeded() ? "succeeded" : "failed",
                seconds, result.rowsRead(), written, result.rowsRead() / seconds, result.rowsWritten(), result.ignoredFiles());
        loadFigures.put("import (SsdMigration.importFrom, one transaction)", String.format(Locale.ROOT,
                "%.1f s (%.1f min), %,d rows read, %,d written, %,.0f rows/s", seconds, seconds / 60, result.rowsRead(), written,
                result.rowsRead() / seconds));
        t = System.nanoTime();
        jdbc.sql("analyze").update();
        double analyze = (System.nanoTime() - t) / 1e9;
        say("analyze: %.1f s", analyze);
        loadFigures.put("analyze afterwards", String.format(Locale.ROOT, "%.1f s", analyze));
    }

    /** The generator's output: CSV files in the directory, or else a zip of them there. */
    private static boolean hasFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".csv") || p.getFileName().toString().endsWith(".zip"));
        }
    }

    private static SsdSource source(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.sorted().toList();
            if (all.stream().noneMatch(p -> p.getFileName().toString().endsWith(".csv"))) {
                var zip = all.stream().filter(p -> p.getFileName().toString().endsWith(".zip")).findFirst();
                if (zip.isPresent()) {
                    return SsdSources.zip(zip.get());
                }
            }
            return SsdSources.directory(dir);
        }
    }

    private static String files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            long bytes = 0;
            for (Path p : all) {
                bytes += Files.size(p);
            }
            return String.format(Locale.ROOT, "%d files, %.1f MB", all.size(), bytes / 1e6);
        }
    }

    private Map<String, Long> shape() {
        Map<String, Long> shape = new LinkedHashMap<>();
        String[][] counts = {
                {"people", "select count(*) from person"},
                {"children", "select count(*) from person where kind = 'CHILD'"},
                {"cases", "select count(*) from case_file"},
                {"open cases", "select count(*) from case_file where closed_at is null"},
                {"contacts", "select count(*) from contact"},
                {"open contacts", "select count(*) from contact_child where status in ('OPEN','HELD')"},
                {"referrals", "select count(*) from referral"},
                {"audit events", "select count(*) from audit_event"},
                {"clock events", "select count(*) from clock_event"},
                {"users", "select count(*) from app_user"}};
        for (String[] c : counts) {
            shape.put(c[0], jdbc.sql(c[1]).query(Long.class).single());
        }
        return shape;
    }

    // ------------------------------------------------------------------ what to ask for

    /** A search as typed, and the same name parts normalised for the raw query. */
    record SearchQuery(String name, LocalDate dob, String given, String family) {
        String path() {
            return "/api/people/search?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + (dob == null ? "" : "&dob=" + dob);
        }
    }

    /**
     * 200 people from the register, searched five ways in turn: exact, a letter dropped from the family name, two
     * letters of the given name swapped, exact with the date of birth, and "Family, Given".
     */
    private List<SearchQuery> searches() {
        record Row(String given, String family, LocalDate dob) {}
        List<Row> rows = jdbc.sql("""
                select n.given_names, n.family_name, p.date_of_birth from person p
                  join person_name n on n.person_id = p.id and n.name_type = 'CURRENT'
                 where p.merged_into is null and n.family_name not like 'Bench%' -- not the children this benchmark's contacts registered
                 order by md5(p.id::text || ?) limit 200""")
                .param(Long.toString(SEED))
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class))).list();
        List<SearchQuery> queries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String given = r.given().trim().split("\\s+")[0];
            String family = r.family().trim();
            switch (i % 5) {
                case 1 -> family = family.length() >= 5 ? family.substring(0, family.length() / 2) + family.substring(family.length() / 2 + 1) : family;
                case 2 -> given = given.length() >= 4 ? given.charAt(0) + "" + given.charAt(2) + given.charAt(1) + given.substring(3) : given;
                default -> { }
            }
            String name = i % 5 == 4 ? family + ", " + given : given + " " + family;
            LocalDate dob = i % 5 == 3 ? r.dob() : null;
            String[] familyWords = family.split("\\s+");
            queries.add(new SearchQuery(name, dob, normalise(given), normalise(familyWords[familyWords.length - 1])));
        }
        say("searches: %d, e.g. %s", queries.size(), queries.stream().limit(5).map(q -> "\"" + q.name() + "\"" + (q.dob() == null ? "" : " " + q.dob())).toList());
        return queries;
    }

    /** As the register compares names: accents dropped, lower case, letters only. */
    private static String normalise(String part) {
        String plain = Normalizer.normalize(part, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** Children whose page is opened: the longest histories, then a random sample of children with a case. */
    record Children(List<Long> longest, List<Long> all, List<Integer> entries) {}

    private Children children() {
        long t = System.nanoTime();
        List<Long> longest = jdbc.sql("""
                select a.child_id from audit_event a join person p on p.id = a.child_id
                 where p.kind = 'CHILD' and p.merged_into is null
                   and not exists (select 1 from restricted_record r where r.child_id = a.child_id)
                 group by a.child_id order by count(*) desc, a.child_id limit 20""").query(Long.class).list();
        List<Long> sample = jdbc.sql("""
                select c.child_id from (select distinct child_id from case_file) c join person p on p.id = c.child_id
                 where p.kind = 'CHILD' and p.merged_into is null
                   and not exists (select 1 from restricted_record r where r.child_id = c.child_id)
                 order by md5(c.child_id::text || ?) limit 200""").param(Long.toString(SEED)).query(Long.class).list();
        List<Long> all = new ArrayList<>(longest);
        sample.stream().filter(id -> !longest.contains(id)).limit(Math.max(0, 200 - longest.size())).forEach(all::add);
        if (all.isEmpty()) {
            throw new IllegalStateException("No child with a case or a chronology to open");
        }
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("select child_id, count(*) from audit_event where child_id = any(?) group by child_id")
                .param(all.toArray(new Long[0])).query(rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        List<Integer> entries = all.stream().map(id -> counts.getOrDefault(id, 0)).sorted().toList();
        say("children: %d (%d with the longest chronologies); audited chronology entries min %d, median %d, max %d (chosen in %.1f s)",
                all.size(), longest.size(), entries.get(0), entries.get(entries.size() / 2), entries.get(entries.size() - 1),
                (System.nanoTime() - t) / 1e9);
        return new Children(longest, all, entries);
    }

    /** A practitioner whose work tray is measured, with the number of children on their tray's cases. */
    record TrayUser(long id, String username, boolean manager, Long teamId, long children) {
        @Override
        public String toString() {
            return username + (manager ? " (manager)" : "") + ": " + children + " children";
        }
    }

    /** The active social workers (up to 40) and team managers (up to 10) with the most children on open cases. */
    private List<TrayUser> trayUsers() {
        String sql = """
                select u.id, u.username, u.role = 'TEAM_MANAGER' as manager, u.team_id,
                       (select count(distinct c.child_id) from case_file c where c.closed_at is null
                           and (c.allocated_worker_id = u.id or (u.role = 'TEAM_MANAGER' and c.team_id = u.team_id))) as children
                  from app_user u where u.active and u.role = ?
                 order by children desc, u.id limit ?""";
        List<TrayUser> found = new ArrayList<>();
        for (Object[] roleAndLimit : new Object[][] {{"SOCIAL_WORKER", 40}, {"TEAM_MANAGER", 10}}) {
            found.addAll(jdbc.sql(sql).params(roleAndLimit).query((rs, i) -> new TrayUser(rs.getLong(1), rs.getString(2),
                    rs.getBoolean(3), rs.getObject(4, Long.class), rs.getLong(5))).list()
                    .stream().filter(u -> u.children() > 0).toList());
        }
        found.sort((a, b) -> Long.compare(b.children(), a.children()));
        return found;
    }

    /**
     * A signed-in session. Imported practitioners have no password: the first failed sign-in sets the benchmark's
     * (through {@link UserAdministration}, as an administrator would) and tries again.
     */
    private WebSession signIn(String username) {
        WebSession session = WebSession.signIn(base, username);
        if (page(session.get("/"))) {
            return session;
        }
        userAdministration.setPassword(users.findByUsername("admin").orElseThrow(), username, PASSWORD);
        session = WebSession.signIn(base, username);
        if (!page(session.get("/"))) {
            throw new IllegalStateException("Cannot sign in as " + username);
        }
        return session;
    }

    /** A page answered: 200, and not the sign-in page a lost session is sent to. */
    private static boolean page(HttpResponse<String> r) {
        return r.statusCode() == 200 && !r.uri().getPath().startsWith("/sign-in");
    }

    /** What the child's page controller asks for: the page's data and every module's section. */
    private boolean childPageServices(CurrentUser me, uk.safeguard.platform.ChildRecordSection.Viewer viewer, long child) {
        childRecords.page(me, child);
        sections.forEach(section -> section.section(child, viewer));
        return true;
    }

    /**
     * Closes the contacts earlier steps or runs of this benchmark recorded (as FrontDoorBenchmark does), so the MASH
     * queue measured is the authority's own plus what the current step records.
     */
    private void closeBenchContacts() {
        int closed = jdbc.sql("""
                update contact_child set status = 'DECIDED', decision = 'NO_FURTHER_ACTION', decided_at = now()
                 where status in ('OPEN','HELD') and contact_id in (select id from contact where concern like 'BENCH %')""").update();
        say("closed %d open contacts this benchmark recorded earlier; %d open contacts in the MASH queue", closed, openContacts());
    }

    private long openContacts() {
        return jdbc.sql("select count(*) from contact_child where status in ('OPEN','HELD')").query(Long.class).single();
    }

    /** A contact about a new child (a name no one has), so every one runs the known-child check and registers the child. */
    private Map<String, Object> contact() {
        int n = contacts.incrementAndGet();
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "PHONE");
        body.put("referrer", Map.of("name", "Avery Hughes", "role", "Designated safeguarding lead", "agency", "Oakfield Primary School",
                "agencyType", "EDUCATION", "phone", "01632 960000"));
        body.put("sourceCode", "2A");
        body.put("children", List.of(Map.of("givenNames", GIVEN[n % GIVEN.length], "familyName", "Bench" + letters(runStamp) + "x" + letters(n),
                "dateOfBirth", LocalDate.of(2012, 1, 1).plusDays(n % 3000).toString())));
        body.put("adults", List.of(Map.of("name", "Dana Parent", "relationship", "mother")));
        body.put("concern", MARK + "Came to school hungry three days this week and has bruises on the arm.");
        body.put("categories", List.of("NEGLECT"));
        body.put("familyKnows", true);
        body.put("familyConsents", true);
        return body;
    }

    private static final String[] GIVEN = {"Amelia", "Noah", "Isla", "Leo", "Ava", "Oscar", "Mia", "Theo", "Freya", "Arthur"};

    private static String letters(long n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }

    // ------------------------------------------------------------------ 4. concurrent mix

    private Map<String, Timings.Stats> mix(List<TrayUser> trayUsers, List<SearchQuery> searches, Children children) throws Exception {
        List<String> usernames = new ArrayList<>();
        for (int t = 0; t < USERS; t++) {
            usernames.add(trayUsers.get(t % trayUsers.size()).username());
        }
        long t0 = System.nanoTime();
        List<WebSession> sessions = new ArrayList<>();
        for (String u : usernames) {
            sessions.add(signIn(u));
        }
        say("");
        say("mix: %d sessions signed in (%d distinct users) in %.1f s", sessions.size(), usernames.stream().distinct().count(),
                (System.nanoTime() - t0) / 1e9);
        Api searcher = new Api(base, "social-worker", PASSWORD);
        Api recorder = new Api(base, "contact-officer", PASSWORD);

        long start = System.nanoTime();
        long windowStart = start + TimeUnit.SECONDS.toNanos(MIX_WARM_UP_SECONDS);
        long windowEnd = windowStart + TimeUnit.SECONDS.toNanos(MIX_SECONDS);
        Timings.Recorder recorded = new Timings.Recorder(windowStart, windowEnd);
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < USERS; t++) {
                WebSession session = sessions.get(t);
                Random random = new Random(SEED * 1000 + t);
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < windowEnd) {
                        int roll = random.nextInt(100);
                        String op;
                        Timings.Operation call;
                        if (roll < 40) {
                            op = "child's page";
                            long child = children.all().get(random.nextInt(children.all().size()));
                            call = i -> page(session.get("/children/" + child));
                        } else if (roll < 65) {
                            op = "person search";
                            SearchQuery q = searches.get(random.nextInt(searches.size()));
                            call = i -> searcher.get(q.path()).status() == 200;
                        } else if (roll < 80) {
                            op = "work tray";
                            call = i -> page(session.get("/"));
                        } else if (roll < 90) {
                            op = "MASH queue";
                            call = i -> page(session.get("/front-door/queue"));
                        } else {
                            op = "record a contact";
                            call = i -> recorder.post("/api/front-door/contacts", contact()).status() == 201;
                        }
                        long s = System.nanoTime();
                        boolean ok;
                        try {
                            ok = call.run(0);
                        } catch (Exception e) {
                            ok = false;
                        }
                        recorded.record(op, s, System.nanoTime(), ok);
                        if (THINK_MS > 0) {
                            Thread.sleep(random.nextInt(2 * THINK_MS + 1));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return recorded.stats();
    }

    // ------------------------------------------------------------------ 5. summary

    private String summary(ZonedDateTime started, Map<String, Long> shape, Children children, List<Timings.Stats[]> single,
                           Map<String, Timings.Stats> mix) {
        Runtime rt = Runtime.getRuntime();
        StringBuilder md = new StringBuilder();
        md.append("### Large authority benchmark: size `").append(SIZE).append("`, ").append(started.toLocalDate()).append("\n\n");
        md.append(String.format(Locale.ROOT, "- Date: %s (London)%n", started.withNano(0).toLocalDateTime()));
        md.append(String.format(Locale.ROOT, "- Machine: %d cores (Runtime.availableProcessors), JVM max heap %.1f GB, Java %s, %s, load average %s at the end%n",
                rt.availableProcessors(), rt.maxMemory() / 1e9, System.getProperty("java.version"),
                jdbc.sql("select split_part(version(), ' on ', 1)").query(String.class).single(), loadAverage()));
        md.append("- Command: `").append(command()).append("`\n");
        md.append(String.format(Locale.ROOT, "- Connection pool: %d connections (safeguard.db.pool-size)%n", poolSize()));
        md.append("- Data: ").append(String.join(", ", shape.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey())).toList())).append('\n');
        md.append(String.format(Locale.ROOT, "- Children opened: %d (the %d with the longest chronologies and a random sample with a case); "
                        + "audited chronology entries min %d, median %d, max %d%n", children.all().size(), children.longest().size(),
                children.entries().get(0), children.entries().get(children.entries().size() / 2),
                children.entries().get(children.entries().size() - 1)));
        loadFigures.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));

        md.append(String.format(Locale.ROOT, "%n**One user at a time** (%d warm-up, then %d timed requests over real HTTP; services: the same "
                + "calls the controller makes, in the JVM, no HTTP or template; raw SQL: the same data by one hand-written query through JDBC; "
                + "same inputs, same run; ratio = HTTP / raw SQL)%n%n", WARM_UP, REQUESTS));
        md.append("| operation | p50 ms | p95 ms | p99 ms | req/s | services p50 ms | services p95 ms | raw SQL p50 ms | raw SQL p95 ms "
                + "| ratio p50 | ratio p95 | services ratio p50 | services ratio p95 | errors |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Timings.Stats[] s : single) {
            Timings.Stats o = s[0];
            Timings.Stats v = s[1];
            Timings.Stats r = s[2];
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %s | %s | %s | %s | %s | %s | %s | %s | %d |%n", o.name().trim(),
                    o.p50(), o.p95(), o.p99(), o.perSecond(),
                    v == null ? "–" : f(v.p50()), v == null ? "–" : f(v.p95()), r == null ? "–" : f(r.p50()), r == null ? "–" : f(r.p95()),
                    r == null ? "–" : f(o.p50() / r.p50()), r == null ? "–" : f(o.p95() / r.p95()),
                    r == null ? "–" : f(v.p50() / r.p50()), r == null ? "–" : f(v.p95() / r.p95()),
                    o.errors() + (v == null ? 0 : v.errors()) + (r == null ? 0 : r.errors())));
        }
        md.append(String.format(Locale.ROOT, "%n**%d concurrent users** (each its own signed-in session; 40%% child's page, 25%% search, 15%% work tray, "
                + "10%% MASH queue, 10%% record a contact; think time %d ms; %d s measured after %d s warm-up)%n%n", USERS, THINK_MS, MIX_SECONDS,
                MIX_WARM_UP_SECONDS));
        md.append("| operation | requests | p50 ms | p95 ms | p99 ms | max ms | req/s | errors |\n|---|---|---|---|---|---|---|---|\n");
        mix.values().forEach(s -> md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d |%n",
                s.name(), s.n(), s.p50(), s.p95(), s.p99(), s.max(), s.perSecond(), s.errors())));
        return md.toString();
    }

    /** The command that ran this, with every bench.* and safeguard.* setting given on the command line. */
    private static String command() {
        StringBuilder c = new StringBuilder("mvn -o -Pbench test -Dtest=LargeAuthorityBenchmark");
        System.getProperties().stringPropertyNames().stream().sorted()
                .filter(k -> k.startsWith("bench.") || k.startsWith("safeguard."))
                .forEach(k -> c.append(" -D").append(k).append('=').append(System.getProperty(k)));
        return c.toString();
    }

    private int poolSize() {
        try {
            return dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getMaximumPoolSize();
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        log.append(line).append('\n');
    }
}
