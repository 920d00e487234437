package uk.safeguard.recording.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.recording.AlertView;
import uk.safeguard.recording.Alerts;
import uk.safeguard.recording.ChallengeView;
import uk.safeguard.recording.Challenges;
import uk.safeguard.recording.DocumentContent;
import uk.safeguard.recording.DocumentView;
import uk.safeguard.recording.Documents;
import uk.safeguard.recording.NewAlert;
import uk.safeguard.recording.NewChallenge;
import uk.safeguard.recording.NewContraryEvidence;
import uk.safeguard.recording.NewDocument;
import uk.safeguard.recording.OutcomeRequest;
import uk.safeguard.platform.ValidationFailure;

@RestController
@Tag(name = "Recording: documents, alerts, challenges to the record")
public class RecordingApiController {
    private final Documents documents;
    private final Alerts alerts;
    private final Challenges challenges;

    public RecordingApiController(Documents documents, Alerts alerts, Challenges challenges) {
        this.documents = documents;
        this.alerts = alerts;
        this.challenges = challenges;
    }

    @PostMapping(path = "/api/children/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a document to a child's record (multipart: file, title, description, documentDate, caseId)",
            description = "PDF, Word .docx, ODT, PNG, JPEG or plain text, checked by extension and leading bytes; at most "
                    + "safeguard.documents.max-size (10 MB by default). 400 names `file` (too large, wrong type, refused by the "
                    + "virus scan), `title`, `documentDate` or `caseId` (an open case of the child). LA practitioners; partners "
                    + "only for a child linked to their agency (403 otherwise).")
    public ResponseEntity<DocumentView> upload(CurrentUser me, @PathVariable long id,
                                               @RequestParam(required = false) MultipartFile file,
                                               @RequestParam(required = false) String title,
                                               @RequestParam(required = false) String description,
                                               @RequestParam(required = false) String documentDate,
                                               @RequestParam(required = false) String caseId) {
        DocumentView d = documents.upload(me, id, newDocument(file, title, description, documentDate, caseId));
        return ResponseEntity.created(URI.create("/api/documents/" + d.id())).body(d);
    }

    static NewDocument newDocument(MultipartFile file, String title, String description, String documentDate, String caseId) {
        Long caseNumber = null;
        if (caseId != null && !caseId.isBlank()) {
            if (!caseId.strip().matches("\\d{1,18}")) {
                throw new ValidationFailure("caseId", "'" + caseId + "' is not a case number");
            }
            caseNumber = Long.valueOf(caseId.strip());
        }
        LocalDate date = PageForms.date(documentDate, "documentDate");
        try {
            byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
            String filename = file == null ? null : file.getOriginalFilename();
            return new NewDocument(filename == null ? null : stripPath(filename), content, title, description, date, caseNumber);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Some browsers send "C:\\Users\\...\\report.pdf": keep the last part only. */
    private static String stripPath(String filename) {
        String name = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
        return name.isBlank() ? "document" : name;
    }

    @GetMapping("/api/children/{id}/documents")
    @Operation(summary = "The child's documents (metadata), newest first")
    public List<DocumentView> documents(CurrentUser me, @PathVariable long id) {
        return documents.documentsOf(me, id);
    }

    @GetMapping("/api/documents/{id}")
    @Operation(summary = "A document's metadata")
    public DocumentView document(CurrentUser me, @PathVariable long id) {
        return documents.metadata(me, id);
    }

    @GetMapping("/api/documents/{id}/content")
    @Operation(summary = "Download a document (logged as a view of the child's record)")
    public ResponseEntity<byte[]> content(CurrentUser me, @PathVariable long id) {
        return download(documents.download(me, id));
    }

    static ResponseEntity<byte[]> download(DocumentContent c) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(c.document().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(c.document().filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(c.content());
    }

    @PostMapping("/api/people/{id}/alerts")
    @Operation(summary = "Raise an alert on a person (child or adult)",
            description = "`{labelType, description (for OTHER), evidence, raisedOn (default today), reviewDate}`. 400 names the "
                    + "field; reviewDate is required and after raisedOn. LA practitioners and managers only.")
    public ResponseEntity<AlertView> raise(CurrentUser me, @PathVariable long id, @RequestBody(required = false) NewAlert alert) {
        if (alert == null) {
            throw new ValidationFailure("body", "Send the alert as JSON");
        }
        AlertView a = alerts.raise(me, id, alert);
        return ResponseEntity.created(URI.create("/api/people/" + id + "/alerts")).body(a);
    }

    @GetMapping("/api/people/{id}/alerts")
    @Operation(summary = "A person's alerts, active then retired, each with its contrary evidence")
    public List<AlertView> alerts(CurrentUser me, @PathVariable long id) {
        return alerts.alertsOn(me, id);
    }

    @PostMapping("/api/alerts/{id}/retirement")
    @Operation(summary = "Retire an alert with a reason (`{reason}`; 400 naming reason when blank, 409 when already retired)")
    public AlertView retire(CurrentUser me, @PathVariable long id, @RequestBody(required = false) Retirement body) {
        return alerts.retire(me, id, body == null ? null : body.reason());
    }

    public record Retirement(String reason) {}

    @PostMapping("/api/alerts/{id}/contrary-evidence")
    @Operation(summary = "Attach contrary evidence to an alert (`{givenBy, evidence, givenOn}`): shown beside the alert everywhere")
    public AlertView contrary(CurrentUser me, @PathVariable long id, @RequestBody(required = false) NewContraryEvidence body) {
        if (body == null) {
            throw new ValidationFailure("body", "Send the contrary evidence as JSON");
        }
        return alerts.addContraryEvidence(me, id, body);
    }

    @PostMapping("/api/children/{id}/challenges")
    @Operation(summary = "Record a family member's challenge to an entry of the child's chronology",
            description = "`{eventId, challengerName, relationship, whatIsWrong, ownerId, dueDate}`; the owner gets a task on their "
                    + "work tray. LA practitioners only.")
    public ResponseEntity<ChallengeView> challenge(CurrentUser me, @PathVariable long id, @RequestBody(required = false) NewChallenge body) {
        if (body == null) {
            throw new ValidationFailure("body", "Send the challenge as JSON");
        }
        ChallengeView c = challenges.record(me, id, body);
        return ResponseEntity.created(URI.create("/api/children/" + id + "/challenges")).body(c);
    }

    @GetMapping("/api/children/{id}/challenges")
    @Operation(summary = "The child's challenges to the record, each beside the original entry, with the outcome")
    public List<ChallengeView> challenges(CurrentUser me, @PathVariable long id) {
        return challenges.challengesOf(me, id);
    }

    @PostMapping("/api/challenges/{id}/outcome")
    @Operation(summary = "Record the outcome of a challenge (the owner or a manager; once)",
            description = "`{outcome: CORRECTED|ANNOTATED|NOT_UPHELD, correction | annotation | reason}`. 403 for anyone else, "
                    + "409 when it already has an outcome.")
    public ChallengeView outcome(CurrentUser me, @PathVariable long id, @RequestBody(required = false) OutcomeRequest body) {
        return challenges.decide(me, id, body);
    }
}
