package uk.safeguard.childinneed.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.childinneed.ActionStatus;
import uk.safeguard.childinneed.ActionUpdate;
import uk.safeguard.childinneed.ChildInNeedPlans;
import uk.safeguard.childinneed.CinPlan;
import uk.safeguard.childinneed.NewAction;
import uk.safeguard.childinneed.NewCinPlan;
import uk.safeguard.childinneed.NewNeed;
import uk.safeguard.childinneed.NewReview;
import uk.safeguard.childinneed.NewVisit;
import uk.safeguard.childinneed.PlanAction;
import uk.safeguard.childinneed.PlanEndReason;
import uk.safeguard.childinneed.PlanEnding;
import uk.safeguard.childinneed.ReviewDecision;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;

/**
 * The child in need plan's pages (GOV.UK, no JavaScript): start a plan from the child's page, the plan, and one form
 * page for each change (a need, an action, an action's progress, a review, a visit, the end). A form with a problem is
 * shown again with what was typed and a GOV.UK error summary.
 */
@Controller
public class CinPlanPagesController {
    private static final int NEED_BOXES = 3;

    private final ChildInNeedPlans plans;
    private final UserDirectory users;
    private final Clock clock;

    public CinPlanPagesController(ChildInNeedPlans plans, UserDirectory users, Clock clock) {
        this.plans = plans;
        this.users = users;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- start

    @GetMapping("/cases/{caseId}/cin-plan/new")
    String startForm(CurrentUser me, @PathVariable long caseId, Model model) {
        Map<String, String> form = new HashMap<>();
        CinForms.putDate(form, "startDate", today());
        return startPage(me, caseId, form, Map.of(), model);
    }

    @PostMapping("/cases/{caseId}/cin-plan/new")
    String start(CurrentUser me, @PathVariable long caseId, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            LocalDate start = CinForms.date(form, "startDate", "startDate", "The start date");
            List<String> needs = new ArrayList<>();
            for (int i = 1; i <= NEED_BOXES; i++) {
                String need = CinForms.one(form, "need-" + i);
                if (need != null) {
                    needs.add(need);
                }
            }
            CinPlan plan = plans.startPlan(me, caseId, new NewCinPlan(start, needs));
            return "redirect:/cin-plans/" + plan.id() + "?started";
        } catch (ValidationFailure e) {
            CinForms.show(model, e.errors(), f -> f.startsWith("needs") ? "need-1" : f);
            return startPage(me, caseId, form.toSingleValueMap(), null, model);
        }
    }

    private String startPage(CurrentUser me, long caseId, Map<String, String> form, Map<String, String> errors, Model model) {
        long childId = plans.childOfCaseForNewPlan(me, caseId);
        if (errors != null) {
            model.addAttribute("errors", errors);
        }
        model.addAttribute("form", form);
        model.addAttribute("caseId", caseId);
        model.addAttribute("childId", childId);
        model.addAttribute("childName", plans.childName(childId));
        model.addAttribute("needBoxes", NEED_BOXES);
        return "childinneed/plan-new";
    }

    // ---------------------------------------------------------------- the plan

    @GetMapping("/cin-plans/{id}")
    String plan(CurrentUser me, @PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        CinPlan plan = plans.plan(me, id);
        model.addAttribute("plan", plan);
        model.addAttribute("mayRecord", ChildInNeedPlans.mayRecord(me.role()) && plan.open());
        model.addAttribute("interval", plans.reviewInterval());
        model.addAttribute("notice", notice(params));
        return "childinneed/plan";
    }

    private static String notice(Map<String, String> params) {
        if (params.containsKey("started")) return "Child in need plan started";
        if (params.containsKey("need")) return "Need added";
        if (params.containsKey("action")) return "Action added";
        if (params.containsKey("updated")) return "Action updated";
        if (params.containsKey("reviewed")) return "Review recorded";
        if (params.containsKey("visited")) return "Visit recorded";
        if (params.containsKey("ended")) return "Child in need plan ended";
        return null;
    }

    // ---------------------------------------------------------------- needs

    @GetMapping("/cin-plans/{id}/needs/new")
    String needForm(CurrentUser me, @PathVariable long id, Model model) {
        return formPage(me, id, "add a need to a child in need plan", new HashMap<>(), Map.of(), model, "childinneed/need-new");
    }

