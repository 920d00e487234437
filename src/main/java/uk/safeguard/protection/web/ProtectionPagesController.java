package uk.safeguard.protection.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeguard.access.AgencyType;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Team;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonRecord;
import uk.safeguard.people.PersonSummary;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.protection.CriminalInvestigation;
import uk.safeguard.protection.EmergencyAction;
import uk.safeguard.protection.EmergencyActionType;
import uk.safeguard.protection.ImmediateProtection;
import uk.safeguard.protection.NewEmergencyAction;
import uk.safeguard.protection.NewStrategyDiscussion;
import uk.safeguard.protection.StrategyDiscussion;
import uk.safeguard.protection.StrategyDiscussionFormat;
import uk.safeguard.protection.StrategyDiscussions;
import uk.safeguard.protection.internal.ProtectionAccess;
import uk.safeguard.work.OpenCase;

/**
 * The pages for emergency action and strategy discussions (GOV.UK, no JavaScript: the strategy discussion form has a
 * fixed number of attendee and action rows, blank rows ignored). Section 47 pages: {@link Section47PagesController}.
 */
@Controller
public class ProtectionPagesController {
    static final int ATTENDEE_ROWS = 6;
    static final int ACTION_ROWS = 4;

    private final ImmediateProtection immediate;
    private final StrategyDiscussions discussions;
    private final ProtectionAccess access;
    private final PeopleRegister people;
    private final UserDirectory users;
    private final Clock clock;

    public ProtectionPagesController(ImmediateProtection immediate, StrategyDiscussions discussions, ProtectionAccess access,
                                     PeopleRegister people, UserDirectory users, Clock clock) {
        this.immediate = immediate;
        this.discussions = discussions;
        this.access = access;
        this.people = people;
        this.users = users;
        this.clock = clock;
    }

    // --- emergency action

    @GetMapping("/children/{childId}/emergency-actions/new")
    String emergencyForm(CurrentUser me, @PathVariable long childId, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        ProtectionForms.today(values, "takenAt", clock);
        model.addAttribute("errors", Map.of());
        return emergencyPage(me, childId, values, model);
    }

