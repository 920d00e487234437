package uk.safeguard.work;

import java.time.Instant;
import java.util.Optional;

/**
 * Activity other modules record within a case (a child-in-need episode): assessments, plans, visits, strategy
 * discussions, conferences. A case cannot close before its latest activity (the CIN census closure date may not
 * precede any activity in the episode). Implemented as Spring beans by those modules.
 */
public interface EpisodeActivity {

    /** The latest date-time of this module's activity in the case, with what it was (e.g. "CIN visit"). */
    Optional<Activity> latestActivity(long caseId);

    record Activity(Instant at, String what) {}
}
