package uk.safeguard.notify;

/**
 * A message to a person outside the system or a user (e.g. feedback to a referrer, WT2023 para 151).
 * {@code childId} may be null for messages about no one child; {@code about} names what it concerns
 * (e.g. "contact 42") so the record can be found again.
 */
public record NewNotification(String toName, String toEmail, String subject, String body, Long childId, String about) {}
