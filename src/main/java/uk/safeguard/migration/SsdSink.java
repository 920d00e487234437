package uk.safeguard.migration;

import java.io.IOException;
import java.io.Writer;

/** Where an export writes its CSV files: a zip stream or a directory. */
public interface SsdSink {
    /** A writer for one file; the export closes it before opening the next. */
    Writer create(String fileName) throws IOException;
}
