package uk.safeguard.reporting.internal;

import java.time.YearMonth;
import java.util.List;
import uk.safeguard.reporting.ChildLine;
import uk.safeguard.reporting.Indicator;

/** The child-level list behind one indicator's figure for a month (permitted roles only). */
public record DashboardChildList(Indicator indicator, YearMonth month, List<ChildLine> lines) {

    public long inNumerator() {
        return lines.stream().filter(ChildLine::inNumerator).count();
    }

    /** Whether the list has a numerator apart from the whole (a ratio): then "counted in the numerator" means something. */
    public boolean isRatio() {
        return indicator.denominator() != null && !indicator.denominator().isBlank();
    }

    public ExportTable table() {
        ExportTable.Builder table = ExportTable.named("Children " + indicator.id() + " " + month, "Child id", "Child",
                "Record", "Record id", "Date", "In the numerator", "Team", "Worker", "Referring agency", "Indicator id",
                "Month");
        for (ChildLine l : lines) {
            table.row(l.childId(), l.childName(), l.type(), l.id(), l.date(), l.inNumerator() ? "Yes" : "No",
                    l.teamName(), l.workerName(), l.agencyName(), indicator.id(), month.toString());
        }
        return table.build();
    }
}
