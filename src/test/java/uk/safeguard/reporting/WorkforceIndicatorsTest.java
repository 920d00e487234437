package uk.safeguard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguard.reporting.IndicatorTestData.at;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import uk.safeguard.reporting.internal.IndicatorsService;
import uk.safeguard.reporting.internal.calculations.WorkCaseloadPerWorker;
import uk.safeguard.reporting.internal.calculations.WorkWorkerChangesPerChild;

/**
 * Caseload per worker (as at 30 November 2026) and changes of worker per child (November 2026), worked by hand.
 * Workers: 21 and 22 in team 1, 23 in team 2. Cases (London times, GMT):
 * <pre>
 * k1  CIN   child 31 opened 1 Sep      21 from 1 Sep to 5 Nov; 21 again from 5 Nov (same worker: not a change) to 2 Dec;
 *                                      23 from 2 Dec (December: not November's change)         as at 30 Nov: 21
 * k2  CP    child 32 opened 1 Oct      21 from 1 Oct to 10 Nov; 22 from 10 Nov (no previous worker recorded, but the
 *                                      earlier allocation was 21: a change)                    as at 30 Nov: 22
 * k3  CIN   child 33 opened 1 Oct      22 from 1 Oct to 15 Nov; 23 from 15 Nov, previous 22 (a change)   as at: 23
 * k4  CIN   child 34 opened 1 Oct, closed 30 Nov 16:00; 22                                     closed: not counted
 * k5  EH    child 35 opened 1 Oct; 22                                                          early help: not counted
 * k6  CIN   child 36 opened 30 Nov 17:00; never allocated                                      unallocated
 * k7  CIN   child 37 opened 2 Dec; 21                                                          after: not counted
 * k8  CP    child 38 opened 1 Nov; no allocation history (imported), the case's worker is 23   as at: 23
 * k9  CIN   child 39 opened 1 Nov; 22 from 1 Nov to 20 Nov                                     unallocated at the end
 * k10 CIN   child 40 opened 1 Nov, closed 1 Dec 00:30; 21 from 1 Nov (a first allocation)      open at the end of 30 Nov: 21
 * </pre>
 */
class WorkforceIndicatorsTest {
    private static final Period NOVEMBER_2026 = Period.month(YearMonth.of(2026, 11));

    private static ReportingData data() {
        IndicatorTestData d = new IndicatorTestData();
        d.worker(21, "Sam Okafor", 1L).worker(22, "Alex Brown", 1L).worker(23, "Priya Shah", 2L);
        d.caseOf(1, 31, "CHILD_IN_NEED", at(2026, 9, 1, 9, 0), null, 1L, 23L)
                .allocation(1, 31, 21, null, 1L, at(2026, 9, 1, 9, 0), at(2026, 11, 5, 9, 0))
                .allocation(1, 31, 21, 21L, 1L, at(2026, 11, 5, 9, 0), at(2026, 12, 2, 9, 0))
                .allocation(1, 31, 23, 21L, 2L, at(2026, 12, 2, 9, 0), null);
        d.caseOf(2, 32, "CHILD_PROTECTION", at(2026, 10, 1, 9, 0), null, 1L, 22L)
                .allocation(2, 32, 21, null, 1L, at(2026, 10, 1, 9, 0), at(2026, 11, 10, 9, 0))
                .allocation(2, 32, 22, null, 1L, at(2026, 11, 10, 9, 0), null);
        d.caseOf(3, 33, "CHILD_IN_NEED", at(2026, 10, 1, 9, 0), null, 2L, 23L)
                .allocation(3, 33, 22, null, 1L, at(2026, 10, 1, 9, 0), at(2026, 11, 15, 9, 0))
                .allocation(3, 33, 23, 22L, 2L, at(2026, 11, 15, 9, 0), null);
        d.caseOf(4, 34, "CHILD_IN_NEED", at(2026, 10, 1, 9, 0), at(2026, 11, 30, 16, 0), 1L, 22L)
                .allocation(4, 34, 22, null, 1L, at(2026, 10, 1, 9, 0), at(2026, 11, 30, 16, 0));
        d.caseOf(5, 35, "EARLY_HELP", at(2026, 10, 1, 9, 0), null, 1L, 22L)
                .allocation(5, 35, 22, null, 1L, at(2026, 10, 1, 9, 0), null);
        d.caseOf(6, 36, "CHILD_IN_NEED", at(2026, 11, 30, 17, 0), null, 1L, null);
        d.caseOf(7, 37, "CHILD_IN_NEED", at(2026, 12, 2, 9, 0), null, 1L, 21L)
                .allocation(7, 37, 21, null, 1L, at(2026, 12, 2, 9, 0), null);
        d.caseOf(8, 38, "CHILD_PROTECTION", at(2026, 11, 1, 9, 0), null, 2L, 23L);
        d.caseOf(9, 39, "CHILD_IN_NEED", at(2026, 11, 1, 9, 0), null, 1L, null)
                .allocation(9, 39, 22, null, 1L, at(2026, 11, 1, 9, 0), at(2026, 11, 20, 9, 0));
        d.caseOf(10, 40, "CHILD_IN_NEED", at(2026, 11, 1, 9, 0), at(2026, 12, 1, 0, 30), 1L, 21L)
                .allocation(10, 40, 21, null, 1L, at(2026, 11, 1, 9, 0), null);
        return d.build();
    }

