package uk.safeguard.clock;

/** Where an instance of a clock stands against "now" (the injected Clock). */
public enum ClockStatus {
    /** Not stopped, not yet past due. */
    RUNNING,
    /** Not stopped and past due: for a day- or month-based clock only once its due day has passed. */
    OVERDUE,
    /** Stopped on or before the due day (or due time, for an hour clock). */
    MET,
    /** Stopped after it was due. */
    MISSED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isOpen() {
        return this == RUNNING || this == OVERDUE;
    }
}
