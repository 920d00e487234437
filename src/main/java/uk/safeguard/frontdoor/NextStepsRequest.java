package uk.safeguard.frontdoor;

import java.util.List;

/** The manager's next-steps decision on a referral (WT2023 para 153). NFA needs reasons, other support and the family question. */
public record NextStepsRequest(List<NextStep> steps, String rationale, String otherSupport, Boolean familyInformed,
                               String familyNotInformedReason) {}
