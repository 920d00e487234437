package uk.safeguard.work.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.work.TrayItem;
import uk.safeguard.work.WorkTray;

@RestController
@Tag(name = "Work tray")
public class WorkTrayApiController {
    private final WorkTray tray;
    private final uk.safeguard.work.CaseWork caseWork;

    public WorkTrayApiController(WorkTray tray, uk.safeguard.work.CaseWork caseWork) {
        this.tray = tray;
        this.caseWork = caseWork;
    }

    @GetMapping("/api/work-tray/tasks")
    @Operation(summary = "The signed-in user's open tasks, oldest first")
    public List<uk.safeguard.work.CaseTask> tasks(CurrentUser me) {
        return caseWork.openTasksFor(me.id());
    }

    /** The tray line as JSON: the item with the due date in ISO form. */
    public record TrayJson(String urgency, String urgencyLabel, String clockId, String clock, String dueAt,
                           int workingDaysLeft, long childId, String childLabel, String allocatedWorker, String explanation) {
        static TrayJson of(TrayItem i) {
            return new TrayJson(i.urgency().name().toLowerCase(java.util.Locale.ROOT), i.urgencyLabel(), i.clockId(),
                    i.clock(), i.dueAt(), i.workingDaysLeft(), i.childId(), i.childLabel(), i.allocatedWorker(), i.explanation());
        }
    }

    @GetMapping("/api/work-tray")
    @Operation(summary = "The signed-in user's work tray",
            description = "Clocks that are overdue (red) or due within 5 working days (amber: today and the next 2 working "
                    + "days; green: 3 to 5) for the children allocated to the user and, for a team manager, the team's "
                    + "children. Met and cancelled clocks are not included. `dueAt` is an ISO date, or date-time for hour clocks.")
    public List<TrayJson> workTray(CurrentUser me) {
        return tray.itemsFor(me).stream().map(TrayJson::of).toList();
    }
}
