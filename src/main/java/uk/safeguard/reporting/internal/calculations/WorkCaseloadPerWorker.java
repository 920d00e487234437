package uk.safeguard.reporting.internal.calculations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.safeguard.reporting.CountedItem;
import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.IndicatorCalculation;
import uk.safeguard.reporting.Measure;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.Polarity;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.reporting.Thresholds;
import uk.safeguard.reporting.Unit;
import uk.safeguard.work.WorkFacts.AllocationFact;
import uk.safeguard.work.WorkFacts.CaseFact;

/**
 * Average caseload as at the end of the period: open child in need and child protection cases allocated to a worker,
 * divided by the workers holding at least one. The DfE figure counts cases per case-holding children and family social
 * worker (full-time equivalent); this counts people, not FTE.
 */
@Component
public class WorkCaseloadPerWorker implements IndicatorCalculation {
    static final Indicator INDICATOR = new Indicator("caseload-per-worker", "Average caseload per worker", "Workforce",
            "As at the last day of the period: the child in need and child protection cases open and allocated to a worker, "
                    + "divided by the number of workers holding at least one such case.",
            "DfE Children's social work workforce (average caseload of case-holding children and family social workers)",
            "Open child in need and child protection cases allocated to a worker at the end of the period",
            "Workers holding at least one such case at the end of the period", Polarity.LOWER_IS_BETTER, Unit.AVERAGE,
            15.4, "DfE Children's social work workforce 2024: England, 30 September 2024", new Thresholds(15.4, 18.0));

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        var asAt = period.asAt();
        var endOfDay = Calculations.endOf(asAt);
        Map<Long, Long> workerTeams = Calculations.teamsOfWorkers(data);
        // The allocation current at the end of the day, per case (the latest when two overlap).
        Map<Long, AllocationFact> current = new HashMap<>();
        Set<Long> hasAllocations = Calculations.derived(data, "casesWithAllocations", d -> {
            Set<Long> ids = new HashSet<>();
            d.allocations().forEach(a -> ids.add(a.caseId()));
            return ids;
        });
        for (AllocationFact a : data.allocations()) {
            if (Calculations.openAsAt(a.allocatedAt(), a.endedAt(), endOfDay)) {
                current.merge(a.caseId(), a, (x, y) -> y.allocatedAt().isAfter(x.allocatedAt()) ? y : x);
            }
        }
        List<CountedItem> cases = new ArrayList<>();
        Map<Long, CountedItem> workers = new LinkedHashMap<>();
        for (CaseFact c : data.cases()) {
            if (!WorkCases.socialWork(c) || !Calculations.openAsAt(c.openedAt(), c.closedAt(), endOfDay)) {
                continue;
            }
            AllocationFact allocation = current.get(c.caseId());
            Long worker = allocation != null ? Long.valueOf(allocation.workerId())
                    // no allocation history for the case (e.g. imported): the case's allocated worker
                    : hasAllocations.contains(c.caseId()) ? null : c.allocatedWorkerId();
            if (worker == null) {
                continue;
            }
            Long team = allocation != null && allocation.workerTeamId() != null ? allocation.workerTeamId()
                    : workerTeams.getOrDefault(worker, c.teamId());
            cases.add(new CountedItem("case", c.caseId(), c.childId(), asAt, team, worker, null, null));
            workers.putIfAbsent(worker, new CountedItem("worker", worker, null, asAt, team, worker, null, null));
        }
        return Measure.ratio(cases, List.copyOf(workers.values()));
    }
}
