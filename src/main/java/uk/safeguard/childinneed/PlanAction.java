package uk.safeguard.childinneed;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action of the plan: what, by whom (a Safeguard user, or a named person and their agency) and by when, with where
 * it stands (WT2023 para 177: "what actions are to be undertaken, by whom and for what purpose", seeds 000 line 2362).
 */
public record PlanAction(long id, String description, Long ownerUserId, String ownerName, String ownerAgency,
                         String owner, LocalDate dueDate, ActionStatus status, String progressNote, Instant updatedAt,
                         int version) {

    public String statusLabel() {
        return status.label();
    }
}
