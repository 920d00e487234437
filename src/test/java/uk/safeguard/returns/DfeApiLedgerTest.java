package uk.safeguard.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.safeguard.assessment.AssessmentFacts.AssessmentFact;
import uk.safeguard.people.ChildFacts.ChildCharacteristics;
import uk.safeguard.returns.DfeApiPush.DfeApiInvalidChild;
import uk.safeguard.returns.internal.DfeApiClient;
import uk.safeguard.returns.internal.DfeApiLedger;
import uk.safeguard.returns.internal.DfeApiPushRun;
import uk.safeguard.support.IntegrationTest;

/**
 * Whole pushes of hand-built records to a fake DfE endpoint: the ledger rows, what the DfE holds per child, and the
 * purge flags for a merged-away child, a vanished item and a child whose records were deleted. Other tests' children
 * may be in the shared ledger, so assertions look only at this test's children (ids no register person has).
 */
class DfeApiLedgerTest extends IntegrationTest {
    private static final AtomicLong IDS = new AtomicLong(9_100_000 + (System.nanoTime() % 1000) * 1000);

    @Autowired
    DfeApiLedger ledger;

    private final List<Duration> slept = new ArrayList<>();

    private long push(DfeApiFakeEndpoint dfe, DfeApiTestRecords records) {
        DfeApiClient client = new DfeApiClient(HttpClient.newHttpClient(), slept::add, 3, Duration.ofSeconds(1), Duration.ofSeconds(30));
        long id = ledger.startPush(clock.instant(), "test", records.records().from(), dfe.endpoint(), DfeApiFakeEndpoint.LA_CODE);
        new DfeApiPushRun(ledger, client, clock).run(id, dfe.target(), records.records());
        return id;
    }

    /** The item the endpoint received for a child in the last request that named them, or null. */
    private static JsonNode sent(DfeApiFakeEndpoint dfe, long childId, int fromRequest) {
        JsonNode found = null;
        for (JsonNode body : dfe.bodies.subList(fromRequest, dfe.bodies.size())) {
            for (JsonNode item : body) {
                if (item.get("la_child_id").asString().equals("SGP" + childId)) {
                    found = item;
                }
            }
        }
        return found;
    }

