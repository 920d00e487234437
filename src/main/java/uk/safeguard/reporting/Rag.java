package uk.safeguard.reporting;

/** Red, amber or green against the target; NONE when the indicator has no target or no value. */
public enum Rag {
    RED, AMBER, GREEN, NONE
}
