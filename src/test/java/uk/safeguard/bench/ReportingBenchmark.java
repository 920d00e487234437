package uk.safeguard.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 7's targets on the large synthetic authority (docs/PERFORMANCE.md): the whole scrutiny dashboard (every
 * indicator for 13 months) in under 1 s, the CIN census for a collection year in under 10 s, Annex A for twelve
 * months in under 10 s. Uses the database {@link LargeAuthorityBenchmark} loaded (target/bench-large-postgres);
 * run that first. Each operation is timed end to end over HTTP as the performance analyst (real request, the whole
 * response read): {@code bench.reporting.warmup} untimed runs, then {@code bench.reporting.runs} timed runs.
 * Prints figures only. Run with {@code mvn -Pbench test -Dtest=ReportingBenchmark [-Dbench.size=large]}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "safeguard.db.embedded.data-dir=target/bench-${bench.size:large}-postgres",
        "safeguard.db.url=",
        "safeguard.demo=true",
        "safeguard.demo.authority=false",
        "spring.thymeleaf.cache=true"
})
class ReportingBenchmark {
    private static final String SIZE = System.getProperty("bench.size", "large").toLowerCase(Locale.ROOT);
    private static final int WARM_UP = Integer.getInteger("bench.reporting.warmup", 2);
    private static final int RUNS = Integer.getInteger("bench.reporting.runs", 5);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path REPORT = Path.of("target/reporting-benchmark-" + SIZE + ".md");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    uk.safeguard.frontdoor.FrontDoorFacts frontDoor;
    @Autowired
    uk.safeguard.work.WorkFacts work;
    @Autowired
    uk.safeguard.assessment.AssessmentFacts assessments;
    @Autowired
    uk.safeguard.protection.ProtectionFacts protection;
    @Autowired
    uk.safeguard.conference.ConferenceFacts conferences;

    @Autowired
    uk.safeguard.reporting.internal.ReportingDataLoader loader;
    @Autowired
    uk.safeguard.reporting.internal.IndicatorCatalogue catalogue;
    @Autowired
    uk.safeguard.reporting.internal.IndicatorsService service;

    private uk.safeguard.support.WebSession session;

    private final StringBuilder log = new StringBuilder();

