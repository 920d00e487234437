package uk.safeguard.childinneed;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One of a child's plans, for lists: dates, the next review due (open plans) and the last visit. */
public record CinPlanSummary(long id, long caseId, long childId, LocalDate startDate, LocalDate endDate,
                             PlanEndReason endReason, LocalDate nextReviewDue, LocalDateTime lastVisit) {

    @com.fasterxml.jackson.annotation.JsonProperty("open")
    public boolean open() {
        return endDate == null;
    }
}
