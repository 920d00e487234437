package uk.safeguard.childinneed.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safeguard.work.EpisodeActivity;

/** A child-in-need case cannot close before the latest plan activity in it: start, reviews, visits, end. */
@Component
public class CinPlanEpisodeActivity implements EpisodeActivity {
    private final CinPlanRepository plans;

    public CinPlanEpisodeActivity(CinPlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public Optional<Activity> latestActivity(long caseId) {
        return plans.latestActivity(caseId).map(a -> new Activity(a.at(), a.what()));
    }
}
