package uk.safeguard.protection.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safeguard.work.EpisodeActivity;

/** A case cannot close before its latest emergency action, strategy discussion or section 47 enquiry. */
@Component
public class ProtectionEpisodeActivity implements EpisodeActivity {
    private final ProtectionRepository repository;

    public ProtectionEpisodeActivity(ProtectionRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Activity> latestActivity(long caseId) {
        return repository.latestActivity(caseId).map(at -> new Activity(at, "Child protection enquiries (emergency action, strategy discussion or section 47 enquiry)"));
    }
}
