package uk.safeguard.platform;

import java.util.List;
import java.util.Optional;

/**
 * A module's part of the child's page (assessments, plans, documents, alerts ...). The child's page asks every bean
 * implementing this, after it has checked that the viewer may open the record, and shows the sections in
 * {@link Section#order()}. Lives in platform so that any module can contribute without the child's page depending
 * on every module (and without cycles).
 */
public interface ChildRecordSection {

    /** The section for this child as this viewer may see it; empty when there is nothing to show. */
    Optional<Section> section(long childId, Viewer viewer);

    /** Who is looking: user id, role name (uk.safeguard.access.Role#name) and agency. */
    record Viewer(long userId, String role, Long agencyId) {}

    /**
     * One section: an anchor id, a heading, its place on the page, whether it is a warning shown at the top (e.g. a
     * "risk to staff" alert), a summary table and links (to the module's own pages, e.g. "Start an assessment").
     */
    record Section(String id, String title, int order, boolean warning, List<Row> rows, List<Link> links) {}

    /** One line of the summary: key, value, optional link (href may be null). */
    record Row(String key, String value, String href) {}

    record Link(String text, String href) {}
}
