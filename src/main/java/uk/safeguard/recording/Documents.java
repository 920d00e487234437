package uk.safeguard.recording;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonRecord;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.recording.internal.DefaultVirusScanner;
import uk.safeguard.recording.internal.DocumentRepository;
import uk.safeguard.recording.internal.DocumentStorage;
import uk.safeguard.recording.internal.FileTypes;
import uk.safeguard.recording.internal.RecordingRoles;
import uk.safeguard.work.CaseWork;
import uk.safeguard.work.OpenCase;

/**
 * Documents on a child's record or on one of the child's cases: checked for size and type (extension and leading
 * bytes), passed to the virus scanner, stored apart from their metadata, every upload audited and every download
 * logged as a view of the child's record.
 */
@Service
public class Documents {
    private final DocumentRepository documents;
    private final DocumentStorage storage;
    private final VirusScanner scanner;
    private final ChildAccess access;
    private final AuditTrail audit;
    private final PeopleRegister people;
    private final CaseWork caseWork;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final DataSize maxSize;

    public Documents(DocumentRepository documents, DocumentStorage storage, List<VirusScanner> scanners,
                     ChildAccess access, AuditTrail audit, PeopleRegister people, CaseWork caseWork, Clock clock,
                     PlatformTransactionManager transactions,
                     @Value("${safeguard.documents.max-size:10MB}") DataSize maxSize) {
        this.documents = documents;
        this.storage = storage;
        // a deployment's own scanner bean replaces the built-in one
        this.scanner = scanners.stream().filter(s -> !(s instanceof DefaultVirusScanner)).findFirst()
                .orElseGet(() -> scanners.stream().findFirst().orElseGet(DefaultVirusScanner::new));
        this.access = access;
        this.audit = audit;
        this.people = people;
        this.caseWork = caseWork;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.maxSize = maxSize;
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /**
     * Uploads a document. Not one transaction on purpose: an infected file is refused with 400 and only the refusal
     * is recorded (in the child's audit trail), so that record must survive the refusal.
     */
    public DocumentView upload(CurrentUser me, long childId, NewDocument d) {
        PersonRecord child = child(childId);
        requireMayUpload(me, childId);
        List<ValidationFailure.FieldError> errors = new ArrayList<>();
        String contentType = null;
        if (d.content() == null || d.content().length == 0) {
            errors.add(new ValidationFailure.FieldError("file", "Choose a file to upload"));
        } else if (d.content().length > maxSize.toBytes()) {
            errors.add(new ValidationFailure.FieldError("file", "The file must be smaller than " + describe(maxSize)
                    + "; '" + d.filename() + "' is " + describe(DataSize.ofBytes(d.content().length))));
        } else {
            try {
                contentType = FileTypes.contentType(d.filename(), d.content());
            } catch (ValidationFailure e) {
                errors.addAll(e.errors());
            }
        }
        String title = blankToNull(d.title());
        if (title == null) {
            errors.add(new ValidationFailure.FieldError("title", "Enter a title for the document"));
        } else if (title.length() > 200) {
            errors.add(new ValidationFailure.FieldError("title", "The title must be 200 characters or fewer"));
        }
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
        if (d.documentDate() != null && d.documentDate().isAfter(today)) {
            errors.add(new ValidationFailure.FieldError("documentDate", "The date of the document must be today or in the past"));
        }
        if (d.caseId() != null && caseWork.openCasesFor(childId).stream().map(OpenCase::id).noneMatch(d.caseId()::equals)) {
            errors.add(new ValidationFailure.FieldError("caseId", "Case " + d.caseId() + " is not an open case of "
                    + child.displayName() + ": choose one of the child's open cases or none"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        ScanResult scan = scanner.scan(d.filename(), d.content());
        if (scan == null) {
            scan = ScanResult.notScanned();
        }
        if (scan.status() == ScanResult.Status.INFECTED) {
            // recorded outside any transaction, so the 400 below does not erase it; nothing else is kept
            audit.recordChange(me.asActor(), childId, Change.of("document", "refused", "DOCUMENT_REFUSED",
                    "Upload of '" + d.filename() + "' refused: the virus scan found " + scan.threat())
                    .withValues(null, Map.of("filename", d.filename(), "threat", String.valueOf(scan.threat()),
                            "scanner", String.valueOf(scan.scanner()))));
            throw new ValidationFailure("file", "'" + d.filename() + "' was refused: the virus scan found "
                    + scan.threat() + ". Do not upload it; tell your IT service desk");
        }
        String finalType = contentType;
        ScanResult finalScan = scan;
        String description = blankToNull(d.description());
        String sha256 = sha256(d.content());
        DocumentRepository.Stored stored = storage.prepare(d.content());
        try {
            long id = transaction.execute(status -> {
                Instant now = clock.instant();
                long newId = documents.insert(childId, d, title, description, finalType, sha256, stored, finalScan, now, me.asActor());
                storage.complete(newId, stored, d.content());
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("title", title);
                after.put("filename", d.filename());
                after.put("contentType", finalType);
                after.put("sizeBytes", d.content().length);
                after.put("sha256", sha256);
                after.put("virusScan", finalScan.status().name());
                if (d.caseId() != null) {
                    after.put("caseId", d.caseId());
                }
                audit.recordChange(me.asActor(), childId, now, Change.of("document", newId, "DOCUMENT_UPLOADED",
                        "Document uploaded: " + title + (finalScan.status() == ScanResult.Status.NOT_SCANNED ? " (not virus scanned)" : ""))
                        .withValues(null, after));
                return newId;
            });
            return documents.find(id).orElseThrow();
        } catch (RuntimeException e) {
            storage.discard(stored);
            throw e;
        }
    }

    /** The child's documents, newest first; needs access to the child's record (the list view is logged). */
    public List<DocumentView> documentsOf(CurrentUser me, long childId) {
        child(childId);
        access.requireView(me, childId, "documents");
        audit.recordView(me.asActor(), childId, "documents");
        return documents.ofChild(childId);
    }

    /** For the child's page (the page has already checked access and logged the view). */
    public List<DocumentView> documentsOf(long childId) {
        return documents.ofChild(childId);
    }

    public DocumentView metadata(CurrentUser me, long documentId) {
        DocumentView d = find(documentId);
        access.requireView(me, d.childId(), "document " + documentId);
        return d;
    }

    /** The content, for a download: logged like any view of the child's record. */
    public DocumentContent download(CurrentUser me, long documentId) {
        DocumentView d = find(documentId);
        access.requireView(me, d.childId(), "document " + documentId);
        audit.recordView(me.asActor(), d.childId(), "document " + documentId);
        return new DocumentContent(d, storage.read(documentId));
    }

    /** The latest upload to a case (for closing the case: it cannot close before its activity). */
    public java.util.Optional<Instant> latestUploadInCase(long caseId) {
        return documents.latestUploadInCase(caseId);
    }

    /** Whether this user may upload to this child's record (for showing the form). */
    public boolean mayUpload(CurrentUser me, long childId) {
        return (RecordingRoles.isLaPractitioner(me) || me.role().isPartner()) && access.canView(me, childId);
    }

    private void requireMayUpload(CurrentUser me, long childId) {
        // LA practitioners upload; a partner only to a child linked to its agency (which canView checks)
        if (!RecordingRoles.isLaPractitioner(me) && !me.role().isPartner()) {
            throw audit.refuse(me.asActor(), childId, "document upload",
                    "Only practitioners working with the child may upload documents to the record.");
        }
        access.requireView(me, childId, "document upload");
    }

    private DocumentView find(long documentId) {
        return documents.find(documentId).orElseThrow(() -> new NotFound("There is no document " + documentId));
    }

    private PersonRecord child(long childId) {
        PersonRecord p = people.find(childId).orElseThrow(() -> new NotFound("There is no child " + childId));
        if (!p.kind().isChild()) {
            throw new NotFound("Person " + childId + " is not a child: documents are kept on a child's record");
        }
        return p;
    }

    static String describe(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0)).replace(".0 MB", " MB");
        }
        if (bytes >= 1024) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " bytes";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
