package uk.safeguard.notify;

import java.util.List;
import org.springframework.stereotype.Service;
import uk.safeguard.audit.Actor;
import uk.safeguard.notify.internal.NotificationRepository;

/**
 * Sends notifications and records every one (to whom, when, what). Delivery is by e-mail through the configured
 * SMTP server; in demo mode the outbox page shows them instead.
 */
@Service
public class Notifications {
    private final NotificationRepository repository;

    public Notifications(NotificationRepository repository) {
        this.repository = repository;
    }

    /** Records the notification and queues it for delivery; returns its id. */
    public long send(Actor sender, NewNotification notification) {
        return repository.insert(sender, notification);
    }

    /** Newest first. */
    public List<Notification> about(String about) {
        return repository.about(about);
    }

    /** Newest first. */
    public List<Notification> recent(int limit) {
        return repository.recent(limit);
    }
}
