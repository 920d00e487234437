package uk.safeguard.platform;

/** The signed-in user may not see or do this (403). The attempt has already been logged by whoever throws it. */
public class NoAccess extends RuntimeException {
    public NoAccess(String message) {
        super(message);
    }
}
