package uk.safeguard.reporting.internal.calculations;

import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.DFE_CIN;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.GROUP_CHILD_PROTECTION;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.share;

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

/** The share of initial conferences held in the period that decided on a child protection plan. */
@Component
public class ProtectionIcpcToPlanConversion implements IndicatorCalculation {

    static final String PLAN = "PLAN";

    static final Indicator INDICATOR = new Indicator("icpc-to-plan-conversion",
            "Initial conferences that made a child protection plan", GROUP_CHILD_PROTECTION,
            "Of the initial child protection conferences (including pre-birth) held in the period, the percentage "
                    + "that decided the child should be the subject of a child protection plan. Neither high nor low "
                    + "is good in itself: a low rate may mean conferences held when they were not needed, a high "
                    + "one that the threshold for conference is set high.",
            "Local (scrutiny committee); from " + DFE_CIN + " ICPC and plan start items",
            "Initial conferences held in the period that decided on a plan",
            "Initial conferences held in the period",
            Polarity.NEITHER, Unit.PERCENT, null, null, Thresholds.NONE);

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        return share(ProtectionInitialConferences.in(data, period).held(), Held::item,
                held -> PLAN.equals(held.conference().decision()));
    }
}
