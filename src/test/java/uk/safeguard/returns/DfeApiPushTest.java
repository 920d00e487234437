package uk.safeguard.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguard.returns.internal.DfeApiChildItem;
import uk.safeguard.returns.internal.DfeApiClient;
import uk.safeguard.returns.internal.DfeApiClient.BatchResult;
import uk.safeguard.returns.internal.DfeApiPayloadBuilder;
import uk.safeguard.returns.internal.DfeApiSchema;

/** Batches, 413 splits, 429 waits and failures against a fake DfE endpoint (payload items built without the database). */
class DfeApiPushTest {
    private final List<Duration> slept = new ArrayList<>();
    private final DfeApiClient client = new DfeApiClient(HttpClient.newHttpClient(), slept::add, 3, Duration.ofSeconds(2),
            Duration.ofSeconds(60));

    static List<DfeApiChildItem> children(int n) {
        DfeApiTestRecords t = new DfeApiTestRecords().staff();
        for (long id = 1; id <= n; id++) {
            t.child(id);
        }
        Map<Long, DfeApiChildItem> items = DfeApiPayloadBuilder.build(t.records());
        assertThat(items).hasSize(n);
        return List.copyOf(items.values());
    }

    @Test
    void twoHundredAndFiftyChildrenGoInBatchesOfAtMost100WithA413SplitAndA429Retried() {
        try (DfeApiFakeEndpoint dfe = new DfeApiFakeEndpoint()) {
            dfe.then(413, null);
            dfe.then(429, "7");
            List<BatchResult> recorded = new ArrayList<>();

            List<BatchResult> results = client.push(dfe.target(), children(250), recorded::add);

            assertThat(dfe.batchSizes()).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(100));
            assertThat(dfe.batchSizes()).containsExactly(100, 50, 50, 50, 100, 50);
            assertThat(dfe.statuses).containsExactly(413, 429, 200, 200, 200, 200);
            assertThat(slept).containsExactly(Duration.ofSeconds(7));
            assertThat(recorded).isEqualTo(results);
            assertThat(results).extracting(r -> r.number() + ":" + r.children().size() + ":" + r.status() + ":" + r.attempts())
                    .containsExactly("1:100:413:1", "2:50:200:2", "3:50:200:1", "4:100:200:1", "5:50:200:1");
            assertThat(results.get(0).error()).contains("split into 50 and 50");
            assertThat(results.get(1).receipt()).isEqualTo("\"" + dfe.receipts.get(0) + "\"");
            assertThat(results.stream().filter(BatchResult::accepted).mapToInt(r -> r.children().size()).sum()).isEqualTo(250);
            dfe.bodies.forEach(body -> assertThat(DfeApiSchema.get().validateBatch(body)).isEmpty());
        }
    }

    @Test
    void a429WithoutRetryAfterBacksOffExponentiallyAndGivesUpAfterTheLastAttempt() {
        try (DfeApiFakeEndpoint dfe = new DfeApiFakeEndpoint()) {
            dfe.then(429, null);
            dfe.then(429, null);
            dfe.then(429, null);

            List<BatchResult> results = client.push(dfe.target(), children(3), r -> { });

            assertThat(slept).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
            assertThat(results).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(429);
                assertThat(r.attempts()).isEqualTo(3);
                assertThat(r.accepted()).isFalse();
            });
        }
    }

    @Test
    void aLongRetryAfterIsCappedAtTheMaximumWait() {
        try (DfeApiFakeEndpoint dfe = new DfeApiFakeEndpoint()) {
            dfe.then(429, "3600");
            client.push(dfe.target(), children(1), r -> { });
            assertThat(slept).containsExactly(Duration.ofSeconds(60));
        }
    }

    @Test
    void aWrongTokenIsRecordedAs401AndStopsThePushWithoutShowingTheToken() {
        try (DfeApiFakeEndpoint dfe = new DfeApiFakeEndpoint()) {
            DfeApiTarget wrong = new DfeApiTarget(dfe.endpoint(), "not-the-token-xyz1", DfeApiFakeEndpoint.LA_CODE);

            List<BatchResult> results = client.push(wrong, children(150), r -> { });

            assertThat(results).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(401);
                assertThat(r.error()).contains("later batches not sent").doesNotContain("not-the-token");
            });
            assertThat(dfe.bodies).hasSize(1);
            assertThat(wrong.toString()).doesNotContain("not-the-token").contains("xyz1");
        }
    }

    @Test
    void serverErrorsAndBadRequestsAreRecordedAsFailedWithTheirStatus() {
        try (DfeApiFakeEndpoint dfe = new DfeApiFakeEndpoint()) {
            dfe.then(503, null);
            dfe.then(400, null);
            List<BatchResult> results = client.push(dfe.target(), children(201), r -> { });
            assertThat(results).extracting(BatchResult::status).containsExactly(503, 400, 200);
            assertThat(results.get(0).error()).contains("503");
            assertThat(results.get(1).error()).contains("malformed");
            assertThat(slept).isEmpty();
        }
    }
}
