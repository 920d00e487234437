package uk.safeguard.work;

import java.time.Instant;

/** Something a worker must do, shown on their work tray until done. */
public record CaseTask(long id, long assignedTo, Long childId, Long caseId, String title, String detail,
                       Instant createdAt, String createdBy, Instant doneAt) {}
