package uk.safeguard.work.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.work.WorkTray;

/** The signed-in user's home page: what is overdue and what falls due soon. */
@Controller
public class WorkTrayController {
    private final WorkTray tray;

    public WorkTrayController(WorkTray tray) {
        this.tray = tray;
    }

    @GetMapping("/")
    String tray(CurrentUser me, Model model) {
        model.addAttribute("items", tray.itemsFor(me));
        model.addAttribute("includesTeam", me.isManager() && me.teamName() != null);
        return "work/tray";
    }
}
