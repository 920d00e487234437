package uk.safeguard.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.safeguard.childinneed.ChildInNeedReports.SsdCinPlan;
import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.returns.internal.DfeApiChildItem;
import uk.safeguard.returns.internal.DfeApiPayloadBuilder;
import uk.safeguard.returns.internal.DfeApiSchema;

/** The payload for hand-built children, checked against the DfE's CSC schema (no database). */
class DfeApiPayloadTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aWholeChildMeetsTheSchemaWithEveryItemInItsEpisode() {
        DfeApiTestRecords t = new DfeApiTestRecords().staff().child(501);
        t.cinPlans.add(new SsdCinPlan(31, 501, 501, LocalDate.of(2026, 10, 21), LocalDate.of(2026, 11, 5), 7L, 70L, "CHILD_PROTECTION_PLAN"));
        t.section47s.add(new Section47Fact(41, 501, 501L, 501L, 9L, DfeApiTestRecords.at(2026, 11, 2), LocalDate.of(2026, 11, 2),
                "SUBSTANTIATED", "INITIAL_CONFERENCE", true, LocalDate.of(2026, 11, 20), 70L, 7L, false));
        t.conferences.add(new ConferenceFact(51, 501, 501L, "INITIAL", DfeApiTestRecords.at(2026, 11, 20), LocalDate.of(2026, 11, 20),
                "PLAN", "NEG", 41L, 61L, 80L, false));
        t.cpPlans.add(new CpPlanFact(61, 501, null, 51L, LocalDate.of(2026, 11, 20), null, "NEG", "NEG", null, 0, 70L, 7L, false));

        Map<Long, DfeApiChildItem> items = DfeApiPayloadBuilder.build(t.records());
        JsonNode item = items.get(501L).item();

        assertThat(DfeApiSchema.get().validateChild(item)).isEmpty();
        assertThat(item.get("la_child_id").asString()).isEqualTo("SGP501");
        assertThat(item.get("mis_child_id").asString()).isEqualTo("501");
        assertThat(item.at("/child_details/sex").asString()).isEqualTo("F");
        assertThat(item.at("/child_details/disabilities").size()).isEqualTo(2);
        assertThat(item.at("/child_details/unique_pupil_number").asString()).hasSize(13);
        assertThat(item.has("purge")).isFalse();
        JsonNode episode = item.at("/social_care_episodes/0");
        assertThat(episode.get("social_care_episode_id").asString()).isEqualTo("SGC501");
        assertThat(episode.get("referral_date").asString()).isEqualTo("2026-09-01");
        assertThat(episode.get("referral_source").asString()).isEqualTo("1C");
        assertThat(episode.get("referral_no_further_action_flag").asBoolean()).isFalse();
        assertThat(episode.has("closure_date")).as("open episode: no closure, no null").isFalse();
        assertThat(episode.at("/care_worker_details/0/worker_id").asString()).isEqualTo("SW123456");
        assertThat(episode.at("/care_worker_details/0/start_date").asString()).isEqualTo("2026-09-02");
        assertThat(episode.at("/care_worker_details/0").has("end_date")).isFalse();
        assertThat(episode.at("/child_and_family_assessments/0/child_and_family_assessment_id").asString()).isEqualTo("SGS501");
        assertThat(JSON.writeValueAsString(episode.at("/child_and_family_assessments/0/factors"))).isEqualTo("[\"2A\",\"4A\"]");
        assertThat(episode.at("/child_in_need_plans/0/end_date").asString()).isEqualTo("2026-11-05");
        assertThat(episode.at("/section_47_assessments/0/icpc_required_flag").asBoolean()).isTrue();
        assertThat(episode.at("/section_47_assessments/0/icpc_date").asString()).isEqualTo("2026-11-20");
        assertThat(episode.at("/child_protection_plans/0/child_protection_plan_id").asString())
                .as("a plan without a case joins its conference's episode").isEqualTo("SGU61");
        assertThat(items.get(501L).items()).extracting(i -> i.type() + ":" + i.id()).containsExactly(
                "episode:SGC501", "assessment:SGS501", "cin_plan:SGN31", "cp_plan:SGU61", "section_47:SGQ41");
    }

    @Test
    void aWorkerWithoutAStaffIdGetsTheirSsdProfessionalIdAndAClosedEpisodeItsReason() {
        DfeApiTestRecords t = new DfeApiTestRecords().child(502);
        t.cases.set(0, new uk.safeguard.work.WorkFacts.CaseFact(502, 502, "CHILD_IN_NEED", DfeApiTestRecords.at(2026, 9, 1),
                DfeApiTestRecords.at(2026, 11, 30), "RC8", 7L, 70L));
        JsonNode episode = DfeApiPayloadBuilder.build(t.records()).get(502L).item().at("/social_care_episodes/0");
        assertThat(episode.at("/care_worker_details/0/worker_id").asString()).isEqualTo("SGW70");
        assertThat(episode.get("closure_date").asString()).isEqualTo("2026-11-30");
        assertThat(episode.get("closure_reason").asString()).isEqualTo("RC8");
        assertThat(DfeApiSchema.get().validateChild(DfeApiPayloadBuilder.build(t.records()).get(502L).item())).isEmpty();
    }

    @Test
    void contactAndEarlyHelpWorkIsNoEpisode() {
        DfeApiTestRecords t = new DfeApiTestRecords().child(503);
        t.cases.set(0, new uk.safeguard.work.WorkFacts.CaseFact(503, 503, "EARLY_HELP", DfeApiTestRecords.at(2026, 9, 1), null, null, 7L, 70L));
        assertThat(DfeApiPayloadBuilder.build(t.records())).doesNotContainKey(503L);
    }

    @Test
    void anInvalidChildFailsWithMessagesNamingTheProperty() {
        ObjectNode item = DfeApiPayloadBuilder.build(new DfeApiTestRecords().staff().child(504).records()).get(504L).item();
        ((ObjectNode) item.get("child_details")).put("sex", "Female").put("unique_pupil_number", "A123");
        ((ObjectNode) item.at("/social_care_episodes/0")).put("referral_date", "2026-02-30").put("colour", "blue");

        List<String> messages = DfeApiSchema.get().validateChild(item);

        assertThat(messages).anySatisfy(m -> assertThat(m).contains("/child_details/sex"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("unique_pupil_number"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("referral_date"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("colour"));
    }

    @Test
    void aBatchOfMoreThan100ChildrenBreaksTheSchema() {
        var array = JSON.createArrayNode();
        for (int i = 0; i < 101; i++) {
            array.add(JSON.createObjectNode().put("la_child_id", "SGP" + i));
        }
        assertThat(DfeApiSchema.get().validateBatch(array)).anySatisfy(m -> assertThat(m).contains("100"));
        array.remove(100);
        assertThat(DfeApiSchema.get().validateBatch(array)).isEmpty();
    }
}
