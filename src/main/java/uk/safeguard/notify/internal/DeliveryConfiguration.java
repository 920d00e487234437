package uk.safeguard.notify.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * E-mail delivery: through the SMTP server of {@code spring.mail.host} (SAFEGUARD_SMTP_HOST) when one is set,
 * otherwise into the outbox. Delivery runs on its own thread after the sending transaction commits; a sweep every
 * minute picks up anything still queued after {@code safeguard.notify.sweep-after} (default 1 minute).
 */
@Configuration
@EnableScheduling
public class DeliveryConfiguration {
    @Bean
    MailDispatcher mailDispatcher(NotificationRepository repository, PlatformTransactionManager transactions, Clock clock,
                                  ObjectProvider<JavaMailSender> mail, @Value("${spring.mail.host:}") String host,
                                  @Value("${safeguard.notify.from:}") String from) {
        JavaMailSender sender = host.isBlank() ? null : mail.getIfAvailable();
        String fromAddress = from.isBlank() ? "safeguard@localhost" : from;
        return new MailDispatcher(repository, transactions, clock, sender, fromAddress);
    }

    @Bean
    Sweeper notificationSweeper(MailDispatcher dispatcher, @Value("${safeguard.notify.sweep-after:PT1M}") Duration age) {
        return new Sweeper(dispatcher, age);
    }

    /** The scheduled half of delivery. */
    public static class Sweeper {
        private final MailDispatcher dispatcher;
        private final Duration age;

        Sweeper(MailDispatcher dispatcher, Duration age) {
            this.dispatcher = dispatcher;
            this.age = age;
        }

        @Scheduled(fixedDelayString = "${safeguard.notify.sweep-every:PT1M}", initialDelayString = "${safeguard.notify.sweep-every:PT1M}")
        public void sweep() {
            dispatcher.sweep(age);
        }
    }
}
