package uk.safeguard.reporting.internal.calculations;

import java.util.Set;
import uk.safeguard.work.WorkFacts.CaseFact;

/** Which cases the workforce indicators count: statutory social work (child in need and child protection cases). */
final class WorkCases {
    static final Set<String> SOCIAL_WORK = Set.of("CHILD_IN_NEED", "CHILD_PROTECTION");

    private WorkCases() {}

    static boolean socialWork(CaseFact c) {
        return SOCIAL_WORK.contains(c.kind());
    }

    /** Open at any time in the period: opened before it ended, not closed before it started. */
    static boolean openIn(CaseFact c, Calculations.Span period) {
        return Calculations.openIn(c.openedAt(), c.closedAt(), period);
    }
}