    private DfeApiPush pushRow(long id) {
        return ledger.pushes(50, null).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    @Test
    void pushesAreLedgeredAndWhatHasGoneIsPurged() {
        long x = IDS.incrementAndGet(), y = IDS.incrementAndGet(), z = IDS.incrementAndGet();
        long withdrawn = IDS.incrementAndGet();
        DfeApiTestRecords first = new DfeApiTestRecords().staff().child(x).child(y);
        first.assessments.add(new AssessmentFact(withdrawn, x, x, x, "S17", DfeApiTestRecords.at(2026, 9, 1),
                java.time.LocalDate.of(2026, 11, 1), null, "IN_PROGRESS", List.of(), null, 70L, 7L, false));

        try (DfeApiFakeEndpoint dfe = new DfeApiFakeEndpoint()) {
            // 1. Both children are new: sent whole, the batch and its receipt ledgered.
            long p1 = push(dfe, first);
            assertThat(sent(dfe, x, 0).at("/social_care_episodes/0/child_and_family_assessments").size()).isEqualTo(2);
            assertThat(sent(dfe, y, 0)).isNotNull();
            DfeApiPush run1 = pushRow(p1);
            assertThat(run1.status()).isEqualTo("SUCCEEDED");
            assertThat(run1.finishedAt()).isNotNull();
            assertThat(run1.batches()).isNotEmpty().allSatisfy(b -> {
                assertThat(b.httpStatus()).isEqualTo(200);
                assertThat(b.receipt()).matches("\"[0-9a-f-]{36}\"");
                assertThat(b.attempts()).isEqualTo(1);
            });
            assertThat(jdbc.sql("select count(*) from dfe_api_sent_child where child_id in (?, ?) and push_id = ? and not purged")
                    .params(x, y, p1).query(Long.class).single()).isEqualTo(2);

            // 2. The second assessment is withdrawn, y is merged into another record, z fails the schema.
            DfeApiTestRecords second = new DfeApiTestRecords().staff().child(x).child(z);
            ChildCharacteristics zc = second.children.get(z);
            second.children.put(z, new ChildCharacteristics(z, zc.givenNames(), zc.familyName(), zc.dateOfBirth(), null, "Female",
                    null, "WBRI", null, null, List.of(), null, "CHILD"));
            second.mergedAway.add(y);
            int before = dfe.bodies.size();
            long p2 = push(dfe, second);

            JsonNode xItem = sent(dfe, x, before);
            JsonNode assessments = xItem.at("/social_care_episodes/0/child_and_family_assessments");
            assertThat(assessments.size()).isEqualTo(2);
            assertThat(assessments.get(1).get("child_and_family_assessment_id").asString()).isEqualTo("SGS" + withdrawn);
            assertThat(assessments.get(1).get("purge").asBoolean()).isTrue();
            assertThat(assessments.get(1).size()).as("only the id and the flag").isEqualTo(2);
            assertThat(assessments.get(0).has("purge")).isFalse();
            JsonNode yItem = sent(dfe, y, before);
            assertThat(yItem.get("purge").asBoolean()).isTrue();
            assertThat(yItem.size()).isEqualTo(2);
            assertThat(sent(dfe, z, before)).as("an invalid child is not sent").isNull();
            DfeApiPush run2 = pushRow(p2);
            assertThat(run2.invalidChildren()).extracting(DfeApiInvalidChild::childId).contains(z);
            assertThat(run2.invalidChildren().stream().filter(c -> c.childId() == z).findFirst().orElseThrow().messages())
                    .anySatisfy(m -> assertThat(m).contains("/child_details/sex"));
            assertThat(jdbc.sql("select purged from dfe_api_sent_child where child_id = ?").param(y).query(Boolean.class).single()).isTrue();

            // 3. Nothing changed for x or y: neither is sent again. x's records are then deleted: x is purged whole.
            before = dfe.bodies.size();
            push(dfe, second);
            assertThat(sent(dfe, x, before)).isNull();
            assertThat(sent(dfe, y, before)).isNull();
            before = dfe.bodies.size();
            push(dfe, new DfeApiTestRecords().staff());
            JsonNode gone = sent(dfe, x, before);
            assertThat(gone.get("purge").asBoolean()).isTrue();
            assertThat(gone.has("social_care_episodes")).isFalse();
        }
    }

    @Test
    void aRemovedEpisodeIsPurgedInsideTheChildsItem() {
        long x = IDS.incrementAndGet();
        long otherCase = IDS.incrementAndGet();
        DfeApiTestRecords first = new DfeApiTestRecords().staff().child(x);
        first.cases.add(new uk.safeguard.work.WorkFacts.CaseFact(otherCase, x, "CHILD_PROTECTION", DfeApiTestRecords.at(2026, 10, 1),
                null, null, 7L, 70L));
        try (DfeApiFakeEndpoint dfe = new DfeApiFakeEndpoint()) {
            push(dfe, first);
            assertThat(sent(dfe, x, 0).get("social_care_episodes").size()).isEqualTo(2);
            int before = dfe.bodies.size();
            push(dfe, new DfeApiTestRecords().staff().child(x));
            JsonNode episodes = sent(dfe, x, before).get("social_care_episodes");
            assertThat(episodes.size()).isEqualTo(2);
            assertThat(episodes.get(1).get("social_care_episode_id").asString()).isEqualTo("SGC" + otherCase);
            assertThat(episodes.get(1).get("purge").asBoolean()).isTrue();
        }
    }

    @Test
    void aFailedBatchLeavesItsChildrenToBeSentAgainAndTheLedgerCannotBeRewritten() {
        long x = IDS.incrementAndGet();
        try (DfeApiFakeEndpoint dfe = new DfeApiFakeEndpoint()) {
            // Other tests' children may share the first batch; a 503 on every request fails them all.
            for (int i = 0; i < 20; i++) {
                dfe.then(503, null);
            }
            long p1 = push(dfe, new DfeApiTestRecords().staff().child(x));
            DfeApiPush run = pushRow(p1);
            assertThat(run.status()).isEqualTo("FAILED");
            assertThat(run.batches()).allSatisfy(b -> assertThat(b.httpStatus()).isEqualTo(503));
            assertThat(jdbc.sql("select count(*) from dfe_api_sent_child where child_id = ?").param(x).query(Long.class).single()).isZero();
            int before = dfe.bodies.size();
            // drain what is left of the queue, then the child goes through
            while (pushRow(push(dfe, new DfeApiTestRecords().staff().child(x))).status().equals("FAILED")) {
                before = dfe.bodies.size();
            }
            assertThat(sent(dfe, x, before)).isNotNull();

            assertThatThrownBy(() -> jdbc.sql("update dfe_api_batch set http_status = 200 where push_id = ?").param(p1).update())
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.sql("delete from dfe_api_push_end where push_id = ?").param(p1).update())
                    .hasMessageContaining("append-only");
        }
    }
}
