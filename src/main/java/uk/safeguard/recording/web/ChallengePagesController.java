package uk.safeguard.recording.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.recording.ChallengeOutcome;
import uk.safeguard.recording.ChallengeView;
import uk.safeguard.recording.Challenges;
import uk.safeguard.recording.NewChallenge;
import uk.safeguard.recording.OutcomeRequest;

/**
 * A family member's challenges to the child's record: the list (each beside the entry it challenges), the form to
 * record one (picking the entry from the child's chronology) and the owner's or a manager's outcome.
 */
@Controller
public class ChallengePagesController {
    private final Challenges challenges;
    private final PeopleRegister people;

    public ChallengePagesController(Challenges challenges, PeopleRegister people) {
        this.challenges = challenges;
        this.people = people;
    }

    @GetMapping("/children/{id}/challenges")
    String page(CurrentUser me, @PathVariable long id, @RequestParam(required = false) String entry, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        if (entry != null) {
            form.put("eventId", entry);
        }
        return show(me, id, form, model);
    }

    @PostMapping("/children/{id}/challenges")
    String record(CurrentUser me, @PathVariable long id, @RequestParam Map<String, String> form, Model model) {
        try {
            ChallengeView c = challenges.record(me, id, new NewChallenge(
                    PageForms.number(form.get("eventId"), "eventId", "the entry that is challenged"),
                    form.get("challengerName"), form.get("relationship"), form.get("whatIsWrong"),
                    PageForms.number(form.get("ownerId"), "ownerId", "who will answer the challenge"),
                    PageForms.date(form.get("dueDate"), "dueDate")));
            return "redirect:/children/" + id + "/challenges?recorded=" + c.id() + "#challenge-" + c.id();
        } catch (ValidationFailure e) {
            PageForms.showErrors(model, e.errors());
            return show(me, id, form, model);
        }
    }

    @PostMapping("/children/{id}/challenges/{challengeId}/outcome")
    String outcome(CurrentUser me, @PathVariable long id, @PathVariable long challengeId, @RequestParam Map<String, String> form, Model model) {
        if (challenges.challengesOf(me, id).stream().noneMatch(c -> c.id() == challengeId)) {
            throw new NotFound("Challenge " + challengeId + " is not on this child's record");
        }
        try {
            ChallengeOutcome outcome = null;
            String chosen = form.get("outcome");
            if (chosen != null && !chosen.isBlank()) {
                try {
                    outcome = ChallengeOutcome.valueOf(chosen);
                } catch (IllegalArgumentException e) {
                    throw new ValidationFailure("outcome", "Choose the outcome");
                }
            }
            String text = form.get("outcomeText");
            challenges.decide(me, challengeId, new OutcomeRequest(outcome, text, text, text));
            return "redirect:/children/" + id + "/challenges?decided=" + challengeId + "#challenge-" + challengeId;
        } catch (ValidationFailure e) {
            // the page has one box for the correction, annotation or reason, and one set of radios, per challenge
            List<ValidationFailure.FieldError> errors = e.errors().stream().map(f -> new ValidationFailure.FieldError(
                    (f.field().equals("outcome") ? "outcome-" : "outcomeText-") + challengeId, f.message())).toList();
            PageForms.showErrors(model, errors);
            model.addAttribute("errorAnchors", Map.of("outcome-" + challengeId, "outcome-" + challengeId + "-CORRECTED"));
            Map<String, String> kept = new LinkedHashMap<>();
            kept.put("outcome-" + challengeId, form.get("outcome"));
            kept.put("outcomeText-" + challengeId, form.get("outcomeText"));
            return show(me, id, kept, model);
        }
    }

    private String show(CurrentUser me, long id, Map<String, String> form, Model model) {
        List<ChallengeView> all = challenges.challengesOf(me, id);
        model.addAttribute("child", people.find(id).orElseThrow());
        model.addAttribute("challenges", all);
        model.addAttribute("mayRecord", challenges.mayRecord(me, id));
        model.addAttribute("mayDecide", all.stream().filter(c -> challenges.mayDecide(me, c)).map(ChallengeView::id).toList());
        model.addAttribute("entries", challenges.mayRecord(me, id) ? challenges.challengeableEntries(id) : List.of());
        model.addAttribute("owners", challenges.mayRecord(me, id) ? challenges.possibleOwners(me, id) : List.of());
        model.addAttribute("outcomes", ChallengeOutcome.values());
        model.addAttribute("form", form);
        model.addAttribute("meId", me.id());
        return "recording/challenges";
    }
}
