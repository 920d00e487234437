package uk.safeguard.childinneed;

import java.time.LocalDateTime;

/**
 * A visit under the plan, as ssd_cin_visits records it: when (London time), whether the child was seen, seen alone and
 * their bedroom seen; with whom, where, and a note.
 */
public record PlanVisit(long id, LocalDateTime visitedAt, boolean seen, Boolean seenAlone, Boolean bedroomSeen,
                        String withWhom, String location, String note, String recordedBy) {}
