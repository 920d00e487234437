package uk.safeguard.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.conference.ConferenceFacts;
import uk.safeguard.migration.SsdImportResult;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdMigration;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.returns.internal.DfeApiChildItem;
import uk.safeguard.returns.internal.DfeApiPayloadBuilder;
import uk.safeguard.returns.internal.DfeApiRecordsLoader;
import uk.safeguard.returns.internal.DfeApiSentItem;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.SsdFiles;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;
import uk.safeguard.support.WebSession;

/** Who may see and start DfE API pushes, the unconfigured state (the shared test context sets no endpoint), the preview. */
class DfeApiApiTest extends IntegrationTest {
    @Autowired
    AuditTrail audit;
    @Autowired
    PeopleRegister people;
    @Autowired
    ApplicationContext context;

    @Test
    void analystsAndManagersSeeThePushesOthersAreRefusedAndTheRefusalLogged() {
        assertThat(as("performance-analyst").get("/api/returns/dfe-api/pushes").status()).isEqualTo(200);
        assertThat(as("team-manager").get("/api/returns/dfe-api/pushes").status()).isEqualTo(200);
        int before = audit.denialsFor("councillor");
        for (String user : new String[] {"councillor", "social-worker", "police-officer", "admin"}) {
            assertThat(as(user).get("/api/returns/dfe-api/pushes").status()).as(user).isEqualTo(403);
            assertThat(as(user).post("/api/returns/dfe-api/pushes", Map.of()).status()).as(user).isEqualTo(403);
            assertThat(as(user).get("/api/returns/dfe-api/payload?childId=1").status()).as(user).isEqualTo(403);
        }
        assertThat(audit.denialsFor("councillor")).isGreaterThanOrEqualTo(before + 3);
    }

