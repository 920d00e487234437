package uk.safeguard.work;

import java.time.Instant;
import uk.safeguard.audit.Actor;

/**
 * Published (a Spring application event, inside the closing transaction) when a case closes, so that modules with work
 * still open in the episode can end it: e.g. an assessment not yet authorised is withdrawn.
 */
public record CaseClosed(long caseId, long childId, Instant closedAt, String closureReason, Actor actor) {}
