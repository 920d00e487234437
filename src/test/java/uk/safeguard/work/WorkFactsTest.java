package uk.safeguard.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;
import uk.safeguard.work.WorkFacts.AllocationFact;
import uk.safeguard.work.WorkFacts.CaseFact;

class WorkFactsTest extends IntegrationTest {
    @Autowired
    WorkFacts facts;
    @Autowired
    PeopleRegister people;
    @Autowired
    UserDirectory users;

    private List<CaseFact> casesOf(long child, LocalDate from, LocalDate to) {
        return facts.cases(from, to).stream().filter(c -> c.childId() == child).toList();
    }

    private List<AllocationFact> allocationsOf(long child, LocalDate from, LocalDate to) {
        return facts.allocations(from, to).stream().filter(a -> a.childId() == child).toList();
    }

    private void allocate(long caseId, CurrentUser worker, String username, String handover) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("workerId", worker.id());
        body.put("handoverNote", handover);
        Api.Response proposed = as("team-manager").post("/api/cases/" + caseId + "/allocation-proposals", body);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        Api.Response agreed = as(username).post("/api/allocation-proposals/" + proposed.json().get("id").asLong() + "/agreement", "");
        assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
    }

    @Test
    void aCaseOpenInTheWindowWithItsAllocationsEachEndingWhenTheNextBeginsAndTheClosureReason() {
        CurrentUser sam = users.findByUsername("social-worker").orElseThrow();
        CurrentUser morgan = users.findByUsername("team-manager").orElseThrow();
        long child = TestChildren.register(people);
        clock.set(LocalDateTime.of(2026, 10, 31, 23, 30));
        long caseId = TestReferrals.refer(as("contact-officer"), as("team-manager"), child).caseId();
        clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
        allocate(caseId, sam, "social-worker", null);
        clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
        allocate(caseId, morgan, "team-manager", "Handing over: the family know Morgan from before.");

        assertThat(casesOf(child, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 30))).isEmpty();
        List<CaseFact> open = casesOf(child, LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 31));
        assertThat(open).hasSize(1);
        CaseFact c = open.get(0);
        assertThat(c.caseId()).isEqualTo(caseId);
        assertThat(c.kind()).isEqualTo("CHILD_IN_NEED");
        assertThat(c.openedAt()).isEqualTo(LocalDateTime.of(2026, 10, 31, 23, 30).atZone(TimeConfiguration.LONDON).toInstant());
        assertThat(c.closedAt()).isNull();
        assertThat(c.closureReason()).isNull();
        assertThat(c.allocatedWorkerId()).isEqualTo(morgan.id());

        List<AllocationFact> all = allocationsOf(child, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertThat(all).extracting(AllocationFact::workerId).containsExactly(sam.id(), morgan.id());
        AllocationFact first = all.get(0);
        AllocationFact second = all.get(1);
        assertThat(first.caseId()).isEqualTo(caseId);
        assertThat(first.previousWorkerId()).isNull();
        assertThat(first.workerTeamId()).isEqualTo(sam.teamId());
        assertThat(first.allocatedAt()).isEqualTo(LocalDateTime.of(2026, 11, 2, 9, 0).atZone(TimeConfiguration.LONDON).toInstant());
        assertThat(first.endedAt()).isEqualTo(second.allocatedAt());
        assertThat(second.previousWorkerId()).isEqualTo(sam.id());
        assertThat(second.endedAt()).isNull();
        // Sam's allocation ended on 20 November: not in a window after it
        assertThat(allocationsOf(child, LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 30)))
                .extracting(AllocationFact::workerId).containsExactly(morgan.id());

        clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        Api.Response closed = as("team-manager").post("/api/cases/" + caseId + "/closure", Map.of("closedAt", "2026-11-30", "closureReason", "RC7"));
        assertThat(closed.status()).as(closed.toString()).isLessThan(300);
        CaseFact after = casesOf(child, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).get(0);
        assertThat(after.closedAt()).isNotNull();
        assertThat(after.closureReason()).isEqualTo("RC7");
        LocalDate closedOn = after.closedAt().atZone(TimeConfiguration.LONDON).toLocalDate();
        assertThat(casesOf(child, closedOn.plusDays(1), closedOn.plusDays(30))).isEmpty();
        assertThat(allocationsOf(child, closedOn.plusDays(1), closedOn.plusDays(30))).isEmpty();
        assertThat(allocationsOf(child, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25)).get(0).endedAt()).isEqualTo(after.closedAt());

        // The per-child read is the same facts as the range read filtered to the child, closed cases included.
        clock.set(LocalDateTime.of(2027, 2, 1, 9, 0));
        TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        assertThat(facts.casesOf(child)).hasSize(2).isEqualTo(casesOf(child, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31)));
        assertThat(facts.allocationsOf(child)).hasSize(2)
                .isEqualTo(allocationsOf(child, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31)));
        assertThat(casesOf(child, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 1))).hasSize(1);
    }
}
