package uk.safeguard.reporting.internal.calculations;

import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.GROUP_CHILD_PROTECTION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.safeguard.conference.ConferenceFacts.CoreGroupFact;
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

/**
 * First core groups on time: the core group meets within 10 working days of the initial conference that made the
 * plan (WT2023 chapter 3, seeds 000 line 2997). Counted in the period in which the tenth working day falls.
 */
@Component
public class ChildProtectionCoreGroupsOnTime implements IndicatorCalculation {

    static final int LIMIT_WORKING_DAYS = 10;

    static final Indicator INDICATOR = new Indicator("core-groups-on-time", "First core groups on time",
            GROUP_CHILD_PROTECTION,
            "Of the child protection plans whose first core group meeting fell due in the period (10 working days "
                    + "after the conference that made the plan), the percentage where the core group met by then. "
                    + "Working days leave out weekends and bank holidays; the conference day itself does not count. "
                    + "A plan that ended before the due day without a core group is not counted. In the current "
                    + "month a plan due later this month shows as not met until its core group is recorded.",
            "Working Together to Safeguard Children 2023, chapter 3, the core group (seeds 000 line 2997)",
            "Plans whose first core group met within 10 working days of the plan's start",
            "Plans whose first core group fell due in the period",
            Polarity.HIGHER_IS_BETTER, Unit.PERCENT, null, null, new Thresholds(95.0, 85.0));

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        Map<Long, List<LocalDate>> meetingsByPlan = new HashMap<>();
        for (CoreGroupFact g : data.coreGroups()) {
            if (g.metOn() != null) {
                meetingsByPlan.computeIfAbsent(g.planId(), p -> new ArrayList<>()).add(g.metOn());
            }
        }
        List<CountedItem> numerator = new ArrayList<>();
        List<CountedItem> denominator = new ArrayList<>();
        for (CpPlanFact plan : data.plans()) {
            if (plan.startedOn() == null) {
                continue;
            }
            // Seeds 000 line 2997: meet within 10 working days from the initial child protection conference.
            LocalDate due = data.workingDays().addWorkingDays(plan.startedOn(), LIMIT_WORKING_DAYS);
            if (!period.contains(due)) {
                continue;
            }
            LocalDate first = meetingsByPlan.getOrDefault(plan.planId(), List.of()).stream()
                    .filter(d -> !d.isBefore(plan.startedOn())).min(LocalDate::compareTo).orElse(null);
            boolean met = first != null && !first.isAfter(due)
                    && (plan.endedOn() == null || !first.isAfter(plan.endedOn()));
            if (!met && plan.endedOn() != null && plan.endedOn().isBefore(due)) {
                continue; // the plan ended before its core group was due: nothing was owed
            }
            CountedItem item = ChildProtectionSupport.planItem(plan, due);
            denominator.add(item);
            if (met) {
                numerator.add(item);
            }
        }
        return Measure.ratio(numerator, denominator);
    }
}
