package uk.safeguard.assessment;

import java.time.LocalDate;

/** A time the child was seen during the assessment: alone or, if not, who else was present. */
public record ChildSeen(long id, LocalDate seenOn, boolean seenAlone, String othersPresent, String recordedBy) {}
