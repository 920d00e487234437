package uk.safeguard.migration;

import java.util.List;

/** Receives exported rows: values in the object's field order; null or "" for an empty value. */
@FunctionalInterface
public interface SsdRowWriter {
    void row(List<String> values);
}