    @Test
    void reportingAtScale() throws Exception {
        // The month before the newest contact: the last complete month of the generated authority.
        LocalDate newest = jdbc.sql("select max(received_at at time zone 'Europe/London')::date from contact")
                .query(LocalDate.class).optional().orElse(LocalDate.now());
        YearMonth month = YearMonth.from(newest).minusMonths(1);
        // The last complete collection year (1 April - 31 March) before that month.
        int collectionYear = (month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1) - 1;
        say("REPORTING BENCHMARK size=%s month=%s collection year=%d-%02d warm-up=%d runs=%d", SIZE, month,
                collectionYear, (collectionYear + 1) % 100, WARM_UP, RUNS);
        say("data: %s", shape());

        session = uk.safeguard.support.WebSession.signIn("http://localhost:" + port, "performance-analyst");
        factLoads(month);
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("Whole dashboard: every indicator x 13 months (GET /api/indicators/monthly)",
                time("/api/indicators/monthly?first=" + month.minusMonths(12) + "&last=" + month));
        figures.put("Dashboard page with 13-month charts (GET /performance)", time("/performance?month=" + month));
        figures.put("Every indicator for one month (GET /api/indicators)",
                time("/api/indicators?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth()));
        figures.put("Scrutiny pack PDF (GET /performance/pack)", time("/performance/pack?month=" + month));
        figures.put("CIN census XML for the collection year (GET /api/returns/cin-census)",
                time("/api/returns/cin-census?year=" + collectionYear));
        figures.put("CIN census validation report (GET /api/returns/cin-census/validation)",
                time("/api/returns/cin-census/validation?year=" + collectionYear));
        figures.put("Annex A, twelve months, XLSX (GET /api/returns/annex-a)",
                time("/api/returns/annex-a?end=" + month.atEndOfMonth() + "&months=12"));

        figures.put("The child's page with its CIN census checks (GET /children/{id}, 20 children on a plan, each 5 times)",
                childPages());

        StringBuilder md = new StringBuilder("| operation | min | median | max | response |\n|---|---|---|---|---|\n");
        figures.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        say("%n%s", md);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, log.toString());
    }

    /** "min | median | max | size status" in ms over the timed runs. */
    private String time(String path) throws IOException, InterruptedException {
        for (int i = 0; i < WARM_UP; i++) {
            get(path);
        }
        List<Long> millis = new ArrayList<>();
        Answer last = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            last = get(path);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        millis.sort(Long::compare);
        String result = String.format("%d ms | %d ms | %d ms | %d, %,d bytes", millis.get(0), millis.get(millis.size() / 2),
                millis.get(millis.size() - 1), last.status(), last.bytes());
        say("%-90s %s", path, result);
        return result;
    }

    /** How long each facts query takes for the dashboard's window (13 months and the look-back), and its rows. */
    private void factLoads(YearMonth month) {
        LocalDate from = month.minusMonths(12).atDay(1).minusMonths(uk.safeguard.reporting.ReportingData.LOOK_BACK_MONTHS);
        LocalDate to = month.atEndOfMonth();
        Map<String, java.util.function.Supplier<List<?>>> loads = new LinkedHashMap<>();
        loads.put("contacts (13 months)", () -> frontDoor.contacts(month.minusMonths(12).atDay(1), to));
        loads.put("referrals (25 months)", () -> frontDoor.referrals(month.minusMonths(24).atDay(1), to));
        loads.put("cases", () -> work.cases(from, to));
        loads.put("allocations", () -> work.allocations(from, to));
        loads.put("assessments", () -> assessments.assessments(from, to));
        loads.put("strategy discussions", () -> protection.strategyDiscussions(from, to));
        loads.put("section 47 enquiries", () -> protection.section47Enquiries(from, to));
        loads.put("conferences", () -> conferences.conferences(from, to));
        loads.put("plans", () -> conferences.plans(from, to));
        loads.put("core groups", () -> conferences.coreGroups(from, to));
        loads.put("visits", () -> conferences.visits(from, to));
        // The dashboard's two halves: loading the facts once, then every indicator for each of the 13 months.
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            uk.safeguard.reporting.ReportingData data = loader.load(month.minusMonths(12).atDay(1), to);
            long loaded = System.nanoTime();
            for (YearMonth m = month.minusMonths(12); !m.isAfter(month); m = m.plusMonths(1)) {
                uk.safeguard.reporting.internal.IndicatorsService.values(catalogue.calculations(), service.effectiveSettings(),
                        data, uk.safeguard.reporting.Period.month(m));
            }
            uk.safeguard.reporting.internal.calculations.Calculations.forget();
            say("dashboard in-process: load %d ms, compute 13 months %d ms", (loaded - start) / 1_000_000,
                    (System.nanoTime() - loaded) / 1_000_000);
        }
        // Where the computing goes: each indicator over the 13 months on one loaded data set.
        uk.safeguard.reporting.ReportingData data = loader.load(month.minusMonths(12).atDay(1), to);
        for (uk.safeguard.reporting.IndicatorCalculation calculation : catalogue.calculations()) {
            long start = System.nanoTime();
            for (YearMonth m = month.minusMonths(12); !m.isAfter(month); m = m.plusMonths(1)) {
                calculation.measure(data, uk.safeguard.reporting.Period.month(m));
            }
            say("compute %-45s %5d ms", calculation.indicator().id(), (System.nanoTime() - start) / 1_000_000);
        }
        uk.safeguard.reporting.internal.calculations.Calculations.forget();
        loads.forEach((name, load) -> {
            load.get();
            long start = System.nanoTime();
            int rows = load.get().size();
            say("facts %-24s %,8d rows %6d ms (window from %s)", name, rows, (System.nanoTime() - start) / 1_000_000, from);
        });
    }

    /**
     * The child's page now also runs the CIN census rules on that child's facts (returns' data-entry checks): timed
     * for the 20 children with the most recent plans, as a team manager (issue 6 measured 61 / 86 ms p50 / p95).
     */
    private String childPages() throws IOException, InterruptedException {
        uk.safeguard.support.WebSession manager = uk.safeguard.support.WebSession.signIn("http://localhost:" + port, "team-manager");
        List<Long> children = jdbc.sql("select child_id from cp_plan order by started_on desc limit 20").query(Long.class).list();
        List<Long> millis = new ArrayList<>();
        int status = 0;
        for (int round = 0; round < 6; round++) {
            for (long child : children) {
                long start = System.nanoTime();
                status = manager.get("/children/" + child).statusCode();
                if (round > 0) {
                    millis.add((System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        millis.sort(Long::compare);
        String result = String.format("%d ms | %d ms (p95 %d ms) | %d ms | %d", millis.get(0), millis.get(millis.size() / 2),
                millis.get(millis.size() * 95 / 100), millis.get(millis.size() - 1), status);
        say("%-90s %s", "/children/{id}", result);
        return result;
    }

    /** One answer: its status and how many bytes it carried. */
    private record Answer(int status, int bytes) {}

    private Answer get(String path) throws IOException, InterruptedException {
        if (!path.startsWith("/api/")) {
            // Pages sign in with a form, not HTTP Basic.
            HttpResponse<String> page = session.get(path);
            return new Answer(page.statusCode(), page.body().length());
        }
        String basic = Base64.getEncoder().encodeToString("performance-analyst:safeguard-demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.body().length);
    }

    private Map<String, Long> shape() {
        Map<String, Long> shape = new LinkedHashMap<>();
        for (String table : List.of("person", "contact_child", "referral", "assessment", "section47_enquiry", "cp_plan",
                "cp_conference", "cp_visit", "case_allocation")) {
            shape.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return shape;
    }

    private void say(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println("BENCH " + line);
        log.append(line).append('\n');
    }
}
