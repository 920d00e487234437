package uk.safeguard.assessment.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safeguard.assessment.Assessments;
import uk.safeguard.work.EpisodeActivity;

/** A case (episode) cannot close before the latest activity of its assessments. */
@Component
public class AssessmentEpisodeActivity implements EpisodeActivity {
    private final Assessments assessments;

    public AssessmentEpisodeActivity(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public Optional<Activity> latestActivity(long caseId) {
        return assessments.latestActivityInCase(caseId).map(at -> new Activity(at, "Child and family assessment"));
    }
}
