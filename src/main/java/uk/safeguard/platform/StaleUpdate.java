package uk.safeguard.platform;

/**
 * An update was based on a version of the record that someone else has since changed (409).
 * Concurrent edits never overwrite silently.
 */
public class StaleUpdate extends RuntimeException {
    public StaleUpdate(String what, long expectedVersion, long currentVersion) {
        super(what + " was changed by someone else since you opened it (you had version " + expectedVersion
                + ", it is now version " + currentVersion + "). Review the current record and apply your change again.");
    }
}
