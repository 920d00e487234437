package uk.safeguard.childinneed;

import java.time.LocalDate;
import java.util.List;

/** Starting a plan: its start date and the needs it addresses (one or more). */
public record NewCinPlan(LocalDate startDate, List<String> needs) {}
