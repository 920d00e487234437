package uk.safeguard.frontdoor;

import java.time.Instant;
import java.util.List;

/** A contact to record (DOMAIN.md section 5, "Contact vs referral"). {@code receivedAt} defaults to now. */
public record NewContact(Instant receivedAt, Channel channel, Referrer referrer, String sourceCode,
                         List<ChildOnContact> children, List<AdultOnContact> adults, String concern,
                         List<String> categories, Boolean familyKnows, Boolean familyConsents, String consentNote,
                         Boolean earlyHelpAssessment, String earlyHelpNote, Long consultationId, Long teamId) {
    public NewContact {
        children = children == null ? List.of() : children;
        adults = adults == null ? List.of() : adults;
        categories = categories == null ? List.of() : categories;
    }
}
