package uk.safeguard.frontdoor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeguard.access.AgencyType;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.frontdoor.AdultOnContact;
import uk.safeguard.frontdoor.Channel;
import uk.safeguard.frontdoor.ChildOnContact;
import uk.safeguard.frontdoor.ConcernCategory;
import uk.safeguard.frontdoor.ContactChild;
import uk.safeguard.frontdoor.ContactRecorded;
import uk.safeguard.frontdoor.ContactView;
import uk.safeguard.frontdoor.Decision;
import uk.safeguard.frontdoor.DecisionRequest;
import uk.safeguard.frontdoor.FrontDoor;
import uk.safeguard.frontdoor.NewContact;
import uk.safeguard.frontdoor.NewPartnerCheck;
import uk.safeguard.frontdoor.NextStep;
import uk.safeguard.frontdoor.NextStepsRequest;
import uk.safeguard.frontdoor.ReferralView;
import uk.safeguard.frontdoor.Referrer;
import uk.safeguard.frontdoor.Screening;
import uk.safeguard.people.SearchResult;
import uk.safeguard.platform.NoAccess;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.ValidationFailure;

/** The MASH's pages: the queue, recording a contact (with the known-child check), and a contact with screening and decisions. */
@Controller
public class FrontDoorPagesController {
    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy HH:mm", java.util.Locale.ENGLISH).withZone(uk.safeguard.platform.TimeConfiguration.LONDON);
    static final int CHILD_BLOCKS = 3;
    static final int ADULT_BLOCKS = 2;

    private final FrontDoor frontDoor;
    private final UserDirectory users;

    public FrontDoorPagesController(FrontDoor frontDoor, UserDirectory users) {
        this.frontDoor = frontDoor;
        this.users = users;
    }

    /** Rows per queue page: the oldest (most urgent) first; a page of 2,000 rows is neither usable nor fast (docs/PERFORMANCE.md). */
    static final int QUEUE_PAGE_SIZE = 100;

    @GetMapping("/front-door/queue")
    String queue(CurrentUser me, @RequestParam(required = false) String team, @RequestParam(required = false) String source,
                 @RequestParam(required = false) String level, @RequestParam(defaultValue = "1") String page, Model model) {
        Long teamId = team == null || team.isBlank() ? null : Long.valueOf(team);
        Integer lvl = level == null || level.isBlank() ? null : Integer.valueOf(level);
        List<uk.safeguard.frontdoor.QueueItem> all = frontDoor.queue(me, teamId, source, lvl);
        int pages = Math.max(1, (all.size() + QUEUE_PAGE_SIZE - 1) / QUEUE_PAGE_SIZE);
        int current = page.matches("\\d{1,6}") ? Math.min(Math.max(1, Integer.parseInt(page)), pages) : 1;
        int from = (current - 1) * QUEUE_PAGE_SIZE;
        model.addAttribute("items", all.subList(from, Math.min(all.size(), from + QUEUE_PAGE_SIZE)));
        model.addAttribute("total", all.size());
        model.addAttribute("from", from + 1);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        Map<String, Long> rag = new LinkedHashMap<>();
        for (String r : List.of("red", "amber", "green")) {
            rag.put(r, all.stream().filter(i -> i.rag().equals(r)).count());
        }
        model.addAttribute("rag", rag);
        model.addAttribute("limits", frontDoor.queueClockLimits());
        model.addAttribute("teams", users.teams());
        model.addAttribute("sources", frontDoor.referralSources());
        model.addAttribute("team", team);
        model.addAttribute("source", source);
        model.addAttribute("level", level);
        return "frontdoor/queue";
    }

