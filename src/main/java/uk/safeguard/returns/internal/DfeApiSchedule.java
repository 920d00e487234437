package uk.safeguard.returns.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.safeguard.returns.DfeApiReturns;

/** The daily push: 02:30 London by default ({@code safeguard.returns.dfe-api.cron}); nothing when not configured. */
@Component
public class DfeApiSchedule {
    private final DfeApiReturns returns;

    public DfeApiSchedule(DfeApiReturns returns) {
        this.returns = returns;
    }

    @Scheduled(cron = "${safeguard.returns.dfe-api.cron:0 30 2 * * *}", zone = "Europe/London")
    public void daily() {
        returns.scheduledPush();
    }
}
