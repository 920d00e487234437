package uk.safeguard.assessment;

/** The worker submits for authorisation; the reasons may be given here if not recorded before. */
public record Submission(String lateReason, String notSeenReason) {}
