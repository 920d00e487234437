package uk.safeguard.work.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.safeguard.access.CurrentUser;

/** The signed-in user's home page: what is overdue and what falls due soon. */
@Controller
public class WorkTrayController {

    @GetMapping("/")
    String tray(CurrentUser me, Model model) {
        return "work/tray";
    }
}
