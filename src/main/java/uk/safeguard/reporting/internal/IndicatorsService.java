package uk.safeguard.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.access.StaffFacts.StaffMember;
import uk.safeguard.access.Team;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonSummary;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.reporting.Breakdown;
import uk.safeguard.reporting.ChildLine;
import uk.safeguard.reporting.CountedItem;
import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.IndicatorCalculation;
import uk.safeguard.reporting.IndicatorValue;
import uk.safeguard.reporting.Indicators;
import uk.safeguard.reporting.Measure;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.Polarity;
import uk.safeguard.reporting.Rag;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.reporting.Thresholds;
import uk.safeguard.reporting.Unit;
import uk.safeguard.reporting.internal.IndicatorSettingsService.Effective;
import uk.safeguard.reporting.internal.MultiAgencyDataset.AgencyRow;
import uk.safeguard.reporting.internal.calculations.Calculations;

/**
 * The indicators engine: loads the record-level facts once per call, runs every {@link IndicatorCalculation} and
 * turns each {@link Measure} into an {@link IndicatorValue} coloured by the thresholds in force (a target change
 * re-colours, never changes a value). Aggregates are for local authority staff and councillors, never partners;
 * child-level lists only for team managers and performance analysts, and each child listed is a logged view.
 */
@Service
public class IndicatorsService implements Indicators {
    /** A period longer than this is a mistake in the request (ten years of facts in memory). */
    static final int MAX_MONTHS = 120;
    static final String NOT_RECORDED = "Not recorded";

