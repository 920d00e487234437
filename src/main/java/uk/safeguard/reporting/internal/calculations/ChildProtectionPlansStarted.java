package uk.safeguard.reporting.internal.calculations;

import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.DFE_CIN;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.GROUP_CHILD_PROTECTION;

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

/** Child protection plans started. */
@Component
public class ChildProtectionPlansStarted implements IndicatorCalculation {

    static final Indicator INDICATOR = new Indicator("cp-plans-started", "Child protection plans started", GROUP_CHILD_PROTECTION,
            "Child protection plans that started in the period (a plan starts at the conference that decides it).",
            DFE_CIN + ": child protection plans started in the year; Ofsted Annex A list 7",
            "Plans whose start date is in the period", "", Polarity.NEITHER, Unit.COUNT, null, null, Thresholds.NONE);

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        return ChildProtectionSupport.plansDatedIn(data, period, CpPlanFact::startedOn);
    }
}
