package uk.safeguard.conference.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.conference.ChildProtection;
import uk.safeguard.conference.ChildProtectionPlans;
import uk.safeguard.conference.Conference;
import uk.safeguard.conference.ConferenceOutcome;
import uk.safeguard.conference.Conferences;
import uk.safeguard.conference.CpPlan;
import uk.safeguard.conference.NewConference;
import uk.safeguard.conference.PlanChanges;

@RestController
@Tag(name = "Child protection conferences and plans")
public class ConferenceApiController {
    private final Conferences conferences;
    private final ChildProtectionPlans plans;

    public ConferenceApiController(Conferences conferences, ChildProtectionPlans plans) {
        this.conferences = conferences;
        this.plans = plans;
    }

    /** A date sent as {@code {"on": "2026-12-01"}}. */
    public record SentOn(LocalDate on) {}

    @GetMapping("/api/children/{id}/child-protection")
    @Operation(summary = "The child's conferences, plans (the open one in full), running conference clocks and the suggested chair")
    public ChildProtection childProtection(CurrentUser me, @PathVariable long id) {
        return conferences.childProtection(me, id);
    }

    @PostMapping("/api/children/{id}/conferences")
    @Operation(summary = "Schedule a conference (INITIAL, REVIEW, PRE_BIRTH, TRANSFER_IN)",
            description = "An initial conference needs a running initial-child-protection-conference clock (a strategy discussion began "
                    + "a s47 enquiry). The chair must be a conference chair or team manager (400 `chairId`) independent of the case: "
                    + "not the allocated worker nor the worker's team manager (409 `chairId`). `scheduledAt` is London local time.")
    public ResponseEntity<Conference> schedule(CurrentUser me, @PathVariable long id, @RequestBody(required = false) NewConference body) {
        Conference c = conferences.schedule(me, id, body);
        return ResponseEntity.created(URI.create("/api/conferences/" + c.id())).body(c);
    }

    @GetMapping("/api/conferences/{id}")
    @Operation(summary = "A conference: invitations, papers (days before), attendance, reports, outcome")
    public Conference conference(CurrentUser me, @PathVariable long id) {
        return conferences.conference(me, id);
    }

    @PostMapping("/api/conferences/{id}/invitations-sent")
    @Operation(summary = "Record the date the invitations went: {\"on\": \"YYYY-MM-DD\"}")
    public Conference invitationsSent(CurrentUser me, @PathVariable long id, @RequestBody(required = false) SentOn body) {
        return conferences.invitationsSent(me, id, body == null ? null : body.on());
    }

    @PostMapping("/api/conferences/{id}/papers-sent")
    @Operation(summary = "Record the date the papers went to the family: {\"on\": \"YYYY-MM-DD\"}")
    public Conference papersSent(CurrentUser me, @PathVariable long id, @RequestBody(required = false) SentOn body) {
        return conferences.papersSent(me, id, body == null ? null : body.on());
    }

    @PostMapping("/api/conferences/{id}/outcome")
    @Operation(summary = "Record the outcome (the chair or a team manager only)",
            description = "`decision` PLAN / NO_PLAN (initial, pre-birth, transfer-in) or CONTINUE / CHANGE / END (review). A plan needs "
                    + "`category` (NEG, PHY, EMO, SAB, MUL), `leadBody` (LA, NSPCC) and a registered `leadSocialWorkerId`. A review "
                    + "records `householdConsidered` ({childId, note}) for every child in the household.")
    public Conference outcome(CurrentUser me, @PathVariable long id, @RequestBody(required = false) ConferenceOutcome body) {
        return conferences.recordOutcome(me, id, body);
    }

    @PostMapping("/api/children/{id}/transfer-in-notifications")
    @Operation(summary = "Record notification that a child on another authority's plan moved in: the transfer-in conference is due in 15 working days")
    public ResponseEntity<ChildProtection.TransferIn> transferIn(CurrentUser me, @PathVariable long id,
                                                                 @RequestBody(required = false) PlanChanges.TransferInNotice body) {
        return ResponseEntity.status(201).body(conferences.notifyTransferIn(me, id, body));
    }

    @GetMapping("/api/cp-plans/{id}")
    @Operation(summary = "A child protection plan: categories, previous plans, actions, core groups, visits, reviews, ending, pre-proceedings, what is due")
    public CpPlan plan(CurrentUser me, @PathVariable long id) {
        return plans.plan(me, id);
    }

    @GetMapping("/api/cp-plans/{id}/versions")
    @Operation(summary = "Every version of the plan, newest first, with who made it and when")
    public List<CpPlan.Version> versions(CurrentUser me, @PathVariable long id) {
        return plans.versions(me, id);
    }

    @PostMapping("/api/cp-plans/{id}/actions")
    @Operation(summary = "Add actions (no id) or change them (id): one new version of the plan")
    public CpPlan actions(CurrentUser me, @PathVariable long id, @RequestBody(required = false) PlanChanges.Actions body) {
        return plans.changeActions(me, id, body);
    }

    @PostMapping("/api/cp-plans/{id}/core-groups")
    @Operation(summary = "Record a core group meeting: attendees, absentees' written views, decisions, actions")
    public CpPlan coreGroup(CurrentUser me, @PathVariable long id, @RequestBody(required = false) PlanChanges.NewCoreGroup body) {
        return plans.recordCoreGroup(me, id, body);
    }

    @PostMapping("/api/cp-plans/{id}/visits")
    @Operation(summary = "Record a visit to the child: seen, seen alone")
    public CpPlan visit(CurrentUser me, @PathVariable long id, @RequestBody(required = false) PlanChanges.NewVisit body) {
        return plans.recordVisit(me, id, body);
    }

    @PostMapping("/api/cp-plans/{id}/end")
    @Operation(summary = "End the plan for one of the five reasons; every agency invited to the initial conference is notified")
    public CpPlan end(CurrentUser me, @PathVariable long id, @RequestBody(required = false) PlanChanges.Ending body) {
        return plans.end(me, id, body);
    }

    @PostMapping("/api/cp-plans/{id}/pre-proceedings")
    @Operation(summary = "Record pre-proceedings: letters before proceedings, legal planning meeting, family group conference, outcome")
    public CpPlan preProceedings(CurrentUser me, @PathVariable long id, @RequestBody(required = false) PlanChanges.PreProceedingsUpdate body) {
        return plans.recordPreProceedings(me, id, body);
    }
}
