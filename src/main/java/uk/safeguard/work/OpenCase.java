package uk.safeguard.work;

import java.time.Instant;

/** An open case with its allocation; names as they are now in the user directory. */
public record OpenCase(long id, long childId, CaseKind kind, Instant openedAt, Long workerId, String workerName,
                       Long teamId, String teamName, int version) {}
