package uk.safeguard.migration;

import uk.safeguard.audit.Actor;

/** What an importing handler may ask of the migration module while checking and writing rows. */
public interface SsdImportContext {
    /** Who runs the import (the administrator or analyst who uploaded it; a system actor from the command line). */
    Actor actor();

    /** The import's id (e.g. for chronology summaries). */
    String importId();

    /** True if a row of this kind with this SSD id has been read in this import (earlier file or row) or imported before. */
    boolean knows(SsdKind kind, String ssdId);

    /**
     * Reads {@code field}, which must name a known record of {@code kind} ({@code object} is its SSD object, for the
     * message). Blank → null (add your own {@code required} check if it is). Unknown → an error
     * {@code references:<object>} on the row, and null.
     */
    String requireKnown(SsdRow row, String field, SsdKind kind, String object);

    /** The SSD person id that the row defining this key named in its person field (see {@link SsdObject#personField}), or null. */
    String personOf(SsdKind kind, String ssdId);

    /**
     * The local id of a record written earlier in this import or by an earlier one; null if none (e.g. the key is
     * known but its row failed, or it was never registered under this kind).
     */
    Long localId(SsdKind kind, String ssdId);

    /** Records that the SSD id now names this local record (written with the import's transaction). */
    void register(SsdKind kind, String ssdId, long localId);
}
