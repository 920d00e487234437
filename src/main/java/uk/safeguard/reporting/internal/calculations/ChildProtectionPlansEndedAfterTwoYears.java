package uk.safeguard.reporting.internal.calculations;

import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.DFE_CIN;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.ENGLAND_2025;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.GROUP_CHILD_PROTECTION;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.planItem;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.share;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.IndicatorCalculation;
import uk.safeguard.reporting.Measure;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.Polarity;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.reporting.Thresholds;
import uk.safeguard.reporting.Unit;

/** Plans ended in the period that had lasted two years or more (DfE; England 4.4%). */
@Component
public class ChildProtectionPlansEndedAfterTwoYears implements IndicatorCalculation {

    static final Indicator INDICATOR = new Indicator("cp-plans-ended-after-2-years",
            "Child protection plans ended after two years or more", GROUP_CHILD_PROTECTION,
            "Of the child protection plans that ended in the period, the percentage that had lasted two years or "
                    + "more: ended on or after the second anniversary of their start (a plan started on 29 February "
                    + "reaches it on 28 February).",
            DFE_CIN + ": plans ceasing in the year that lasted two years or more",
            "Plans ended in the period that lasted two years or more",
            "Plans ended in the period",
            Polarity.LOWER_IS_BETTER, Unit.PERCENT, 4.4, ENGLAND_2025, new Thresholds(4.0, 6.0));

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        List<CpPlanFact> measurable = data.plans().stream()
                .filter(p -> period.contains(p.endedOn()) && p.startedOn() != null)
                .toList();
        return share(measurable, p -> planItem(p, p.endedOn()), p -> !p.endedOn().isBefore(p.startedOn().plusYears(2)));
    }
}
