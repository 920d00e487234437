package uk.safeguard.frontdoor;

import java.util.List;

/** A level of need judged by a practitioner: indicator codes from the current threshold document, and why. */
public record Screening(Integer level, List<String> indicators, String rationale) {
    public Screening {
        indicators = indicators == null ? List.of() : indicators;
    }
}
