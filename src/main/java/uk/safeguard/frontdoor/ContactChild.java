package uk.safeguard.frontdoor;

import java.time.Instant;
import java.util.List;

/**
 * One child on a contact, with its own screening and decision. {@code status}: OPEN (awaiting a decision), HELD
 * (held in the MASH), DECIDED, or ROUTED_TO_OPEN_CASE (the child's case was open: the information went to that
 * case as a note). {@code matched}: CHOSEN (by the person recording), AUTOMATIC (a likely register match with the
 * same date of birth) or REGISTERED (new to the register).
 */
public record ContactChild(long id, long contactId, long childId, String childName, String matched, String status,
                           boolean possibleReReferral, Long routedCaseId, Integer level, Long thresholdDocumentId,
                           String thresholdVersion, List<String> indicators, String levelRationale, String screenedBy,
                           Instant screenedAt, Instant heldAt, Decision decision, String decisionDetail,
                           String decisionReason, String otherSupport, Boolean familyInformed,
                           String familyNotInformedReason, String decidedBy, Instant decidedAt, int version, Long referralId) {}
