package uk.safeguard.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.Polarity;
import uk.safeguard.reporting.Thresholds;
import uk.safeguard.reporting.Unit;
import uk.safeguard.reporting.internal.IndicatorSettingsStore.ChildPopulation;
import uk.safeguard.reporting.internal.IndicatorSettingsStore.SavedSetting;
import uk.safeguard.reporting.internal.calculations.Calculations;

/**
 * Targets, amber thresholds, England figures and the child population, as an administrator or performance analyst
 * has set them over the defaults in code. A change re-colours figures and never changes a value (issue 7); every
 * change is audited (who, when, before and after).
 */
@Service
public class IndicatorSettingsService {
    /** Larger than any figure an indicator can have: a bigger number is a typing mistake. */
    private static final double MAX = 1_000_000_000d;

    private final IndicatorCatalogue catalogue;
    private final IndicatorSettingsStore store;
    private final AuditTrail audit;
    private final Clock clock;

    public IndicatorSettingsService(IndicatorCatalogue catalogue, IndicatorSettingsStore store, AuditTrail audit, Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** One indicator's effective setting: the thresholds and England figure in force, and whether they were changed. */
    public record Effective(Indicator indicator, Thresholds thresholds, Double england, boolean changed, Instant changedAt) {}

    /** Every indicator's effective setting, in dashboard order (read once). */
    public Map<String, Effective> effective() {
        Map<String, SavedSetting> saved = store.all();
        Map<String, Effective> effective = new LinkedHashMap<>();
        for (Indicator indicator : catalogue.indicators()) {
            effective.put(indicator.id(), effective(indicator, saved.get(indicator.id())));
        }
        return effective;
    }

    public Effective effective(String indicatorId) {
        Indicator indicator = indicator(indicatorId);
        return effective(indicator, store.all().get(indicatorId));
    }

    public ChildPopulation childPopulation() {
        return store.childPopulation();
    }

    /** Who may read the settings: anyone but partners (they are definitions, not figures about children). */
    public void requireMayRead(CurrentUser me) {
        if (me.role().isPartner()) {
            throw audit.refuse(me.asActor(), null, "indicator settings",
                    "Indicator settings are for the local authority's staff, administrators and councillors.");
        }
    }

    /** Administrators and performance analysts keep the targets (issue 7: "configurable by an administrator"). */
    public void requireMayChange(CurrentUser me) {
        if (me.role() != Role.ADMIN && me.role() != Role.PERFORMANCE_ANALYST) {
            throw audit.refuse(me.asActor(), null, "indicator settings",
                    "Only an administrator or a performance analyst may change indicator targets and thresholds.");
        }
    }

    /**
     * Sets an indicator's target and amber threshold (both blank: no target) and England figure (blank: the
     * published figure in code). Validated against the indicator's polarity and unit.
     */
    @Transactional
    public Effective change(CurrentUser me, String indicatorId, Double target, Double amberFrom, Double england) {
        requireMayChange(me);
        Indicator indicator = indicator(indicatorId);
        List<ValidationFailure.FieldError> errors = new ArrayList<>();
        check(indicator, "target", "target", target, errors);
        check(indicator, "amberFrom", "amber threshold", amberFrom, errors);
        if (england != null && (england < 0 || england > MAX || england.isNaN())) {
            errors.add(new ValidationFailure.FieldError("england",
                    "The England figure for " + indicator.name() + " must be a number, 0 or more"));
        }
        if (target != null && indicator.polarity() == Polarity.NEITHER) {
            errors.add(new ValidationFailure.FieldError("target", indicator.name()
                    + " is a figure where neither higher nor lower is better, so it has no target: leave the target blank"));
        }
        if (target == null && amberFrom != null) {
            errors.add(new ValidationFailure.FieldError("target",
                    "Enter a target for " + indicator.name() + " as well as the amber threshold, or leave both blank"));
        }
        if (errors.isEmpty() && target != null && amberFrom != null) {
            if (indicator.polarity() == Polarity.HIGHER_IS_BETTER && amberFrom > target) {
                errors.add(new ValidationFailure.FieldError("amberFrom", "Higher is better for " + indicator.name()
                        + ", so the amber threshold must be at or below the target (" + format(target) + ")"));
            } else if (indicator.polarity() == Polarity.LOWER_IS_BETTER && amberFrom < target) {
                errors.add(new ValidationFailure.FieldError("amberFrom", "Lower is better for " + indicator.name()
                        + ", so the amber threshold must be at or above the target (" + format(target) + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        Effective before = effective(indicator, store.all().get(indicatorId));
        Double roundedTarget = round(target);
        Double roundedAmber = round(amberFrom);
        Double roundedEngland = round(england);
        Instant now = clock.instant();
        store.save(indicatorId, roundedTarget, roundedAmber, roundedEngland, now, me.id());
        Effective after = effective(indicator, new SavedSetting(indicatorId, roundedTarget, roundedAmber, roundedEngland, now));
        audit.recordChange(me.asActor(), null, Change.of("indicator_setting", indicatorId, "INDICATOR_SETTING_CHANGED",
                "Indicator setting changed: " + indicator.name() + " (target " + format(after.thresholds().target())
                        + ", amber " + format(after.thresholds().amberFrom()) + ", England " + format(after.england()) + ")")
                .withValues(values(before), values(after)));
        return after;
    }

    /** Back to the defaults in code. */
    @Transactional
    public Effective reset(CurrentUser me, String indicatorId) {
        requireMayChange(me);
        Indicator indicator = indicator(indicatorId);
        Effective before = effective(indicator, store.all().get(indicatorId));
        store.reset(indicatorId);
        Effective after = effective(indicator, null);
        audit.recordChange(me.asActor(), null, Change.of("indicator_setting", indicatorId, "INDICATOR_SETTING_RESET",
                "Indicator setting back to its defaults: " + indicator.name()).withValues(values(before), values(after)));
        return after;
    }

    /** The child population aged 0-17, the denominator of rates per 10,000 children. */
    @Transactional
    public ChildPopulation changeChildPopulation(CurrentUser me, Long population, String source) {
        requireMayChange(me);
        if (population == null || population < 1 || population > 20_000_000) {
            throw new ValidationFailure("childPopulation",
                    "Enter the child population aged 0 to 17 as a whole number from 1 to 20,000,000");
        }
        String trimmed = source == null || source.isBlank() ? "Entered by " + me.displayName() : source.strip();
        if (trimmed.length() > 200) {
            throw new ValidationFailure("childPopulationSource", "The source of the population figure must be at most 200 characters");
        }
        ChildPopulation before = store.childPopulation();
        Instant now = clock.instant();
        store.saveChildPopulation(population, trimmed, now, me.id());
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("childPopulation", before.population());
        was.put("source", before.source());
        Map<String, Object> is = new LinkedHashMap<>();
        is.put("childPopulation", population);
        is.put("source", trimmed);
        audit.recordChange(me.asActor(), null, Change.of("indicator_setting", "child-population", "CHILD_POPULATION_CHANGED",
                "Child population (0-17) for rates per 10,000 changed from " + before.population() + " to " + population)
                .withValues(was, is));
        return new ChildPopulation(population, trimmed, now);
    }

    private Indicator indicator(String id) {
        return catalogue.find(id).map(c -> c.indicator())
                .orElseThrow(() -> new NotFound("There is no indicator with the id '" + id + "'"));
    }

    private static Effective effective(Indicator indicator, SavedSetting saved) {
        if (saved == null) {
            return new Effective(indicator, indicator.defaults() == null ? Thresholds.NONE : indicator.defaults(),
                    indicator.england(), false, null);
        }
        return new Effective(indicator, new Thresholds(saved.target(), saved.amberFrom()),
                saved.england() != null ? saved.england() : indicator.england(), true, saved.updatedAt());
    }

    private static void check(Indicator indicator, String field, String words, Double value,
                              List<ValidationFailure.FieldError> errors) {
        if (value == null) {
            return;
        }
        if (value.isNaN() || value < 0 || value > MAX) {
            errors.add(new ValidationFailure.FieldError(field, "The " + words + " for " + indicator.name() + " must be a number, 0 or more"));
        } else if (indicator.unit() == Unit.PERCENT && value > 100) {
            errors.add(new ValidationFailure.FieldError(field, "The " + words + " for " + indicator.name()
                    + " is a percentage: enter a number from 0 to 100"));
        }
    }

    private static Map<String, Object> values(Effective e) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("target", e.thresholds().target());
        values.put("amberFrom", e.thresholds().amberFrom());
        values.put("england", e.england());
        return values;
    }

    private static Double round(Double value) {
        return value == null ? null : Calculations.round1(value);
    }

    static String format(Double value) {
        if (value == null) {
            return "none";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }
}
