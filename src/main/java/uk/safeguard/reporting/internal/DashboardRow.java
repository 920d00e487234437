package uk.safeguard.reporting.internal;

import java.time.YearMonth;
import java.util.List;
import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.IndicatorValue;
import uk.safeguard.reporting.Rag;
import uk.safeguard.reporting.Unit;

/**
 * One indicator on the dashboard and in the pack: this month's figure, the same month last year, the 13-month trend
 * (oldest first, the chart already drawn) and the month's narrative. {@code current} and {@code lastYear} are null
 * when the engine gave no figure for that month.
 */
public record DashboardRow(Indicator indicator, YearMonth month, IndicatorValue current, IndicatorValue lastYear,
                           List<TrendChart.Point> trend, String chartSvg, String narrative) {

    public String id() {
        return indicator.id();
    }

    public String name() {
        return indicator.name();
    }

    public Unit unit() {
        return indicator.unit();
    }

    public Double value() {
        return current == null ? null : current.value();
    }

    public Rag rag() {
        return current == null || current.rag() == null ? Rag.NONE : current.rag();
    }

    /** The configured target (an administrator may have changed it from the indicator's default). */
    public Double target() {
        return current != null ? current.target() : indicator.defaults() == null ? null : indicator.defaults().target();
    }

    public Double england() {
        return current != null && current.england() != null ? current.england() : indicator.england();
    }

    public Double lastYearValue() {
        return lastYear == null ? null : lastYear.value();
    }

    public String valueText() {
        return DashboardFormat.value(value(), unit());
    }

    public String ragLabel() {
        return DashboardFormat.ragLabel(rag(), target());
    }

    public String ragWord() {
        return DashboardFormat.ragWord(rag(), target());
    }

    public String ragClass() {
        return DashboardFormat.ragClass(rag());
    }

    public String targetText() {
        return target() == null ? "No target" : DashboardFormat.value(target(), unit());
    }

    public String lastYearText() {
        return DashboardFormat.value(lastYearValue(), unit());
    }

    public String englandText() {
        return england() == null ? "Not published" : DashboardFormat.value(england(), unit());
    }

    public Long numerator() {
        return current == null ? null : current.numerator();
    }

    public Long denominator() {
        return current == null ? null : current.denominator();
    }

    /** "41 of 48" for a ratio, "41" for a count, "41 per 98,000 children" for a rate; empty with no figure. */
    public String fraction() {
        if (current == null) {
            return "";
        }
        String top = DashboardFormat.whole(current.numerator());
        if (current.denominator() == null) {
            return top;
        }
        return top + (unit() == Unit.PER_10000 ? " among " + DashboardFormat.whole(current.denominator()) + " children"
                : " of " + DashboardFormat.whole(current.denominator()));
    }

    /** One sentence of the month's figures: "November 2026: 25% (1 of 4). Red: off target; target 95%. November 2025: 30%." */
    public String summaryText() {
        return monthText() + ": " + valueText() + (denominator() != null ? " (" + fraction() + ")" : "") + ". "
                + (target() == null ? "No target." : ragLabel() + "; target " + targetText() + ".") + " "
                + DashboardFormat.month(month.minusMonths(12)) + ": " + lastYearText() + ".";
    }

    public String monthText() {
        return DashboardFormat.month(month);
    }

    public String monthText(TrendChart.Point point) {
        return DashboardFormat.month(point.month());
    }

    /** A trend month's figure with its unit. */
    public String pointText(TrendChart.Point point) {
        return DashboardFormat.value(point.value(), unit());
    }
}
