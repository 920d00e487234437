package uk.safeguard.work.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.work.WorkTray;

/** The signed-in user's home page: what is overdue and what falls due soon. */
@Controller
public class WorkTrayController {
    private final WorkTray tray;
    private final uk.safeguard.work.CaseWork caseWork;
    private final uk.safeguard.work.Allocations allocations;
    private final uk.safeguard.work.Caseloads caseloads;

    public WorkTrayController(WorkTray tray, uk.safeguard.work.CaseWork caseWork, uk.safeguard.work.Allocations allocations,
                              uk.safeguard.work.Caseloads caseloads) {
        this.tray = tray;
        this.caseWork = caseWork;
        this.allocations = allocations;
        this.caseloads = caseloads;
    }

    @GetMapping("/")
    String tray(CurrentUser me, Model model) {
        model.addAttribute("items", tray.itemsFor(me));
        model.addAttribute("tasks", caseWork.openTasksFor(me.id()));
        model.addAttribute("allocationRequests", allocations.pendingFor(me.id()));
        model.addAttribute("showCaseloads", caseloads.maySeeCaseloads(me));
        model.addAttribute("includesTeam", me.isManager() && me.teamName() != null);
        return "work/tray";
    }

    @PostMapping("/tasks/{id}/done")
    String done(CurrentUser me, @PathVariable long id) {
        caseWork.completeTask(me, id);
        return "redirect:/";
    }
}
