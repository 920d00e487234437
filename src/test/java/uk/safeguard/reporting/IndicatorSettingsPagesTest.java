package uk.safeguard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.WebSession;

/** The indicator settings pages: the table, a change with errors shown and typed input kept, reset, refusals. */
class IndicatorSettingsPagesTest extends IntegrationTest {

    @Test
    void anAnalystSeesEveryIndicatorWithItsDefinitionSourceAndThresholds() {
        var page = WebSession.signIn(baseUrl(), "performance-analyst").get("/admin/indicators");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Indicator targets and thresholds")
                .contains("Indicators, in dashboard order</caption>")
                .contains("Re-referrals within 12 months").contains("DfE Children in need statistics")
                .contains("WT2023 para 153").contains("Average caseload per worker")
                .contains("href=\"/admin/indicators/caseload-per-worker\"")
                .contains("for=\"childPopulation\"");
    }

    @Test
    void aBadChangeIsShownNamingTheFieldWithTheTypedInputAndAGoodOneIsSavedAndReset() {
        WebSession admin = WebSession.signIn(baseUrl(), "admin");
        var form = admin.get("/admin/indicators/caseload-per-worker");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Average caseload per worker").contains("Lower").contains("name=\"target\"");

        var bad = admin.post("/admin/indicators/caseload-per-worker", Map.of("target", "16", "amberFrom", "twelve", "england", ""));
        assertThat(bad.body()).contains("govuk-error-summary").contains("href=\"#amberFrom\"")
                .contains("Enter the amber threshold as a number").contains("value=\"twelve\"");
        var wrongWay = admin.post("/admin/indicators/caseload-per-worker", Map.of("target", "16", "amberFrom", "12", "england", ""));
        assertThat(wrongWay.body()).contains("href=\"#amberFrom\"").contains("must be at or above the target");

        try {
            var saved = admin.post("/admin/indicators/caseload-per-worker", Map.of("target", "16", "amberFrom", "19", "england", ""));
            assertThat(saved.body()).contains("Average caseload per worker: settings changed");
            assertThat(as("admin").get("/api/indicators/settings").body()).contains(
                    "\"id\":\"caseload-per-worker\",\"name\":\"Average caseload per worker\",\"polarity\":\"LOWER_IS_BETTER\","
                            + "\"unit\":\"AVERAGE\",\"target\":16.0,\"amberFrom\":19.0,\"england\":15.4");
        } finally {
            admin.get("/admin/indicators/caseload-per-worker");
            var reset = admin.post("/admin/indicators/caseload-per-worker/reset", Map.of());
            assertThat(reset.body()).contains("back to the default");
        }
    }

    @Test
    void theChildPopulationIsValidatedAndChanged() {
        WebSession analyst = WebSession.signIn(baseUrl(), "performance-analyst");
        analyst.get("/admin/indicators");
        var bad = analyst.post("/admin/indicators/population", Map.of("childPopulation", "lots", "childPopulationSource", "x"));
        assertThat(bad.body()).contains("href=\"#childPopulation\"").contains("value=\"lots\"");
        long before = jdbc.sql("select population from reporting_child_population").query(Long.class).single();
        String source = jdbc.sql("select source from reporting_child_population").query(String.class).single();
        try {
            var good = analyst.post("/admin/indicators/population", Map.of("childPopulation", "61,250", "childPopulationSource", "ONS test"));
            assertThat(good.body()).contains("Child population changed to 61250");
        } finally {
            jdbc.sql("update reporting_child_population set population = :p, source = :s").param("p", before).param("s", source).update();
        }
    }

    @Test
    void othersAreRefusedAndTheAttemptIsLogged() {
        long before = jdbc.sql("select count(*) from access_denial where actor_username = 'councillor' and what = 'indicator settings'")
                .query(Long.class).single();
        var page = WebSession.signIn(baseUrl(), "councillor").get("/admin/indicators");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from access_denial where actor_username = 'councillor' and what = 'indicator settings'")
                .query(Long.class).single()).isEqualTo(before + 1);
    }
}
