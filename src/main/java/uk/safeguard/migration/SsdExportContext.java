package uk.safeguard.migration;

/** What an exporting handler may ask of the migration module. */
public interface SsdExportContext {
    /**
     * The SSD id of a local record: the id it was imported under, else {@link SsdKind#defaultSsdId}. Null for null.
     * Answers from memory (the map is loaded once per kind), so call it per row freely.
     */
    String ssdId(SsdKind kind, Long localId);
}
