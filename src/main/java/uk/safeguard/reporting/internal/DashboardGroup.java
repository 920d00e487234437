package uk.safeguard.reporting.internal;

import java.util.List;

/** One section of the dashboard: the indicators that share {@code Indicator.group()}, in the engine's order. */
public record DashboardGroup(String name, List<DashboardRow> rows) {

    /** An id for anchors and table captions: "Front door" → "front-door". */
    public String slug() {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
