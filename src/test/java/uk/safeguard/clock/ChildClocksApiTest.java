package uk.safeguard.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.audit.Actor;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;

class ChildClocksApiTest extends IntegrationTest {
    @Autowired
    StatutoryClocks clocks;

    @Autowired
    PeopleRegister people;

    private long newChildId() {
        return TestChildren.register(people);
    }

    private static java.time.Instant london(LocalDateTime time) {
        return time.atZone(TimeConfiguration.LONDON).toInstant();
    }

    @Test
    void aChildsClocksAreListedWithTheirBasisAndSourceAndTheViewIsLogged() {
        long child = newChildId();
        clocks.recordEvent(Actor.SYSTEM, child, ClockEvents.STRATEGY_DISCUSSION_S47_STARTED,
                london(LocalDateTime.of(2026, 12, 10, 14, 0)), "s47-1");
        clock.set(LocalDateTime.of(2026, 12, 11, 9, 0));

        var response = as("social-worker").get("/api/children/" + child + "/clocks");
        assertThat(response.status()).isEqualTo(200);
        var icpc = response.json().get(0);
        assertThat(icpc.get("clockId").asString()).isEqualTo("initial-child-protection-conference");
        assertThat(icpc.get("clock").asString()).isEqualTo("Initial child protection conference");
        assertThat(icpc.get("startedAt").asString()).isEqualTo("2026-12-10T14:00:00Z");
        assertThat(icpc.get("dueAt").asString()).isEqualTo("2027-01-05");
        assertThat(icpc.get("stoppedAt").isNull()).isTrue();
        assertThat(icpc.get("status").asString()).isEqualTo("running");
        assertThat(icpc.get("explanation").asString()).isEqualTo("Initial child protection conference due 5 Jan 2027: "
                + "15 working days after the strategy discussion on 10 Dec 2026 at which the section 47 enquiry began; "
                + "25 Dec, 28 Dec and 1 Jan are bank holidays.");
        assertThat(icpc.get("source").asString()).startsWith("Working Together to Safeguard Children 2023");
        assertThat(icpc.get("kind").asString()).isEqualTo("statutory");

        assertThat(jdbc.sql("select count(*) from record_view where child_id = ? and what = 'clocks' and actor_username = 'social-worker'")
                .param(child).query(Long.class).single()).isEqualTo(1);

        clocks.recordEvent(Actor.SYSTEM, child, ClockEvents.ICPC_HELD, london(LocalDateTime.of(2027, 1, 7, 10, 0)), "s47-1");
        clock.set(LocalDateTime.of(2027, 1, 8, 9, 0));
        var missed = as("team-manager").get("/api/children/" + child + "/clocks").json();
        var conference = missed.valueStream().filter(c -> c.get("clockId").asString().equals("initial-child-protection-conference"))
                .findFirst().orElseThrow();
        assertThat(conference.get("status").asString()).isEqualTo("missed");
        assertThat(conference.get("stoppedAt").asString()).isEqualTo("2027-01-07T10:00:00Z");
    }

    @Test
    void aPartnerNotLinkedToTheChildIsRefusedAndTheAttemptLogged() {
        long child = newChildId();
        var response = as("police-officer").get("/api/children/" + child + "/clocks");
        assertThat(response.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from access_denial where child_id = ? and what = 'clocks'")
                .param(child).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anUnknownChildIsNotFound() {
        var response = as("social-worker").get("/api/children/987654321/clocks");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("message").asString()).contains("987654321");
    }

    @Test
    void aChildWithoutEventsHasNoClocks() {
        assertThat(as("social-worker").get("/api/children/" + newChildId() + "/clocks").body()).isEqualTo("[]");
    }

    @Test
    void unknownEventTypesAreRefused() {
        assertThatThrownBy(() -> clocks.recordEvent(Actor.SYSTEM, 1, "SOMETHING_ELSE", clock.instant(), null))
                .isInstanceOf(ValidationFailure.class);
        assertThatThrownBy(() -> clocks.recordEvent(Actor.SYSTEM, 1, ClockEvents.FINANCIAL_YEAR_ENDED, clock.instant(), null))
                .as("a partnership event is not a child's").isInstanceOf(ValidationFailure.class);
    }

    @Test
    void partnershipClocksAreKeptApartFromChildren() {
        clocks.recordPartnershipEvent(Actor.SYSTEM, ClockEvents.FINANCIAL_YEAR_ENDED, london(LocalDateTime.of(2026, 3, 31, 23, 59)), "2025-26");
        assertThat(clocks.partnershipClocks()).anySatisfy(c -> {
            assertThat(c.clockId()).isEqualTo("partnership-yearly-report");
            assertThat(c.dueAt()).isEqualTo("2026-09-30");
            assertThat(c.status()).isEqualTo(ClockStatus.OVERDUE);
        });
    }
}
