package uk.safeguard.frontdoor;

import java.time.Instant;

/**
 * One child's open contact in the MASH queue with its clock: the 24-hour decision clock, or the 24-hour hold
 * clock when held in the MASH, as the clock engine declares them (clock-definitions.yml, local limits applied).
 * {@code rag}: red (overdue), amber (due within 4 hours), green (on time); always with words.
 */
public record QueueItem(long contactId, long contactChildId, long childId, String childName, Instant receivedAt, String receivedShown,
                        String sourceCode, String sourceLabel, String referrer, String referrerAgencyType,
                        String status, Integer level, Long teamId, String teamName, boolean possibleReReferral,
                        String matched, String clock, Instant dueAt, String dueShown, String rag, String ragLabel,
                        String ragClass) {}
