package uk.safeguard.frontdoor;

/**
 * A manager's decision on one child of a contact. {@code detail}: for SIGNPOSTED what to; for REFERRAL_ACCEPTED
 * optional notes. {@code reason}: the rationale (required for every decision). NFA also needs {@code otherSupport}
 * (para 151) and {@code familyInformed} or a {@code familyNotInformedReason} (para 160). REFERRAL_ACCEPTED needs
 * {@code primaryNeed} (CIN need code N0-N9). {@code version}: the version read, if the caller wants a stale-update check.
 */
public record DecisionRequest(Decision decision, String detail, String reason, String otherSupport,
                              Boolean familyInformed, String familyNotInformedReason, String primaryNeed, Integer version) {}
