package uk.safeguard.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.reporting.internal.IndicatorSettingsService;
import uk.safeguard.reporting.internal.IndicatorSettingsService.Effective;
import uk.safeguard.reporting.internal.IndicatorSettingsStore.ChildPopulation;

@RestController
@RequestMapping("/api/indicators/settings")
@Tag(name = "Performance indicators")
public class IndicatorSettingsApiController {
    private final IndicatorSettingsService settings;

    public IndicatorSettingsApiController(IndicatorSettingsService settings) {
        this.settings = settings;
    }

    /** One indicator's setting: in force, and the default defined in code. */
    public record Setting(String id, String name, String polarity, String unit, Double target, Double amberFrom,
                          Double england, Double defaultTarget, Double defaultAmberFrom, Double defaultEngland,
                          boolean changed) {
        static Setting of(Effective e) {
            var i = e.indicator();
            return new Setting(i.id(), i.name(), i.polarity().name(), i.unit().name(), e.thresholds().target(),
                    e.thresholds().amberFrom(), e.england(), i.defaults() == null ? null : i.defaults().target(),
                    i.defaults() == null ? null : i.defaults().amberFrom(), i.england(), e.changed());
        }
    }

    public record Settings(long childPopulation, String childPopulationSource, List<Setting> indicators) {}

    /**
     * A change: {@code childPopulation} (and its source) when given; each listed indicator's target and amber threshold
     * (both null: no target) and England figure (null: the published figure), or {@code reset: true} for its defaults.
     */
    public record Change(Long childPopulation, String childPopulationSource, List<IndicatorChange> indicators) {}

    public record IndicatorChange(String id, Double target, Double amberFrom, Double england, Boolean reset) {}

    @GetMapping
    @Operation(summary = "Indicator targets, thresholds, England figures and the child population",
            description = "The settings in force and the defaults defined in code. Anyone but partners.")
    public Settings get(CurrentUser me) {
        settings.requireMayRead(me);
        return current();
    }

    @PutMapping
    @Transactional
    @Operation(summary = "Change indicator settings",
            description = "Administrators and performance analysts only (403, logged, for anyone else). Each change is audited. "
                    + "A target re-colours figures, never changes a value. For an indicator: `target` and `amberFrom` "
                    + "(higher is better: amber at or below the target; lower is better: at or above; a percentage 0-100; "
                    + "none for an indicator where neither is better), `england` (null: the published figure), or `reset`. "
                    + "400 naming the field (`target`, `amberFrom`, `england`, `childPopulation`, `indicators[n].id`); "
                    + "404 for an unknown indicator.")
    public Settings put(CurrentUser me, @RequestBody Change change) {
        settings.requireMayChange(me);
        if (change.childPopulation() != null || change.childPopulationSource() != null) {
            settings.changeChildPopulation(me, change.childPopulation(), change.childPopulationSource());
        }
        List<IndicatorChange> changes = change.indicators() == null ? List.of() : change.indicators();
        for (int n = 0; n < changes.size(); n++) {
            IndicatorChange c = changes.get(n);
            if (c == null || c.id() == null || c.id().isBlank()) {
                throw new ValidationFailure("indicators[" + n + "].id", "Give the id of the indicator to change");
            }
            if (Boolean.TRUE.equals(c.reset())) {
                settings.reset(me, c.id());
            } else {
                settings.change(me, c.id(), c.target(), c.amberFrom(), c.england());
            }
        }
        return current();
    }

    private Settings current() {
        ChildPopulation population = settings.childPopulation();
        Map<String, Effective> effective = settings.effective();
        return new Settings(population.population(), population.source(),
                effective.values().stream().map(Setting::of).toList());
    }
}