    @Test
    void anAdministratorSeesOnlyTheConfigurationAndNoTokenIsShown() {
        Api.Response status = as("admin").get("/api/returns/dfe-api/status");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("configured").asBoolean()).isFalse();
        assertThat(status.json().get("problem").asString()).contains("safeguard.returns.dfe-api.endpoint");
        assertThat(as("councillor").get("/api/returns/dfe-api/status").status()).isEqualTo(403);
    }

    @Test
    void pushingWithoutAConfiguredEndpointIs409() {
        Api.Response started = as("performance-analyst").post("/api/returns/dfe-api/pushes", Map.of());
        assertThat(started.status()).isEqualTo(409);
        assertThat(started.body()).contains("Not configured");
    }

    @Test
    void thePreviewNeedsAChildId() {
        Api.Response missing = as("performance-analyst").get("/api/returns/dfe-api/payload");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("childId");
        assertThat(as("performance-analyst").get("/api/returns/dfe-api/payload?childId=abc").status()).isEqualTo(400);
    }

    @Test
    void aReferredChildsPayloadIsValidAndItsViewLogged() {
        Assumptions.assumeTrue(context.getBeanProvider(ConferenceFacts.class).getIfAvailable() != null,
                "ConferenceFacts not implemented on this branch yet");
        long child = TestChildren.register(people);
        TestReferrals.refer(as("contact-officer"), as("team-manager"), child);

        Api.Response preview = as("performance-analyst").get("/api/returns/dfe-api/payload?childId=" + child);

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().get("valid").asBoolean()).as(preview.body()).isTrue();
        assertThat(preview.json().at("/item/la_child_id").asString()).isEqualTo("SGP" + child);
        assertThat(preview.json().at("/item/social_care_episodes/0/referral_date").asString()).isEqualTo("2026-12-01");
        assertThat(audit.views(child, 5)).anySatisfy(v -> assertThat(v.toString()).contains("DfE API payload preview"));
        long unknown = TestChildren.register(people);
        assertThat(as("performance-analyst").get("/api/returns/dfe-api/payload?childId=" + unknown).status()).isEqualTo(404);
    }

    @Autowired
    DfeApiReturns returns;
    @Autowired
    SsdMigration migration;

    @Test
    void anImportedChildGoesOutUnderTheLasOwnSsdIdsAsTheSsdExportGivesThem() {
        Assumptions.assumeTrue(context.getBeanProvider(ConferenceFacts.class).getIfAvailable() != null,
                "ConferenceFacts not implemented on this branch yet");
        String p = "d" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        // Two children imported before under the LA's person ids; the second's has a hyphen, which la_child_id may
        // not carry (^[A-Za-z0-9]+$): that child goes out under Safeguard's default id instead.
        long imported = TestChildren.register(people);
        long oddId = TestChildren.register(people);
        SsdFiles.registerExisting(jdbc, SsdKind.PERSON, p + "P1", imported, p + "P1");
        SsdFiles.registerExisting(jdbc, SsdKind.PERSON, "LA-" + p, oddId, "LA-" + p);
        long team = jdbc.sql("select team_id from app_user where username = 'social-worker'").query(Long.class).single();
        SsdFiles.registerExisting(jdbc, SsdKind.TEAM, p + "T1", team);
        String episodes = "cine_referral_id,cine_person_id,cine_referral_date,cine_cin_primary_need_code,cine_referral_source_code,"
                + "cine_referral_source_desc,cine_referral_outcome_json,cine_referral_nfa,cine_close_reason,cine_close_date,"
                + "cine_referral_team,cine_referral_worker_id\n"
                + p + "E1," + p + "P1,2026-10-05T10:00:00,N1,6,POLICE,,N,,," + p + "T1,\n"
                + p + "E2,LA-" + p + ",2026-10-06T10:00:00,N1,2A,SCHOOLS,,N,,," + p + "T1,\n";
        String assessments = "cina_assessment_id,cina_person_id,cina_referral_id,cina_assessment_start_date,"
                + "cina_assessment_child_seen,cina_assessment_auth_date,cina_assessment_outcome_json,cina_assessment_outcome_nfa,"
                + "cina_assessment_team,cina_assessment_worker_id\n"
                + p + "S1," + p + "P1," + p + "E1,2026-10-06,Y,2026-11-10,,N,,\n";
        SsdImportResult result = SsdFiles.importCsv(migration, Map.of("ssd_cin_episodes.csv", episodes,
                "ssd_cin_assessments.csv", assessments));
        assertThat(result.errors()).isEmpty();
        assertThat(result.succeeded()).isTrue();

        Api.Response preview = as("performance-analyst").get("/api/returns/dfe-api/payload?childId=" + imported);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().get("valid").asBoolean()).as(preview.body()).isTrue();
        assertThat(preview.json().get("laChildId").asString()).isEqualTo(p + "P1");
        assertThat(preview.json().at("/item/la_child_id").asString()).isEqualTo(p + "P1");
        assertThat(preview.json().at("/item/mis_child_id").asString()).isEqualTo(String.valueOf(imported));
        assertThat(preview.json().at("/item/social_care_episodes/0/social_care_episode_id").asString()).isEqualTo(p + "E1");
        assertThat(preview.json().at("/item/social_care_episodes/0/child_and_family_assessments/0/child_and_family_assessment_id")
                .asString()).isEqualTo(p + "S1");

        // the same ids as the SSD export gives the child, the episode and the assessment
        Map<String, String> exported = SsdFiles.export(migration);
        assertThat(SsdFiles.rows(exported.get("ssd_cin_episodes.csv"), java.util.List.of(p + "E1")))
                .singleElement().satisfies(r -> assertThat(r.get(1)).isEqualTo(p + "P1"));
        assertThat(SsdFiles.rows(exported.get("ssd_cin_assessments.csv"), java.util.List.of(p + "S1"))).hasSize(1);

        Api.Response odd = as("performance-analyst").get("/api/returns/dfe-api/payload?childId=" + oddId);
        assertThat(odd.status()).as(odd.toString()).isEqualTo(200);
        assertThat(odd.json().get("valid").asBoolean()).as(odd.body()).isTrue();
        assertThat(odd.json().at("/item/la_child_id").asString()).isEqualTo("SGP" + oddId);
        assertThat(odd.json().at("/item/social_care_episodes/0/social_care_episode_id").asString()).isEqualTo(p + "E2");
    }

    @Test
    void aWholePushOfTheDatabaseReachesTheEndpointWithTheReferredChild() {
        long child = TestChildren.register(people);
        TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        try (DfeApiFakeEndpoint dfe = new DfeApiFakeEndpoint()) {
            var client = new uk.safeguard.returns.internal.DfeApiClient(java.net.http.HttpClient.newHttpClient(), d -> { }, 3,
                    java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(5));

            long id = returns.pushTo(dfe.target(), "test", client);

            DfeApiPush push = returns.pushes(analyst()).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
            assertThat(push.status()).as(push.toString()).isIn("SUCCEEDED", "PARTLY_FAILED");
            assertThat(push.finishedAt()).isNotNull();
            assertThat(dfe.batchSizes()).allSatisfy(n -> assertThat(n).isBetween(1, 100));
            assertThat(dfe.bodies.stream().flatMap(b -> java.util.stream.StreamSupport.stream(b.spliterator(), false))
                    .filter(i -> i.get("la_child_id").asString().equals("SGP" + child)))
                    .singleElement().satisfies(i -> assertThat(i.at("/social_care_episodes/0/referral_date").asString()).isEqualTo("2026-12-01"));
            assertThat(push.invalidChildren()).noneSatisfy(c -> assertThat(c.childId()).isEqualTo(child));
            // pressed again with nothing changed: the child is not sent again
            int before = dfe.bodies.size();
            returns.pushTo(dfe.target(), "test", client);
            assertThat(dfe.bodies.subList(before, dfe.bodies.size()).stream()
                    .flatMap(b -> java.util.stream.StreamSupport.stream(b.spliterator(), false))
                    .filter(i -> i.get("la_child_id").asString().equals("SGP" + child))).isEmpty();
        }
    }

    private uk.safeguard.access.CurrentUser analyst() {
        return new uk.safeguard.access.CurrentUser(0, "performance-analyst", "Analyst", uk.safeguard.access.Role.PERFORMANCE_ANALYST,
                1, "Children's Services", null, null, null);
    }

    @Test
    void thePageShowsTheConfigurationAndRefusesOthers() {
        WebSession analyst = WebSession.signIn(baseUrl(), "performance-analyst");
        HttpResponse<String> page = analyst.get("/returns/dfe-api");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("DfE children’s social care API").contains("Not configured").contains("Pushes")
                .contains("Download payload (JSON)");
        HttpResponse<String> bad = analyst.get("/returns/dfe-api/payload?childId=x1");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("There is a problem").contains("Enter the child&#39;s record number");

        HttpResponse<String> admin = WebSession.signIn(baseUrl(), "admin").get("/returns/dfe-api");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("Not configured").doesNotContain("Download payload").doesNotContain("Push now");

        assertThat(WebSession.signIn(baseUrl(), "social-worker").get("/returns/dfe-api").statusCode()).isEqualTo(403);
        assertThat(WebSession.signIn(baseUrl(), "councillor").get("/returns/dfe-api").statusCode()).isEqualTo(403);
    }

    @Autowired
    DfeApiRecordsLoader loader;

    /** A child born on the same day as the other of the same family, so the two records can be merged. */
    private long twin(String given, String family) {
        var d = new uk.safeguard.people.PersonDetails(uk.safeguard.people.PersonKind.CHILD, given, family,
                java.time.LocalDate.of(2015, 3, 4), null, "1", "1", "WBRI", null, null, null, false, java.util.List.of());
        return people.register(uk.safeguard.audit.Actor.SYSTEM, new uk.safeguard.people.NewPerson(d, null));
    }

    @Test
    void aChildsPreviewReadsOnlyThatChildAndTheirMergedDuplicateAndIsTheItemAPushBuilds() {
        String family = "Dfepreview" + System.nanoTime() % 100000;
        long survivor = twin("Thomas", family);
        TestReferrals.refer(as("contact-officer"), as("team-manager"), survivor);
        long duplicate = twin("Tom", family);
        clock.set(java.time.LocalDateTime.of(2026, 11, 20, 10, 0));
        TestReferrals.refer(as("contact-officer"), as("team-manager"), duplicate);
        clock.set(java.time.LocalDateTime.of(2026, 12, 1, 9, 0));
        Api.Response merged = as("team-manager").post("/api/people/" + duplicate + "/merge-into/" + survivor, Map.of());
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);

        java.time.LocalDate from = java.time.LocalDate.of(2025, 12, 1);
        java.time.LocalDate to = java.time.LocalDate.of(2026, 12, 1);
        Map<Long, DfeApiChildItem> all = DfeApiPayloadBuilder.build(loader.load(from, to));
        assertThat(all.get(survivor).items()).filteredOn(i -> i.type().equals(DfeApiSentItem.EPISODE)).hasSize(2);
        // Every child of the shared database would be slow: the 100 richest items, and ours.
        java.util.List<Long> sample = new java.util.ArrayList<>(all.values().stream()
                .sorted(java.util.Comparator.comparingInt((DfeApiChildItem i) -> i.items().size()).reversed()
                        .thenComparingLong(DfeApiChildItem::childId))
                .limit(100).map(DfeApiChildItem::childId).toList());
        sample.add(survivor);
        for (long id : sample) {
            assertThat(DfeApiPayloadBuilder.build(loader.loadChild(from, to, id)).get(id)).as("child " + id).isEqualTo(all.get(id));
        }
        assertThat(DfeApiPayloadBuilder.build(loader.loadChild(from, to, duplicate))).doesNotContainKey(duplicate);
        Api.Response preview = as("performance-analyst").get("/api/returns/dfe-api/payload?childId=" + survivor);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().get("childId").asLong()).isEqualTo(survivor);
        assertThat(as("performance-analyst").get("/api/returns/dfe-api/payload?childId=" + duplicate).status()).isEqualTo(404);
    }
}
