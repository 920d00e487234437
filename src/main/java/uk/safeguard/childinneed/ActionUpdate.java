package uk.safeguard.childinneed;

/** A new status for an action with a progress note; {@code version} (optional) guards against a lost update. */
public record ActionUpdate(ActionStatus status, String progressNote, Integer version) {}
