package uk.safeguard.returns;

import jakarta.annotation.PreDestroy;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.returns.internal.DfeApiChildItem;
import uk.safeguard.returns.internal.DfeApiClient;
import uk.safeguard.returns.internal.DfeApiLedger;
import uk.safeguard.returns.internal.DfeApiPayloadBuilder;
import uk.safeguard.returns.internal.DfeApiPushRun;
import uk.safeguard.returns.internal.DfeApiRecords;
import uk.safeguard.returns.internal.DfeApiRecordsLoader;
import uk.safeguard.returns.internal.DfeApiSchema;
import uk.safeguard.returns.internal.DfeApiSettings;

/**
 * The DfE children's social care API return (DfE CSC API 1.0.1, resources/returns/dfe-csc-api-openapi.json): the daily
 * push of each changed child's item in batches of at most 100, the ledger of pushes, batches and receipts, and a
 * preview of one child's item. Child-level: performance analysts and team managers; an administrator sees only the
 * configuration; everyone else is refused and the refusal logged. One push runs at a time.
 */
@Service
public class DfeApiReturns {
    static final String SCHEDULED = "scheduled";
    private static final Logger log = LoggerFactory.getLogger(DfeApiReturns.class);
    private static final int PUSHES_SHOWN = 20;

    private final DfeApiSettings settings;
    private final DfeApiRecordsLoader loader;
    private final DfeApiLedger ledger;
    private final AuditTrail audit;
    private final Clock clock;
    private final DfeApiClient client;
    private final AtomicReference<Long> running = new AtomicReference<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dfe-api-push");
        t.setDaemon(true);
        return t;
    });

    public DfeApiReturns(DfeApiSettings settings, DfeApiRecordsLoader loader, DfeApiLedger ledger, AuditTrail audit, Clock clock) {
        this.settings = settings;
        this.loader = loader;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
        this.client = new DfeApiClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build(),
                d -> Thread.sleep(d.toMillis()), settings.maxAttempts(), Duration.ofSeconds(2), settings.maxWait());
    }

    @PreDestroy
    void stop() {
        background.shutdownNow(); // a push cut short ends INTERRUPTED in the ledger; its children go again next time
    }

    /** The configuration (token masked) and whether a push is running: analysts, team managers, administrators. */
    public DfeApiStatus status(CurrentUser me) {
        if (me.role() != Role.ADMIN) {
            requireChildLevel(me, "DfE API return: configuration");
        }
        return status();
    }

    DfeApiStatus status() {
        return new DfeApiStatus(settings.problem() == null, settings.endpoint().isEmpty() ? null : settings.endpoint(),
                settings.maskedToken(), settings.laCode().isEmpty() ? null : settings.laCode(), settings.cron(),
                running.get() != null, settings.problem());
    }

    /** The last pushes, newest first, with their batches, receipts and invalid children. */
    public List<DfeApiPush> pushes(CurrentUser me) {
        requireChildLevel(me, "DfE API return: pushes");
        return ledger.pushes(PUSHES_SHOWN, running.get());
    }

    /** Starts a push in the background ("Push now"); 409 when not configured or one is running. Returns its id. */
    public long startPush(CurrentUser me) {
        requireChildLevel(me, "DfE API return: push now");
        String problem = settings.problem();
        if (problem != null) {
            throw new RuleBroken("dfe-api-not-configured", problem);
        }
        long id = begin(settings.target(), me.describe());
        background.submit(() -> finish(id, settings.target(), client));
        return id;
    }

    /** The daily push (DfeApiSchedule): only when configured; skipped while another runs. */
    public void scheduledPush() {
        if (settings.problem() != null) {
            if (settings.enabled()) {
                log.warn("DfE API push skipped: {}", settings.problem());
            }
            return;
        }
        try {
            long id = begin(settings.target(), SCHEDULED);
            finish(id, settings.target(), client);
        } catch (RuleBroken e) {
            log.info("DfE API scheduled push skipped: {}", e.getMessage());
        }
    }

    /** Runs a whole push now, on this thread, to the given target through the given client (tests, a command line). */
    public long pushTo(DfeApiTarget target, String startedBy, DfeApiClient via) {
        long id = begin(target, startedBy);
        finish(id, target, via);
        return id;
    }

    /**
     * The item this child would be sent with today, validated. Logged as a view of the child's record. Only this child's
     * facts are read (and their merged duplicates'), kept to the push's window, so the item is the one a push builds.
     */
    public DfeApiPreview preview(CurrentUser me, long childId) {
        requireChildLevel(me, "DfE API return: payload for child " + childId);
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
        DfeApiRecords records = loader.loadChild(windowFrom(today), today, childId);
        Map<Long, DfeApiChildItem> items = DfeApiPayloadBuilder.build(records);
        DfeApiChildItem item = items.get(childId);
        if (item == null) {
            throw new NotFound("Child " + childId + " has no child-in-need episode since " + windowFrom(today)
                    + ", so is not in the DfE API return.");
        }
        audit.recordView(me.asActor(), childId, "DfE API payload preview");
        List<String> errors = DfeApiSchema.get().validateChild(item.item());
        return new DfeApiPreview(childId, item.laChildId(), errors.isEmpty(), errors, item.item());
    }

    private long begin(DfeApiTarget target, String startedBy) {
        synchronized (running) {
            if (running.get() != null) {
                throw new RuleBroken("dfe-api-one-push-at-a-time",
                        "A push to the DfE is already running (push " + running.get() + "); wait for it to finish.");
            }
            LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
            long id = ledger.startPush(clock.instant(), startedBy, windowFrom(today), target.endpoint(), target.laCode());
            running.set(id);
            return id;
        }
    }

    private void finish(long id, DfeApiTarget target, DfeApiClient via) {
        try {
            LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
            DfeApiRecords records = loader.load(windowFrom(today), today);
            DfeApiPushRun.Outcome o = new DfeApiPushRun(ledger, via, clock).run(id, target, records);
            log.info("DfE API push {}: {} ({} sent, {} purged, {} invalid)", id, o.status(), o.sent(), o.purged(), o.invalid());
        } catch (RuntimeException e) {
            log.warn("DfE API push {} failed: {}", id, e.getMessage());
            ledger.endPush(id, clock.instant(), "FAILED", 0, 0, 0, e.getMessage());
        } finally {
            running.set(null);
        }
    }

    /** The first push reads every episode open in the last first-push-days; later pushes read from where it started. */
    private LocalDate windowFrom(LocalDate today) {
        LocalDate first = ledger.windowFrom();
        return first != null ? first : today.minusDays(settings.firstPushDays());
    }

    /** Returns name children: never councillors, administrators or partners (issue 7 roles; Role.neverSeesChildRecords). */
    private void requireChildLevel(CurrentUser me, String what) {
        if (me.role() != Role.PERFORMANCE_ANALYST && me.role() != Role.TEAM_MANAGER) {
            throw audit.refuse(me.asActor(), null, what,
                    "Only performance analysts and team managers may see the DfE API return: it names children.");
        }
    }
}
