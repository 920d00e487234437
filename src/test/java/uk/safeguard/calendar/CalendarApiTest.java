package uk.safeguard.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguard.support.IntegrationTest;

class CalendarApiTest extends IntegrationTest {

    @Test
    void addAnswersTheNthWorkingDayAfterTheDate() {
        var response = as("social-worker").get("/api/calendar/working-days/add?from=2026-12-10&days=15");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"from\":\"2026-12-10\",\"days\":15,\"date\":\"2027-01-05\"}");
    }

    @Test
    void countAnswersTheWorkingDaysAfterFromUpToAndIncludingTo() {
        var response = as("police-officer").get("/api/calendar/working-days/count?from=2026-12-10&to=2027-01-05");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"from\":\"2026-12-10\",\"to\":\"2027-01-05\",\"workingDays\":15}");
    }

    @Test
    void badInputIsRefusedNamingTheParameter() {
        var api = as("social-worker");
        var negative = api.get("/api/calendar/working-days/add?from=2026-12-10&days=-1");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("field").asString()).isEqualTo("days");

        var absurd = api.get("/api/calendar/working-days/add?from=2026-12-10&days=2001");
        assertThat(absurd.status()).isEqualTo(400);
        assertThat(absurd.json().get("field").asString()).isEqualTo("days");

        var notANumber = api.get("/api/calendar/working-days/add?from=2026-12-10&days=lots");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.json().get("field").asString()).isEqualTo("days");

        var badDate = api.get("/api/calendar/working-days/add?from=2026-02-30&days=3");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("field").asString()).isEqualTo("from");

        var missingTo = api.get("/api/calendar/working-days/count?from=2026-12-10");
        assertThat(missingTo.status()).isEqualTo(400);
        assertThat(missingTo.json().get("field").asString()).isEqualTo("to");
    }

    @Test
    void bankHolidaysOfAYearAreListed() {
        var response = as("councillor").get("/api/calendar/bank-holidays?year=2027");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().size()).isEqualTo(8);
        assertThat(response.json().get(6).get("date").asString()).isEqualTo("2027-12-27");
        assertThat(response.json().get(6).get("name").asString()).isEqualTo("Christmas Day (substitute day)");
    }

    @Test
    void onlyAnAdministratorMayAddOrRemoveABankHolidayAndTheChangeIsAuditedAndUsedAtOnce() {
        var body = Map.of("date", "2029-06-06", "name", "Test one-off holiday");
        long refusalsBefore = jdbc.sql("select count(*) from access_denial where what = 'bank holidays'").query(Long.class).single();
        assertThat(as("team-manager").post("/api/calendar/bank-holidays", body).status()).isEqualTo(403);
        assertThat(as("social-worker").delete("/api/calendar/bank-holidays/2027-12-27").status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from access_denial where what = 'bank holidays'").query(Long.class).single())
                .as("both refusals are logged, though each rolled back its transaction").isEqualTo(refusalsBefore + 2);

        var admin = as("admin");
        assertThat(admin.post("/api/calendar/bank-holidays", body).status()).isEqualTo(201);
        try {
            // Tue 5 Jun 2029 + 1 working day skips the new holiday on Wed 6 Jun.
            assertThat(as("social-worker").get("/api/calendar/working-days/add?from=2029-06-05&days=1").json()
                    .get("date").asString()).isEqualTo("2029-06-07");
            assertThat(admin.post("/api/calendar/bank-holidays", body).status()).isEqualTo(409);
            assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'bank_holiday' and subject_id = '2029-06-06' and action = 'BANK_HOLIDAY_ADDED'")
                    .query(Long.class).single()).isEqualTo(1);
        } finally {
            assertThat(admin.delete("/api/calendar/bank-holidays/2029-06-06").status()).isEqualTo(204);
        }
        assertThat(as("social-worker").get("/api/calendar/working-days/add?from=2029-06-05&days=1").json()
                .get("date").asString()).isEqualTo("2029-06-06");
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = '2029-06-06' and action = 'BANK_HOLIDAY_REMOVED'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(admin.delete("/api/calendar/bank-holidays/2029-06-06").status()).isEqualTo(404);
    }

    @Test
    void addingAWeekendOrNamelessHolidayIsRefusedNamingTheField() {
        var admin = as("admin");
        var weekend = admin.post("/api/calendar/bank-holidays", Map.of("date", "2029-06-09", "name", "Saturday"));
        assertThat(weekend.status()).isEqualTo(400);
        assertThat(weekend.json().get("field").asString()).isEqualTo("date");
        var nameless = admin.post("/api/calendar/bank-holidays", Map.of("date", "2029-06-08", "name", " "));
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.json().get("field").asString()).isEqualTo("name");
    }

    @Test
    void theOpenApiDocumentExplainsTheConvention() {
        var docs = anonymous().get("/v3/api-docs");
        assertThat(docs.body()).contains("/api/calendar/working-days/add").contains("D itself never counts");
    }
}
