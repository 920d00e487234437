package uk.safeguard.frontdoor;

import java.time.LocalDate;
import java.util.List;

/**
 * A version of the local threshold document ("Right Help Right Time", seeds 003 lines 1481-1842). An indicator marked
 * {@code superseded} is kept because earlier screenings name it, but is no longer offered (V101).
 */
public record ThresholdDocument(long id, String version, String title, String source, LocalDate inForceFrom,
                                List<Level> levels, List<Indicator> indicators) {
    public record Level(int level, String name, String description) {}

    public record Indicator(String code, int level, String domain, String text, boolean superseded) {}

    /** The indicators offered when screening, in the document's order. */
    public List<Indicator> offered() {
        return indicators.stream().filter(i -> !i.superseded()).toList();
    }

    /** The offered indicators of one level. */
    public List<Indicator> offered(int level) {
        return indicators.stream().filter(i -> !i.superseded() && i.level() == level).toList();
    }
}
