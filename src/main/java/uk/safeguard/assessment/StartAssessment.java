package uk.safeguard.assessment;

import java.time.LocalDate;

/**
 * Starts the single assessment of a referral. {@code startDate} defaults to today; {@code targetDate} is the local
 * target agreed at the start by the manager (seeds 003 line 1701), no later than the 45th working day from the referral.
 */
public record StartAssessment(LocalDate startDate, LocalDate targetDate) {}
