package uk.safeguard.reporting.internal.calculations;

import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.DFE_CIN;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.ENGLAND_2025;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.GROUP_CHILD_PROTECTION;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.share;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.withinWorkingDays;

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
import uk.safeguard.reporting.internal.calculations.ProtectionInitialConferences.Held;

/**
 * Initial child protection conferences held within 15 working days of the strategy discussion at which the section
 * 47 enquiry was initiated (WT2023 chapter 3, seeds 000 line 2895); imported enquiries without that date fall back to
 * the enquiry's start, as the DfE measures it.
 */
@Component
public class ProtectionIcpcWithin15WorkingDays implements IndicatorCalculation {

    static final int LIMIT_WORKING_DAYS = 15;

    static final Indicator INDICATOR = new Indicator("icpc-within-15wd",
            "Initial child protection conferences within 15 working days", GROUP_CHILD_PROTECTION,
            "Of the initial child protection conferences (including pre-birth) held in the period, the percentage "
                    + "held within 15 working days of the strategy discussion at which the section 47 enquiry was "
                    + "initiated (when more than one discussion was held, the one that initiated it). Where that discussion's date is not recorded "
                    + "(some imported records) the enquiry's start date is used, as the DfE does. Working days leave "
                    + "out weekends and bank holidays; the discussion day itself does not count. A conference with "
                    + "no known enquiry cannot be measured and is left out.",
            "Working Together to Safeguard Children 2023, chapter 3 (seeds 000 line 2895); " + DFE_CIN
                    + ": ICPCs within 15 working days of the start of the section 47 enquiry",
            "Initial conferences held in the period within 15 working days of the strategy discussion",
            "Initial conferences held in the period with a known section 47 enquiry",
            Polarity.HIGHER_IS_BETTER, Unit.PERCENT, 81.4, ENGLAND_2025, new Thresholds(90.0, 80.0));

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        List<Held> measurable = ProtectionInitialConferences.in(data, period).held().stream()
                .filter(held -> held.clockStart() != null)
                .toList();
        // WT2023 seeds 000 line 2895: within 15 working days of the strategy discussion.
        return share(measurable, Held::item,
                held -> withinWorkingDays(data, held.clockStart(), held.conference().heldOn(), LIMIT_WORKING_DAYS));
    }
}
