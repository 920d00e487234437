package uk.safeguard.assessment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import uk.safeguard.assessment.Assessment;
import uk.safeguard.assessment.AssessmentOutcome;
import uk.safeguard.assessment.AssessmentParts;
import uk.safeguard.assessment.Assessments;
import uk.safeguard.assessment.Authorisation;
import uk.safeguard.assessment.InformationResponse;
import uk.safeguard.assessment.NewChildSeen;
import uk.safeguard.assessment.NewInformationRequest;
import uk.safeguard.assessment.ReturnToWorker;
import uk.safeguard.assessment.StartAssessment;
import uk.safeguard.assessment.Submission;
import uk.safeguard.frontdoor.ReferralView;
import uk.safeguard.platform.DataEntryChecks;
import uk.safeguard.platform.ValidationFailure;

/**
 * The assessment's pages (GOV.UK, no JavaScript): start one from the child's page, the assessment with a small form
 * per part, and the manager's authorisation. A form with a mistake is shown again with what was typed.
 */
@Controller
public class AssessmentPagesController {
    private final Assessments assessments;
    private final java.time.Clock clock;
    private final ObjectProvider<DataEntryChecks> dataEntryChecks;

    public AssessmentPagesController(Assessments assessments, java.time.Clock clock, ObjectProvider<DataEntryChecks> dataEntryChecks) {
        this.assessments = assessments;
        this.clock = clock;
        this.dataEntryChecks = dataEntryChecks;
    }

    // ---------------------------------------------------------------- start

