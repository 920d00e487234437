package uk.safeguard.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.time.YearMonth;
import uk.safeguard.reporting.Unit;

/**
 * A month-by-month trend drawn on the server as inline SVG: no JavaScript, the same drawing in the page and in the
 * PDF pack. Accessible: {@code role="img"} named by its {@code <title>} and described by a {@code <desc>} that
 * says the latest, lowest and highest figures and the target; the page puts every month's figure in a table too.
 * The target is a dashed line with a label, so it is told apart by shape and words, not colour (WCAG 1.4.1).
 * Months with no figure leave a gap in the line and nothing else: the output never holds NaN.
 */
public final class TrendChart {
    static final int WIDTH = 600;
    static final int HEIGHT = 230;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 44;

    /** One month's figure; {@code value} null when there is none (e.g. no denominator). */
    public record Point(YearMonth month, Double value) {
        boolean hasValue() {
            return value != null && !value.isNaN() && !value.isInfinite();
        }
    }

    private TrendChart() {
    }

    /**
     * The SVG for one indicator. {@code id} makes the title and description ids unique on the page (letters,
     * digits and hyphens); {@code target} may be null.
     */
    public static String svg(String id, String name, Unit unit, List<Point> points, Double target) {
        String safeId = id.replaceAll("[^A-Za-z0-9-]", "-");
        Scale y = Scale.of(points, target, unit);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sg-trend\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" aria-labelledby=\"").append(safeId).append("-title ").append(safeId).append("-desc\">");
        svg.append("<title id=\"").append(safeId).append("-title\">").append(escape(name + ": trend over "
                + points.size() + " months")).append("</title>");
        svg.append("<desc id=\"").append(safeId).append("-desc\">").append(escape(describe(unit, points, target)))
                .append("</desc>");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>");
        // Horizontal grid lines and the value axis labels.
        for (double tick : y.ticks()) {
            double py = y.position(tick);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(f(py))
                    .append("\" y2=\"").append(f(py)).append("\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(py + 4))
                    .append("\" text-anchor=\"end\" font-family=\"Arial, sans-serif\" font-size=\"12\" fill=\"#0b0c0c\">")
                    .append(escape(DashboardFormat.shortValue(tick, unit))).append("</text>");
        }
        // Axes.
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>");
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM)
                .append("\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>");
        // Month labels, every month: the committee reads the chart month by month.
        for (int i = 0; i < points.size(); i++) {
            double px = x(i, points.size());
            YearMonth month = points.get(i).month();
            svg.append("<text x=\"").append(f(px)).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\" font-family=\"Arial, sans-serif\" font-size=\"11\" fill=\"#0b0c0c\">")
                    .append(escape(month.format(java.time.format.DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH))))
                    .append("</text>");
            if (i == 0 || month.getMonthValue() == 1) {
                svg.append("<text x=\"").append(f(px)).append("\" y=\"").append(HEIGHT - BOTTOM + 30)
                        .append("\" text-anchor=\"middle\" font-family=\"Arial, sans-serif\" font-size=\"11\" fill=\"#505a5f\">")
                        .append(month.getYear()).append("</text>");
            }
        }
        // The target: dashed, labelled.
        if (target != null && !target.isNaN() && !target.isInfinite()) {
            double ty = y.position(target);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(f(ty))
                    .append("\" y2=\"").append(f(ty))
                    .append("\" stroke=\"#0b0c0c\" stroke-width=\"2\" stroke-dasharray=\"6 4\" class=\"sg-trend__target\"/>");
            svg.append("<text x=\"").append(WIDTH - RIGHT - 2).append("\" y=\"").append(f(ty - 5))
                    .append("\" text-anchor=\"end\" font-family=\"Arial, sans-serif\" font-size=\"12\" fill=\"#0b0c0c\">")
                    .append(escape("Target " + DashboardFormat.shortValue(target, unit))).append("</text>");
        }
        // The figures: a line through consecutive months that have one (a gap where a month has none), and a dot each.
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (!p.hasValue()) {
                drawing = false;
                continue;
            }
            path.append(drawing ? " L" : (path.isEmpty() ? "M" : " M")).append(f(x(i, points.size()))).append(' ')
                    .append(f(y.position(p.value())));
            drawing = true;
        }
        if (!path.isEmpty()) {
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"3\" class=\"sg-trend__line\"/>");
        }
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (p.hasValue()) {
                svg.append("<circle cx=\"").append(f(x(i, points.size()))).append("\" cy=\"").append(f(y.position(p.value())))
                        .append("\" r=\"4\" fill=\"#1d70b8\" class=\"sg-trend__point\"/>");
            }
        }
        if (points.stream().noneMatch(Point::hasValue)) {
            svg.append("<text x=\"").append((LEFT + WIDTH - RIGHT) / 2).append("\" y=\"").append((TOP + HEIGHT - BOTTOM) / 2)
                    .append("\" text-anchor=\"middle\" font-family=\"Arial, sans-serif\" font-size=\"14\" fill=\"#0b0c0c\">")
                    .append("No figures for these months</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** The description a screen reader hears: the span, the latest figure, the lowest and highest, the target. */
    static String describe(Unit unit, List<Point> points, Double target) {
        if (points.isEmpty()) {
            return "No months to show.";
        }
        StringBuilder d = new StringBuilder("Monthly figures from ")
                .append(DashboardFormat.month(points.get(0).month())).append(" to ")
                .append(DashboardFormat.month(points.get(points.size() - 1).month())).append(". ");
        List<Point> valued = points.stream().filter(Point::hasValue).toList();
        if (valued.isEmpty()) {
            d.append("No month has a figure. ");
        } else {
            Point last = points.get(points.size() - 1);
            d.append("Latest: ").append(last.hasValue() ? DashboardFormat.value(last.value(), unit) : "no figure").append(". ");
            Point low = valued.get(0);
            Point high = valued.get(0);
            for (Point p : valued) {
                if (p.value() < low.value()) {
                    low = p;
                }
                if (p.value() > high.value()) {
                    high = p;
                }
            }
            d.append("Lowest: ").append(DashboardFormat.value(low.value(), unit)).append(" in ")
                    .append(DashboardFormat.month(low.month())).append(". Highest: ")
                    .append(DashboardFormat.value(high.value(), unit)).append(" in ")
                    .append(DashboardFormat.month(high.month())).append(". ");
            long missing = points.size() - valued.size();
            if (missing > 0) {
                d.append(missing).append(missing == 1 ? " month has" : " months have").append(" no figure. ");
            }
        }
        d.append(target == null ? "No target." : "Target: " + DashboardFormat.value(target, unit) + ".");
        return d.toString();
    }

    static double x(int index, int count) {
        double plot = WIDTH - LEFT - RIGHT - 24;
        return count <= 1 ? LEFT + 12 + plot / 2 : LEFT + 12 + plot * index / (count - 1);
    }

    /** The value axis: from zero (a bar-free line still reads honestly from zero) to a round number above the data. */
    record Scale(double max, double step) {
        static Scale of(List<Point> points, Double target, Unit unit) {
            double top = 0;
            for (Point p : points) {
                if (p.hasValue()) {
                    top = Math.max(top, p.value());
                }
            }
            if (target != null && !target.isNaN() && !target.isInfinite()) {
                top = Math.max(top, target);
            }
            if (unit == Unit.PERCENT && top <= 100) {
                return new Scale(100, 25);
            }
            if (top <= 0) {
                top = unit == Unit.COUNT ? 4 : 1;
            }
            double step = niceStep(top / 4);
            if (unit == Unit.COUNT) {
                step = Math.max(1, Math.ceil(step));
            }
            double max = Math.ceil(top / step) * step;
            if (max < top * 1.05) {
                max += step;
            }
            return new Scale(max, step);
        }

        static double niceStep(double rough) {
            double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
            double fraction = rough / magnitude;
            double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
            return nice * magnitude;
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            for (int i = 0; i * step <= max + step / 1000; i++) {
                ticks.add(i * step);
            }
            return ticks;
        }

        double position(double value) {
            double clamped = Math.max(0, Math.min(max, value));
            return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * clamped / max;
        }
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
