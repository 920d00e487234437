package uk.safeguard.recording;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An alert with its evidence, review date and any contrary evidence (always shown together: Families' Commission,
 * seeds 003 line 2213, "the label remained despite independent evidence to the contrary").
 */
public record AlertView(long id, long personId, LabelType labelType, String label, String description, String evidence,
                        LocalDate raisedOn, LocalDate reviewDate, String raisedBy, boolean active, boolean reviewOverdue,
                        Instant retiredAt, String retiredBy, String retiredReason, List<ContraryEvidence> contraryEvidence,
                        String contested) {

    public record ContraryEvidence(long id, String givenBy, String evidence, LocalDate givenOn, String recordedBy) {}

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK);

    /** "contested: the mother (3 Dec 2026): hair strand test negative; …" or null when nothing contradicts it. */
    public static String contested(List<ContraryEvidence> contraryEvidence) {
        if (contraryEvidence.isEmpty()) {
            return null;
        }
        return "contested: " + String.join("; ", contraryEvidence.stream()
                .map(c -> c.givenBy() + " (" + DAY.format(c.givenOn()) + "): " + c.evidence()).toList());
    }
}
