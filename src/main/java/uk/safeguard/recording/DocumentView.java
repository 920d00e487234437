package uk.safeguard.recording;

import java.time.Instant;
import java.time.LocalDate;

/** A document's metadata (never its content): what, for whom, which case, what kind of file, scanned or not, who uploaded it. */
public record DocumentView(long id, long childId, Long caseId, String title, String description, LocalDate documentDate,
                           String filename, String contentType, long sizeBytes, String sha256,
                           ScanResult.Status scanResult, String scannedBy, Instant uploadedAt, String uploadedBy) {}
