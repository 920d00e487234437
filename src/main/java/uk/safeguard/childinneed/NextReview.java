package uk.safeguard.childinneed;

import java.time.LocalDate;

/**
 * When the plan's next review is due, from the cin-plan-review clock: its due date, status (RUNNING, OVERDUE) and the
 * clock's explanation of why ("3 months after the plan's start ..."); {@code agreedDate} is the date the last review
 * set, when it set one.
 */
public record NextReview(LocalDate dueDate, String status, String basis, String source, LocalDate agreedDate) {}
