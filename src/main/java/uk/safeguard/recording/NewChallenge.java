package uk.safeguard.recording;

import java.time.LocalDate;

/**
 * A family member's challenge to one entry of the child's chronology (an audit event id): who challenges, their
 * relationship to the child, what they say is wrong, who owns the answer and by when.
 */
public record NewChallenge(Long eventId, String challengerName, String relationship, String whatIsWrong, Long ownerId,
                           LocalDate dueDate) {}