    /** The current threshold document, read only: each level's descriptor and its example indicators by domain. */
    @GetMapping("/front-door/threshold")
    String threshold(Model model) {
        uk.safeguard.frontdoor.ThresholdDocument document = frontDoor.currentThreshold();
        Map<Integer, Map<String, List<uk.safeguard.frontdoor.ThresholdDocument.Indicator>>> byLevel = new LinkedHashMap<>();
        for (uk.safeguard.frontdoor.ThresholdDocument.Indicator i : document.offered()) {
            byLevel.computeIfAbsent(i.level(), k -> new LinkedHashMap<>()).computeIfAbsent(i.domain(), k -> new ArrayList<>()).add(i);
        }
        model.addAttribute("document", document);
        model.addAttribute("byLevel", byLevel);
        model.addAttribute("superseded", document.indicators().stream().filter(uk.safeguard.frontdoor.ThresholdDocument.Indicator::superseded).toList());
        return "frontdoor/threshold";
    }

    @GetMapping("/front-door/contacts/new")
    String newContact(CurrentUser me, Model model) {
        if (!frontDoor.isMashStaff(me)) {
            throw new NoAccess("Only MASH staff record contacts here; partners use the referral form.");
        }
        return contactForm(me, model, new LinkedMultiValueMap<>(), Map.of());
    }

    @PostMapping("/front-door/contacts/new")
    String recordContact(CurrentUser me, @RequestParam MultiValueMap<String, String> form, Model model) {
        if (!frontDoor.isMashStaff(me)) {
            throw new NoAccess("Only MASH staff record contacts here; partners use the referral form.");
        }
        try {
            List<ChildOnContact> children = new ArrayList<>();
            Map<Integer, List<SearchResult>> matches = new LinkedHashMap<>();
            for (int i = 1; i <= CHILD_BLOCKS; i++) {
                String given = Forms.one(form, "child" + i + "Given");
                String family = Forms.one(form, "child" + i + "Family");
                if (given == null && family == null && i > 1) {
                    continue;
                }
                var dob = Forms.date3(form, "child" + i + "Dob", "children[" + (i - 1) + "].dateOfBirth", "The date of birth");
                String choice = Forms.one(form, "child" + i + "Choice");
                if (choice == null) {
                    List<SearchResult> found = frontDoor.likelyMatches(me, given, family, dob);
                    if (!found.isEmpty()) {
                        matches.put(i, found);
                    }
                    children.add(new ChildOnContact(null, given, family, dob, found.isEmpty()));
                } else if (choice.equals("new")) {
                    children.add(new ChildOnContact(null, given, family, dob, true));
                } else {
                    children.add(ChildOnContact.known(Long.parseLong(choice)));
                }
            }
            if (!matches.isEmpty()) {
                // The known-child check: the register's likely matches are shown before anything is saved.
                model.addAttribute("matches", matches);
                return contactForm(me, model, form, Map.of());
            }
            List<AdultOnContact> adults = new ArrayList<>();
            for (int i = 1; i <= ADULT_BLOCKS; i++) {
                String name = Forms.one(form, "adult" + i + "Name");
                if (name != null) {
                    adults.add(new AdultOnContact(name, Forms.one(form, "adult" + i + "Relationship"), null));
                }
            }
            String channel = Forms.one(form, "channel");
            NewContact contact = new NewContact(null, channel == null ? null : Channel.valueOf(channel),
                    new Referrer(Forms.one(form, "referrerName"), Forms.one(form, "referrerRole"), Forms.one(form, "referrerAgency"),
                            Forms.one(form, "referrerAgencyType"), Forms.one(form, "referrerPhone"), Forms.one(form, "referrerEmail"), null),
                    Forms.one(form, "sourceCode"), children, adults, Forms.one(form, "concern"),
                    form.getOrDefault("categories", List.of()), Forms.yesNo(Forms.one(form, "familyKnows")),
                    Forms.yesNo(Forms.one(form, "familyConsents")), Forms.one(form, "consentNote"),
                    Forms.yesNo(Forms.one(form, "earlyHelpAssessment")), Forms.one(form, "earlyHelpNote"),
                    consultationId(Forms.one(form, "consultationId")), null);
            ContactRecorded recorded = frontDoor.record(me, contact);
            return "redirect:/front-door/contacts/" + recorded.contactId() + "?recorded";
        } catch (ValidationFailure e) {
            Forms.show(model, e.errors(), FrontDoorPagesController::contactFieldId);
            return contactForm(me, model, form, Map.of());
        }
    }

