package uk.safeguard.conference.web;

import static uk.safeguard.conference.web.PageForms.date;
import static uk.safeguard.conference.web.PageForms.dateTime;
import static uk.safeguard.conference.web.PageForms.number;
import static uk.safeguard.conference.web.PageForms.one;
import static uk.safeguard.conference.web.PageForms.yesNo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.conference.ChildProtection;
import uk.safeguard.conference.ChildProtectionPlans;
import uk.safeguard.conference.Conference;
import uk.safeguard.conference.ConferenceKind;
import uk.safeguard.conference.ConferenceOutcome;
import uk.safeguard.conference.Conferences;
import uk.safeguard.conference.CpPlan;
import uk.safeguard.conference.EndReason;
import uk.safeguard.conference.NewConference;
import uk.safeguard.conference.PlanChanges;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.ValidationFailure;

/** The conference pages: schedule from the child's page, the conference, the child protection plan. */
@Controller
public class ConferencePagesController {
    static final int INVITEE_ROWS = 8;
    static final int ATTENDANCE_ROWS = 8;
    static final int REPORT_ROWS = 5;
    static final int CORE_GROUP_ROWS = 6;
    static final int ACTION_ROWS = 3;
    static final int ABSENTEE_ROWS = 3;

    private final Conferences conferences;
    private final ChildProtectionPlans plans;
    private final ObjectProvider<uk.safeguard.platform.DataEntryChecks> dataEntryChecks;

    public ConferencePagesController(Conferences conferences, ChildProtectionPlans plans,
                                     ObjectProvider<uk.safeguard.platform.DataEntryChecks> dataEntryChecks) {
        this.conferences = conferences;
        this.plans = plans;
        this.dataEntryChecks = dataEntryChecks;
    }

    // ---- scheduling ----

