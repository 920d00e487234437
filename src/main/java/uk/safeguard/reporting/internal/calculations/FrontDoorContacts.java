package uk.safeguard.reporting.internal.calculations;

import org.springframework.stereotype.Component;
import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.IndicatorCalculation;
import uk.safeguard.reporting.Measure;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.Polarity;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.reporting.Thresholds;
import uk.safeguard.reporting.Unit;

/** Contacts received: each child on each contact (Ofsted Annex A list 1). */
@Component
public class FrontDoorContacts implements IndicatorCalculation {
    static final Indicator INDICATOR = new Indicator("contacts", "Contacts", "Front door",
            "Contacts received in the period, one for each child on a contact, by the date the contact was received.",
            "Ofsted Annex A, list 1 (contacts): one line per child per contact",
            "Children on contacts received in the period", "", Polarity.NEITHER, Unit.COUNT, null, null, Thresholds.NONE);

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        return Measure.count(FrontDoorItems.contactsIn(data, period).stream().map(FrontDoorItems::item).toList());
    }
}