    @PostMapping("/cin-plans/{id}/needs/new")
    String addNeed(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            plans.addNeed(me, id, new NewNeed(CinForms.one(form, "description")));
            return "redirect:/cin-plans/" + id + "?need#needs";
        } catch (ValidationFailure e) {
            CinForms.show(model, e.errors(), f -> f);
            return formPage(me, id, "add a need to a child in need plan", form.toSingleValueMap(), null, model, "childinneed/need-new");
        }
    }

    // ---------------------------------------------------------------- actions

    @GetMapping("/cin-plans/{id}/actions/new")
    String actionForm(CurrentUser me, @PathVariable long id, Model model) {
        model.addAttribute("owners", owners(me));
        return formPage(me, id, "add an action to a child in need plan", new HashMap<>(), Map.of(), model, "childinneed/action-new");
    }

    @PostMapping("/cin-plans/{id}/actions/new")
    String addAction(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            plans.addAction(me, id, new NewAction(CinForms.one(form, "description"), CinForms.number(form, "ownerUserId"),
                    CinForms.one(form, "ownerName"), CinForms.one(form, "ownerAgency"),
                    CinForms.date(form, "dueDate", "dueDate", "The due date")));
            return "redirect:/cin-plans/" + id + "?action#actions";
        } catch (ValidationFailure e) {
            CinForms.show(model, e.errors(), f -> f);
            model.addAttribute("owners", owners(me));
            return formPage(me, id, "add an action to a child in need plan", form.toSingleValueMap(), null, model, "childinneed/action-new");
        }
    }

    @GetMapping("/cin-plans/{id}/actions/{actionId}")
    String actionUpdateForm(CurrentUser me, @PathVariable long id, @PathVariable long actionId, Model model) {
        Map<String, String> form = new HashMap<>();
        CinPlan plan = plans.planForChange(me, id, "update an action of a child in need plan");
        PlanAction action = actionOf(plan, actionId);
        form.put("status", action.status().name());
        form.put("progressNote", action.progressNote() == null ? "" : action.progressNote());
        form.put("version", String.valueOf(action.version()));
        return actionUpdatePage(plan, action, form, Map.of(), model);
    }

    @PostMapping("/cin-plans/{id}/actions/{actionId}")
    String updateAction(CurrentUser me, @PathVariable long id, @PathVariable long actionId,
                        @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            Long version = CinForms.number(form, "version");
            plans.updateAction(me, id, actionId, new ActionUpdate(
                    CinForms.choice(form, "status", ActionStatus.class, "Choose the action's status"),
                    CinForms.one(form, "progressNote"), version == null ? null : version.intValue()));
            return "redirect:/cin-plans/" + id + "?updated#actions";
        } catch (ValidationFailure e) {
            CinForms.show(model, e.errors(), f -> f);
            model.addAttribute("errorAnchors", Map.of("status", "status-" + ActionStatus.values()[0].name()));
            CinPlan plan = plans.planForChange(me, id, "update an action of a child in need plan");
            return actionUpdatePage(plan, actionOf(plan, actionId), form.toSingleValueMap(), null, model);
        }
    }

    private String actionUpdatePage(CinPlan plan, PlanAction action, Map<String, String> form, Map<String, String> errors, Model model) {
        if (errors != null) {
            model.addAttribute("errors", errors);
        }
        model.addAttribute("plan", plan);
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("statuses", ActionStatus.values());
        return "childinneed/action-update";
    }

    private static PlanAction actionOf(CinPlan plan, long actionId) {
        return plan.actions().stream().filter(a -> a.id() == actionId).findFirst()
                .orElseThrow(() -> new NotFound("There is no action " + actionId + " in child in need plan " + plan.id()));
    }

    /** A Safeguard user to own an action: the members of the recorder's team. */
    private List<Map.Entry<Long, String>> owners(CurrentUser me) {
        if (me.teamId() == null) {
            return List.of();
        }
        return users.teamMembers(me.teamId()).stream()
                .map(u -> Map.entry(u.id(), u.displayName() + " (" + u.role().label() + ")")).toList();
    }

    // ---------------------------------------------------------------- reviews

    @GetMapping("/cin-plans/{id}/reviews/new")
    String reviewForm(CurrentUser me, @PathVariable long id, Model model) {
        Map<String, String> form = new HashMap<>();
        CinForms.putDate(form, "reviewDate", today());
        CinForms.putDate(form, "nextReviewDate", plans.defaultNextReviewDate(today()));
        return reviewPage(me, id, form, Map.of(), model);
    }

    @PostMapping("/cin-plans/{id}/reviews/new")
    String review(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            plans.recordReview(me, id, new NewReview(CinForms.date(form, "reviewDate", "reviewDate", "The review date"),
                    CinForms.one(form, "attendees"), CinForms.one(form, "progressSummary"),
                    CinForms.choice(form, "decision", ReviewDecision.class, "Choose the review's decision"),
                    CinForms.date(form, "nextReviewDate", "nextReviewDate", "The next review date")));
            return "redirect:/cin-plans/" + id + "?reviewed#reviews";
        } catch (ValidationFailure e) {
            CinForms.show(model, e.errors(), f -> f);
            model.addAttribute("errorAnchors", Map.of("decision", "decision-" + ReviewDecision.values()[0].name()));
            return reviewPage(me, id, form.toSingleValueMap(), null, model);
        }
    }

    private String reviewPage(CurrentUser me, long id, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("decisions", ReviewDecision.values());
        model.addAttribute("interval", plans.reviewInterval());
        return formPage(me, id, "record a review of a child in need plan", form, errors, model, "childinneed/review-new");
    }

    // ---------------------------------------------------------------- visits

    @GetMapping("/cin-plans/{id}/visits/new")
    String visitForm(CurrentUser me, @PathVariable long id, Model model) {
        Map<String, String> form = new HashMap<>();
        CinForms.putDate(form, "visitedOn", today());
        return formPage(me, id, "record a child in need visit", form, Map.of(), model, "childinneed/visit-new");
    }

    @PostMapping("/cin-plans/{id}/visits/new")
    String visit(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            LocalDate on = CinForms.date(form, "visitedOn", "visitedAt", "The date of the visit");
            LocalTime at = CinForms.time(form, "visitedTime", "visitedTime");
            if (on != null && at == null) {
                throw new ValidationFailure("visitedTime", "Enter the time of the visit, for example 14:30");
            }
            LocalDateTime when = on == null ? null : on.atTime(at);
            plans.recordVisit(me, id, new NewVisit(when, CinForms.yesNo(form, "seen"), CinForms.yesNo(form, "seenAlone"),
                    CinForms.yesNo(form, "bedroomSeen"), CinForms.one(form, "withWhom"), CinForms.one(form, "location"),
                    CinForms.one(form, "note")));
            return "redirect:/cin-plans/" + id + "?visited#visits";
        } catch (ValidationFailure e) {
            CinForms.show(model, e.errors(), f -> f.equals("visitedAt") ? "visitedOn" : f);
            return formPage(me, id, "record a child in need visit", form.toSingleValueMap(), null, model, "childinneed/visit-new");
        }
    }

    // ---------------------------------------------------------------- end

    @GetMapping("/cin-plans/{id}/end")
    String endForm(CurrentUser me, @PathVariable long id, Model model) {
        Map<String, String> form = new HashMap<>();
        CinForms.putDate(form, "endDate", today());
        model.addAttribute("reasons", PlanEndReason.values());
        return formPage(me, id, "end a child in need plan", form, Map.of(), model, "childinneed/plan-end");
    }

    @PostMapping("/cin-plans/{id}/end")
    String end(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            plans.endPlan(me, id, new PlanEnding(CinForms.date(form, "endDate", "endDate", "The end date"),
                    CinForms.choice(form, "reason", PlanEndReason.class, "Choose why the plan ended"), CinForms.one(form, "note")));
            return "redirect:/cin-plans/" + id + "?ended";
        } catch (ValidationFailure e) {
            CinForms.show(model, e.errors(), f -> f);
            model.addAttribute("errorAnchors", Map.of("reason", "reason-" + PlanEndReason.values()[0].name()));
            model.addAttribute("reasons", PlanEndReason.values());
            return formPage(me, id, "end a child in need plan", form.toSingleValueMap(), null, model, "childinneed/plan-end");
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A form page for a change to the plan: refuses (and logs) those who may not record; 409 once the plan ended. */
    private String formPage(CurrentUser me, long id, String what, Map<String, String> form, Map<String, String> errors, Model model,
                            String view) {
        CinPlan plan = plans.planForChange(me, id, what);
        if (errors != null) {
            model.addAttribute("errors", errors);
        }
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        return view;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
    }

}
