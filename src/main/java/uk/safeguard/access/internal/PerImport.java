package uk.safeguard.access.internal;

import java.util.function.Supplier;

/** State a handler keeps while one import runs (e.g. names seen so far in the file); a new import starts afresh. */
final class PerImport<T> {
    private final Supplier<T> fresh;
    private String importId;
    private T state;

    PerImport(Supplier<T> fresh) {
        this.fresh = fresh;
    }

    synchronized T of(String importId) {
        if (!importId.equals(this.importId)) {
            this.importId = importId;
            this.state = fresh.get();
        }
        return state;
    }
}
