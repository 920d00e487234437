package uk.safeguard.reporting.internal.calculations;

import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.DFE_CIN;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.GROUP_CHILD_PROTECTION;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.IndicatorCalculation;
import uk.safeguard.reporting.Measure;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.Polarity;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.reporting.Thresholds;
import uk.safeguard.reporting.Unit;

/** Child protection plans open at the period's end per 10,000 children (the configured child population). */
@Component
public class ChildProtectionPlanRate implements IndicatorCalculation {

    static final Indicator INDICATOR = new Indicator("cp-plan-rate-per-10000",
            "Child protection plans per 10,000 children", GROUP_CHILD_PROTECTION,
            "Children on a child protection plan at the end of the period (as counted by cp-plans-open) per 10,000 "
                    + "children aged 0 to 17 living in the area (the configured child population). No value when no "
                    + "population is configured.",
            DFE_CIN + ": rate of children who were the subject of a plan at 31 March per 10,000 children",
            "Plans open at the end of the period", "Child population aged 0 to 17 (configured), in 10,000s",
            Polarity.NEITHER, Unit.PER_10000, null, null, Thresholds.NONE);

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        return new Measure(ChildProtectionPlansOpen.openAt(data, period), List.of(), data.childPopulation());
    }
}