    @GetMapping("/children/{id}/conferences/new")
    String newConference(CurrentUser me, @PathVariable long id, @RequestParam(required = false) String kind, Model model) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        ChildProtection cp = conferences.childProtection(me, id);
        if (kind != null) {
            form.add("kind", kind);
        } else if (cp.openPlan() != null) {
            form.add("kind", "REVIEW");
        }
        if (cp.suggestedChairId() != null) {
            form.add("chairId", String.valueOf(cp.suggestedChairId()));
        }
        model.addAttribute("errors", Map.of());
        return scheduleForm(me, cp, form, model);
    }

    @PostMapping("/children/{id}/conferences/new")
    String schedule(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            List<Conference.Invitee> invitees = new ArrayList<>();
            for (int i = 0; i < INVITEE_ROWS; i++) {
                String p = "invitees-" + i + "-";
                invitees.add(new Conference.Invitee(one(form, p + "type"), one(form, p + "name"), number(form, p + "agencyId"),
                        one(form, p + "agency"), one(form, p + "email")));
            }
            ConferenceKind kind = null;
            if (one(form, "kind") != null) {
                try {
                    kind = ConferenceKind.valueOf(one(form, "kind"));
                } catch (IllegalArgumentException e) {
                    throw new ValidationFailure("kind", "Choose the kind of conference");
                }
            }
            Conference c = conferences.schedule(me, id, new NewConference(kind, dateTime(form, "scheduledAt", "scheduledTime"),
                    one(form, "venue"), "true".equals(one(form, "online")), number(form, "chairId"), invitees,
                    number(form, "transferInId"), "true".equals(one(form, "eighteenthBirthdayReview"))));
            return "redirect:/conferences/" + c.id();
        } catch (ValidationFailure | RuleBroken e) {
            PageForms.showErrors(model, "", e);
        }
        return scheduleForm(me, conferences.childProtection(me, id), form, model);
    }

    @PostMapping("/children/{id}/transfer-in-notifications")
    String transferIn(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            conferences.notifyTransferIn(me, id, new PlanChanges.TransferInNotice(dateTime(form, "notifiedAt", "notifiedTime"),
                    one(form, "fromAuthority")));
            return "redirect:/children/" + id + "/conferences/new?kind=TRANSFER_IN";
        } catch (ValidationFailure | RuleBroken e) {
            PageForms.showErrors(model, "", e);
        }
        return scheduleForm(me, conferences.childProtection(me, id), form, model);
    }

    private String scheduleForm(CurrentUser me, ChildProtection cp, MultiValueMap<String, String> form, Model model) {
        model.addAttribute("cp", cp);
        model.addAttribute("form", form.toSingleValueMap());
        model.addAttribute("kinds", ConferenceKind.values());
        model.addAttribute("chairs", conferences.possibleChairs());
        model.addAttribute("agencies", conferences.agencies());
        model.addAttribute("inviteeRows", PageForms.rows(INVITEE_ROWS));
        model.addAttribute("mayRecord", mayRecord(me));
        return "conference/new";
    }

    // ---- the conference ----

    @GetMapping("/conferences/{id}")
    String conference(CurrentUser me, @PathVariable long id, Model model) {
        Conference c = conferences.conference(me, id);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        int row = 0;
        for (Conference.Invitee i : c.invitees()) {
            if ("AGENCY".equals(i.type()) && row < ATTENDANCE_ROWS) {
                form.add("attendance-" + row++ + "-agency", i.agency());
            }
        }
        model.addAttribute("errors", Map.of());
        return conferencePage(me, c, form, model);
    }

    @PostMapping("/conferences/{id}/invitations-sent")
    String invitationsSent(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            conferences.invitationsSent(me, id, date(form, "invitationsSentOn"));
            return "redirect:/conferences/" + id + "#invitations";
        } catch (ValidationFailure | RuleBroken e) {
            PageForms.showErrors(model, "", e);
        }
        return conferencePage(me, conferences.conference(me, id), form, model);
    }

    @PostMapping("/conferences/{id}/papers-sent")
    String papersSent(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            conferences.papersSent(me, id, date(form, "papersSentOn"));
            return "redirect:/conferences/" + id + "#invitations";
        } catch (ValidationFailure | RuleBroken e) {
            PageForms.showErrors(model, "", e);
        }
        return conferencePage(me, conferences.conference(me, id), form, model);
    }

    @PostMapping("/conferences/{id}/outcome")
    String outcome(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        Conference c = conferences.conference(me, id);
        try {
            List<Conference.Attendance> attendance = new ArrayList<>();
            for (int i = 0; i < ATTENDANCE_ROWS; i++) {
                attendance.add(new Conference.Attendance(one(form, "attendance-" + i + "-agency"), one(form, "attendance-" + i + "-status")));
            }
            List<Conference.AgencyReport> reports = new ArrayList<>();
            for (int i = 0; i < REPORT_ROWS; i++) {
                String p = "reports-" + i + "-";
                reports.add(new Conference.AgencyReport(one(form, p + "agency"), date(form, p + "receivedOn"),
                        yesNo(form, p + "mayShareWithParents"), date(form, p + "sharedOn")));
            }
            List<Conference.CoreGroupMember> core = new ArrayList<>();
            for (int i = 0; i < CORE_GROUP_ROWS; i++) {
                String p = "coreGroup-" + i + "-";
                core.add(new Conference.CoreGroupMember(one(form, p + "name"), one(form, p + "agency"), one(form, p + "role")));
            }
            List<Conference.HouseholdConsideration> household = new ArrayList<>();
            if (c.kind() == ConferenceKind.REVIEW) {
                conferences.householdChildren(c.childId()).forEach(child -> household.add(new Conference.HouseholdConsideration(
                        child.id(), child.displayName(), one(form, "household-" + child.id()))));
            }
            conferences.recordOutcome(me, id, new ConferenceOutcome(dateTime(form, "heldAt", "heldTime"), attendance, reports,
                    one(form, "childViews"), one(form, "decision"), one(form, "category"), one(form, "leadBody"),
                    number(form, "leadSocialWorkerId"), core, one(form, "outlinePlan"), one(form, "recommendations"), household,
                    one(form, "endReason"), date(form, "otherLaConferenceOn"), one(form, "endNote")));
            return "redirect:/conferences/" + id + "#outcome";
        } catch (ValidationFailure | RuleBroken e) {
            PageForms.showErrors(model, "", e);
        }
        return conferencePage(me, c, form, model);
    }

    private String conferencePage(CurrentUser me, Conference c, MultiValueMap<String, String> form, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("form", form.toSingleValueMap());
        model.addAttribute("mayRecord", mayRecord(me));
        model.addAttribute("mayRecordOutcome", !c.held() && mayRecord(me) && (Long.valueOf(me.id()).equals(c.chairId()) || me.role() == Role.TEAM_MANAGER));
        model.addAttribute("categories", conferences.categories());
        model.addAttribute("socialWorkers", conferences.registeredSocialWorkers());
        model.addAttribute("household", c.kind() == ConferenceKind.REVIEW ? conferences.householdChildren(c.childId()) : List.of());
        model.addAttribute("endReasons", endReasons());
        model.addAttribute("attendanceRows", PageForms.rows(ATTENDANCE_ROWS));
        model.addAttribute("reportRows", PageForms.rows(REPORT_ROWS));
        model.addAttribute("coreGroupRows", PageForms.rows(CORE_GROUP_ROWS));
        return "conference/conference";
    }

    // ---- the plan ----

    @GetMapping("/cp-plans/{id}")
    String plan(CurrentUser me, @PathVariable long id, Model model) {
        model.addAttribute("errors", Map.of());
        CpPlan plan = plans.plan(me, id);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        CpPlan.PreProceedings pre = plan.preProceedings();
        if (pre != null) {
            // What is saved is shown, so saving again keeps it.
            pre.letters().forEach(l -> form.add("pp-letter-" + l.recipientId(), text(l.sentOn())));
            form.add("pp-legalPlanningMeetingOn", text(pre.legalPlanningMeetingOn()));
            form.add("pp-legalPlanningDecision", pre.legalPlanningDecision());
            form.add("pp-fgcOfferedOn", text(pre.fgcOfferedOn()));
            form.add("pp-fgcHeldOn", text(pre.fgcHeldOn()));
            form.add("pp-outcome", pre.outcome());
        }
        return planPage(me, plan, form, model);
    }

    @PostMapping("/cp-plans/{id}/actions")
    String actions(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        CpPlan plan = plans.plan(me, id);
        try {
            List<PlanChanges.ActionChange> rows = new ArrayList<>();
            for (CpPlan.Action a : plan.actions()) {
                rows.add(new PlanChanges.ActionChange(a.id(), null, null, null, null, null, one(form, "status-" + a.id())));
            }
            rows.addAll(newActions(form, "act-actions-", rows.size(), ACTION_ROWS));
            plans.changeActions(me, id, new PlanChanges.Actions(rows));
            return "redirect:/cp-plans/" + id + "#actions";
        } catch (ValidationFailure | RuleBroken e) {
            PageForms.showErrors(model, "act-", e);
        }
        return planPage(me, plan, form, model);
    }

    /** New action rows; {@code offset}: the index the service will report them at. */
    private static List<PlanChanges.ActionChange> newActions(MultiValueMap<String, String> form, String prefix, int offset, int n) {
        List<PlanChanges.ActionChange> rows = new ArrayList<>();
        for (int i = offset; i < offset + n; i++) {
            String p = prefix + i + "-";
            rows.add(new PlanChanges.ActionChange(null, one(form, p + "agency"), one(form, p + "what"), one(form, p + "who"),
                    date(form, p + "byWhen"), one(form, p + "measure"), null));
        }
        return rows;
    }

    @PostMapping("/cp-plans/{id}/core-groups")
    String coreGroup(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        CpPlan plan = plans.plan(me, id);
        try {
            List<CpPlan.Attendee> attendees = new ArrayList<>();
            for (int i = 0; i < CORE_GROUP_ROWS; i++) {
                attendees.add(new CpPlan.Attendee(one(form, "cg-attendees-" + i + "-name"), one(form, "cg-attendees-" + i + "-agency")));
            }
            List<CpPlan.AbsenteeView> views = new ArrayList<>();
            for (int i = 0; i < ABSENTEE_ROWS; i++) {
                String p = "cg-absenteeViews-" + i + "-";
                views.add(new CpPlan.AbsenteeView(one(form, p + "name"), one(form, p + "agency"), one(form, p + "views")));
            }
            plans.recordCoreGroup(me, id, new PlanChanges.NewCoreGroup(date(form, "cg-metOn"), attendees, views, one(form, "cg-decisions"),
                    newActions(form, "cg-actions-", 0, 2)));
            return "redirect:/cp-plans/" + id + "#core-groups";
        } catch (ValidationFailure | RuleBroken e) {
            PageForms.showErrors(model, "cg-", e);
        }
        return planPage(me, plan, form, model);
    }

    @PostMapping("/cp-plans/{id}/visits")
    String visit(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        CpPlan plan = plans.plan(me, id);
        try {
            plans.recordVisit(me, id, new PlanChanges.NewVisit(dateTime(form, "visit-visitedAt", "visit-visitedTime"),
                    yesNo(form, "visit-seen"), yesNo(form, "visit-seenAlone"), one(form, "visit-visitor"), one(form, "visit-note")));
            return "redirect:/cp-plans/" + id + "#visits";
        } catch (ValidationFailure | RuleBroken e) {
            PageForms.showErrors(model, "visit-", e);
        }
        return planPage(me, plan, form, model);
    }

    @PostMapping("/cp-plans/{id}/end")
    String end(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        CpPlan plan = plans.plan(me, id);
        try {
            plans.end(me, id, new PlanChanges.Ending(date(form, "end-endedOn"), one(form, "end-endReason"),
                    date(form, "end-otherLaConferenceOn"), one(form, "end-note")));
            return "redirect:/cp-plans/" + id + "#ending";
        } catch (ValidationFailure | RuleBroken e) {
            PageForms.showErrors(model, "end-", e);
        }
        return planPage(me, plan, form, model);
    }

    @PostMapping("/cp-plans/{id}/pre-proceedings")
    String preProceedings(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        CpPlan plan = plans.plan(me, id);
        try {
            List<CpPlan.Letter> letters = new ArrayList<>();
            for (CpPlan.ParentalResponsibilityHolder h : plan.parentalResponsibility()) {
                letters.add(new CpPlan.Letter(h.personId(), h.name(), date(form, "pp-letter-" + h.personId())));
            }
            plans.recordPreProceedings(me, id, new PlanChanges.PreProceedingsUpdate(
                    letters.stream().filter(l -> l.sentOn() != null).toList(), date(form, "pp-legalPlanningMeetingOn"),
                    one(form, "pp-legalPlanningDecision"), date(form, "pp-fgcOfferedOn"), date(form, "pp-fgcHeldOn"), one(form, "pp-outcome")));
            return "redirect:/cp-plans/" + id + "#pre-proceedings";
        } catch (ValidationFailure | RuleBroken e) {
            PageForms.showErrors(model, "pp-", e);
        }
        return planPage(me, plan, form, model);
    }

    private String planPage(CurrentUser me, CpPlan plan, MultiValueMap<String, String> form, Model model) {
        model.addAttribute("plan", plan);
        // The CIN census rules this child's record breaks now (returns module), shown where the data is entered.
        model.addAttribute("dataEntryChecks", dataEntryChecks.stream().flatMap(c -> c.check(plan.childId()).stream()).toList());
        model.addAttribute("form", form.toSingleValueMap());
        model.addAttribute("mayRecord", mayRecord(me) && plan.open());
        model.addAttribute("versions", plans.versions(me, plan.id()));
        model.addAttribute("endReasons", endReasons());
        int existing = plan.actions().size();
        model.addAttribute("actionRows", PageForms.rows(ACTION_ROWS).stream().map(i -> i + existing).toList());
        model.addAttribute("attendeeRows", PageForms.rows(CORE_GROUP_ROWS));
        model.addAttribute("absenteeRows", PageForms.rows(ABSENTEE_ROWS));
        model.addAttribute("cgActionRows", PageForms.rows(2));
        model.addAttribute("statuses", actionStatuses());
        return "conference/plan";
    }

    private static Map<String, String> endReasons() {
        Map<String, String> m = new LinkedHashMap<>();
        for (EndReason r : EndReason.values()) {
            m.put(r.name(), r.label());
        }
        return m;
    }

    private static Map<String, String> actionStatuses() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("NOT_STARTED", "Not started");
        m.put("IN_PROGRESS", "In progress");
        m.put("DONE", "Done");
        m.put("NOT_ACHIEVED", "Not achieved");
        return m;
    }

    private static String text(java.time.LocalDate day) {
        return day == null ? null : day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
    }

    private static boolean mayRecord(CurrentUser me) {
        return me.role() == Role.SOCIAL_WORKER || me.role() == Role.TEAM_MANAGER || me.role() == Role.CONFERENCE_CHAIR;
    }
}