    private final IndicatorCatalogue catalogue;
    private final IndicatorSettingsService settings;
    private final ReportingDataLoader loader;
    private final PeopleRegister people;
    private final ChildAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public IndicatorsService(IndicatorCatalogue catalogue, IndicatorSettingsService settings, ReportingDataLoader loader,
                             PeopleRegister people, ChildAccess access, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.catalogue = catalogue;
        this.settings = settings;
        this.loader = loader;
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    /**
     * A period still running is measured up to today: a review, visit or decision not yet due must not count as
     * missed, and "as at" figures (plans open, caseloads) are taken today rather than on a future day.
     */
    Period soFar(Period period) {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
        return period.to().isAfter(today) && !period.from().isAfter(today) ? new Period(period.from(), today) : period;
    }

    @Override
    public List<Indicator> definitions() {
        return catalogue.indicators();
    }

    /** The thresholds and England figures in force (defaults overridden by the settings), in dashboard order. */
    public Map<String, Effective> effectiveSettings() {
        return settings.effective();
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorValue> values(CurrentUser me, Period period) {
        requireAggregates(me);
        check(period);
        ReportingData data = loader.load(period.from(), period.to());
        try {
            return values(catalogue.calculations(), settings.effective(), data, soFar(period));
        } finally {
            Calculations.forget();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Map<YearMonth, List<IndicatorValue>> monthly(CurrentUser me, YearMonth first, YearMonth last) {
        requireAggregates(me);
        check(first, last);
        return monthly(catalogue.calculations(), first, last);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<YearMonth, IndicatorValue> monthly(CurrentUser me, String indicatorId, YearMonth first, YearMonth last) {
        requireAggregates(me);
        IndicatorCalculation calculation = calculation(indicatorId);
        check(first, last);
        Map<YearMonth, IndicatorValue> months = new LinkedHashMap<>();
        monthly(List.of(calculation), first, last).forEach((month, values) -> months.put(month, values.get(0)));
        return months;
    }

    /** The calculations for each month, over facts loaded once for all the months. */
    private Map<YearMonth, List<IndicatorValue>> monthly(List<IndicatorCalculation> calculations, YearMonth first,
                                                         YearMonth last) {
        ReportingData data = loader.load(first.atDay(1), last.atEndOfMonth());
        Map<String, Effective> effective = settings.effective();
        Map<YearMonth, List<IndicatorValue>> months = new LinkedHashMap<>();
        try {
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                months.put(month, values(calculations, effective, data, soFar(Period.month(month))));
            }
        } finally {
            Calculations.forget();
        }
        return months;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, IndicatorValue> breakdown(CurrentUser me, String indicatorId, Period period, Breakdown by) {
        if (by == null) {
            requireAggregates(me);
            calculation(indicatorId);
            check(period);
            throw new ValidationFailure("by", "Choose what to break the figure down by: team, worker or referring-agency");
        }
        return breakdowns(me, indicatorId, period, List.of(by)).get(by);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Breakdown, Map<String, IndicatorValue>> breakdowns(CurrentUser me, String indicatorId, Period period) {
        return breakdowns(me, indicatorId, period, List.of(Breakdown.values()));
    }

    /** The indicator measured once for the period, its items grouped each way asked. */
    private Map<Breakdown, Map<String, IndicatorValue>> breakdowns(CurrentUser me, String indicatorId, Period period,
                                                                    List<Breakdown> ways) {
        requireAggregates(me);
        IndicatorCalculation calculation = calculation(indicatorId);
        check(period);
        ReportingData data = loader.load(period.from(), period.to());
        Effective effective = settings.effective().get(indicatorId);
        Measure measure;
        try {
            measure = calculation.measure(data, soFar(period));
        } finally {
            Calculations.forget();
        }
        Map<Breakdown, Map<String, IndicatorValue>> result = new EnumMap<>(Breakdown.class);
        for (Breakdown by : ways) {
            Function<CountedItem, String> key = switch (by) {
                case TEAM -> names(teamNames(), CountedItem::teamId);
                case WORKER -> names(workerNames(data), CountedItem::workerId);
                case REFERRING_AGENCY -> item -> item.agencyName() != null && !item.agencyName().isBlank() ? item.agencyName()
                        : item.agencyType() != null ? item.agencyType() : NOT_RECORDED;
            };
            result.put(by, breakdown(calculation.indicator(), effective, measure, data.childPopulation(), key));
        }
        return result;
    }

    @Override
    @Transactional
    public List<ChildLine> children(CurrentUser me, String indicatorId, Period period) {
        IndicatorCalculation calculation = calculation(indicatorId);
        requireChildLists(me, calculation.indicator());
        check(period);
        ReportingData data = loader.load(period.from(), period.to());
        Measure measure;
        try {
            measure = calculation.measure(data, soFar(period));
        } finally {
            Calculations.forget();
        }
        List<CountedItem> items = childItems(measure);
        Set<String> inNumerator = new HashSet<>();
        measure.numerator().forEach(i -> inNumerator.add(itemKey(i)));
        Set<Long> childIds = new HashSet<>();
        items.forEach(i -> childIds.add(i.childId()));
        // A restricted record stays out of the list for anyone not named on it (need-to-know, DOMAIN.md section 2).
        Set<Long> visible = access.viewable(me, childIds);
        Map<Long, PersonSummary> names = people.summaries(visible);
        Map<Long, String> teams = teamNames();
        Map<Long, String> workers = workerNames(data);
        List<ChildLine> lines = new ArrayList<>();
        Set<Long> viewed = new HashSet<>();
        for (CountedItem item : items) {
            if (!visible.contains(item.childId())) {
                continue;
            }
            PersonSummary child = names.get(item.childId());
            lines.add(new ChildLine(item.childId(), child == null ? null : child.displayName(), item.type(), item.id(),
                    item.date(), inNumerator.contains(itemKey(item)), item.teamId(),
                    item.teamId() == null ? null : teams.get(item.teamId()), item.workerId(),
                    item.workerId() == null ? null : workers.get(item.workerId()), item.agencyName()));
            viewed.add(item.childId());
        }
        // Listing a child by name is a view of that child's record: log one view per child listed.
        String what = "indicator child list: " + calculation.indicator().name() + " " + period.from() + " to " + period.to();
        audit.recordViews(me.asActor(), viewed, what);
        return lines;
    }

    /** The multi-agency dataset: contacts and referrals by referring agency, and each agency at strategy discussions. */
    @Transactional(readOnly = true)
    public List<AgencyRow> multiAgency(CurrentUser me, Period period) {
        requireAggregates(me);
        check(period);
        ReportingData data = loader.load(period.from(), period.to());
        try {
            return MultiAgencyDataset.compute(data, period);
        } finally {
            Calculations.forget();
        }
    }

    public Indicator definition(String indicatorId) {
        return calculation(indicatorId).indicator();
    }

    // ---- pure parts (tested without Spring) ----

    /** Every calculation's figure for the period. */
    public static List<IndicatorValue> values(List<IndicatorCalculation> calculations, Map<String, Effective> effective,
                                              ReportingData data, Period period) {
        List<IndicatorValue> values = new ArrayList<>(calculations.size());
        for (IndicatorCalculation calculation : calculations) {
            Indicator indicator = calculation.indicator();
            Effective setting = effective.get(indicator.id());
            Thresholds thresholds = setting == null ? orNone(indicator.defaults()) : setting.thresholds();
            Double england = setting == null ? indicator.england() : setting.england();
            values.add(figure(indicator, calculation.measure(data, period), thresholds, england, data.childPopulation()));
        }
        return values;
    }

    /**
     * A measure as a figure: COUNT the numerator (no denominator); PERCENT 100·n/d; PER_10000 10000·n/population
     * (the measure's own population, else the configured child population); AVERAGE n/d. One decimal place, half up;
     * no value when the denominator is zero. Coloured by the thresholds and the indicator's polarity.
     */
    public static IndicatorValue figure(Indicator indicator, Measure measure, Thresholds thresholds, Double england,
                                        long childPopulation) {
        long n = measure.numerator().size();
        Long d;
        Double value;
        switch (indicator.unit()) {
            case PERCENT -> {
                d = (long) measure.denominator().size();
                value = Calculations.percent(n, d);
            }
            case PER_10000 -> {
                d = measure.population() != null ? measure.population() : childPopulation;
                value = d == 0 ? null : Calculations.round1(10_000.0 * n / d);
            }
            case AVERAGE -> {
                d = (long) measure.denominator().size();
                value = Calculations.ratio(n, d);
            }
            default -> {
                d = null;
                value = (double) n;
            }
        }
        Thresholds t = orNone(thresholds);
        return new IndicatorValue(indicator.id(), indicator.name(), n, d, value, indicator.unit().name(),
                rag(indicator.polarity(), t, value), t.target(), england);
    }

    /**
     * Red, amber or green (the {@link Thresholds} contract): higher is better — green at or above the target, amber
     * at or above the amber threshold, else red; lower is better — the mirror. No target, no value or no polarity:
     * no colour.
     */
    public static Rag rag(Polarity polarity, Thresholds thresholds, Double value) {
        if (value == null || thresholds == null || thresholds.target() == null || polarity == Polarity.NEITHER) {
            return Rag.NONE;
        }
        double target = thresholds.target();
        Double amber = thresholds.amberFrom();
        if (polarity == Polarity.HIGHER_IS_BETTER) {
            return value >= target ? Rag.GREEN : amber != null && value >= amber ? Rag.AMBER : Rag.RED;
        }
        return value <= target ? Rag.GREEN : amber != null && value <= amber ? Rag.AMBER : Rag.RED;
    }

    /** Numerator and denominator items grouped by a key (team, worker, agency), each group a figure; sorted by key. */
    public static Map<String, IndicatorValue> breakdown(Indicator indicator, Effective effective, Measure measure,
                                                        long childPopulation, Function<CountedItem, String> key) {
        Map<String, List<CountedItem>> numerators = new TreeMap<>();
        Map<String, List<CountedItem>> denominators = new TreeMap<>();
        measure.numerator().forEach(i -> numerators.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i));
        measure.denominator().forEach(i -> denominators.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i));
        Set<String> keys = new java.util.TreeSet<>(numerators.keySet());
        keys.addAll(denominators.keySet());
        Thresholds thresholds = effective == null ? orNone(indicator.defaults()) : effective.thresholds();
        Double england = effective == null ? indicator.england() : effective.england();
        Map<String, IndicatorValue> figures = new LinkedHashMap<>();
        for (String k : keys) {
            Measure part = new Measure(numerators.getOrDefault(k, List.of()), denominators.getOrDefault(k, List.of()),
                    measure.population());
            figures.put(k, figure(indicator, part, thresholds, england, childPopulation));
        }
        return figures;
    }

    /**
     * The items behind a figure that are about a child: the denominator (each flagged whether it is also in the
     * numerator) and any numerator item not in it; for a plain count, the numerator. Dated, then by id.
     */
    public static List<CountedItem> childItems(Measure measure) {
        Map<String, CountedItem> items = new LinkedHashMap<>();
        for (CountedItem item : measure.denominator()) {
            items.putIfAbsent(itemKey(item), item);
        }
        for (CountedItem item : measure.numerator()) {
            items.putIfAbsent(itemKey(item), item);
        }
        return items.values().stream().filter(i -> i.childId() != null)
                .sorted(Comparator.comparing(CountedItem::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CountedItem::type).thenComparingLong(CountedItem::id))
                .toList();
    }

    static String itemKey(CountedItem item) {
        return item.type() + ":" + item.id();
    }

    // ---- access and input ----

    /** Aggregate figures: any local authority role and councillors; never partners (issue 7), nor IT administrators. */
    public void requireAggregates(CurrentUser me) {
        Role role = me.role();
        if (!role.seesAnyUnrestrictedChild() && role != Role.COUNCILLOR) {
            throw audit.refuse(me.asActor(), null, "performance indicators",
                    "Performance figures are for the local authority's staff and councillors.");
        }
    }

    /** Child-level lists name children: team managers and performance analysts only; never councillors, administrators or partners. */
    private void requireChildLists(CurrentUser me, Indicator indicator) {
        Role role = me.role();
        if (role != Role.TEAM_MANAGER && role != Role.PERFORMANCE_ANALYST) {
            throw audit.refuse(me.asActor(), null, "indicator child list: " + indicator.name(),
                    "The children behind a figure are listed only for team managers and performance analysts.");
        }
    }

    private IndicatorCalculation calculation(String id) {
        return catalogue.find(id).orElseThrow(() -> new NotFound("There is no indicator with the id '" + id + "'"));
    }

    static void check(Period period) {
        if (period == null || period.from() == null) {
            throw new ValidationFailure("from", "Enter the start of the period as a date, YYYY-MM-DD");
        }
        if (period.to() == null) {
            throw new ValidationFailure("to", "Enter the end of the period as a date, YYYY-MM-DD");
        }
        if (period.to().isBefore(period.from())) {
            throw new ValidationFailure("to", "The end of the period (to) must be on or after its start (from)");
        }
        if (period.to().isAfter(period.from().plusMonths(MAX_MONTHS))) {
            throw new ValidationFailure("to", "A period can be at most " + MAX_MONTHS / 12 + " years long");
        }
    }

    static void check(YearMonth first, YearMonth last) {
        if (first == null) {
            throw new ValidationFailure("first", "Enter the first month as YYYY-MM");
        }
        if (last == null) {
            throw new ValidationFailure("last", "Enter the last month as YYYY-MM");
        }
        if (last.isBefore(first)) {
            throw new ValidationFailure("last", "The last month must be the same as or after the first month");
        }
        if (last.isAfter(first.plusMonths(MAX_MONTHS - 1))) {
            throw new ValidationFailure("last", "At most " + MAX_MONTHS + " months at once");
        }
    }

    private Map<Long, String> teamNames() {
        Map<Long, String> names = new HashMap<>();
        for (Team team : loader.teams()) {
            names.put(team.id(), team.name());
        }
        return names;
    }

    private static Map<Long, String> workerNames(ReportingData data) {
        Map<Long, String> names = new HashMap<>();
        for (StaffMember member : data.staff()) {
            names.put(member.userId(), member.displayName());
        }
        return names;
    }

    private static Function<CountedItem, String> names(Map<Long, String> names, Function<CountedItem, Long> id) {
        return item -> {
            Long key = id.apply(item);
            return key == null ? NOT_RECORDED : Objects.requireNonNullElse(names.get(key), "Unknown (" + key + ")");
        };
    }

    private static Thresholds orNone(Thresholds thresholds) {
        return thresholds == null ? Thresholds.NONE : thresholds;
    }
}
