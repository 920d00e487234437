package uk.safeguard.notify.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.notify.Notifications;

/** Tells the layout whether to show the Outbox link in the header. */
@ControllerAdvice(annotations = Controller.class)
class OutboxNavigationAdvice {
    private final Notifications notifications;
    private final UserDirectory users;

    OutboxNavigationAdvice(Notifications notifications, UserDirectory users) {
        this.notifications = notifications;
        this.users = users;
    }

    @ModelAttribute("outboxVisible")
    boolean outboxVisible() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return false;
        }
        CurrentUser me = users.findByUsername(auth.getName()).orElse(null);
        return notifications.mayReadOutbox(me);
    }
}
