package uk.safeguard.conference;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A conference to schedule. {@code scheduledAt} is London local time. {@code venue} or {@code online}.
 * {@code transferInId}: for a transfer-in conference, the notification of the move it answers.
 * {@code eighteenthBirthdayReview}: a review planned around the child's 18th birthday (seeds 000 line 3037).
 */
public record NewConference(ConferenceKind kind, LocalDateTime scheduledAt, String venue, Boolean online, Long chairId,
                            List<Conference.Invitee> invitees, Long transferInId, Boolean eighteenthBirthdayReview) {}
