package uk.safeguard.audit;

import java.time.Instant;

/** One view of a child's record (who, when, what), as a manager sees it under "who has viewed this record". */
public record RecordView(Instant viewedAt, String username, String actor, String what) {}
