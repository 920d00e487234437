package uk.safeguard.reporting;

/** What a figure can be broken down by: the team or worker responsible, or the referring agency. */
public enum Breakdown {
    TEAM, WORKER, REFERRING_AGENCY
}
