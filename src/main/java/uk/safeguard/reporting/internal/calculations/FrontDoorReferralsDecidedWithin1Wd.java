package uk.safeguard.reporting.internal.calculations;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
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
 * Referrals whose next steps were decided within one working day: by the end of the next working day after the day
 * the referral was received (WT2023 para 153, seeds 000 line 2237; a working day is not a weekend or bank holiday,
 * footnote 187). A referral not yet decided counts as not decided in time.
 */
@Component
public class FrontDoorReferralsDecidedWithin1Wd implements IndicatorCalculation {
    /** WT2023 para 153: within one working day. */
    static final int WORKING_DAYS = 1;

    static final Indicator INDICATOR = new Indicator("referrals-decided-within-1wd",
            "Referrals decided within 1 working day", "Front door",
            "Of the referrals in the period, the percentage whose next steps were decided by a social-work-qualified manager "
                    + "by the end of the next working day after the referral was received (weekends and bank holidays do not "
                    + "count). A referral still waiting for a decision counts as not decided in time.",
            "WT2023 para 153 (seeds 000 line 2237)",
            "Referrals in the period decided by the end of the next working day", "Referrals in the period",
            Polarity.HIGHER_IS_BETTER, Unit.PERCENT, null, null, new Thresholds(95.0, 85.0));

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        FrontDoorItems.Referrals items = FrontDoorItems.referrals(data);
        List<CountedItem> inTime = new ArrayList<>();
        List<CountedItem> all = new ArrayList<>();
        for (ReferralFact referral : FrontDoorItems.referralsIn(data, period)) {
            CountedItem item = items.item(referral);
            all.add(item);
            if (Calculations.withinWorkingDays(data.workingDays(), referral.referralAt(), referral.decidedAt(), WORKING_DAYS)) {
                inTime.add(item);
            }
        }
        return Measure.ratio(inTime, all);
    }
}
