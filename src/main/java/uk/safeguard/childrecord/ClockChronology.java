package uk.safeguard.childrecord;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import uk.safeguard.audit.ChronologyEntry;
import uk.safeguard.clock.ChildClock;
import uk.safeguard.clock.ClockStatus;

/**
 * Puts the child's clocks on the chronology: when each started (with what it is due by, and why) and whether it was met
 * or missed when it stopped. They are computed from the clock events, not stored as audit events, so they carry no id
 * (0) and cannot be challenged on their own: the fact behind them (the discussion, the conference) can.
 */
final class ClockChronology {
    static final String STARTED = "CLOCK_STARTED";
    static final String MET = "CLOCK_MET";
    static final String MISSED = "CLOCK_MISSED";
    private static final String SYSTEM = "Safeguard (clock)";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private ClockChronology() {}

    /** The audit chronology (newest first) with the clocks' entries merged in, newest first. */
    static List<ChronologyEntry> merge(List<ChronologyEntry> audited, List<ChildClock> clocks) {
        List<ChronologyEntry> all = new ArrayList<>(audited.size() + 2 * clocks.size());
        all.addAll(audited);
        for (ChildClock c : clocks) {
            all.add(new ChronologyEntry(0, c.startedAt(), c.startedAt(), STARTED,
                    c.clock() + " due by " + due(c) + ": " + c.explanation(), SYSTEM, "clock", c.clockId()));
            if (c.stoppedAt() != null && (c.status() == ClockStatus.MET || c.status() == ClockStatus.MISSED)) {
                boolean met = c.status() == ClockStatus.MET;
                all.add(new ChronologyEntry(0, c.stoppedAt(), c.stoppedAt(), met ? MET : MISSED,
                        c.clock() + (met ? ": met" : ": MISSED") + " (due by " + due(c) + ")", SYSTEM, "clock", c.clockId()));
            }
        }
        all.sort(Comparator.comparing(ChronologyEntry::occurredAt).reversed());
        return all;
    }

    private static String due(ChildClock c) {
        return DAY.format(c.dueDate());
    }
}
