package uk.safeguard.assessment;

/**
 * A child of the child's current households: {@code note} is what the assessment recorded about them (null when not
 * yet considered).
 */
public record OtherChild(long childId, String name, String note) {}
