package uk.safeguard.reporting.web;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.reporting.ChildLine;
import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.internal.DashboardChildList;
import uk.safeguard.reporting.internal.DashboardFormat;
import uk.safeguard.reporting.internal.DashboardPage;
import uk.safeguard.reporting.internal.DashboardRow;
import uk.safeguard.reporting.internal.DashboardService;
import uk.safeguard.reporting.internal.PackNarratives;

/**
 * The performance pages: the monthly scrutiny dashboard, an indicator's drill-down (definition, breakdowns, and for
 * permitted roles the children behind the figure), and attrition at the front door.
 */
@Controller
public class DashboardController {
    /** The child list page shows this many rows; the downloads hold them all. */
    static final int CHILD_ROWS_SHOWN = 500;

    private final DashboardService dashboards;

    public DashboardController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/performance")
    String dashboard(CurrentUser me, @RequestParam(required = false) String month,
                     @RequestParam(required = false) String saved, Model model) {
        YearMonth m = dashboards.month(month);
        DashboardPage page = dashboards.dashboard(me, m);
        model.addAttribute("page", page);
        addMonthPicker(model, m);
        model.addAttribute("mayWrite", PackNarratives.mayWrite(me));
        model.addAttribute("saved", saved != null);
        return "reporting/dashboard";
    }

    @GetMapping("/performance/indicators/{id}")
    String indicator(CurrentUser me, @PathVariable String id, @RequestParam(required = false) String month, Model model) {
        YearMonth m = dashboards.month(month);
        DashboardRow row = dashboards.row(me, id, m);
        model.addAttribute("row", row);
        model.addAttribute("indicator", row.indicator());
        model.addAttribute("month", m);
        model.addAttribute("monthText", DashboardFormat.month(m));
        model.addAttribute("breakdowns", dashboards.breakdowns(me, id, m));
        model.addAttribute("mayListChildren", DashboardService.mayListChildren(me));
        addMonthPicker(model, m);
        return "reporting/indicator";
    }

    @GetMapping("/performance/indicators/{id}/children")
    String children(CurrentUser me, @PathVariable String id, @RequestParam(required = false) String month, Model model) {
        YearMonth m = dashboards.month(month);
        List<ChildLine> lines = dashboards.children(me, id, m);
        Indicator indicator = dashboards.indicator(me, id);
        DashboardChildList list = new DashboardChildList(indicator, m, lines);
        model.addAttribute("list", list);
        model.addAttribute("indicator", indicator);
        model.addAttribute("month", m);
        model.addAttribute("monthText", DashboardFormat.month(m));
        model.addAttribute("shown", lines.subList(0, Math.min(lines.size(), CHILD_ROWS_SHOWN)));
        addMonthPicker(model, m);
        return "reporting/indicator-children";
    }

    @GetMapping("/performance/attrition")
    String attrition(CurrentUser me, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     Model model) {
        return periodPage(me, from, to, model, "reporting/attrition",
                period -> model.addAttribute("report", dashboards.attrition(me, period)));
    }

    @GetMapping("/performance/multi-agency")
    String multiAgency(CurrentUser me, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       Model model) {
        return periodPage(me, from, to, model, "reporting/dashboard-multi-agency",
                period -> model.addAttribute("dataset", dashboards.multiAgency(me, period)));
    }

    /**
     * A page of aggregate figures over a typed period: the form keeps what was typed, and a bad period shows the
     * errors instead of the figures.
     */
    private String periodPage(CurrentUser me, String from, String to, Model model, String view, Consumer<Period> figures) {
        dashboards.requireAggregate(me);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            Period period = dashboards.attritionPeriod(from, to);
            figures.accept(period);
            model.addAttribute("from", period.from().toString());
            model.addAttribute("to", period.to().toString());
            model.addAttribute("periodText", DashboardFormat.day(period.from()) + " to " + DashboardFormat.day(period.to()));
        } catch (ValidationFailure e) {
            model.addAttribute("errors", fieldErrors(e));
        }
        return view;
    }

    /** Each field's first message, for the page's error summary. */
    static Map<String, String> fieldErrors(ValidationFailure e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
        return errors;
    }

    private void addMonthPicker(Model model, YearMonth chosen) {
        monthPicker(dashboards, model, chosen);
    }

    /** The month picker's choices (the last two years) and the chosen month, for any performance page. */
    static void monthPicker(DashboardService dashboards, Model model, YearMonth chosen) {
        Map<String, String> months = new LinkedHashMap<>();
        for (YearMonth m : dashboards.recentMonths()) {
            months.put(m.toString(), DashboardFormat.month(m));
        }
        months.putIfAbsent(chosen.toString(), DashboardFormat.month(chosen));
        model.addAttribute("months", months);
        model.addAttribute("chosenMonth", chosen.toString());
    }
}
