package uk.safeguard.conference.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safeguard.work.EpisodeActivity;

/** Conferences held, core groups, visits and plan endings in the case: the case cannot close before them. */
@Component
class ConferenceEpisodeActivity implements EpisodeActivity {
    private final ConferenceRepository repository;

    ConferenceEpisodeActivity(ConferenceRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Activity> latestActivity(long caseId) {
        return repository.latestActivity(caseId).map(e -> new Activity(e.getKey(), e.getValue()));
    }
}
