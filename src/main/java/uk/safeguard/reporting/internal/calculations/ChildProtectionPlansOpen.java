package uk.safeguard.reporting.internal.calculations;

import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.DFE_CIN;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.ENGLAND_2025;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.GROUP_CHILD_PROTECTION;

import java.util.List;

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

/** Child protection plans open as at the period's end (the DfE counts children on a plan at 31 March). */
@Component
public class ChildProtectionPlansOpen implements IndicatorCalculation {

    static final Indicator INDICATOR = new Indicator("cp-plans-open", "Child protection plans open",
            GROUP_CHILD_PROTECTION,
            "Children who were the subject of a child protection plan at the end of the period's last day: the plan "
                    + "started on or before that day and had not ended on or before it. A plan that ends on the last "
                    + "day is not counted. The England figure is the national total, not comparable with one "
                    + "authority's count: compare the rate per 10,000 children.",
            DFE_CIN + ": children who were the subject of a child protection plan at 31 March; Ofsted Annex A list 7",
            "Plans open at the end of the period", "", Polarity.NEITHER, Unit.COUNT, 49_420.0,
            ENGLAND_2025 + " (England total at 31 March 2025)", Thresholds.NONE);

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        return Measure.count(openAt(data, period));
    }

    /** One item per plan open at the end of {@code period.asAt()}, dated by the plan's start. */
    static List<CountedItem> openAt(ReportingData data, Period period) {
        return data.plans().stream()
                .filter(p -> ChildProtectionSupport.openAtEndOf(p, period.asAt()))
                .map(p -> ChildProtectionSupport.planItem(p, p.startedOn()))
                .toList();
    }
}
