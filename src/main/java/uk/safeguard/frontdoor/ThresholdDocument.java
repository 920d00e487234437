package uk.safeguard.frontdoor;

import java.time.LocalDate;
import java.util.List;

/** A version of the local threshold document ("Right Help Right Time", seeds 003 lines 1481-1842). */
public record ThresholdDocument(long id, String version, String title, String source, LocalDate inForceFrom,
                                List<Level> levels, List<Indicator> indicators) {
    public record Level(int level, String name, String description) {}

    public record Indicator(String code, int level, String domain, String text) {}
}
