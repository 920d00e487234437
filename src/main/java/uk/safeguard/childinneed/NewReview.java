package uk.safeguard.childinneed;

import java.time.LocalDate;

/** A review; {@code nextReviewDate} left out takes the cin-plan-review clock's due date. */
public record NewReview(LocalDate reviewDate, String attendees, String progressSummary, ReviewDecision decision,
                        LocalDate nextReviewDate) {}
