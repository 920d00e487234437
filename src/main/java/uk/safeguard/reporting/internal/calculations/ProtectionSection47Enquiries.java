package uk.safeguard.reporting.internal.calculations;

import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.DFE_CIN;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.GROUP_CHILD_PROTECTION;

import org.springframework.stereotype.Component;

import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.reporting.CountedItem;
import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.IndicatorCalculation;
import uk.safeguard.reporting.Measure;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.Polarity;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.reporting.Thresholds;
import uk.safeguard.reporting.Unit;

/** Section 47 enquiries started in the period (CIN census s47 start date; Ofsted Annex A list 5). */
@Component
public class ProtectionSection47Enquiries implements IndicatorCalculation {

    static final Indicator INDICATOR = new Indicator("section-47-enquiries", "Section 47 enquiries started",
            GROUP_CHILD_PROTECTION,
            "Section 47 enquiries (Children Act 1989) that started in the period. Every enquiry follows a "
                    + "strategy discussion; one enquiry per child.",
            DFE_CIN + ": section 47 enquiries started in the year; Ofsted Annex A list 5",
            "Section 47 enquiries whose start date is in the period", "", Polarity.NEITHER, Unit.COUNT, null, null,
            Thresholds.NONE);

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        return Measure.count(data.section47Enquiries().stream()
                .filter(s -> period.contains(s.startedOn()))
                .map(ProtectionSection47Enquiries::item)
                .toList());
    }

    static CountedItem item(Section47Fact s) {
        return ChildProtectionSupport.item("section47", s.section47Id(), s.childId(), s.startedOn(), s.teamId(),
                s.leadWorkerId());
    }
}
