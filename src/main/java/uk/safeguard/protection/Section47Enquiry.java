package uk.safeguard.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A section 47 enquiry, started by the strategy discussion that decided it. {@code referralId}: the referral the case
 * came from, if any. {@code status}: OPEN until the outcome is recorded, then COMPLETED. An enquiry imported from the SSD
 * has no {@code strategyDiscussionId} (the SSD records none) and may have no {@code leadWorkerId}.
 */
public record Section47Enquiry(long id, long caseId, long childId, Long strategyDiscussionId, Long referralId,
                               Instant startedAt, Long leadWorkerId, String leadWorkerName, String status,
                               Section47Outcome outcome, Section47NextStep nextStep, String rationale,
                               LocalDate completedOn, ReferrerTold referrerTold, List<ConferenceRequest> conferenceRequests) {

    public boolean isOpen() {
        return outcome == null;
    }

    /** How the outcome and rationale reached the referrer (WT2023 seeds 000 line 2897). */
    public record ReferrerTold(String to, Instant at, String how, Long notificationId) {}
}
