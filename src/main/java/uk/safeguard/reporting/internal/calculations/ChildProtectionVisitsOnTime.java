package uk.safeguard.reporting.internal.calculations;

import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.GROUP_CHILD_PROTECTION;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.londonDay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.conference.ConferenceFacts.CpVisitFact;
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
 * Child protection visits on time, against the local standard that a child on a plan is seen at least every N
 * working days (DOMAIN.md section 4: commonly 10, configurable with
 * {@code safeguard.reporting.cp-visit-interval-working-days}). The unit is the gap between the plan's start or a
 * visit where the child was seen and the next visit where the child was seen; a visit where the child was not seen
 * does not end a gap.
 */
@Component
public class ChildProtectionVisitsOnTime implements IndicatorCalculation {

    public static final int DEFAULT_INTERVAL_WORKING_DAYS = 10;

    private final int interval;
    private final Indicator indicator;

    public ChildProtectionVisitsOnTime(
            @Value("${safeguard.reporting.cp-visit-interval-working-days:" + DEFAULT_INTERVAL_WORKING_DAYS + "}")
            int intervalWorkingDays) {
        if (intervalWorkingDays < 1) {
            throw new IllegalArgumentException(
                    "safeguard.reporting.cp-visit-interval-working-days must be at least 1, not " + intervalWorkingDays);
        }
        this.interval = intervalWorkingDays;
        this.indicator = new Indicator("cp-visits-on-time", "Child protection visits on time", GROUP_CHILD_PROTECTION,
                "A child on a child protection plan should be seen at least every " + interval + " working days. "
                        + "Each gap runs from the plan's start, or from a visit where the child was seen, to the next "
                        + "visit where the child was seen (a visit where the child was not seen does not count). "
                        + "Counted: every gap that ended in the period, on time if it lasted " + interval
                        + " working days or fewer; and every gap still open at the end of the period (or at the "
                        + "plan's end, if that is in the period) that has already run past " + interval
                        + " working days, as late. So a child not seen for two months counts as late in each month, "
                        + "and again when finally seen.",
                "Local practice standard (DOMAIN.md section 4, CP visits: commonly every 10 working days; "
                        + "configurable: safeguard.reporting.cp-visit-interval-working-days)",
                "Gaps between visits ending in the period within " + interval + " working days",
                "Gaps between visits ending in the period, and gaps still open and already overdue at its end",
                Polarity.HIGHER_IS_BETTER, Unit.PERCENT, null, null, new Thresholds(90.0, 80.0));
    }

    @Override
    public Indicator indicator() {
        return indicator;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        Map<Long, List<CpVisitFact>> seenByPlan = new HashMap<>();
        for (CpVisitFact v : data.visits()) {
            if (v.seen() && v.visitedAt() != null) {
                seenByPlan.computeIfAbsent(v.planId(), p -> new ArrayList<>()).add(v);
            }
        }
        List<CountedItem> numerator = new ArrayList<>();
        List<CountedItem> denominator = new ArrayList<>();
        for (CpPlanFact plan : data.plans()) {
            if (plan.startedOn() == null || plan.startedOn().isAfter(period.to())
                    || (plan.endedOn() != null && plan.endedOn().isBefore(period.from()))) {
                continue;
            }
            gaps(data, period, plan, seenByPlan.getOrDefault(plan.planId(), List.of()), numerator, denominator);
        }
        return Measure.ratio(numerator, denominator);
    }

    private void gaps(ReportingData data, Period period, CpPlanFact plan, List<CpVisitFact> seen,
                      List<CountedItem> numerator, List<CountedItem> denominator) {
        // The days the child was seen while on the plan (the first visit of a day stands for the day).
        TreeMap<LocalDate, CpVisitFact> days = new TreeMap<>();
        for (CpVisitFact v : seen) {
            LocalDate day = londonDay(v.visitedAt());
            if (!day.isBefore(plan.startedOn()) && (plan.endedOn() == null || !day.isAfter(plan.endedOn()))) {
                days.merge(day, v, (a, b) -> a.visitedAt().isAfter(b.visitedAt()) ? b : a);
            }
        }
        LocalDate gapStart = plan.startedOn();
        for (Map.Entry<LocalDate, CpVisitFact> entry : days.headMap(period.to(), true).entrySet()) {
            LocalDate day = entry.getKey();
            if (period.contains(day)) {
                CpVisitFact v = entry.getValue();
                CountedItem item = ChildProtectionSupport.item("visit", v.visitId(), plan.childId(), day,
                        plan.teamId(), plan.leadSocialWorkerId());
                denominator.add(item);
                if (data.workingDays().countWorkingDays(gapStart, day) <= interval) {
                    numerator.add(item);
                }
            }
            gapStart = day;
        }
        // The gap still open at the period's end, or at the plan's end within the period: late once past the limit.
        LocalDate end = plan.endedOn() != null && plan.endedOn().isBefore(period.to()) ? plan.endedOn() : period.to();
        if (!end.isBefore(period.from()) && data.workingDays().countWorkingDays(gapStart, end) > interval) {
            denominator.add(ChildProtectionSupport.planItem(plan, end));
        }
    }
}
