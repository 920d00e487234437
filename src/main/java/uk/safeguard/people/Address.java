package uk.safeguard.people;

import java.time.LocalDate;

/** An address the person lived at; {@code to} is empty while they still live there. */
public record Address(long id, String line1, String line2, String town, String postcode, LocalDate from, LocalDate to) {
    public boolean isCurrent(LocalDate today) {
        return (from == null || !from.isAfter(today)) && (to == null || to.isAfter(today));
    }

    public String oneLine() {
        StringBuilder text = new StringBuilder(line1);
        if (line2 != null && !line2.isBlank()) {
            text.append(", ").append(line2);
        }
        if (town != null && !town.isBlank()) {
            text.append(", ").append(town);
        }
        return text.append(", ").append(postcode).toString();
    }
}
