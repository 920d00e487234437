package uk.safeguard.assessment;

import java.time.LocalDate;

/** Records that the child was seen: the date, whether alone, and who else was present if not. */
public record NewChildSeen(LocalDate seenOn, Boolean seenAlone, String othersPresent) {}
