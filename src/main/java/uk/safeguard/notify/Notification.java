package uk.safeguard.notify;

import java.time.Instant;

/** A notification as recorded: every one is kept (to whom, when, what), whether or not it was delivered. */
public record Notification(long id, Instant createdAt, String sentBy, String toName, String toEmail, String subject,
                           String body, Long childId, String about, String status, Instant sentAt, String failure) {}
