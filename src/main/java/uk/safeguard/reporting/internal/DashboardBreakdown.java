package uk.safeguard.reporting.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.safeguard.reporting.Breakdown;
import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.IndicatorValue;
import uk.safeguard.reporting.Rag;
import uk.safeguard.reporting.Unit;

/** One indicator broken down by team, worker or referring agency for a month, as the drill-down shows it. */
public record DashboardBreakdown(Indicator indicator, YearMonth month, Breakdown by, List<Line> lines) {

    /** One team's, worker's or agency's figure. */
    public record Line(String name, IndicatorValue value, Unit unit) {
        public String valueText() {
            return DashboardFormat.value(value.value(), unit);
        }

        public Rag rag() {
            return value.rag() == null ? Rag.NONE : value.rag();
        }

        public String ragWord() {
            return DashboardFormat.ragWord(rag(), value.target());
        }

        public String ragLabel() {
            return DashboardFormat.ragLabel(rag(), value.target());
        }

        public String ragClass() {
            return DashboardFormat.ragClass(rag());
        }
    }

    static DashboardBreakdown of(Indicator indicator, YearMonth month, Breakdown by, Map<String, IndicatorValue> values) {
        List<Line> lines = new ArrayList<>();
        values.forEach((name, value) -> lines.add(new Line(name == null || name.isBlank() ? "Not recorded" : name, value,
                indicator.unit())));
        return new DashboardBreakdown(indicator, month, by, List.copyOf(lines));
    }

    /** "team", "worker", "referring-agency": the URL and file name part. */
    public String slug() {
        return slug(by);
    }

    public static String slug(Breakdown by) {
        return by.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Breakdown fromSlug(String slug) {
        for (Breakdown b : Breakdown.values()) {
            if (slug(b).equals(slug)) {
                return b;
            }
        }
        return null;
    }

    /** "Team", "Worker", "Referring agency". */
    public String heading() {
        return switch (by) {
            case TEAM -> "Team";
            case WORKER -> "Worker";
            case REFERRING_AGENCY -> "Referring agency";
        };
    }

    public boolean hasDenominator() {
        return lines.stream().anyMatch(l -> l.value().denominator() != null);
    }

    public ExportTable table() {
        ExportTable.Builder table = ExportTable.named(indicator.name() + " by " + heading().toLowerCase(java.util.Locale.ROOT),
                heading(), "Indicator id", "Month", "Numerator", "Denominator", "Value", "Unit", "Red/amber/green", "Target");
        for (Line l : lines) {
            table.row(l.name(), indicator.id(), month.toString(), l.value().numerator(), l.value().denominator(),
                    l.value().value(), indicator.unit().label(), l.ragWord(), l.value().target());
        }
        return table.build();
    }
}
