package uk.safeguard.recording;

import java.time.Instant;
import java.time.LocalDate;

/** A challenge beside the original entry it challenges; the outcome and its text once decided. */
public record ChallengeView(long id, long childId, long eventId, Instant entryOccurredAt, String originalEntry,
                            String entryRecordedBy, String challengerName, String relationship, String whatIsWrong,
                            long ownerId, String ownerName, LocalDate dueDate, boolean overdue, Long taskId,
                            Instant recordedAt, String recordedBy, ChallengeOutcome outcome, String outcomeText,
                            Instant outcomeAt, String outcomeBy) {}
