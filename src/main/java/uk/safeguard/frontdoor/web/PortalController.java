package uk.safeguard.frontdoor.web;

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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguard.access.AgencyType;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.frontdoor.AdultOnContact;
import uk.safeguard.frontdoor.Channel;
import uk.safeguard.frontdoor.ChildOnContact;
import uk.safeguard.frontdoor.ConcernCategory;
import uk.safeguard.frontdoor.ContactRecorded;
import uk.safeguard.frontdoor.FrontDoor;
import uk.safeguard.frontdoor.NewContact;
import uk.safeguard.frontdoor.Referrer;
import uk.safeguard.frontdoor.internal.FrontDoorRepository;
import uk.safeguard.platform.NoAccess;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.ValidationFailure;

/**
 * The partner portal: the multi-agency referral form as GOV.UK question pages. Every page's answers are saved to the
 * draft on the server before anything else happens, so a time-out or signing out loses nothing; the partner resumes
 * from "Your referrals". Partners also see the status and outcome of every referral their agency made.
 */
@Controller
public class PortalController {
    /** "Add another child" goes up to this many children on one referral. */
    static final int MAX_CHILDREN = 10;
    static final List<String> STEPS = List.of("child", "adults", "concern", "family", "about-you", "check");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> TITLES = Map.of("child", "About the child", "adults", "Adults involved",
            "concern", "Your concern", "family", "The family", "about-you", "About you", "check", "Check your answers");

    private final FrontDoorRepository repository;
    private final FrontDoor frontDoor;
    private final Clock clock;

    public PortalController(FrontDoorRepository repository, FrontDoor frontDoor, Clock clock) {
        this.repository = repository;
        this.frontDoor = frontDoor;
        this.clock = clock;
    }

    @GetMapping("/portal")
    String portal(CurrentUser me, Model model) {
        requirePartner(me);
        model.addAttribute("submitted", repository.submittedBy(me.agencyId(), 200));
        model.addAttribute("drafts", repository.openDrafts(me.id()).stream().map(d -> Map.of("id", d.id(), "updatedAt", d.updatedAt(),
                "child", childLabel(answers(d)), "step", resumeStep(answers(d)))).toList());
        return "frontdoor/portal";
    }

    @PostMapping("/portal/drafts")
    String start(CurrentUser me) {
        requirePartner(me);
        long id = repository.createDraft(me.id(), clock.instant());
        return "redirect:/portal/drafts/" + id + "/child";
    }

    @GetMapping("/portal/drafts/{id}/{step}")
    String page(CurrentUser me, @PathVariable long id, @PathVariable String step, Model model) {
        Map<String, String> answers = answers(owned(me, id));
        return render(me, id, step, answers, Map.of(), model);
    }

    @PostMapping("/portal/drafts/{id}/{step}")
    String save(CurrentUser me, @PathVariable long id, @PathVariable String step, @RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, String> answers = answers(owned(me, id));
        if (!STEPS.contains(step) || step.equals("check")) {
            throw new NotFound("There is no page " + step);
        }
        form.forEach((k, v) -> {
            if (!k.equals("_csrf") && !k.equals("action")) {
                answers.put(k, String.join(",", v).strip());
            }
        });
        String action = Forms.one(form, "action");
        if (step.equals("child") && action != null) {
            // "Add another child" / "Remove" (no JavaScript): save, change the number of child blocks, show the page again.
            int count = childCount(answers);
            if (action.equals("add-child") && count < MAX_CHILDREN) {
                answers.put("childCount", String.valueOf(count + 1));
            } else if (action.startsWith("remove-") && action.substring(7).matches("\\d{1,2}")) {
                removeChild(answers, Integer.parseInt(action.substring(7)), count);
            }
            repository.saveDraft(id, JSON.writeValueAsString(answers), clock.instant());
            return "redirect:/portal/drafts/" + id + "/child#child" + childCount(answers) + "Given";
        }
        if (step.equals("concern") && !form.containsKey("categories")) {
            answers.put("categories", "");
        }
        repository.saveDraft(id, JSON.writeValueAsString(answers), clock.instant()); // saved before anything else
        Map<String, String> errors = check(step, answers);
        if (!errors.isEmpty()) {
            return render(me, id, step, answers, errors, model);
        }
        return "redirect:/portal/drafts/" + id + "/" + STEPS.get(STEPS.indexOf(step) + 1);
    }

