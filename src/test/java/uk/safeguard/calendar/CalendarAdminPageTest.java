package uk.safeguard.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.WebSession;

class CalendarAdminPageTest extends IntegrationTest {
    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void anAdministratorSeesTheYearsHolidaysInAnAccessibleTable() {
        var page = WebSession.signIn(baseUrl(), "admin").get("/admin/calendar?year=2026");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("England and Wales bank holidays in 2026</caption>")
                .contains("<th scope=\"col\" class=\"govuk-table__header\">Date</th>")
                .contains("Monday 28 December 2026").contains("Boxing Day (substitute day)")
                .contains("<label class=\"govuk-label govuk-label--s\" for=\"holiday-name\">Name</label>");
    }

    @Test
    void badInputIsShownInAnErrorSummaryAndAGoodDayIsAddedAndRemoved() {
        WebSession admin = WebSession.signIn(baseUrl(), "admin");
        admin.get("/admin/calendar?year=2030");
        var bad = admin.post("/admin/calendar", Map.of("day", "31", "month", "2", "year", "2030", "name", "Nonsense"));
        assertThat(bad.body()).contains("govuk-error-summary").contains("The date of the bank holiday must be a real date")
                .contains("href=\"#holiday-day\"");

        var added = admin.post("/admin/calendar", Map.of("day", "5", "month", "6", "year", "2030", "name", "Page test holiday"));
        assertThat(added.body()).contains("Bank holiday added").contains("Page test holiday");
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 6, 5))).isFalse();

        var removed = admin.post("/admin/calendar/remove", Map.of("date", "2030-06-05"));
        assertThat(removed.body()).contains("Bank holiday removed");
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 6, 5))).isTrue();
    }

    @Test
    void otherUsersAreRefused() {
        long before = jdbc.sql("select count(*) from access_denial where actor_username = 'team-manager' and what = 'bank holidays'")
                .query(Long.class).single();
        var page = WebSession.signIn(baseUrl(), "team-manager").get("/admin/calendar");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("You do not have access");
        assertThat(jdbc.sql("select count(*) from access_denial where actor_username = 'team-manager' and what = 'bank holidays'")
                .query(Long.class).single()).as("the attempt is logged").isEqualTo(before + 1);
    }
}
