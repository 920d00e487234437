package uk.safeguard.notify.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.notify.Notification;
import uk.safeguard.notify.Notifications;
import uk.safeguard.platform.ValidationFailure;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "Every notification recorded, and whether it was sent (administrators and team managers; in demo mode any local-authority user)")
class NotificationsApiController {
    private final Notifications notifications;

    NotificationsApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "Notifications, newest first",
            description = "`about` (e.g. \"contact 42\") selects those about one thing; without it, the latest `limit` (1–500, default 100). "
                    + "`status` is QUEUED, SENT (with `sentAt`), FAILED (with `failure`) or SHOWN_IN_OUTBOX (no SMTP server configured).")
    List<Notification> list(CurrentUser me, @RequestParam(required = false) String about, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 500) {
            throw new ValidationFailure("limit", "Ask for between 1 and 500 notifications");
        }
        return notifications.outbox(me, about, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One notification in full")
    Notification one(CurrentUser me, @PathVariable long id) {
        return notifications.read(me, id);
    }
}
