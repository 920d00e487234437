package uk.safeguard.returns.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import uk.safeguard.returns.DfeApiTarget;

/**
 * Posts children to the DfE API in batches of at most 100 (the schema's {@code CSC.maxItems}). A 413 ("too many
 * records") splits the batch in halves and sends each; a 429 waits for {@code Retry-After} seconds (else an
 * exponential back-off) and tries again, a bounded number of times; 400, 401, 403 and 5xx are recorded as failed with
 * their status. A 401 or 403 stops the push: every later batch would be refused the same way. The token goes only in
 * the Authorization header, never in a log line or an error.
 */
public final class DfeApiClient {
    public static final int MAX_BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(DfeApiClient.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Waits between attempts; tests pass one that only records. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** One request's outcome: which children, the status (null when unreachable), attempts, the receipt as JSON. */
    public record BatchResult(int number, List<DfeApiChildItem> children, Integer status, int attempts, String receipt,
                              String error) {
        public boolean accepted() {
            return status != null && (status == 200 || status == 204);
        }
    }

    private final HttpClient http;
    private final Sleeper sleeper;
    private final int maxAttempts;
    private final Duration maxWait;
    private final Duration firstBackOff;

    public DfeApiClient(HttpClient http, Sleeper sleeper, int maxAttempts, Duration firstBackOff, Duration maxWait) {
        this.http = http;
        this.sleeper = sleeper;
        this.maxAttempts = maxAttempts;
        this.firstBackOff = firstBackOff;
        this.maxWait = maxWait;
    }

    /** Sends every child; each request's outcome goes to {@code onBatch} as it happens (the ledger), and is returned. */
    public List<BatchResult> push(DfeApiTarget target, List<DfeApiChildItem> children, Consumer<BatchResult> onBatch) {
        List<BatchResult> results = new ArrayList<>();
        State state = new State();
        for (int i = 0; i < children.size() && !state.stopped; i += MAX_BATCH) {
            send(target, children.subList(i, Math.min(children.size(), i + MAX_BATCH)), state, results, onBatch);
        }
        return results;
    }

    private static final class State {
        int number;
        boolean stopped;
    }

    private void send(DfeApiTarget target, List<DfeApiChildItem> batch, State state, List<BatchResult> results,
                      Consumer<BatchResult> onBatch) {
        if (state.stopped) {
            return;
        }
        ArrayNode body = JsonNodeFactory.instance.arrayNode();
        batch.forEach(c -> body.add(c.item()));
        String json = JSON.writeValueAsString(body);
        int attempts = 0;
        while (true) {
            attempts++;
            HttpResponse<String> response;
            try {
                response = http.send(HttpRequest.newBuilder(target.childrenUri())
                        .timeout(Duration.ofMinutes(2))
                        .header("Authorization", "Bearer " + target.token())
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                record(new BatchResult(++state.number, batch, null, attempts, null,
                        "Could not reach the DfE endpoint: " + e.getClass().getSimpleName()), results, onBatch);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                record(new BatchResult(++state.number, batch, null, attempts, null, "Interrupted"), results, onBatch);
                state.stopped = true;
                return;
            }
            int status = response.statusCode();
            if (status == 200 || status == 204) {
                record(new BatchResult(++state.number, batch, status, attempts, receipt(response.body()), null), results, onBatch);
                return;
            }
            if (status == 413 && batch.size() > 1) {
                int half = batch.size() / 2;
                record(new BatchResult(++state.number, batch, status, attempts, null,
                        "Too many records: split into " + half + " and " + (batch.size() - half)), results, onBatch);
                send(target, batch.subList(0, half), state, results, onBatch);
                send(target, batch.subList(half, batch.size()), state, results, onBatch);
                return;
            }
            if (status == 429 && attempts < maxAttempts) {
                Duration wait = wait(response, attempts);
                log.info("DfE API answered 429 (too many requests): waiting {} s before attempt {}", wait.toSeconds(), attempts + 1);
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    state.stopped = true;
                    record(new BatchResult(++state.number, batch, status, attempts, null, "Interrupted while waiting"), results, onBatch);
                    return;
                }
                continue;
            }
            String error = switch (status) {
                case 400 -> "Payload was malformed (400)";
                case 401 -> "Unauthorised (401): check the token";
                case 403 -> "Forbidden (403): check the token and the LA code";
                case 413 -> "Too many records (413) for a single child";
                case 429 -> "Too many requests (429): gave up after " + attempts + " attempts";
                default -> "The DfE endpoint answered " + status;
            };
            if (status == 401 || status == 403) {
                state.stopped = true;
                error += "; later batches not sent";
            }
            record(new BatchResult(++state.number, batch, status, attempts, null, error), results, onBatch);
            return;
        }
    }

    private static void record(BatchResult r, List<BatchResult> results, Consumer<BatchResult> onBatch) {
        results.add(r);
        onBatch.accept(r);
    }

    /** Retry-After in seconds when given (capped), else firstBackOff × 2^(attempt-1), capped. */
    Duration wait(HttpResponse<?> response, int attempt) {
        Duration wait = null;
        String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
        if (retryAfter != null) {
            try {
                wait = Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.strip())));
            } catch (NumberFormatException ignored) {
                // an HTTP date: fall back to the back-off
            }
        }
        if (wait == null) {
            wait = firstBackOff.multipliedBy(1L << Math.min(20, attempt - 1));
        }
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    /** The Receipt (a uuid string) as JSON text; a body that is not JSON is kept as a JSON string. */
    private static String receipt(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return JSON.writeValueAsString(node);
        } catch (RuntimeException e) {
            return JSON.writeValueAsString(JsonNodeFactory.instance.textNode(body.strip()));
        }
    }
}
