package uk.safeguard.childinneed;

import java.time.LocalDateTime;

/** A visit; {@code visitedAt} is London time. {@code seenAlone} only when the child was seen. */
public record NewVisit(LocalDateTime visitedAt, Boolean seen, Boolean seenAlone, Boolean bedroomSeen, String withWhom,
                       String location, String note) {}
