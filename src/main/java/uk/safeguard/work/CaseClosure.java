package uk.safeguard.work;

import java.time.LocalDate;

/**
 * Closing a child-in-need episode: the CIN census closure date and reason for closure (RC1-RC9), and whether the child
 * steps down to early help (recorded on its own: RC9 is the usual code, but not the only one).
 */
public record CaseClosure(LocalDate closedAt, String closureReason, Boolean stepDownToEarlyHelp) {}
