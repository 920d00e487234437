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

/** Referrals to children's social care: each child, by referral date (DfE CIN census; Ofsted Annex A list 3). */
@Component
public class FrontDoorReferrals implements IndicatorCalculation {
    static final Indicator INDICATOR = new Indicator("referrals", "Referrals", "Front door",
            "Referrals to children's social care with a referral date in the period, one for each child.",
            "DfE Children in need census (referrals); Ofsted Annex A, list 3",
            "Referrals with a referral date in the period", "", Polarity.NEITHER, Unit.COUNT, 632_830.0,
            "DfE Children in need 2024-25: referrals in England in the year to 31 March 2025 (a national yearly total)",
            Thresholds.NONE);

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        FrontDoorItems.Referrals items = FrontDoorItems.referrals(data);
        return Measure.count(FrontDoorItems.referralsIn(data, period).stream().map(items::item).toList());
    }
}
