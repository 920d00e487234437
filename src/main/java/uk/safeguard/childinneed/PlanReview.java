package uk.safeguard.childinneed;

import java.time.LocalDate;

/** A review of the plan (WT2023 paras 181-183, seeds 000 lines 2374-2378). */
public record PlanReview(long id, LocalDate reviewDate, String attendees, String progressSummary, ReviewDecision decision,
                         LocalDate nextReviewDate, String recordedBy) {

    public String decisionLabel() {
        return decision.label();
    }
}