    private static Long consultationId(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new ValidationFailure("consultationId", "Choose a consultation from the list");
        }
    }

    static String contactFieldId(String field) {
        if (field.startsWith("referrer.")) {
            String f = field.substring("referrer.".length());
            return "referrer" + Character.toUpperCase(f.charAt(0)) + f.substring(1);
        }
        if (field.startsWith("children[")) {
            int i = Integer.parseInt(field.replaceAll("children\\[(\\d+)].*", "$1")) + 1;
            return field.endsWith("dateOfBirth") ? "child" + i + "Dob" : "child" + i + "Given";
        }
        if (field.startsWith("adults[")) {
            return "adult" + (Integer.parseInt(field.replaceAll("adults\\[(\\d+)].*", "$1")) + 1) + "Name";
        }
        return switch (field) {
            case "children" -> "child1Given";
            case "categories" -> "categories";
            default -> field;
        };
    }

    private String contactForm(CurrentUser me, Model model, MultiValueMap<String, String> form, Map<String, String> ignored) {
        model.addAttribute("form", form.toSingleValueMap());
        model.addAttribute("chosenCategories", form.getOrDefault("categories", List.of()));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("sources", frontDoor.referralSources());
        Map<String, String> agencyTypes = new LinkedHashMap<>();
        for (AgencyType t : AgencyType.values()) {
            agencyTypes.put(t.name(), t.label());
        }
        model.addAttribute("agencyTypes", agencyTypes);
        model.addAttribute("categories", ConcernCategory.values());
        model.addAttribute("childBlocks", List.of(1, 2, 3));
        // A contact may follow a consultation (seeds 003 line 1676): choose it from the recent ones.
        Map<String, String> consultations = new LinkedHashMap<>();
        frontDoor.recentConsultations(me, ConsultationPagesController.RECENT_DAYS).forEach(c -> consultations.put(String.valueOf(c.id()),
                SHOWN.format(c.heldAt()) + ", " + c.professionalName() + " (" + c.professionalAgency() + "): "
                        + (c.concern().length() > 60 ? c.concern().substring(0, 59) + "…" : c.concern())));
        model.addAttribute("consultations", consultations);
        if (!model.containsAttribute("matches")) {
            model.addAttribute("matches", Map.of());
        }
        return "frontdoor/new-contact";
    }

    @GetMapping("/front-door/contacts/{id}")
    String contact(CurrentUser me, @PathVariable long id, Model model) {
        return contactPage(me, id, model);
    }

    private String contactPage(CurrentUser me, long id, Model model) {
        ContactView contact = frontDoor.contact(me, id);
        if (!frontDoor.isMashStaff(me)) {
            return "redirect:/portal";
        }
        model.addAttribute("contact", contact);
        model.addAttribute("consultation", contact.consultationId() == null ? null : frontDoor.consultation(me, contact.consultationId()));
        Map<Long, ReferralView> referrals = new LinkedHashMap<>();
        contact.children().stream().filter(c -> c.referralId() != null)
                .forEach(c -> referrals.put(c.childId(), frontDoor.referral(me, c.referralId())));
        model.addAttribute("referrals", referrals);
        model.addAttribute("nextSteps", NextStep.values());
        model.addAttribute("sources", frontDoor.referralSources());
        model.addAttribute("closureReasons", frontDoor.closureReasons());
        model.addAttribute("checks", frontDoor.partnerChecks(me, id));
        model.addAttribute("threshold", frontDoor.currentThreshold());
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("needs", frontDoor.primaryNeeds());
        model.addAttribute("canScreen", me.role().name().equals("SOCIAL_WORKER") || me.isManager());
        model.addAttribute("isManager", me.isManager());
        Map<String, String> agencyTypes = new LinkedHashMap<>();
        for (AgencyType t : AgencyType.values()) {
            agencyTypes.put(t.name(), t.label());
        }
        model.addAttribute("agencyTypes", agencyTypes);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        if (!model.containsAttribute("matchFor")) {
            model.addAttribute("matchFor", -1L);
            model.addAttribute("matchResults", List.of());
        }
        if (!model.containsAttribute("chosenSteps")) {
            model.addAttribute("chosenSteps", List.of());
        }
        return "frontdoor/contact";
    }

    @PostMapping("/front-door/contacts/{id}/children/{childId}/screening")
    String screen(CurrentUser me, @PathVariable long id, @PathVariable long childId, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            String level = Forms.one(form, "level");
            frontDoor.screen(me, id, childId, new Screening(level == null ? null : Integer.valueOf(level),
                    form.getOrDefault("indicators", List.of()), Forms.one(form, "rationale-" + childId)));
            return "redirect:/front-door/contacts/" + id + "#child-" + childId;
        } catch (ValidationFailure e) {
            Forms.show(model, e.errors(), f -> f + "-" + childId);
        } catch (RuleBroken e) {
            model.addAttribute("errors", Map.of("level-" + childId, e.getMessage()));
        }
        model.addAttribute("form", form.toSingleValueMap());
        return contactPage(me, id, model);
    }

    @PostMapping("/front-door/contacts/{id}/children/{childId}/decision")
    String decide(CurrentUser me, @PathVariable long id, @PathVariable long childId, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            String decision = Forms.one(form, "decision");
            frontDoor.decide(me, id, childId, new DecisionRequest(decision == null ? null : Decision.valueOf(decision),
                    Forms.one(form, "detail-" + childId), Forms.one(form, "reason-" + childId), Forms.one(form, "otherSupport-" + childId),
                    Forms.yesNo(Forms.one(form, "familyInformed-" + childId)), Forms.one(form, "familyNotInformedReason-" + childId),
                    Forms.one(form, "primaryNeed-" + childId), null));
            return "redirect:/front-door/contacts/" + id + "?decided#child-" + childId;
        } catch (ValidationFailure e) {
            Forms.show(model, e.errors(), f -> f + "-" + childId);
        } catch (RuleBroken e) {
            model.addAttribute("errors", Map.of("decision-" + childId, e.getMessage()));
        }
        model.addAttribute("form", form.toSingleValueMap());
        return contactPage(me, id, model);
    }

    /** Correcting the child on an undecided contact: find the right record (or register a new one), then use it. */
    @PostMapping("/front-door/contacts/{id}/children/{childId}/match")
    String correctMatch(CurrentUser me, @PathVariable long id, @PathVariable long childId, @RequestParam MultiValueMap<String, String> form,
                        Model model) {
        String p = "-m" + childId;
        String given = Forms.one(form, "given" + p);
        String family = Forms.one(form, "family" + p);
        model.addAttribute("matchFor", childId);
        model.addAttribute("matchResults", List.of());
        try {
            var dob = Forms.date3(form, "dob" + p, "dateOfBirth", "The date of birth");
            if (given == null || family == null) {
                throw new ValidationFailure("givenNames", "Enter the child's given and family names to search the register");
            }
            model.addAttribute("matchResults", frontDoor.likelyMatches(me, given, family, dob).stream()
                    .filter(r -> r.person().id() != childId).toList());
            String choice = Forms.one(form, "person" + p);
            if ("choose".equals(Forms.one(form, "action"))) {
                if (choice == null) {
                    throw new ValidationFailure("personId", "Choose the right child, or register a new child");
                }
                ContactChild corrected = frontDoor.correctMatch(me, id, childId, choice.equals("new") ? null : Long.valueOf(choice),
                        new ChildOnContact(null, given, family, dob, true));
                return "redirect:/front-door/contacts/" + id + "?corrected#child-" + corrected.childId();
            }
        } catch (ValidationFailure e) {
            Forms.show(model, e.errors(), f -> switch (f) {
                case "dateOfBirth" -> "dob" + p;
                case "personId" -> "person" + p;
                default -> "given" + p;
            });
        } catch (RuleBroken e) {
            model.addAttribute("errors", Map.of("given" + p, e.getMessage()));
        }
        model.addAttribute("form", form.toSingleValueMap());
        return contactPage(me, id, model);
    }

    /** The referrer's acknowledgement when no email went automatically (WT2023 para 153: within one working day). */
    @PostMapping("/front-door/referrals/{rid}/acknowledgement")
    String acknowledge(CurrentUser me, @PathVariable long rid, @RequestParam MultiValueMap<String, String> form, Model model) {
        ReferralView referral = frontDoor.referral(me, rid);
        try {
            frontDoor.acknowledge(me, rid, Forms.one(form, "how-r" + rid));
            return "redirect:/front-door/contacts/" + referral.contactId() + "?acknowledged#referral-" + rid;
        } catch (ValidationFailure e) {
            Forms.show(model, e.errors(), f -> f + "-r" + rid);
        } catch (RuleBroken e) {
            model.addAttribute("errors", Map.of("how-r" + rid, e.getMessage()));
        }
        model.addAttribute("form", form.toSingleValueMap());
        return contactPage(me, referral.contactId(), model);
    }

    /** The manager's next-steps decision (WT2023 para 153), through the same service method as the API. */
    @PostMapping("/front-door/referrals/{rid}/next-steps")
    String nextSteps(CurrentUser me, @PathVariable long rid, @RequestParam MultiValueMap<String, String> form, Model model) {
        ReferralView referral = frontDoor.referral(me, rid);
        List<String> chosen = form.getOrDefault("steps-r" + rid, List.of());
        try {
            List<NextStep> steps = new ArrayList<>();
            for (String step : chosen) {
                steps.add(NextStep.valueOf(step));
            }
            frontDoor.decideNextSteps(me, rid, new NextStepsRequest(steps, Forms.one(form, "rationale-r" + rid),
                    Forms.one(form, "otherSupport-r" + rid), Forms.yesNo(Forms.one(form, "familyInformed-r" + rid)),
                    Forms.one(form, "familyNotInformedReason-r" + rid), Forms.one(form, "closureReason-r" + rid)));
            return "redirect:/front-door/contacts/" + referral.contactId() + "?nextSteps#referral-" + rid;
        } catch (IllegalArgumentException e) {
            model.addAttribute("errors", Map.of("steps-r" + rid, "Choose the next steps from the list"));
        } catch (ValidationFailure e) {
            Forms.show(model, e.errors(), f -> f + "-r" + rid);
        } catch (RuleBroken e) {
            model.addAttribute("errors", Map.of("steps-r" + rid, e.getMessage()));
        }
        model.addAttribute("form", form.toSingleValueMap());
        model.addAttribute("chosenSteps", chosen);
        return contactPage(me, referral.contactId(), model);
    }

    @PostMapping("/front-door/contacts/{id}/partner-checks")
    String check(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            frontDoor.addPartnerCheck(me, id, new NewPartnerCheck(Forms.one(form, "check-agencyType"), Forms.one(form, "check-agencyName"),
                    Forms.date(Forms.one(form, "check-checkedOn"), "checkedOn"), Forms.one(form, "check-summary"), Forms.one(form, "check-sharedWith")));
            return "redirect:/front-door/contacts/" + id + "#partner-checks";
        } catch (ValidationFailure e) {
            Forms.show(model, e.errors(), f -> "check-" + f);
        }
        model.addAttribute("form", form.toSingleValueMap());
        return contactPage(me, id, model);
    }
}
