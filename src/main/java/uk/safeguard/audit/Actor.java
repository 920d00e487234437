package uk.safeguard.audit;

/** Who did something, as the audit trail records them (the name is kept as it was at the time). */
public record Actor(long userId, String username, String description) {
    /** The system itself (migrations, demo data, scheduled work). */
    public static final Actor SYSTEM = new Actor(0, "system", "Safeguard (system)");
}
