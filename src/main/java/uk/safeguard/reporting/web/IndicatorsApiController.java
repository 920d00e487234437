package uk.safeguard.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.reporting.Breakdown;
import uk.safeguard.reporting.ChildLine;
import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.IndicatorValue;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.internal.IndicatorSettingsService.Effective;
import uk.safeguard.reporting.internal.IndicatorsService;
import uk.safeguard.reporting.internal.MultiAgencyDataset.AgencyRow;

@RestController
@RequestMapping("/api/indicators")
@Tag(name = "Performance indicators", description = IndicatorsApiController.ABOUT)
public class IndicatorsApiController {
    static final String ABOUT = "Every performance indicator, defined once in code (id, definition and its source, numerator, "
            + "denominator, polarity, target, red/amber/green thresholds, England figure) and computed from the record-level data "
            + "for any period (both ends included; \"as at\" figures are taken at `to`). `unit` is one of COUNT (value = numerator), "
            + "PERCENT (100 x numerator / denominator), PER_10000 (10,000 x numerator / child population aged 0-17, the denominator) "
            + "or AVERAGE (numerator / denominator); values have one decimal place and are null when the denominator is 0. "
            + "`rag` is RED, AMBER, GREEN or NONE (no target). Changing a target re-colours a figure, never changes its value. "
            + "Aggregates: local authority staff and councillors (never partners). Child-level lists: team managers and "
            + "performance analysts only; every child listed is a logged view of that child's record.";

    private final IndicatorsService indicators;

    public IndicatorsApiController(IndicatorsService indicators) {
        this.indicators = indicators;
    }

    /** An indicator's definition with the thresholds and England figure in force. */
    public record Definition(String id, String name, String group, String definition, String source, String numerator,
                             String denominator, String polarity, String unit, String unitLabel, Double target,
                             Double amberFrom, Double england, String englandSource, Double defaultTarget,
                             Double defaultAmberFrom, Double defaultEngland, boolean changed) {
        static Definition of(Indicator i, Effective e) {
            return new Definition(i.id(), i.name(), i.group(), i.definition(), i.source(), i.numerator(), i.denominator(),
                    i.polarity().name(), i.unit().name(), i.unit().label(),
                    e == null ? target(i) : e.thresholds().target(), e == null ? amber(i) : e.thresholds().amberFrom(),
                    e == null ? i.england() : e.england(), i.englandSource(), target(i), amber(i), i.england(),
                    e != null && e.changed());
        }

        private static Double target(Indicator i) {
            return i.defaults() == null ? null : i.defaults().target();
        }

        private static Double amber(Indicator i) {
            return i.defaults() == null ? null : i.defaults().amberFrom();
        }
    }

    public record Month(String month, List<IndicatorValue> values) {}

    @GetMapping
    @Operation(summary = "Every indicator's figure for a period",
            description = "A JSON array, in dashboard order, of {id, name, numerator, denominator, value, unit, rag, target, england}. "
                    + "400 naming the field for a bad date or `to` before `from`; 403 for partners.")
    public List<IndicatorValue> values(CurrentUser me,
                                       @Parameter(description = "First day of the period (YYYY-MM-DD)", example = "2026-11-01") @RequestParam String from,
                                       @Parameter(description = "Last day of the period, included (YYYY-MM-DD)", example = "2026-11-30") @RequestParam String to) {
        return indicators.values(me, period(from, to));
    }

    @GetMapping("/definitions")
    @Operation(summary = "Every indicator's definition", description = "Everything defined in code for each indicator, with "
            + "the target, amber threshold and England figure in force and their defaults.")
    public List<Definition> definitions(CurrentUser me) {
        Map<String, Effective> effective = indicators.effectiveSettings();
        return indicators.definitions().stream().map(i -> Definition.of(i, effective.get(i.id()))).toList();
    }

    @GetMapping("/monthly")
    @Operation(summary = "Every indicator for each month", description = "The dashboard's trend: each month from `first` to "
            + "`last` (YYYY-MM, at most 120 months) with every indicator's figure for that calendar month.")
    public List<Month> monthly(CurrentUser me,
                               @Parameter(description = "First month (YYYY-MM)", example = "2025-11") @RequestParam String first,
                               @Parameter(description = "Last month (YYYY-MM)", example = "2026-11") @RequestParam String last) {
        return indicators.monthly(me, month("first", first), month("last", last)).entrySet().stream()
                .map(e -> new Month(e.getKey().toString(), e.getValue())).toList();
    }

    @GetMapping("/multi-agency")
    @Operation(summary = "The multi-agency dataset", description = "For each referring agency (type and name): contacts "
            + "(one per child on a contact) and referrals received in the period; and for each agency taking part in "
            + "strategy discussions held in the period: discussions it was invited to, attended, and the percentage attended "
            + "(null when never invited). WT2023 paras 167-168.")
    public List<AgencyRow> multiAgency(CurrentUser me, @RequestParam String from, @RequestParam String to) {
        return indicators.multiAgency(me, period(from, to));
    }

    @GetMapping("/{id}/children")
    @Operation(summary = "The children behind a figure", description = "Each record counted (denominator and numerator), "
            + "with the child, its date, whether it is in the numerator, and the team, worker and referring agency. Team managers "
            + "and performance analysts only (403, logged, for anyone else); each child listed is a logged view. 404 for an "
            + "unknown indicator.")
    public List<ChildLine> children(CurrentUser me, @PathVariable String id, @RequestParam String from, @RequestParam String to) {
        return indicators.children(me, id, period(from, to));
    }

    @GetMapping("/{id}/breakdown")
    @Operation(summary = "One indicator broken down", description = "A JSON object from each team, worker or referring agency "
            + "(by name; \"Not recorded\" when the record has none) to its figure, in the same shape as the list of figures.")
    public Map<String, IndicatorValue> breakdown(CurrentUser me, @PathVariable String id,
                                                 @Parameter(description = "team, worker or referring-agency") @RequestParam String by,
                                                 @RequestParam String from, @RequestParam String to) {
        Breakdown breakdown = switch (by.strip().toLowerCase()) {
            case "team" -> Breakdown.TEAM;
            case "worker" -> Breakdown.WORKER;
            case "referring-agency", "referring_agency", "agency" -> Breakdown.REFERRING_AGENCY;
            default -> throw new ValidationFailure("by", "Choose what to break the figure down by: team, worker or referring-agency");
        };
        indicators.definition(id);
        return indicators.breakdown(me, id, period(from, to), breakdown);
    }

    static Period period(String from, String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw new ValidationFailure("to", "The end of the period (to) must be on or after its start (from)");
        }
        return new Period(start, end);
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationFailure(field, "'" + value + "' is not a date in the form YYYY-MM-DD");
        }
    }

    static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationFailure(field, "'" + value + "' is not a month in the form YYYY-MM");
        }
    }
}
