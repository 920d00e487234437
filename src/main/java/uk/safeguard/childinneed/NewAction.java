package uk.safeguard.childinneed;

import java.time.LocalDate;

/** An action: what, by whom (ownerUserId, or ownerName with ownerAgency) and by when. */
public record NewAction(String description, Long ownerUserId, String ownerName, String ownerAgency, LocalDate dueDate) {}
