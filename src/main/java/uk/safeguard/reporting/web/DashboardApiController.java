package uk.safeguard.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.YearMonth;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.Rag;
import uk.safeguard.reporting.internal.AttritionLine;
import uk.safeguard.reporting.internal.AttritionReport;
import uk.safeguard.reporting.internal.DashboardPage;
import uk.safeguard.reporting.internal.DashboardRow;
import uk.safeguard.reporting.internal.DashboardService;

/** The performance pages' figures as JSON: what the dashboard and the attrition page show (aggregates only). */
@RestController
public class DashboardApiController {
    private final DashboardService dashboards;

    public DashboardApiController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    /** The monthly dashboard: every indicator by group with its month, the same month last year and the 13-month trend. */
    @GetMapping("/api/performance/dashboard")
    @Operation(summary = "The monthly scrutiny dashboard", description = "Every indicator by dashboard group for the month "
            + "(YYYY-MM; default the last complete month): figure, numerator, denominator, red/amber/green, target, the same "
            + "month last year, England and the 13-month trend, with the month's commentary. Aggregates only; refused for "
            + "partners and administrators.")
    DashboardJson dashboard(CurrentUser me, @RequestParam(required = false) String month) {
        YearMonth m = dashboards.month(month);
        DashboardPage page = dashboards.dashboard(me, m);
        return new DashboardJson(m.toString(), page.months().get(0).toString(), m.toString(),
                page.groups().stream().map(g -> new GroupJson(g.name(), g.rows().stream().map(DashboardApiController::row).toList()))
                        .toList());
    }

    /** Contacts that went no further, by referring agency type and by school (defaults: the 12 months to last month). */
    @GetMapping("/api/performance/attrition")
    @Operation(summary = "Attrition at the front door", description = "Children on contacts received from..to (YYYY-MM-DD; "
            + "default the 12 months to the end of last month) by referring agency type and by school: no further action, "
            + "advice or signposting only, awaiting a decision, with percentages of each agency's contacts.")
    AttritionJson attrition(CurrentUser me, @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to) {
        dashboards.requireAggregate(me);
        Period period = dashboards.attritionPeriod(from, to);
        AttritionReport report = dashboards.attrition(me, period);
        return new AttritionJson(period.from().toString(), period.to().toString(),
                report.byAgencyType().stream().map(DashboardApiController::line).toList(), line(report.allAgencies()),
                report.bySchool().stream().map(DashboardApiController::line).toList(), line(report.allSchools()));
    }

    private static IndicatorJson row(DashboardRow r) {
        return new IndicatorJson(r.id(), r.name(), r.indicator().definition(), r.indicator().source(), r.unit().label(),
                r.numerator(), r.denominator(), r.value(), r.valueText(), r.rag(), r.target(), r.lastYearValue(), r.england(),
                r.indicator().englandSource(),
                r.trend().stream().map(p -> new PointJson(p.month().toString(), p.value())).toList(), r.narrative());
    }

    private static AttritionLineJson line(AttritionLine l) {
        return new AttritionLineJson(l.name(), l.contacts(), l.noFurtherAction(), l.noFurtherActionPercent(), l.adviceOnly(),
                l.adviceOnlyPercent(), l.wentNoFurtherPercent(), l.awaiting());
    }

    public record DashboardJson(String month, String trendFrom, String trendTo, List<GroupJson> groups) {}

    public record GroupJson(String name, List<IndicatorJson> indicators) {}

    public record IndicatorJson(String id, String name, String definition, String source, String unit, Long numerator,
                                Long denominator, Double value, String valueText, Rag rag, Double target,
                                Double sameMonthLastYear, Double england, String englandSource, List<PointJson> trend,
                                String narrative) {}

    public record PointJson(String month, Double value) {}

    public record AttritionJson(String from, String to, List<AttritionLineJson> byAgencyType, AttritionLineJson allAgencies,
                                List<AttritionLineJson> bySchool, AttritionLineJson allSchools) {}

    public record AttritionLineJson(String name, long contacts, long noFurtherAction, Double noFurtherActionPercent,
                                    long adviceOrSignpostingOnly, Double adviceOrSignpostingOnlyPercent,
                                    Double wentNoFurtherPercent, long awaitingDecision) {}
}
