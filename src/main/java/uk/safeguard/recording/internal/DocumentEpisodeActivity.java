package uk.safeguard.recording.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safeguard.work.EpisodeActivity;

/** A case cannot close before the latest document uploaded to it. */
@Component
public class DocumentEpisodeActivity implements EpisodeActivity {
    private final DocumentRepository documents;

    public DocumentEpisodeActivity(DocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    public Optional<Activity> latestActivity(long caseId) {
        return documents.latestUploadInCase(caseId).map(at -> new Activity(at, "document uploaded"));
    }
}
