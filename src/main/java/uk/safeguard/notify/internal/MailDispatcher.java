package uk.safeguard.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguard.notify.Notification;

/**
 * Delivers queued notifications. With no SMTP server configured (demo mode) a notification is not sent but shown in
 * the outbox ({@code SHOWN_IN_OUTBOX}); with one, it is sent ({@code SENT}, with {@code sent_at}) or marked
 * {@code FAILED} with the reason. The row is never deleted. Each delivery claims its row with
 * {@code FOR UPDATE SKIP LOCKED}, so the immediate delivery and the sweep never send the same message twice.
 */
public class MailDispatcher {
    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int FAILURE_TEXT = 1000;

    private final NotificationRepository repository;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JavaMailSender mail;
    private final String from;

    /** {@code mail} null: no SMTP server, notifications go to the outbox. */
    public MailDispatcher(NotificationRepository repository, PlatformTransactionManager transactionManager, Clock clock,
                          JavaMailSender mail, String from) {
        this.repository = repository;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.mail = mail;
        this.from = from;
    }

    public boolean sendsEmail() {
        return mail != null;
    }

    /** Delivers one notification if it is still queued; answers its status afterwards. */
    public Optional<String> deliver(long id) {
        return transactions.execute(status -> {
            Optional<Notification> claimed = repository.claimQueued(id);
            if (claimed.isEmpty()) {
                return repository.find(id).map(Notification::status);
            }
            Notification n = claimed.get();
            if (mail == null) {
                repository.markShownInOutbox(id);
                return Optional.of("SHOWN_IN_OUTBOX");
            }
            if (n.toEmail() == null || n.toEmail().isBlank()) {
                repository.markFailed(id, "No e-mail address to send to");
                return Optional.of("FAILED");
            }
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(n.toEmail().trim());
                message.setSubject(n.subject());
                message.setText(n.body());
                message.setSentDate(java.util.Date.from(clock.instant()));
                mail.send(message);
                repository.markSent(id, clock.instant());
                return Optional.of("SENT");
            } catch (MailException | IllegalArgumentException e) {
                log.warn("Notification {} could not be sent: {}", id, e.getMessage());
                repository.markFailed(id, truncate(describe(e)));
                return Optional.of("FAILED");
            }
        });
    }

    /** Delivers what the immediate delivery missed (e.g. the application stopped first): queued for longer than {@code age}. */
    public int sweep(Duration age) {
        List<Long> ids = repository.queuedBefore(clock.instant().minus(age), 100);
        ids.forEach(this::deliver);
        return ids.size();
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        Throwable cause = e.getCause();
        while (cause != null && cause != cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
            cause = cause.getCause();
        }
        return text.toString();
    }

    private static String truncate(String s) {
        return s.length() <= FAILURE_TEXT ? s : s.substring(0, FAILURE_TEXT) + "…";
    }
}
