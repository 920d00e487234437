package uk.safeguard.platform;

/** A request that is well-formed but breaks a process rule in the record's current state (409), e.g. deciding twice. */
public class RuleBroken extends RuntimeException {
    private final String rule;

    public RuleBroken(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
