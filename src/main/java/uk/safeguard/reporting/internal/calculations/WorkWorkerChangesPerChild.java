package uk.safeguard.reporting.internal.calculations;

import java.util.ArrayList;
import java.util.HashMap;
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
 * Changes of social worker per child: allocations in the period that replaced another worker on a child in need or
 * child protection case, divided by the children with such a case open in the period. A case's first allocation is
 * not a change. Local measure (children and the committee ask for a consistent worker; no national figure).
 */
@Component
public class WorkWorkerChangesPerChild implements IndicatorCalculation {
    static final Indicator INDICATOR = new Indicator("worker-changes-per-child", "Changes of social worker per child",
            "Workforce",
            "Allocations made in the period that replaced a different worker on an open child in need or child protection "
                    + "case (a case's first allocation is not a change), divided by the children with such a case open at "
                    + "any time in the period.",
            "Local (consistency of the child's social worker; DOMAIN.md section 8)",
            "Changes of allocated worker in the period on child in need and child protection cases",
            "Children with a child in need or child protection case open in the period", Polarity.LOWER_IS_BETTER,
            Unit.AVERAGE, null, null, Thresholds.NONE);

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        Calculations.Span span = Calculations.span(period);
        Map<Long, CaseFact> open = new HashMap<>();
        Map<Long, CountedItem> children = new LinkedHashMap<>();
        for (CaseFact c : data.cases()) {
            if (WorkCases.socialWork(c) && WorkCases.openIn(c, span)) {
                open.put(c.caseId(), c);
                children.putIfAbsent(c.childId(), new CountedItem("child", c.childId(), c.childId(),
                        Calculations.londonDate(c.openedAt()), c.teamId(), c.allocatedWorkerId(), null, null));
            }
        }
        Map<Long, List<AllocationFact>> byCase = Calculations.derived(data, "allocationsByCase", d -> {
            Map<Long, List<AllocationFact>> cases = new HashMap<>();
            for (AllocationFact a : d.allocations()) {
                cases.computeIfAbsent(a.caseId(), k -> new ArrayList<>()).add(a);
            }
            return cases;
        });
        List<CountedItem> changes = new ArrayList<>();
        for (AllocationFact a : Calculations.within(data, "allocations", data.allocations(), AllocationFact::allocatedAt, span)) {
            if (!open.containsKey(a.caseId())) {
                continue;
            }
            if (isChange(a, byCase.get(a.caseId()))) {
                changes.add(new CountedItem("allocation", a.allocationId(), a.childId(),
                        Calculations.londonDate(a.allocatedAt()), a.workerTeamId(), a.workerId(), null, null));
            }
        }
        return Measure.ratio(changes, List.copyOf(children.values()));
    }

    /** A change: the allocation names the worker it replaced, or an earlier allocation on the case had another worker. */
    static boolean isChange(AllocationFact allocation, List<AllocationFact> onCase) {
        if (allocation.previousWorkerId() != null) {
            return allocation.previousWorkerId() != allocation.workerId();
        }
        AllocationFact before = null;
        for (AllocationFact other : onCase) {
            if (other.allocationId() != allocation.allocationId() && other.allocatedAt().isBefore(allocation.allocatedAt())
                    && (before == null || other.allocatedAt().isAfter(before.allocatedAt()))) {
                before = other;
            }
        }
        return before != null && before.workerId() != allocation.workerId();
    }
}
