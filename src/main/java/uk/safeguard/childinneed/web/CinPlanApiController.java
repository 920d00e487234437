package uk.safeguard.childinneed.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.childinneed.ActionUpdate;
import uk.safeguard.childinneed.ChildInNeedPlans;
import uk.safeguard.childinneed.CinPlan;
import uk.safeguard.childinneed.CinPlanSummary;
import uk.safeguard.childinneed.NewAction;
import uk.safeguard.childinneed.NewCinPlan;
import uk.safeguard.childinneed.NewNeed;
import uk.safeguard.childinneed.NewReview;
import uk.safeguard.childinneed.NewVisit;
import uk.safeguard.childinneed.PlanAction;
import uk.safeguard.childinneed.PlanEnding;
import uk.safeguard.childinneed.PlanNeed;
import uk.safeguard.childinneed.PlanReview;
import uk.safeguard.childinneed.PlanVisit;

@RestController
@Tag(name = "Child in need plans")
public class CinPlanApiController {
    private final ChildInNeedPlans plans;

    public CinPlanApiController(ChildInNeedPlans plans) {
        this.plans = plans;
    }

    @PostMapping("/api/cases/{caseId}/cin-plan")
    @Operation(summary = "Start a child in need plan in an open child-in-need case (registered social workers and team managers)",
            description = "`{startDate, needs: [..]}`: the start date is not before the case opened and not in the future; one need "
                    + "or more. Starts the local review clock (cin-plan-review). 409 when the case already has an open plan, is "
                    + "closed or is not a child-in-need case.")
    public ResponseEntity<CinPlan> start(CurrentUser me, @PathVariable long caseId, @RequestBody(required = false) NewCinPlan body) {
        CinPlan plan = plans.startPlan(me, caseId, body);
        return ResponseEntity.created(URI.create("/api/cin-plans/" + plan.id())).body(plan);
    }

    @GetMapping("/api/cin-plans/{id}")
    @Operation(summary = "A child in need plan: needs, actions, reviews, visits and the next review due with its basis")
    public CinPlan plan(CurrentUser me, @PathVariable long id) {
        return plans.plan(me, id);
    }

    @GetMapping("/api/children/{id}/cin-plans")
    @Operation(summary = "A child's child in need plans, newest first")
    public List<CinPlanSummary> ofChild(CurrentUser me, @PathVariable long id) {
        return plans.plansOfChild(me, id);
    }

    @PostMapping("/api/cin-plans/{id}/needs")
    @Operation(summary = "Add a need the plan addresses: `{description}`")
    public ResponseEntity<PlanNeed> need(CurrentUser me, @PathVariable long id, @RequestBody(required = false) NewNeed body) {
        return ResponseEntity.status(201).body(plans.addNeed(me, id, body));
    }

    @PostMapping("/api/cin-plans/{id}/actions")
    @Operation(summary = "Add an action: what, by whom and by when",
            description = "`{description, ownerUserId}` for a Safeguard user or `{description, ownerName, ownerAgency}` for a named "
                    + "person, and `dueDate`. It starts NOT_STARTED.")
    public ResponseEntity<PlanAction> action(CurrentUser me, @PathVariable long id, @RequestBody(required = false) NewAction body) {
        return ResponseEntity.status(201).body(plans.addAction(me, id, body));
    }

    @PutMapping("/api/cin-plans/{id}/actions/{actionId}")
    @Operation(summary = "Update an action's status (NOT_STARTED, IN_PROGRESS, DONE, NOT_DONE) with a progress note",
            description = "NOT_DONE needs a progress note saying why. `version` (optional): 409 when the action changed since.")
    public PlanAction update(CurrentUser me, @PathVariable long id, @PathVariable long actionId,
                             @RequestBody(required = false) ActionUpdate body) {
        return plans.updateAction(me, id, actionId, body);
    }

    @PostMapping("/api/cin-plans/{id}/reviews")
    @Operation(summary = "Record a review: date, who attended, progress, decision (CONTINUE, END_PLAN, STEP_UP), next review date",
            description = "The next review date defaults to the review clock's due date and may not be later than it.")
    public ResponseEntity<PlanReview> review(CurrentUser me, @PathVariable long id, @RequestBody(required = false) NewReview body) {
        return ResponseEntity.status(201).body(plans.recordReview(me, id, body));
    }

    @PostMapping("/api/cin-plans/{id}/visits")
    @Operation(summary = "Record a visit: visitedAt (London date-time), seen, seenAlone (only if seen), bedroomSeen, withWhom, location, note")
    public ResponseEntity<PlanVisit> visit(CurrentUser me, @PathVariable long id, @RequestBody(required = false) NewVisit body) {
        return ResponseEntity.status(201).body(plans.recordVisit(me, id, body));
    }

    @PostMapping("/api/cin-plans/{id}/end")
    @Operation(summary = "End the plan: `{endDate, reason, note}`",
            description = "reason: CHILD_PROTECTION_PLAN, LOOKED_AFTER, NO_LONGER_IN_NEED, STEPPED_DOWN_TO_EARLY_HELP, REACHED_ADULTHOOD, "
                    + "MOVED_TO_ANOTHER_AUTHORITY or OTHER (with a note). Cancels the review clock. 409 when already ended.")
    public CinPlan end(CurrentUser me, @PathVariable long id, @RequestBody(required = false) PlanEnding body) {
        return plans.endPlan(me, id, body);
    }
}
