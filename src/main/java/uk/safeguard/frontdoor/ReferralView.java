package uk.safeguard.frontdoor;

import java.time.Instant;
import java.util.List;

/** A referral to children's social care, created when a manager accepts a contact for a child. */
public record ReferralView(long id, long contactId, long contactChildId, long childId, String childName, Instant referralAt,
                           String sourceCode, String primaryNeed, boolean reReferral, Instant previousReferralAt,
                           Long caseId, Instant acknowledgedAt, String acknowledgedHow, List<NextStep> nextSteps,
                           String rationale, String otherSupport, Boolean familyInformed,
                           String familyNotInformedReason, String decidedBy, Instant decidedAt) {}
