package uk.safeguard.migration;

import java.io.IOException;
import java.io.Reader;
import java.util.Set;

/** Where an import reads its CSV files from: a zip, a directory, or text in memory (tests). */
public interface SsdSource {
    /** The file names present, e.g. {@code ssd_person.csv}. */
    Set<String> fileNames();

    /** Opens one file for reading (UTF-8). */
    Reader open(String fileName) throws IOException;

    /** A name for messages and the import record (the zip's file name). */
    String name();
}
