package uk.safeguard.work;

import java.time.Instant;

/**
 * A note on a case. {@code occurredAt} is when the visit, call or meeting happened; {@code writtenAt} when the note was
 * written. A significant event shows in the child's chronology at the time it happened. A note not to be shared with
 * the family carries the reason.
 */
public record CaseNote(long id, long caseId, long childId, Instant writtenAt, String author, String text, NoteType type,
                       Instant occurredAt, boolean significant, boolean notSharedWithFamily, String notSharedReason) {

    public String typeLabel() {
        return type.label();
    }
}
