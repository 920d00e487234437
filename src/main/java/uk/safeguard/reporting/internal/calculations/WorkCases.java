package uk.safeguard.reporting.internal.calculations;

import java.time.LocalDate;
import java.util.Set;
import uk.safeguard.reporting.Period;
import uk.safeguard.work.WorkFacts.CaseFact;

/** Which cases the workforce indicators count: statutory social work (child in need and child protection cases). */
final class WorkCases {
    static final Set<String> SOCIAL_WORK = Set.of("CHILD_IN_NEED", "CHILD_PROTECTION");

    private WorkCases() {}

    static boolean socialWork(CaseFact c) {
        return SOCIAL_WORK.contains(c.kind());
    }

    /** Open at any time in the period: opened before it ended, not closed before it started. */
    static boolean openIn(CaseFact c, Period period) {
        LocalDate opened = Calculations.londonDate(c.openedAt());
        LocalDate closed = Calculations.londonDate(c.closedAt());
        return opened != null && !opened.isAfter(period.to()) && (closed == null || !closed.isBefore(period.from()));
    }
}
