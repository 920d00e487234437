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
 * The share of decided contacts that became a referral to children's social care. The committee asked about contacts
 * that "didn't go anywhere" (DOMAIN.md section 8); neither higher nor lower is better in itself.
 */
@Component
public class FrontDoorContactConversion implements IndicatorCalculation {
    static final String HELD_IN_MASH = "HELD_IN_MASH";
    static final String REFERRAL_ACCEPTED = "REFERRAL_ACCEPTED";

    static final Indicator INDICATOR = new Indicator("contact-to-referral-conversion", "Contacts that became referrals",
            "Front door",
            "Of the children on contacts received in the period that have a decision (held in the MASH is not yet a decision), "
                    + "the percentage accepted as a referral to children's social care.",
            "Local (scrutiny committee: contacts that led nowhere, DOMAIN.md section 8; seeds 003 lines 1684-1691)",
            "Children on contacts received in the period accepted as a referral",
            "Children on contacts received in the period with a decision", Polarity.NEITHER, Unit.PERCENT, null, null,
            Thresholds.NONE);

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        List<CountedItem> referred = new ArrayList<>();
        List<CountedItem> decided = new ArrayList<>();
        for (ContactFact contact : FrontDoorItems.contactsIn(data, period)) {
            if (contact.decision() == null || HELD_IN_MASH.equals(contact.decision())) {
                continue;
            }
            CountedItem item = FrontDoorItems.item(contact);
            decided.add(item);
            if (contact.referralId() != null || REFERRAL_ACCEPTED.equals(contact.decision())) {
                referred.add(item);
            }
        }
        return Measure.ratio(referred, decided);
    }
}
