package uk.safeguard.childinneed;

import java.time.LocalDate;

/** Ending a plan: the date, the reason, and a note (needed for OTHER). */
public record PlanEnding(LocalDate endDate, PlanEndReason reason, String note) {}
