package uk.safeguard.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import uk.safeguard.audit.Actor;
import uk.safeguard.notify.internal.MailDispatcher;
import uk.safeguard.notify.internal.NotificationRepository;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.WebSession;

/**
 * Notifications are recorded, delivered only after the sending transaction commits, shown in the outbox in demo
 * mode (no SMTP server), and — with an SMTP server — marked SENT or FAILED.
 */
class NotificationsTest extends IntegrationTest {
    @Autowired
    Notifications notifications;

    @Autowired
    NotificationRepository repository;

    @Autowired
    PlatformTransactionManager transactionManager;

    private static NewNotification message(String about) {
        return new NewNotification("Pat Referrer", "pat.referrer@example.org", "Your referral about a child",
                "Thank you for your referral.\nWe have decided to offer early help.", null, about);
    }

    private String status(long id) {
        return jdbc.sql("select status from notification where id = ?").param(id).query(String.class).single();
    }

    private String awaitDelivered(long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (status(id).equals("QUEUED") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return status(id);
    }

    @Test
    void inDemoModeANotificationIsRecordedAndShownInTheOutbox() throws Exception {
        String about = "contact " + System.nanoTime();
        long id = notifications.send(Actor.SYSTEM, message(about));
        assertThat(awaitDelivered(id)).isEqualTo("SHOWN_IN_OUTBOX");
        assertThat(notifications.sendsEmail()).isFalse();

        JsonNode listed = as("team-manager").get("/api/notifications?about=" + URLEncoder.encode(about, StandardCharsets.UTF_8)).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("status").asString()).isEqualTo("SHOWN_IN_OUTBOX");
        assertThat(listed.get(0).get("toEmail").asString()).isEqualTo("pat.referrer@example.org");
        assertThat(as("admin").get("/api/notifications?about=" + URLEncoder.encode(about, StandardCharsets.UTF_8)).status())
                .as("administrators never read messages about children").isEqualTo(403);
        assertThat(as("social-worker").get("/api/notifications").status()).isEqualTo(200); // demo mode: any LA user

        WebSession manager = WebSession.signIn(baseUrl(), "team-manager");
        String outbox = manager.get("/outbox").body();
        assertThat(outbox).contains("href=\"/outbox\">Outbox</a>").contains("Your referral about a child").contains(about)
                .contains("Shown in outbox").contains("/outbox/" + id);
        String full = manager.get("/outbox/" + id).body();
        assertThat(full).contains("Thank you for your referral.").contains("We have decided to offer early help.")
                .contains("pat.referrer@example.org");
    }

    @Test
    void rolesWithoutAccessAreRefused() {
        assertThat(as("police-officer").get("/api/notifications").status()).isEqualTo(403);
        assertThat(as("councillor").get("/api/notifications").status()).isEqualTo(403);
        assertThat(as("police-officer").get("/api/notifications?about=contact%201").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/notifications").status()).isEqualTo(401);
        WebSession partner = WebSession.signIn(baseUrl(), "health-visitor");
        assertThat(partner.get("/outbox").statusCode()).isEqualTo(403);
        assertThat(partner.get("/").body()).doesNotContain("href=\"/outbox\"");
        assertThat(jdbc.sql("select count(*) from access_denial where actor_username = 'police-officer' and what = 'notifications outbox'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(1);
        assertThat(as("team-manager").get("/api/notifications?limit=0").json().get("field").asString()).isEqualTo("limit");
        assertThat(as("team-manager").get("/api/notifications/999999999").status()).isEqualTo(404);
    }

    @Test
    void deliveryWaitsForTheCommitAndARolledBackChangeSendsNothing() throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        String rolledBack = "rolled back " + System.nanoTime();
        tx.executeWithoutResult(status -> {
            notifications.send(Actor.SYSTEM, message(rolledBack));
            status.setRollbackOnly();
        });
        assertThat(notifications.about(rolledBack)).isEmpty();

        String committed = "committed " + System.nanoTime();
        long id = tx.execute(status -> {
            long sent = notifications.send(Actor.SYSTEM, message(committed));
            try {
                Thread.sleep(300); // long enough for an eager delivery to have happened, had it not waited
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertThat(jdbc.sql("select status from notification where id = ?").param(sent).query(String.class).single()).isEqualTo("QUEUED");
            return sent;
        });
        assertThat(awaitDelivered(id)).isEqualTo("SHOWN_IN_OUTBOX");
    }

    @Test
    void withAnSmtpServerANotificationIsSentAndMarkedSent() throws Exception {
        try (FakeSmtpServer smtp = new FakeSmtpServer()) {
            MailDispatcher dispatcher = new MailDispatcher(repository, transactionManager, clock, sender(smtp.port()), "safeguard@riverford.example");
            long id = repository.insert(Actor.SYSTEM, message("smtp " + System.nanoTime()));
            assertThat(dispatcher.deliver(id)).contains("SENT");
            Notification n = repository.find(id).orElseThrow();
            assertThat(n.status()).isEqualTo("SENT");
            assertThat(n.sentAt()).isEqualTo(clock.instant());
            assertThat(n.failure()).isNull();
            assertThat(smtp.recipients()).contains("<pat.referrer@example.org>");
            assertThat(smtp.messages()).hasSize(1);
            assertThat(smtp.messages().get(0)).contains("Subject: Your referral about a child").contains("From: safeguard@riverford.example")
                    .contains("Thank you for your referral.");
            // delivered once only: a second attempt finds nothing queued
            assertThat(dispatcher.deliver(id)).contains("SENT");
            assertThat(smtp.messages()).hasSize(1);
        }
    }

    @Test
    void whenTheSmtpServerCannotBeReachedTheNotificationIsMarkedFailedAndKept() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        MailDispatcher dispatcher = new MailDispatcher(repository, transactionManager, clock, sender(closedPort), "safeguard@riverford.example");
        long id = repository.insert(Actor.SYSTEM, message("unreachable " + System.nanoTime()));
        assertThat(dispatcher.deliver(id)).contains("FAILED");
        Notification n = repository.find(id).orElseThrow();
        assertThat(n.status()).isEqualTo("FAILED");
        assertThat(n.sentAt()).isNull();
        assertThat(n.failure()).isNotBlank();
        assertThat(n.subject()).isEqualTo("Your referral about a child");
    }

    @Test
    void theSweepDeliversWhatWasLeftQueued() throws Exception {
        try (FakeSmtpServer smtp = new FakeSmtpServer()) {
            MailDispatcher dispatcher = new MailDispatcher(repository, transactionManager, clock, sender(smtp.port()), "safeguard@riverford.example");
            clock.set(Instant.parse("2026-11-30T08:00:00Z"));
            long id = repository.insert(Actor.SYSTEM, message("left queued " + System.nanoTime()));
            clock.set(Instant.parse("2026-11-30T08:05:00Z"));
            assertThat(dispatcher.sweep(Duration.ofMinutes(1))).isGreaterThanOrEqualTo(1);
            assertThat(status(id)).isEqualTo("SENT");
        }
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