    @Test
    void caseloadIsOpenAllocatedCasesPerWorkerHoldingOneAsAtThePeriodEnd() {
        ReportingData data = data();
        // cases: k1 (21), k10 (21), k2 (22), k3 (23), k8 (23) = 5; workers holding one: 21, 22, 23 = 3.
        // 5 / 3 = 1.666… → 1.7; lower is better, target 15.4 → green. England 15.4.
        IndicatorValue v = FrontDoorIndicatorsTest.value(new WorkCaseloadPerWorker(), data, NOVEMBER_2026);
        assertThat(new WorkCaseloadPerWorker().measure(data, NOVEMBER_2026).numerator())
                .extracting(CountedItem::id).containsExactlyInAnyOrder(1L, 2L, 3L, 8L, 10L);
        assertThat(v.numerator()).isEqualTo(5);
        assertThat(v.denominator()).isEqualTo(3L);
        assertThat(v.value()).isEqualTo(1.7);
        assertThat(v.rag()).isEqualTo(Rag.GREEN);
        assertThat(v.england()).isEqualTo(15.4);
        assertThat(v.unit()).isEqualTo("AVERAGE");
    }

    @Test
    void caseloadBreaksDownByTeam() {
        ReportingData data = data();
        WorkCaseloadPerWorker calculation = new WorkCaseloadPerWorker();
        // team 1: k1, k10 (21), k2 (22) → 3 cases / 2 workers = 1.5; team 2: k3, k8 (23) → 2 / 1 = 2.0
        var byTeam = IndicatorsService.breakdown(calculation.indicator(), null, calculation.measure(data, NOVEMBER_2026),
                data.childPopulation(), i -> "Team " + i.teamId());
        assertThat(byTeam.get("Team 1").value()).isEqualTo(1.5);
        assertThat(byTeam.get("Team 2").value()).isEqualTo(2.0);
    }

    @Test
    void caseloadAsAtTheEndOfOctoberSeesTheAllocationsThen() {
        ReportingData data = data();
        // as at 31 Oct: k1 (21), k2 (21), k3 (22), k4 (22) open and allocated; k5 early help; k8, k9, k10 not yet open.
        // 4 cases / 2 workers = 2.0
        IndicatorValue v = FrontDoorIndicatorsTest.value(new WorkCaseloadPerWorker(), data, Period.month(YearMonth.of(2026, 10)));
        assertThat(v.numerator()).isEqualTo(4);
        assertThat(v.denominator()).isEqualTo(2L);
        assertThat(v.value()).isEqualTo(2.0);
    }

    @Test
    void workerChangesPerChildCountReplacementsNotFirstAllocationsNorTheSameWorkerAgain() {
        ReportingData data = data();
        // changes in November: k2 on 10 Nov (21 → 22, found from the earlier allocation), k3 on 15 Nov (22 → 23) = 2.
        // Not changes: k1 on 5 Nov (21 again), k9 and k10 on 1 Nov (first allocations); k1 on 2 Dec is December's.
        // Children with a CIN/CP case open in November: 31, 32, 33, 34, 36, 38, 39, 40 = 8 (35 early help; 37 from Dec).
        // 2 / 8 = 0.25 → 0.3 (one decimal place, half up). No national figure and no default target.
        IndicatorValue v = FrontDoorIndicatorsTest.value(new WorkWorkerChangesPerChild(), data, NOVEMBER_2026);
        assertThat(new WorkWorkerChangesPerChild().measure(data, NOVEMBER_2026).numerator())
                .extracting(CountedItem::childId).containsExactlyInAnyOrder(32L, 33L);
        assertThat(v.numerator()).isEqualTo(2);
        assertThat(v.denominator()).isEqualTo(8L);
        assertThat(v.value()).isEqualTo(0.3);
        assertThat(v.rag()).isEqualTo(Rag.NONE);
        // December: k1 on 2 Dec (21 → 23) = 1; children open in December: 31, 32, 33, 36, 37, 38, 39, 40 = 8 (k4 closed
        // 30 Nov) → 1 / 8 = 0.125 → 0.1
        IndicatorValue december = FrontDoorIndicatorsTest.value(new WorkWorkerChangesPerChild(), data, Period.month(YearMonth.of(2026, 12)));
        assertThat(december.numerator()).isEqualTo(1);
        assertThat(december.denominator()).isEqualTo(8L);
        assertThat(december.value()).isEqualTo(0.1);
    }
}
