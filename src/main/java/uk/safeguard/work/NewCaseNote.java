package uk.safeguard.work;

import java.time.Instant;

/** A typed case note as a practitioner records it; {@code occurredAt} may not be in the future. */
public record NewCaseNote(NoteType type, Instant occurredAt, String text, Boolean significant, Boolean notSharedWithFamily,
                          String notSharedReason) {}
