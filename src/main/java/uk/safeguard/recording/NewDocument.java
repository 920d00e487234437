package uk.safeguard.recording;

import java.time.LocalDate;

/** An upload: the file as sent, a title, an optional description, date of the document and case. */
public record NewDocument(String filename, byte[] content, String title, String description, LocalDate documentDate,
                         Long caseId) {}
