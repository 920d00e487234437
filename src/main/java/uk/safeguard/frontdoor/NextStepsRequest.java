package uk.safeguard.frontdoor;

import java.util.List;

/**
 * The manager's next-steps decision on a referral (WT2023 para 153). NFA needs reasons, other support and the family
 * question; it closes the child-in-need episode with {@code closureReason}, a CIN reason for closure code (RC1-RC9,
 * reason_for_closure.yml), RC8 (closed, no further action) when not given.
 */
public record NextStepsRequest(List<NextStep> steps, String rationale, String otherSupport, Boolean familyInformed,
                               String familyNotInformedReason, String closureReason) {
    public NextStepsRequest(List<NextStep> steps, String rationale, String otherSupport, Boolean familyInformed,
                            String familyNotInformedReason) {
        this(steps, rationale, otherSupport, familyInformed, familyNotInformedReason, null);
    }
}
