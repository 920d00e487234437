package uk.safeguard.frontdoor;

import java.time.Instant;
import java.util.List;

/** A contact as recorded, with its children's screening and decisions. */
public record ContactView(long id, Instant receivedAt, Channel channel, Referrer referrer, String sourceCode,
                          String sourceLabel, String concern, List<String> categories, Boolean familyKnows,
                          Boolean familyConsents, String consentNote, boolean earlyHelpAssessment, String earlyHelpNote,
                          Long consultationId, Long teamId, String teamName, String recordedBy, Instant recordedAt,
                          List<AdultOnContact> adults, List<ContactChild> children) {}
