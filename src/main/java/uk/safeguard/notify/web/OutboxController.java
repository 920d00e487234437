package uk.safeguard.notify.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.notify.Notifications;

/** The outbox: every notification recorded, newest first, and each message in full. */
@Controller
class OutboxController {
    private static final int PAGE = 200;

    private final Notifications notifications;

    OutboxController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/outbox")
    String outbox(CurrentUser me, @RequestParam(required = false) String about, Model model) {
        model.addAttribute("notifications", notifications.outbox(me, about, PAGE));
        model.addAttribute("about", about);
        model.addAttribute("sendsEmail", notifications.sendsEmail());
        return "notify/outbox";
    }

    @GetMapping("/outbox/{id}")
    String message(CurrentUser me, @PathVariable long id, Model model) {
        model.addAttribute("n", notifications.read(me, id));
        return "notify/message";
    }
}
