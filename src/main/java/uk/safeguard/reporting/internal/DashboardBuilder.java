package uk.safeguard.reporting.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.IndicatorValue;

/**
 * Builds the dashboard from the indicators' definitions and their monthly figures (pure, so tests feed it by hand):
 * groups in the engine's order, each indicator's month, the same month last year and a 13-month trend chart
 * (DOMAIN.md section 8: "a monthly dashboard, trends over at least 12 months, red/amber/green against targets").
 */
public final class DashboardBuilder {
    /** The trend's length: the month and the twelve before it, so the same month last year is on the chart. */
    public static final int TREND_MONTHS = 13;

    private DashboardBuilder() {
    }

    public static YearMonth firstMonth(YearMonth month) {
        return month.minusMonths(TREND_MONTHS - 1);
    }

    public static DashboardPage build(YearMonth month, List<Indicator> definitions,
                                      Map<YearMonth, List<IndicatorValue>> monthly, Map<String, String> narratives) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = firstMonth(month); !m.isAfter(month); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<YearMonth, Map<String, IndicatorValue>> byMonth = new LinkedHashMap<>();
        for (YearMonth m : months) {
            Map<String, IndicatorValue> values = new LinkedHashMap<>();
            for (IndicatorValue v : monthly.getOrDefault(m, List.of())) {
                values.put(v.id(), v);
            }
            byMonth.put(m, values);
        }
        Map<String, List<DashboardRow>> groups = new LinkedHashMap<>();
        for (Indicator indicator : definitions) {
            List<TrendChart.Point> trend = new ArrayList<>();
            for (YearMonth m : months) {
                IndicatorValue v = byMonth.get(m).get(indicator.id());
                trend.add(new TrendChart.Point(m, v == null ? null : v.value()));
            }
            IndicatorValue current = byMonth.get(month).get(indicator.id());
            IndicatorValue lastYear = byMonth.get(month.minusMonths(12)).get(indicator.id());
            Double target = current != null ? current.target()
                    : indicator.defaults() == null ? null : indicator.defaults().target();
            String svg = TrendChart.svg("trend-" + indicator.id(), indicator.name(), indicator.unit(), trend, target);
            String group = indicator.group() == null || indicator.group().isBlank() ? "Other" : indicator.group();
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(new DashboardRow(indicator, month, current,
                    lastYear, List.copyOf(trend), svg, narratives.get(indicator.id())));
        }
        List<DashboardGroup> result = new ArrayList<>();
        groups.forEach((name, rows) -> result.add(new DashboardGroup(name, List.copyOf(rows))));
        return new DashboardPage(month, List.copyOf(months), List.copyOf(result));
    }

    /** The dashboard table as downloaded (CSV/XLSX): one row per indicator, what the page's tables show. */
    public static ExportTable table(DashboardPage page) {
        ExportTable.Builder table = ExportTable.named("Dashboard " + page.month(), "Group", "Indicator id", "Indicator",
                "Month", "Numerator", "Denominator", "Value", "Unit", "Red/amber/green", "Target",
                "Same month last year", "England", "England source", "Narrative");
        for (DashboardGroup group : page.groups()) {
            for (DashboardRow row : group.rows()) {
                table.row(group.name(), row.id(), row.name(), page.month().toString(), row.numerator(),
                        row.denominator(), row.value(), row.unit().label(), row.ragWord(), row.target(),
                        row.lastYearValue(), row.england(), row.indicator().englandSource(), row.narrative());
            }
        }
        return table.build();
    }

    /** The trend figures behind the charts: one row per indicator, one column per month. */
    public static ExportTable trends(DashboardPage page) {
        List<String> headings = new ArrayList<>(List.of("Indicator id", "Indicator", "Unit"));
        page.months().forEach(m -> headings.add(m.toString()));
        List<List<Object>> rows = new ArrayList<>();
        for (DashboardRow row : page.rows()) {
            List<Object> cells = new ArrayList<>(List.of(row.id(), row.name(), row.unit().label()));
            row.trend().forEach(p -> cells.add(p.value()));
            rows.add(cells);
        }
        return new ExportTable("Trends to " + page.month(), headings, rows);
    }
}
