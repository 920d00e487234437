package uk.safeguard.reporting.internal.calculations;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.safeguard.frontdoor.FrontDoorFacts.ContactFact;
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
 * Contacts with a first decision within 24 hours of receipt. The local MASH protocol: "All contacts will be considered
 * by a manager or managing practitioner within 24 hours" (seeds 003 line 1682); the clock stops at the first decision,
 * holding in the MASH included (the contact-decision clock). Counted in the period the contact was received.
 */
@Component
public class FrontDoorContactsDecidedWithin24h implements IndicatorCalculation {
    /** seeds 003 line 1682: 24 hours (local). */
    static final int HOURS = 24;

    static final Indicator INDICATOR = new Indicator("contacts-decided-within-24h", "Contacts decided within 24 hours",
            "Front door",
            "Of the children on contacts received in the period, the percentage whose contact had its first decision (held in "
                    + "the MASH or decided, whichever came first) within 24 hours of being received. A contact still waiting "
                    + "for a decision counts as not decided within 24 hours.",
            "Local MASH protocol (seeds 003 line 1682: all contacts considered by a manager within 24 hours)",
            "Children on contacts received in the period with a first decision within 24 hours of receipt",
            "Children on contacts received in the period", Polarity.HIGHER_IS_BETTER, Unit.PERCENT, null, null,
            new Thresholds(95.0, 85.0));

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        List<CountedItem> within = new ArrayList<>();
        List<CountedItem> all = new ArrayList<>();
        for (ContactFact contact : FrontDoorItems.contactsIn(data, period)) {
            CountedItem item = FrontDoorItems.item(contact);
            all.add(item);
            if (Calculations.withinHours(contact.receivedAt(), contact.firstDecisionAt(), HOURS)) {
                within.add(item);
            }
        }
        return Measure.ratio(within, all);
    }
}
