package uk.safeguard.protection;

import java.time.Instant;
import java.time.LocalDate;

/** The small requests of the section 47 enquiry's API and pages. */
public final class ProtectionRequests {
    private ProtectionRequests() {}

    public record EndPoliceProtection(Instant endedAt) {}

    public record OutcomeRequest(Section47Outcome outcome, Section47NextStep nextStep, String rationale, LocalDate completedOn) {}

    /** {@code method} e.g. "Email", "Phone", "Letter", "In person"; omitted when the referrer has an e-mail address: sent by e-mail. */
    public record ReferrerToldRequest(String to, Instant at, String method) {}

    public record NewConferenceRequest(String requesterName, LocalDate requestedOn, String reasons) {}

    /** {@code response}: AGREED or DECLINED (a reason is required to decline). */
    public record ConferenceResponse(String response, String reason, LocalDate respondedOn) {}

    public record Escalation(LocalDate escalatedOn, String escalatedTo, String outcome) {}
}
