package uk.safeguard.reporting.internal;

import java.time.YearMonth;
import java.util.List;

/** The monthly scrutiny dashboard for one month: its groups, and the 13 months the trends cover (oldest first). */
public record DashboardPage(YearMonth month, List<YearMonth> months, List<DashboardGroup> groups) {

    public String monthText() {
        return DashboardFormat.month(month);
    }

    public YearMonth lastYear() {
        return month.minusMonths(12);
    }

    public String lastYearText() {
        return DashboardFormat.month(lastYear());
    }

    public List<DashboardRow> rows() {
        return groups.stream().flatMap(g -> g.rows().stream()).toList();
    }
}
