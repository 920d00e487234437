package uk.safeguard.recording.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safeguard.platform.ChildRecordSection;
import uk.safeguard.recording.ChallengeView;
import uk.safeguard.recording.Challenges;
import uk.safeguard.recording.Documents;

/** "Documents and challenges" on the child's page: counts and links to the module's pages. */
@Component
public class DocumentsAndChallengesSection implements ChildRecordSection {
    private final Documents documents;
    private final Challenges challenges;

    public DocumentsAndChallengesSection(Documents documents, Challenges challenges) {
        this.documents = documents;
        this.challenges = challenges;
    }

    @Override
    public Optional<Section> section(long childId, Viewer viewer) {
        int docs = documents.documentsOf(childId).size();
        List<ChallengeView> all = challenges.challengesOf(childId);
        long open = all.stream().filter(c -> c.outcome() == null).count();
        long overdue = all.stream().filter(ChallengeView::overdue).count();
        long corrected = all.stream().filter(c -> c.outcome() == uk.safeguard.recording.ChallengeOutcome.CORRECTED).count();
        String challengeText = all.isEmpty() ? "None"
                : all.size() + " in all: " + open + " awaiting an outcome" + (overdue > 0 ? " (" + overdue + " overdue)" : "")
                + ", " + corrected + " corrected";
        return Optional.of(new Section("documents-and-challenges", "Documents and challenges", 80, false, List.of(
                new Row("Documents", docs == 0 ? "None" : docs + (docs == 1 ? " document" : " documents"), "/children/" + childId + "/documents"),
                new Row("Challenges to the record", challengeText, "/children/" + childId + "/challenges")),
                List.of(new Link("Documents: view or upload", "/children/" + childId + "/documents"),
                        new Link("Alerts on this child", "/people/" + childId + "/alerts"),
                        new Link("Record a family member's challenge to the record", "/children/" + childId + "/challenges"))));
    }
}