    @PostMapping("/children/{childId}/emergency-actions/new")
    String recordEmergency(CurrentUser me, @PathVariable long childId, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            EmergencyAction saved = immediate.record(me, childId, emergencyAction(childId, form));
            return "redirect:/emergency-actions/" + saved.id() + "?recorded";
        } catch (ValidationFailure e) {
            ProtectionForms.show(model, e.errors(), f -> f);
        }
        return emergencyPage(me, childId, form.toSingleValueMap(), model);
    }

    private NewEmergencyAction emergencyAction(long childId, MultiValueMap<String, String> form) {
        List<NewEmergencyAction.HouseholdChild> household = new ArrayList<>();
        for (int i = 0; form.containsKey("householdChildren-" + i + "-childId"); i++) {
            household.add(new NewEmergencyAction.HouseholdChild(ProtectionForms.id(form, "householdChildren-" + i + "-childId", "householdChildren"),
                    ProtectionForms.one(form, "householdChildren-" + i + "-note")));
        }
        return new NewEmergencyAction(ProtectionForms.choice(form, "type", EmergencyActionType.class), ProtectionForms.one(form, "otherDescription"),
                ProtectionForms.id(form, "agencyId", "agencyId"),
                ProtectionForms.dateTime(form, "takenAt", "takenAt", "The date the action was taken", clock),
                ProtectionForms.one(form, "childSeenBy"), ProtectionForms.yesNo(form, "legalAdviceObtained"),
                ProtectionForms.one(form, "legalAdviceDetail"), household,
                new NewEmergencyAction.PerpetratorHousehold(null, ProtectionForms.one(form, "perpetratorHousehold-description"),
                        ProtectionForms.one(form, "perpetratorHousehold-note")),
                new NewEmergencyAction.OtherAuthority(ProtectionForms.one(form, "otherAuthority-name"),
                        ProtectionForms.date(form, "otherAuthority-acceptedOn", "otherAuthority.acceptedOn", "The date that authority accepted responsibility"),
                        ProtectionForms.one(form, "otherAuthority-acceptedBy")));
    }

    private String emergencyPage(CurrentUser me, long childId, Map<String, String> values, Model model) {
        PersonRecord child = people.find(childId).filter(p -> p.kind().isChild()).orElseThrow(() -> new NotFound("There is no child " + childId));
        access.requireRecorder(me, childId, "record emergency action");
        List<PersonSummary> household = immediate.householdChildren(childId);
        model.addAttribute("child", child);
        model.addAttribute("household", household);
        model.addAttribute("agencies", agencies());
        model.addAttribute("types", EmergencyActionType.values());
        model.addAttribute("form", values);
        return "protection/emergency-action-new";
    }

    @GetMapping("/emergency-actions/{id}")
    String emergencyAction(CurrentUser me, @PathVariable long id, Model model) {
        EmergencyAction action = immediate.view(me, id);
        Map<String, String> values = new LinkedHashMap<>();
        ProtectionForms.today(values, "endedAt", clock);
        model.addAttribute("errors", Map.of());
        return emergencyActionPage(me, action, values, model);
    }

    @PostMapping("/emergency-actions/{id}/end")
    String endPoliceProtection(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            immediate.endPoliceProtection(me, id, ProtectionForms.dateTime(form, "endedAt", "endedAt", "The date police protection ended", clock));
            return "redirect:/emergency-actions/" + id + "?ended";
        } catch (ValidationFailure e) {
            ProtectionForms.show(model, e.errors(), f -> f);
        } catch (RuleBroken e) {
            model.addAttribute("errors", Map.of("endedAt", e.getMessage()));
        }
        return emergencyActionPage(me, immediate.view(me, id), form.toSingleValueMap(), model);
    }

    private String emergencyActionPage(CurrentUser me, EmergencyAction action, Map<String, String> values, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("childName", people.find(action.childId()).map(PersonRecord::displayName).orElse("Child " + action.childId()));
        model.addAttribute("perpetratorName", action.perpetratorHousehold() == null || action.perpetratorHousehold().personId() == null ? null
                : people.find(action.perpetratorHousehold().personId()).map(PersonRecord::displayName).orElse(null));
        model.addAttribute("canEnd", ProtectionAccess.mayRecord(me.role()) && action.type() == EmergencyActionType.POLICE_PROTECTION
                && action.policeProtectionEndedAt() == null);
        model.addAttribute("form", values);
        return "protection/emergency-action";
    }

    // --- strategy discussion

    @GetMapping("/cases/{caseId}/strategy-discussions/new")
    String discussionForm(CurrentUser me, @PathVariable long caseId, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        ProtectionForms.today(values, "heldAt", clock);
        values.put("attendees-0-name", me.displayName());
        values.put("attendees-0-agencyId", String.valueOf(me.agencyId()));
        values.put("attendees-0-role", me.role().label());
        values.put("attendees-0-attended", "true");
        model.addAttribute("errors", Map.of());
        return discussionPage(me, caseId, values, model);
    }

    @PostMapping("/cases/{caseId}/strategy-discussions/new")
    String recordDiscussion(CurrentUser me, @PathVariable long caseId, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            StrategyDiscussion saved = discussions.record(me, caseId, discussion(form));
            return "redirect:/strategy-discussions/" + saved.id() + "?recorded";
        } catch (ValidationFailure e) {
            ProtectionForms.show(model, e.errors(), f -> f.equals("attendees") ? "attendees-0-name" : f);
        } catch (RuleBroken e) {
            model.addAttribute("errors", Map.of(ProtectionForms.toId(e.rule()), e.getMessage()));
        }
        return discussionPage(me, caseId, form.toSingleValueMap(), model);
    }

    private NewStrategyDiscussion discussion(MultiValueMap<String, String> form) {
        List<NewStrategyDiscussion.NewAttendee> attendees = new ArrayList<>();
        for (int i = 0; i < ATTENDEE_ROWS; i++) {
            String p = "attendees-" + i + "-";
            attendees.add(new NewStrategyDiscussion.NewAttendee(ProtectionForms.one(form, p + "name"),
                    ProtectionForms.id(form, p + "agencyId", "attendees[" + i + "].agencyId"), ProtectionForms.one(form, p + "agencyName"),
                    ProtectionForms.choice(form, p + "agencyType", AgencyType.class), ProtectionForms.one(form, p + "role"),
                    ProtectionForms.yesNo(form, p + "attended")));
        }
        List<NewStrategyDiscussion.NewAction> actions = new ArrayList<>();
        for (int i = 0; i < ACTION_ROWS; i++) {
            String p = "actions-" + i + "-";
            actions.add(new NewStrategyDiscussion.NewAction(ProtectionForms.one(form, p + "what"),
                    ProtectionForms.id(form, p + "ownerId", "actions[" + i + "].ownerId"),
                    ProtectionForms.date(form, p + "dueOn", "actions[" + i + "].dueOn", "The due date of action " + (i + 1))));
        }
        return new NewStrategyDiscussion(ProtectionForms.dateTime(form, "heldAt", "heldAt", "The date of the discussion", clock),
                ProtectionForms.choice(form, "format", StrategyDiscussionFormat.class), ProtectionForms.one(form, "formatOther"),
                attendees, ProtectionForms.one(form, "informationShared"), ProtectionForms.yesNo(form, "section47"),
                ProtectionForms.one(form, "section47Rationale"), ProtectionForms.choice(form, "criminalInvestigation", CriminalInvestigation.class),
                ProtectionForms.one(form, "criminalLeadAgency"), ProtectionForms.one(form, "legalAction"),
                ProtectionForms.one(form, "sharedWithFamily"), ProtectionForms.one(form, "withheldFromFamily"),
                ProtectionForms.one(form, "withheldReason"), ProtectionForms.one(form, "missingAgencyReason"), actions);
    }

    private String discussionPage(CurrentUser me, long caseId, Map<String, String> values, Model model) {
        long childId = discussions.childOfCase(caseId);
        access.requireRecorder(me, childId, "record a strategy discussion");
        OpenCase openCase = discussions.openCase(caseId);
        model.addAttribute("openCase", openCase);
        model.addAttribute("childName", people.find(childId).map(PersonRecord::displayName).orElse("Child " + childId));
        model.addAttribute("childId", childId);
        model.addAttribute("agencies", agencies());
        model.addAttribute("agencyTypes", agencyTypes());
        model.addAttribute("owners", owners());
        model.addAttribute("formats", StrategyDiscussionFormat.values());
        model.addAttribute("investigations", CriminalInvestigation.values());
        Map<String, String> attendance = new LinkedHashMap<>();
        attendance.put("true", "Took part");
        attendance.put("false", "Sent apologies");
        model.addAttribute("attendance", attendance);
        model.addAttribute("attendeeRows", ATTENDEE_ROWS);
        model.addAttribute("actionRows", ACTION_ROWS);
        model.addAttribute("form", values);
        return "protection/strategy-discussion-new";
    }

    @GetMapping("/strategy-discussions/{id}")
    String discussion(CurrentUser me, @PathVariable long id, Model model) {
        StrategyDiscussion d = discussions.view(me, id);
        model.addAttribute("d", d);
        model.addAttribute("childName", people.find(d.childId()).map(PersonRecord::displayName).orElse("Child " + d.childId()));
        return "protection/strategy-discussion";
    }

    private Map<String, String> agencies() {
        Map<String, String> options = new LinkedHashMap<>();
        users.agencies().forEach(a -> options.put(String.valueOf(a.id()), a.name()));
        return options;
    }

    private static Map<String, String> agencyTypes() {
        Map<String, String> options = new LinkedHashMap<>();
        for (AgencyType t : AgencyType.values()) {
            options.put(t.name(), t.label());
        }
        return options;
    }

    /** Owners of actions: the members of every team (the people whose work trays the actions land on). */
    private Map<String, String> owners() {
        Map<String, String> options = new LinkedHashMap<>();
        for (Team team : users.teams()) {
            users.teamMembers(team.id()).forEach(u -> options.putIfAbsent(String.valueOf(u.id()), u.displayName() + " (" + team.name() + ")"));
        }
        return options;
    }
}
