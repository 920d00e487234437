package uk.safeguard.notify;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.DemoMode;
import uk.safeguard.access.Role;
import uk.safeguard.audit.Actor;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.notify.internal.MailDispatcher;
import uk.safeguard.notify.internal.NotificationRepository;
import uk.safeguard.platform.NoAccess;
import uk.safeguard.platform.NotFound;

/**
 * Sends notifications and records every one (to whom, when, what). Delivery is by e-mail through the configured
 * SMTP server; without one (demo mode) the outbox page shows them instead. Delivery happens only after the
 * surrounding transaction commits, on a separate thread: a rolled-back change sends nothing, and a slow mail
 * server never holds up the user.
 */
@Service
public class Notifications {
    private final NotificationRepository repository;
    private final MailDispatcher dispatcher;
    private final DemoMode demoMode;
    private final AuditTrail audit;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "notify-delivery");
        thread.setDaemon(true);
        return thread;
    });

    public Notifications(NotificationRepository repository, MailDispatcher dispatcher, DemoMode demoMode, AuditTrail audit) {
        this.repository = repository;
        this.dispatcher = dispatcher;
        this.demoMode = demoMode;
        this.audit = audit;
    }

    /** Records the notification and queues it for delivery once the current transaction (if any) commits; returns its id. */
    public long send(Actor sender, NewNotification notification) {
        long id = repository.insert(sender, notification);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliverLater(id);
                }
            });
        } else {
            deliverLater(id);
        }
        return id;
    }

    /** Newest first. */
    public List<Notification> about(String about) {
        return repository.about(about);
    }

    /** Newest first. */
    public List<Notification> recent(int limit) {
        return repository.recent(limit);
    }

    /** True when notifications go out by e-mail; false when they are only shown in the outbox. */
    public boolean sendsEmail() {
        return dispatcher.sendsEmail();
    }

    /**
     * Team managers; in demo mode any local-authority practitioner too. Not administrators: messages carry
     * children's details, and IT administrators never see a child's record (DOMAIN.md section 2).
     */
    public boolean mayReadOutbox(CurrentUser me) {
        return me != null && (me.role() == Role.TEAM_MANAGER
                || (demoMode.enabled() && me.role().seesAnyUnrestrictedChild()));
    }

    /** The outbox, newest first, for those who may read it (a refusal is logged). */
    public List<Notification> outbox(CurrentUser me, String about, int limit) {
        requireOutbox(me);
        return about == null || about.isBlank() ? repository.recent(limit) : repository.about(about.trim());
    }

    public Notification read(CurrentUser me, long id) {
        requireOutbox(me);
        return repository.find(id).orElseThrow(() -> new NotFound("There is no notification " + id));
    }

    private void requireOutbox(CurrentUser me) {
        if (!mayReadOutbox(me)) {
            audit.recordAccessDenied(me.asActor(), null, "notifications outbox");
            throw new NoAccess("Your role (" + me.role().label() + ") may not read the notifications outbox.");
        }
    }

    private void deliverLater(long id) {
        delivery.execute(() -> dispatcher.deliver(id));
    }

    @PreDestroy
    void stop() throws InterruptedException {
        delivery.shutdown();
        delivery.awaitTermination(5, TimeUnit.SECONDS);
    }
}
