package uk.safeguard.reporting.internal.calculations;

import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.DFE_CIN;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.GROUP_CHILD_PROTECTION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.reporting.CountedItem;
import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.IndicatorCalculation;
import uk.safeguard.reporting.Measure;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.Polarity;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.reporting.Thresholds;
import uk.safeguard.reporting.Unit;

/** Plans started in the period that are the child's second or subsequent plan (a DfE national indicator). */
@Component
public class ChildProtectionPlansSecondOrSubsequent implements IndicatorCalculation {

    static final Indicator INDICATOR = new Indicator("cp-plans-second-or-subsequent",
            "Second or subsequent child protection plans", GROUP_CHILD_PROTECTION,
            "Of the child protection plans that started in the period, the percentage where the child had been the "
                    + "subject of a plan before, at any time (here or, where recorded, in another authority).",
            DFE_CIN + ": children who became the subject of a plan for a second or subsequent time",
            "Plans started in the period where the child had a previous plan",
            "Plans started in the period",
            Polarity.LOWER_IS_BETTER, Unit.PERCENT, null, null, new Thresholds(20.0, 25.0));

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        Map<Long, LocalDate> firstStart = new HashMap<>();
        for (CpPlanFact p : data.plans()) {
            if (p.startedOn() != null) {
                firstStart.merge(p.childId(), p.startedOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<CountedItem> numerator = new ArrayList<>();
        List<CountedItem> denominator = new ArrayList<>();
        for (CpPlanFact p : data.plans()) {
            if (!period.contains(p.startedOn())) {
                continue;
            }
            CountedItem item = ChildProtectionSupport.planItem(p, p.startedOn());
            denominator.add(item);
            // The plan's own count of earlier plans, or an earlier plan of the same child in the data.
            if (p.previousPlans() > 0 || firstStart.get(p.childId()).isBefore(p.startedOn())) {
                numerator.add(item);
            }
        }
        return Measure.ratio(numerator, denominator);
    }
}
