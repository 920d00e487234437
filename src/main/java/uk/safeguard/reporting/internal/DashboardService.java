package uk.safeguard.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.frontdoor.FrontDoorFacts;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.reporting.Breakdown;
import uk.safeguard.reporting.ChildLine;
import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.IndicatorValue;
import uk.safeguard.reporting.Indicators;
import uk.safeguard.reporting.Period;

/**
 * What the performance pages show, from the {@link Indicators} engine: the monthly dashboard, an indicator's
 * drill-down, the child list behind a figure, and attrition. Aggregate figures are for local authority staff and
 * councillors, never partners; child-level lists only for the roles that work with children's records
 * (issue 7: "Councillors see the aggregate dashboard only").
 */
@Service
public class DashboardService {
    /** Roles that may open the child-level list behind a figure (issue 7 brief); never councillors, admins, partners. */
    /** The roles the indicators service lets see the children behind a figure (need-to-know: DOMAIN.md section 2). */
    public static final Set<Role> CHILD_LIST_ROLES = Set.of(Role.TEAM_MANAGER, Role.PERFORMANCE_ANALYST);
    /** The longest attrition period: five years is already more than the look-back the committee asked about. */
    static final int MAX_ATTRITION_DAYS = 5 * 366;

    private final Indicators indicators;
    private final IndicatorsService engine;
    private final FrontDoorFacts frontDoor;
    private final PackNarratives narratives;
    private final AuditTrail audit;
    private final Clock clock;

    public DashboardService(Indicators indicators, IndicatorsService engine, FrontDoorFacts frontDoor,
                            PackNarratives narratives, AuditTrail audit, Clock clock) {
        this.indicators = indicators;
        this.engine = engine;
        this.frontDoor = frontDoor;
        this.narratives = narratives;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean mayListChildren(CurrentUser me) {
        return CHILD_LIST_ROLES.contains(me.role());
    }

    /**
     * Aggregate figures are for the local authority's staff and councillors (issue 7 brief: "never partners"); IT
     * administrators are refused too, as the indicators engine refuses them, so every performance page agrees.
     */
    public void requireAggregate(CurrentUser me) {
        if (!me.role().seesAnyUnrestrictedChild() && me.role() != Role.COUNCILLOR) {
            throw audit.refuse(me.asActor(), null, "performance figures",
                    "Performance figures are for the local authority's staff and councillors, not partner agencies.");
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
    }

    /** The last complete month: the dashboard's default. */
    public YearMonth lastCompleteMonth() {
        return YearMonth.from(today()).minusMonths(1);
    }

    /** The month asked for ("YYYY-MM"), or the last complete month when none; the current month at the latest. */
    public YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return lastCompleteMonth();
        }
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationFailure("month", "Enter the month as year and month, for example "
                    + lastCompleteMonth() + " (YYYY-MM)");
        }
        if (parsed.isAfter(YearMonth.from(today()))) {
            throw new ValidationFailure("month", "Choose " + DashboardFormat.month(YearMonth.from(today()))
                    + " or an earlier month: " + DashboardFormat.month(parsed) + " has not started");
        }
        if (parsed.getYear() < 2000) {
            throw new ValidationFailure("month", "Choose a month from January 2000 onwards");
        }
        return parsed;
    }

    /** The months offered in the month picker: the last two years, newest first. */
    public List<YearMonth> recentMonths() {
        List<YearMonth> months = new ArrayList<>();
        YearMonth m = YearMonth.from(today());
        for (int i = 0; i < 25; i++) {
            months.add(m.minusMonths(i));
        }
        return months;
    }

    public DashboardPage dashboard(CurrentUser me, YearMonth month) {
        requireAggregate(me);
        Map<YearMonth, List<IndicatorValue>> monthly = indicators.monthly(me, DashboardBuilder.firstMonth(month), month);
        return DashboardBuilder.build(month, indicators.definitions(), monthly, narratives.forMonth(month));
    }

    public List<Indicator> definitions(CurrentUser me) {
        requireAggregate(me);
        return indicators.definitions();
    }

    public Indicator indicator(CurrentUser me, String id) {
        return definitions(me).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("There is no indicator '" + id + "'. The dashboard lists every indicator."));
    }

    /** One indicator's row (with its trend) for the drill-down page. */
    public DashboardRow row(CurrentUser me, String id, YearMonth month) {
        Indicator indicator = indicator(me, id);
        // Only this indicator's 13 months, not the whole dashboard's.
        Map<YearMonth, List<IndicatorValue>> monthly = new LinkedHashMap<>();
        indicators.monthly(me, id, DashboardBuilder.firstMonth(month), month).forEach((m, v) -> monthly.put(m, List.of(v)));
        return DashboardBuilder.build(month, List.of(indicator), monthly, narratives.forMonth(month)).rows().get(0);
    }

    public List<DashboardBreakdown> breakdowns(CurrentUser me, String id, YearMonth month) {
        Indicator indicator = indicator(me, id);
        List<DashboardBreakdown> result = new ArrayList<>();
        // Every way from one load of the facts.
        indicators.breakdowns(me, id, Period.month(month))
                .forEach((by, values) -> result.add(DashboardBreakdown.of(indicator, month, by, values)));
        return result;
    }

    public DashboardBreakdown breakdown(CurrentUser me, Indicator indicator, YearMonth month, Breakdown by) {
        Map<String, IndicatorValue> values = indicators.breakdown(me, indicator.id(), Period.month(month), by);
        return DashboardBreakdown.of(indicator, month, by, values);
    }

    /**
     * The child-level list behind a figure: refused (403, logged) for any role not allowed child-level data, and
     * the engine refuses again on its own terms.
     */
    public List<ChildLine> children(CurrentUser me, String id, YearMonth month) {
        if (!mayListChildren(me)) {
            throw audit.refuse(me.asActor(), null, "child list behind indicator " + id,
                    "Child-level lists are for team managers and performance analysts; the aggregate "
                            + "figures are on the dashboard.");
        }
        indicator(me, id);
        return indicators.children(me, id, Period.month(month));
    }

    public Period attritionPeriod(String from, String to) {
        LocalDate end = to == null || to.isBlank() ? lastCompleteMonth().atEndOfMonth() : date("to", to);
        LocalDate start = from == null || from.isBlank() ? YearMonth.from(end).minusMonths(11).atDay(1) : date("from", from);
        if (start.isAfter(end)) {
            throw new ValidationFailure("from", "The start date must be on or before the end date (" + end + ")");
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(start, end) > MAX_ATTRITION_DAYS) {
            throw new ValidationFailure("from", "Choose a period of five years or less");
        }
        return new Period(start, end);
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationFailure(field, "Enter the " + (field.equals("from") ? "start" : "end")
                    + " date as year, month and day, for example 2026-04-01 (YYYY-MM-DD)");
        }
    }

    /** The multi-agency dataset (the engine's): each agency's contacts, referrals and part in strategy discussions. */
    public DashboardMultiAgency multiAgency(CurrentUser me, Period period) {
        requireAggregate(me);
        return new DashboardMultiAgency(period, engine.multiAgency(me, period));
    }

    public AttritionReport attrition(CurrentUser me, Period period) {
        requireAggregate(me);
        return AttritionReport.of(period, frontDoor.contacts(period.from(), period.to()));
    }
}