    @PostMapping("/portal/drafts/{id}/submit")
    String submit(CurrentUser me, @PathVariable long id, Model model) {
        Map<String, String> answers = answers(owned(me, id));
        for (String step : STEPS) {
            Map<String, String> errors = check(step, answers);
            if (!errors.isEmpty()) {
                return render(me, id, step, answers, errors, model);
            }
        }
        try {
            List<ChildOnContact> children = new ArrayList<>();
            for (int i = 1; i <= childCount(answers); i++) {
                if (!blank(answers.get("child" + i + "Given"))) {
                    children.add(new ChildOnContact(null, answers.get("child" + i + "Given"), answers.get("child" + i + "Family"),
                            dateOfBirth(answers, i), false));
                }
            }
            List<AdultOnContact> adults = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                if (!blank(answers.get("adult" + i + "Name"))) {
                    adults.add(new AdultOnContact(answers.get("adult" + i + "Name"), answers.get("adult" + i + "Relationship"), null));
                }
            }
            List<String> categories = blank(answers.get("categories")) ? List.of() : List.of(answers.get("categories").split(","));
            ContactRecorded recorded = frontDoor.record(me, new NewContact(null, Channel.PORTAL,
                    new Referrer(answers.get("referrerName"), answers.get("referrerRole"), null, null, answers.get("referrerPhone"),
                            answers.get("referrerEmail"), null),
                    answers.get("sourceCode"), children, adults, answers.get("concern"), categories,
                    Forms.yesNo(answers.get("familyKnows")), Forms.yesNo(answers.get("familyConsents")), answers.get("consentNote"),
                    Forms.yesNo(answers.get("earlyHelpAssessment")), answers.get("earlyHelpNote"), null, null));
            if (!repository.markSubmitted(id, recorded.contactId())) {
                throw new RuleBroken("alreadySubmitted", "This referral was already sent");
            }
            return "redirect:/portal?submitted=" + recorded.contactId();
        } catch (ValidationFailure e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(f -> errors.putIfAbsent(FrontDoorPagesController.contactFieldId(f.field()), f.message()));
            return render(me, id, "check", answers, errors, model);
        }
    }

    private String render(CurrentUser me, long id, String step, Map<String, String> answers, Map<String, String> errors, Model model) {
        if (!STEPS.contains(step)) {
            throw new NotFound("There is no page " + step);
        }
        if (step.equals("about-you")) {
            answers.putIfAbsent("referrerName", me.displayName());
            answers.putIfAbsent("sourceCode", defaultSource(me.agencyType()));
        }
        model.addAttribute("draftId", id);
        model.addAttribute("step", step);
        model.addAttribute("title", TITLES.get(step));
        model.addAttribute("a", answers);
        model.addAttribute("errors", errors);
        int index = STEPS.indexOf(step);
        model.addAttribute("back", index == 0 ? "/portal" : "/portal/drafts/" + id + "/" + STEPS.get(index - 1));
        model.addAttribute("categories", ConcernCategory.values());
        model.addAttribute("chosenCategories", blank(answers.get("categories")) ? List.of() : List.of(answers.get("categories").split(",")));
        model.addAttribute("sources", frontDoor.referralSources());
        model.addAttribute("stepNumber", index + 1);
        model.addAttribute("childNumbers", java.util.stream.IntStream.rangeClosed(1, childCount(answers)).boxed().toList());
        model.addAttribute("maxChildren", MAX_CHILDREN);
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= childCount(answers); i++) {
            if (!blank(answers.get("child" + i + "Given"))) {
                names.add((answers.get("child" + i + "Given") + " " + answers.getOrDefault("child" + i + "Family", "")).strip());
            }
        }
        model.addAttribute("childNames", String.join(", ", names));
        model.addAttribute("stepCount", STEPS.size());
        return "frontdoor/portal-step";
    }

    /** A sensible default CIN source for the partner's agency (they may change it). */
    private static String defaultSource(AgencyType type) {
        return switch (type) {
            case POLICE -> "6";
            case EDUCATION -> "2A";
            case HEALTH -> "3D";
            case HOUSING -> "4";
            case PROBATION -> "7";
            case VOLUNTARY_SECTOR -> "8";
            case LA_CHILDRENS_SOCIAL_CARE -> "5A";
        };
    }

    private static Map<String, String> check(String step, Map<String, String> a) {
        Map<String, String> errors = new LinkedHashMap<>();
        switch (step) {
            case "child" -> {
                if (blank(a.get("child1Given"))) {
                    errors.put("child1Given", "Enter the child's given names");
                }
                if (blank(a.get("child1Family"))) {
                    errors.put("child1Family", "Enter the child's family name");
                }
                for (int i = 1; i <= childCount(a); i++) {
                    if (i > 1 && !blank(a.get("child" + i + "Family")) && blank(a.get("child" + i + "Given"))) {
                        errors.put("child" + i + "Given", "Enter child " + i + "'s given names");
                    }
                    if (i > 1 && !blank(a.get("child" + i + "Given")) && blank(a.get("child" + i + "Family"))) {
                        errors.put("child" + i + "Family", "Enter child " + i + "'s family name");
                    }
                    try {
                        dateOfBirth(a, i);
                    } catch (ValidationFailure e) {
                        errors.put("child" + i + "Dob", e.errors().get(0).message());
                    }
                }
            }
            case "concern" -> {
                if (blank(a.get("concern"))) {
                    errors.put("concern", "Describe your concern");
                }
            }
            case "family" -> {
                if (blank(a.get("familyKnows"))) {
                    errors.put("familyKnows", "Say whether the family knows you are making this referral");
                }
                if (blank(a.get("familyConsents"))) {
                    errors.put("familyConsents", "Say whether the family consents");
                } else if ("false".equals(a.get("familyConsents")) && blank(a.get("consentNote"))) {
                    errors.put("consentNote", "Say why you are referring without consent");
                }
            }
            case "about-you" -> {
                if (blank(a.get("referrerName"))) {
                    errors.put("referrerName", "Enter your name");
                }
                if (blank(a.get("sourceCode"))) {
                    errors.put("sourceCode", "Choose what best describes you");
                }
                if (blank(a.get("referrerPhone")) && blank(a.get("referrerEmail"))) {
                    errors.put("referrerEmail", "Give an email address or phone number so the MASH can reply to you");
                }
            }
            default -> { }
        }
        return errors;
    }

    /** How many child blocks the draft has: as added, and never fewer than the children already named. */
    static int childCount(Map<String, String> a) {
        int count = 1;
        String n = a.get("childCount");
        if (n != null && n.matches("\\d{1,2}")) {
            count = Math.min(MAX_CHILDREN, Math.max(1, Integer.parseInt(n)));
        }
        for (int i = MAX_CHILDREN; i > count; i--) {
            if (!blank(a.get("child" + i + "Given")) || !blank(a.get("child" + i + "Family"))) {
                return i;
            }
        }
        return count;
    }

    private static final List<String> CHILD_FIELDS = List.of("Given", "Family", "Dob", "Dob-day", "Dob-month", "Dob-year");

    private static void removeChild(Map<String, String> a, int index, int count) {
        if (index < 2 || index > count) {
            return;
        }
        for (int i = index; i < count; i++) {
            for (String f : CHILD_FIELDS) {
                String next = a.get("child" + (i + 1) + f);
                if (next == null) {
                    a.remove("child" + i + f);
                } else {
                    a.put("child" + i + f, next);
                }
            }
        }
        for (String f : CHILD_FIELDS) {
            a.remove("child" + count + f);
        }
        a.put("childCount", String.valueOf(count - 1));
    }

    /** The date of birth from the three boxes (or, in a draft saved before them, the single field). */
    private static java.time.LocalDate dateOfBirth(Map<String, String> a, int i) {
        String name = "child" + i + "Dob";
        if (a.containsKey(name + "-day") || a.containsKey(name + "-month") || a.containsKey(name + "-year")) {
            return Forms.date3(a::get, name, name, "The date of birth");
        }
        return Forms.date(a.get(name), name);
    }

    private FrontDoorRepository.DraftRow owned(CurrentUser me, long id) {
        requirePartner(me);
        FrontDoorRepository.DraftRow draft = repository.draft(id).orElseThrow(() -> new NotFound("There is no draft " + id));
        if (draft.ownerId() != me.id()) {
            throw new NoAccess("This draft referral belongs to someone else.");
        }
        if (draft.submittedContactId() != null) {
            throw new RuleBroken("alreadySubmitted", "This referral was already sent (contact " + draft.submittedContactId() + ")");
        }
        return draft;
    }

    private static Map<String, String> answers(FrontDoorRepository.DraftRow draft) {
        return new LinkedHashMap<>(JSON.readValue(draft.answersJson(), new TypeReference<Map<String, String>>() {}));
    }

    private static String resumeStep(Map<String, String> a) {
        return STEPS.stream().filter(s -> !check(s, a).isEmpty() || (!s.equals("check") && !a.containsKey(firstField(s)))).findFirst().orElse("check");
    }

    private static String firstField(String step) {
        return switch (step) {
            case "child" -> "child1Given";
            case "adults" -> "adult1Name";
            case "concern" -> "concern";
            case "family" -> "familyKnows";
            default -> "referrerName";
        };
    }

    private static String childLabel(Map<String, String> a) {
        String name = ((a.getOrDefault("child1Given", "") + " " + a.getOrDefault("child1Family", "")).strip());
        return name.isEmpty() ? "Child not yet named" : name;
    }

    private static void requirePartner(CurrentUser me) {
        if (!me.role().isPartner()) {
            throw new NoAccess("The referral portal is for partner agencies; MASH staff record contacts from the MASH queue.");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
