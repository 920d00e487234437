package uk.safeguard.synthetic;

/**
 * How big a synthetic authority to make: children under 18 on the as-of date. Referrals scale with children, at the
 * rate of the largest English authorities (~25,000 a year for 300,000 children, issue 6).
 */
public enum Size {
    DEMO(2_000),
    MEDIUM(60_000),
    LARGE(300_000);

    private final int children;

    Size(int children) {
        this.children = children;
    }

    public int children() {
        return children;
    }

    /** Referrals a year at this size: 25,000 for LARGE, scaled by children. */
    public double referralsPerYear() {
        return 25_000.0 * children / 300_000.0;
    }
}