    @GetMapping("/children/{childId}/assessments/new")
    String startForm(CurrentUser me, @PathVariable long childId, @RequestParam(required = false) String referral, Model model) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        if (referral != null) {
            form.add("referral", referral);
        }
        return startPage(me, childId, model, form, Map.of());
    }

    @PostMapping("/children/{childId}/assessments/new")
    String start(CurrentUser me, @PathVariable long childId, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            String referral = PageForms.one(form, "referral");
            if (referral == null || !referral.matches("\\d{1,18}")) {
                throw new ValidationFailure("referral", "Choose the referral the assessment is for");
            }
            long referralId = Long.parseLong(referral);
            if (assessments.referralsAwaitingAssessment(me, childId).stream().noneMatch(r -> r.id() == referralId)) {
                throw new ValidationFailure("referral", "Choose one of this child's referrals without an assessment");
            }
            LocalDate startDate = PageForms.date(form, "startDate", "The start date");
            LocalDate targetDate = PageForms.date(form, "targetDate", "The target date");
            Assessment a = assessments.start(me, referralId, new StartAssessment(startDate, targetDate));
            return "redirect:/assessments/" + a.id() + "?started";
        } catch (ValidationFailure e) {
            return startPage(me, childId, model, form, PageForms.errors(e.errors(), Function.identity()));
        }
    }

    private String startPage(CurrentUser me, long childId, Model model, MultiValueMap<String, String> form, Map<String, String> errors) {
        assessments.requireRecorder(me, childId, "start an assessment for child " + childId);
        List<ReferralView> referrals = assessments.referralsAwaitingAssessment(me, childId);
        model.addAttribute("childId", childId);
        model.addAttribute("referrals", referrals);
        model.addAttribute("form", PageForms.typed(form));
        model.addAttribute("errors", errors);
        model.addAttribute("errorAnchors", Map.of("referral", referrals.isEmpty() ? "referral" : "referral-" + referrals.get(0).id()));
        model.addAttribute("isManager", me.isManager());
        return "assessment/start";
    }

    // ---------------------------------------------------------------- the assessment

    @GetMapping("/assessments/{id}")
    String assessment(CurrentUser me, @PathVariable long id, Model model) {
        return page(me, assessments.assessment(me, id), model, Map.of(), Map.of());
    }

    private String page(CurrentUser me, Assessment a, Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("a", a);
        // The CIN census rules this child's record breaks now (returns module), shown where the data is entered.
        model.addAttribute("dataEntryChecks", dataEntryChecks.stream().flatMap(c -> c.check(a.childId()).stream()).toList());
        model.addAttribute("factors", assessments.factorCodes());
        model.addAttribute("outcomes", AssessmentOutcome.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        Map<String, String> anchors = new LinkedHashMap<>();
        anchors.put("consent", "consentOverrideReason");
        anchors.put("factors", "factors");
        a.otherChildren().stream().findFirst().ifPresent(c -> anchors.put("otherChildren", "otherChild-" + c.childId()));
        model.addAttribute("errorAnchors", anchors);
        model.addAttribute("editable", !a.readOnly() && assessments.mayRecord(me));
        model.addAttribute("isManager", me.isManager());
        model.addAttribute("chosenFactors", form.isEmpty() || !form.containsKey("part") || !form.get("part").equals("factors")
                ? a.factors() : form.keySet().stream().filter(k -> k.startsWith("factor-")).map(k -> k.substring(7)).toList());
        return "assessment/assessment";
    }

    /** One part of the assessment saved from its small form; a mistake shows the page again with the typed input. */
    @PostMapping("/assessments/{id}/parts/{part}")
    String savePart(CurrentUser me, @PathVariable long id, @PathVariable String part,
                    @RequestParam MultiValueMap<String, String> form, Model model) {
        Function<String, String> toId = Function.identity();
        try {
            switch (part) {
                case "child-seen" -> assessments.recordChildSeen(me, id, new NewChildSeen(PageForms.date(form, "seenOn", "The date the child was seen"),
                        PageForms.yesNo(PageForms.one(form, "seenAlone")), PageForms.one(form, "othersPresent")));
                case "wishes" -> assessments.update(me, id, parts(PageForms.text(form, "wishesAndFeelings"), null, null, null, null, null));
                case "family-views" -> assessments.update(me, id, parts(null, PageForms.text(form, "familyViews"), null, null, null, null));
                case "analysis" -> assessments.update(me, id, parts(null, null, PageForms.text(form, "analysis"), null, null, null));
                case "other-children" -> {
                    List<AssessmentParts.OtherChildNote> notes = new ArrayList<>();
                    form.keySet().stream().filter(k -> k.matches("otherChild-\\d{1,18}"))
                            .forEach(k -> notes.add(new AssessmentParts.OtherChildNote(Long.parseLong(k.substring(11)), PageForms.text(form, k))));
                    assessments.update(me, id, new AssessmentParts(null, null, notes, null, null, null, null, null, null, null, null, null));
                }
                case "consent" -> assessments.update(me, id, new AssessmentParts(null, null, null, PageForms.text(form, "consentGivenBy"),
                        PageForms.date(form, "consentDate", "The date consent was given"), null, null, null, null, null, null, null));
                case "factors" -> {
                    List<String> codes = form.keySet().stream().filter(k -> k.startsWith("factor-")).map(k -> k.substring(7)).toList();
                    assessments.update(me, id, new AssessmentParts(null, null, null, null, null, null, codes, null, null, null, null, null));
                }
                case "outcome" -> {
                    String outcome = PageForms.one(form, "outcome");
                    if (outcome == null || java.util.Arrays.stream(AssessmentOutcome.values()).noneMatch(o -> o.name().equals(outcome))) {
                        throw new ValidationFailure("outcome", "Choose the outcome of the assessment");
                    }
                    assessments.update(me, id, new AssessmentParts(null, null, null, null, null, null, null, AssessmentOutcome.valueOf(outcome),
                            PageForms.text(form, "outcomeDetails"), null, null, null));
                }
                case "information-requests" -> assessments.requestInformation(me, id, new NewInformationRequest(PageForms.one(form, "agency"),
                        PageForms.one(form, "asked"), PageForms.date(form, "requestedOn", "The date requested"),
                        PageForms.one(form, "consentOverrideReason"), null, null));
                case "response" -> {
                    String rid = PageForms.one(form, "requestId");
                    if (rid == null || !rid.matches("\\d{1,18}")) {
                        throw new ValidationFailure("requestId", "Choose the information request");
                    }
                    toId = f -> f + "-" + rid;
                    assessments.recordInformationResponse(me, id, Long.parseLong(rid), new InformationResponse(PageForms.one(form, "response-" + rid),
                            PageForms.date(form, "respondedOn-" + rid, "The date of the response")));
                }
                case "submission" -> assessments.submit(me, id, new Submission(PageForms.one(form, "lateReason"), PageForms.one(form, "notSeenReason")));
                default -> throw new uk.safeguard.platform.NotFound("There is no part " + part + " of an assessment");
            }
            return "redirect:/assessments/" + id + "?saved=" + part + "#" + part;
        } catch (ValidationFailure e) {
            Map<String, String> typed = PageForms.typed(form);
            typed.put("part", part);
            Function<String, String> mapping = toId;
            // A date that did not parse names its own boxes (e.g. respondedOn-7) already.
            return page(me, assessments.assessment(me, id), model, typed,
                    PageForms.errors(e.errors(), f -> f.matches(".*-\\d+$") ? f : mapping.apply(f)));
        }
    }

    private static AssessmentParts parts(String wishes, String familyViews, String analysis, String notSeen, String late, LocalDate target) {
        return new AssessmentParts(wishes, familyViews, null, null, null, analysis, null, null, null, notSeen, late, target);
    }

    // ---------------------------------------------------------------- authorisation (team managers)

    @GetMapping("/assessments/{id}/authorisation")
    String authorisationForm(CurrentUser me, @PathVariable long id, Model model) {
        return authorisationPage(me, assessments.assessment(me, id), model, Map.of(), Map.of());
    }

    @PostMapping("/assessments/{id}/authorisation")
    String authorise(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            assessments.authorise(me, id, new Authorisation(PageForms.date(form, "authorisedOn", "The date of authorisation"),
                    PageForms.one(form, "lateReason"), PageForms.one(form, "notSeenReason")));
            return "redirect:/assessments/" + id + "?authorised";
        } catch (ValidationFailure e) {
            return authorisationPage(me, assessments.assessment(me, id), model, PageForms.typed(form), PageForms.errors(e.errors(), Function.identity()));
        }
    }

    @PostMapping("/assessments/{id}/return")
    String returnToWorker(CurrentUser me, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        try {
            assessments.returnToWorker(me, id, new ReturnToWorker(PageForms.one(form, "comment")));
            return "redirect:/assessments/" + id + "?returned";
        } catch (ValidationFailure e) {
            return authorisationPage(me, assessments.assessment(me, id), model, PageForms.typed(form), PageForms.errors(e.errors(), Function.identity()));
        }
    }

    private String authorisationPage(CurrentUser me, Assessment a, Model model, Map<String, String> form, Map<String, String> errors) {
        assessments.requireAuthoriser(me, a.childId(), "open the authorisation of assessment " + a.id());
        model.addAttribute("a", a);
        model.addAttribute("factors", assessments.factorCodes());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("late", LocalDate.now(clock.withZone(uk.safeguard.platform.TimeConfiguration.LONDON)).isAfter(a.dueByReferral()));
        return "assessment/authorisation";
    }
}
