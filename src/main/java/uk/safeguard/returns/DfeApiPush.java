package uk.safeguard.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One push to the DfE API, from the append-only ledger. {@code status} is RUNNING until it ends, then SUCCEEDED,
 * PARTLY_FAILED, FAILED or NOTHING_TO_SEND (INTERRUPTED when the application stopped during it). {@code startedBy} is
 * the user who pressed "Push now", or "scheduled".
 */
public record DfeApiPush(long id, Instant startedAt, String startedBy, LocalDate windowFrom, String endpoint,
                         Instant finishedAt, String status, Integer childrenSent, Integer childrenPurged,
                         Integer childrenInvalid, String message, List<DfeApiBatch> batches,
                         List<DfeApiInvalidChild> invalidChildren) {

    /** One request: how many children, the HTTP status (null when unreachable), attempts, the DfE Receipt as JSON. */
    public record DfeApiBatch(int number, int children, Integer httpStatus, int attempts, String receipt, String error,
                              Instant sentAt) {}

    /** A child left out because their item does not meet the DfE schema, with the validator's messages. */
    public record DfeApiInvalidChild(long childId, String laChildId, List<String> messages) {}
}
