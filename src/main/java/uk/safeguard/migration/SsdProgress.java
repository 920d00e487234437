package uk.safeguard.migration;

/** Told how far an import or export has got (called every few thousand rows and at the end of each file). */
@FunctionalInterface
public interface SsdProgress {
    SsdProgress NONE = (read, total, file) -> {};

    void progress(long rowsRead, long rowsTotal, String file);
}
