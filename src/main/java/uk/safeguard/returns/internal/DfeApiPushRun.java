package uk.safeguard.returns.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safeguard.returns.DfeApiTarget;

/**
 * One push, after its ledger row is written: build every child's item, validate it against the DfE schema (invalid
 * children are listed, not sent), work out what changed or has gone since the last accepted push, send it in batches
 * and record each batch, then what the DfE now holds, then the end of the run.
 */
public final class DfeApiPushRun {
    /** The counts a finished push reports. */
    public record Outcome(String status, int sent, int purged, int invalid, String message) {}

    private final DfeApiLedger ledger;
    private final DfeApiClient client;
    private final Clock clock;

    public DfeApiPushRun(DfeApiLedger ledger, DfeApiClient client, Clock clock) {
        this.ledger = ledger;
        this.client = client;
        this.clock = clock;
    }

    public Outcome run(long pushId, DfeApiTarget target, DfeApiRecords records) {
        Map<Long, DfeApiChildItem> built = DfeApiPayloadBuilder.build(records);
        Map<Long, DfeApiChildItem> valid = new LinkedHashMap<>();
        Set<Long> invalid = new HashSet<>();
        DfeApiSchema schema = DfeApiSchema.get();
        for (DfeApiChildItem child : built.values()) {
            List<String> messages = schema.validateChild(child.item());
            if (messages.isEmpty()) {
                valid.put(child.childId(), child);
            } else {
                invalid.add(child.childId());
                ledger.invalid(pushId, child.childId(), child.laChildId(), messages);
            }
        }
        List<DfeApiChanges.ToSend> toSend = DfeApiChanges.toSend(valid, invalid, records.mergedAway(), ledger.sentChildren());
        if (toSend.isEmpty()) {
            Outcome outcome = new Outcome("NOTHING_TO_SEND", 0, 0, invalid.size(), "No child has changed since the last push.");
            end(pushId, outcome);
            return outcome;
        }
        Map<Long, DfeApiChanges.ToSend> byChild = new LinkedHashMap<>();
        toSend.forEach(s -> byChild.put(s.child().childId(), s));
        int[] accepted = {0, 0};
        List<DfeApiChildItem> children = new ArrayList<>(toSend.stream().map(DfeApiChanges.ToSend::child).toList());
        client.push(target, children, batch -> {
            ledger.batch(pushId, batch, clock.instant());
            if (batch.accepted()) {
                for (DfeApiChildItem c : batch.children()) {
                    DfeApiChanges.ToSend s = byChild.get(c.childId());
                    ledger.accepted(pushId, s, clock.instant());
                    accepted[s.purged() ? 1 : 0]++;
                }
            }
        });
        int notAccepted = children.size() - accepted[0] - accepted[1];
        String status = notAccepted == 0 ? "SUCCEEDED" : accepted[0] + accepted[1] == 0 ? "FAILED" : "PARTLY_FAILED";
        String message = notAccepted == 0 ? null : notAccepted + " of " + children.size()
                + " children were not accepted; they are sent again on the next push.";
        Outcome outcome = new Outcome(status, accepted[0], accepted[1], invalid.size(), message);
        end(pushId, outcome);
        return outcome;
    }

    private void end(long pushId, Outcome o) {
        ledger.endPush(pushId, clock.instant(), o.status(), o.sent(), o.purged(), o.invalid(), o.message());
    }
}
