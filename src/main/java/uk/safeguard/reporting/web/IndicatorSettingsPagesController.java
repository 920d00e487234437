package uk.safeguard.reporting.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.reporting.internal.IndicatorSettingsService;
import uk.safeguard.reporting.internal.IndicatorSettingsService.Effective;

/**
 * The indicator settings pages (administrators and performance analysts): every indicator with its definition, source,
 * polarity, target, amber threshold and England figure; a change form per indicator; the child population.
 */
@Controller
@RequestMapping("/admin/indicators")
public class IndicatorSettingsPagesController {
    private final IndicatorSettingsService settings;

    public IndicatorSettingsPagesController(IndicatorSettingsService settings) {
        this.settings = settings;
    }

    /** What the form holds: as typed, so a page with an error shows the input again. */
    public record Form(String target, String amberFrom, String england) {}

    @GetMapping
    String list(CurrentUser me, Model model) {
        settings.requireMayChange(me);
        showList(model, null, null);
        return "reporting/settings";
    }

    @PostMapping("/population")
    String population(CurrentUser me, @RequestParam(defaultValue = "") String childPopulation,
                      @RequestParam(defaultValue = "") String childPopulationSource, Model model, RedirectAttributes redirect) {
        settings.requireMayChange(me);
        try {
            Long population = wholeNumber("childPopulation", childPopulation,
                    "Enter the child population aged 0 to 17 as a whole number, like 60000");
            settings.changeChildPopulation(me, population, childPopulationSource);
            redirect.addFlashAttribute("done", "Child population changed to " + population);
            return "redirect:/admin/indicators";
        } catch (ValidationFailure e) {
            showList(model, errors(e), Map.of("childPopulation", childPopulation, "childPopulationSource", childPopulationSource));
            return "reporting/settings";
        }
    }

    @GetMapping("/{id}")
    String edit(CurrentUser me, @PathVariable String id, Model model) {
        settings.requireMayChange(me);
        Effective effective = settings.effective(id);
        model.addAttribute("setting", effective);
        model.addAttribute("form", new Form(text(effective.thresholds().target()), text(effective.thresholds().amberFrom()),
                effective.changed() && effective.england() != null && !effective.england().equals(effective.indicator().england())
                        ? text(effective.england()) : ""));
        return "reporting/settings-edit";
    }

    @PostMapping("/{id}")
    String change(CurrentUser me, @PathVariable String id, @RequestParam(defaultValue = "") String target,
                  @RequestParam(defaultValue = "") String amberFrom, @RequestParam(defaultValue = "") String england,
                  Model model, RedirectAttributes redirect) {
        settings.requireMayChange(me);
        Effective effective = settings.effective(id);
        try {
            Map<String, String> problems = new LinkedHashMap<>();
            Double t = number("target", target, "Enter the target as a number, like 95 or 22.6, or leave it blank", problems);
            Double a = number("amberFrom", amberFrom, "Enter the amber threshold as a number, like 85, or leave it blank", problems);
            Double e = number("england", england, "Enter the England figure as a number, like 22.6, or leave it blank", problems);
            if (!problems.isEmpty()) {
                throw new ValidationFailure(problems.entrySet().stream()
                        .map(p -> new ValidationFailure.FieldError(p.getKey(), p.getValue())).toList());
            }
            settings.change(me, id, t, a, e);
            redirect.addFlashAttribute("done", effective.indicator().name() + ": settings changed");
            return "redirect:/admin/indicators";
        } catch (ValidationFailure e) {
            model.addAttribute("setting", effective);
            model.addAttribute("form", new Form(target, amberFrom, england));
            model.addAttribute("errors", errors(e));
            return "reporting/settings-edit";
        }
    }

    @PostMapping("/{id}/reset")
    String reset(CurrentUser me, @PathVariable String id, RedirectAttributes redirect) {
        Effective after = settings.reset(me, id);
        redirect.addFlashAttribute("done", after.indicator().name() + ": back to the default target and England figure");
        return "redirect:/admin/indicators";
    }

    private void showList(Model model, Map<String, String> errors, Map<String, String> typed) {
        var population = settings.childPopulation();
        model.addAttribute("settings", settings.effective().values());
        model.addAttribute("population", population);
        model.addAttribute("populationForm", typed != null ? typed
                : Map.of("childPopulation", String.valueOf(population.population()), "childPopulationSource", population.source()));
        if (errors != null) {
            model.addAttribute("errors", errors);
        }
    }

    private static Map<String, String> errors(ValidationFailure e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
        return errors;
    }

    private static Double number(String field, String typed, String message, Map<String, String> problems) {
        String value = typed.strip().replace(",", "").replace("%", "");
        if (value.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            problems.put(field, message);
            return null;
        }
    }

    private static Long wholeNumber(String field, String typed, String message) {
        try {
            return Long.parseLong(typed.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new ValidationFailure(field, message);
        }
    }

    static String text(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }
}
