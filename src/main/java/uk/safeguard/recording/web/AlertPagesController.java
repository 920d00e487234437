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
import uk.safeguard.recording.AlertView;
import uk.safeguard.recording.Alerts;
import uk.safeguard.recording.LabelType;
import uk.safeguard.recording.NewAlert;
import uk.safeguard.recording.NewContraryEvidence;

/** A person's alerts: the list with evidence and contrary evidence, raising, retiring and contesting them. */
@Controller
public class AlertPagesController {
    private final Alerts alerts;
    private final PeopleRegister people;

    public AlertPagesController(Alerts alerts, PeopleRegister people) {
        this.alerts = alerts;
        this.people = people;
    }

    @GetMapping("/people/{id}/alerts")
    String page(CurrentUser me, @PathVariable long id, Model model) {
        return show(me, id, Map.of(), model);
    }

    @PostMapping("/people/{id}/alerts")
    String raise(CurrentUser me, @PathVariable long id, @RequestParam Map<String, String> form, Model model) {
        try {
            LabelType type = null;
            String typed = form.get("labelType");
            if (typed != null && !typed.isBlank()) {
                try {
                    type = LabelType.valueOf(typed);
                } catch (IllegalArgumentException e) {
                    throw new ValidationFailure("labelType", "Choose the type of alert");
                }
            }
            AlertView a = alerts.raise(me, id, new NewAlert(type, form.get("description"), form.get("evidence"),
                    PageForms.date(form.get("raisedOn"), "raisedOn"), PageForms.date(form.get("reviewDate"), "reviewDate")));
            return "redirect:/people/" + id + "/alerts?raised=" + a.id() + "#alert-" + a.id();
        } catch (ValidationFailure e) {
            PageForms.showErrors(model, e.errors());
            if (e.errors().stream().anyMatch(f -> f.field().equals("labelType"))) {
                model.addAttribute("errorAnchors", Map.of("labelType", "labelType-" + LabelType.values()[0].name()));
            }
            return show(me, id, form, model);
        }
    }

    @PostMapping("/people/{id}/alerts/{alertId}/retirement")
    String retire(CurrentUser me, @PathVariable long id, @PathVariable long alertId, @RequestParam Map<String, String> form, Model model) {
        belongs(me, id, alertId);
        try {
            alerts.retire(me, alertId, form.get("reason"));
            return "redirect:/people/" + id + "/alerts?retired=" + alertId + "#alert-" + alertId;
        } catch (ValidationFailure e) {
            PageForms.showErrors(model, suffixed(e.errors(), alertId));
            return show(me, id, suffixedForm(form, alertId), model);
        }
    }

    @PostMapping("/people/{id}/alerts/{alertId}/contrary-evidence")
    String contrary(CurrentUser me, @PathVariable long id, @PathVariable long alertId, @RequestParam Map<String, String> form, Model model) {
        belongs(me, id, alertId);
        try {
            alerts.addContraryEvidence(me, alertId, new NewContraryEvidence(form.get("givenBy"), form.get("evidence"),
                    PageForms.date(form.get("givenOn"), "givenOn")));
            return "redirect:/people/" + id + "/alerts?contested=" + alertId + "#alert-" + alertId;
        } catch (ValidationFailure e) {
            PageForms.showErrors(model, suffixed(e.errors(), alertId));
            return show(me, id, suffixedForm(form, alertId), model);
        }
    }

    /** Each alert's own forms have ids ending in the alert's id, so the error summary links to the right box. */
    private static List<ValidationFailure.FieldError> suffixed(List<ValidationFailure.FieldError> errors, long alertId) {
        return errors.stream().map(e -> new ValidationFailure.FieldError(e.field() + "-" + alertId, e.message())).toList();
    }

    private static Map<String, String> suffixedForm(Map<String, String> form, long alertId) {
        Map<String, String> out = new LinkedHashMap<>();
        form.forEach((k, v) -> out.put(k + "-" + alertId, v));
        return out;
    }

    private void belongs(CurrentUser me, long personId, long alertId) {
        if (alerts.alert(me, alertId).personId() != personId) {
            throw new NotFound("Alert " + alertId + " is not on person " + personId);
        }
    }

    private String show(CurrentUser me, long id, Map<String, String> form, Model model) {
        List<AlertView> all = alerts.alertsOn(me, id);
        model.addAttribute("person", people.find(id).orElseThrow());
        model.addAttribute("active", all.stream().filter(AlertView::active).toList());
        model.addAttribute("retired", all.stream().filter(a -> !a.active()).toList());
        model.addAttribute("mayWrite", alerts.mayWrite(me, id));
        model.addAttribute("labelTypes", LabelType.values());
        model.addAttribute("form", form);
        return "recording/alerts";
    }
}
