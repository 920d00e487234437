package uk.safeguard.protection;

/** The kinds of immediate protection (Children Act 1989 ss44, 46; WT2023 seeds 000 lines 2726-2746). */
public enum EmergencyActionType {
    EMERGENCY_PROTECTION_ORDER("Emergency protection order"),
    /** Ends within 72 hours (Children Act 1989 s46(6)). */
    POLICE_PROTECTION("Police protection"),
    OTHER("Other emergency action");

    private final String label;

    EmergencyActionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
