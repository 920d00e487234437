package uk.safeguard.reporting.internal.calculations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Re-referrals: referrals within 12 months of a previous referral of the same child (DfE Children in need statistics).
 * A referral counts when it was recorded as one, or when the child's previous referral (as recorded on the referral:
 * the front door keeps the latest one within 12 months, or found among the referrals loaded) is on or after the date
 * 12 months before.
 */
@Component
public class FrontDoorReReferrals implements IndicatorCalculation {
    /** DfE: within 12 months of a previous referral. */
    static final int MONTHS = 12;

    static final Indicator INDICATOR = new Indicator("re-referrals-within-12-months", "Re-referrals within 12 months",
            "Front door",
            "Of the referrals in the period, the percentage of children referred within 12 months of a previous referral "
                    + "(the previous referral on or after the same date a year before).",
            "DfE Children in need statistics (re-referral rate)",
            "Referrals in the period within 12 months of the child's previous referral", "Referrals in the period",
            Polarity.LOWER_IS_BETTER, Unit.PERCENT, 22.6,
            "DfE Children in need 2024-25: England, year to 31 March 2025", new Thresholds(22.6, 25.0));

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        Map<Long, List<ReferralFact>> byChild = Calculations.derived(data, "referralsByChild", d -> {
            Map<Long, List<ReferralFact>> children = new HashMap<>();
            for (ReferralFact r : d.referrals()) {
                children.computeIfAbsent(r.childId(), k -> new ArrayList<>()).add(r);
            }
            return children;
        });
        FrontDoorItems.Referrals items = FrontDoorItems.referrals(data);
        List<CountedItem> again = new ArrayList<>();
        List<CountedItem> all = new ArrayList<>();
        for (ReferralFact referral : FrontDoorItems.referralsIn(data, period)) {
            CountedItem item = items.item(referral);
            all.add(item);
            if (referral.reReferral() || withinTwelveMonths(referral, previous(referral, byChild.get(referral.childId())))) {
                again.add(item);
            }
        }
        return Measure.ratio(again, all);
    }

    /** The child's latest referral before this one: as recorded on it, or the latest earlier one in the data. */
    static Instant previous(ReferralFact referral, List<ReferralFact> childsReferrals) {
        Instant previous = referral.previousReferralAt();
        for (ReferralFact other : childsReferrals) {
            if (other.referralId() != referral.referralId() && other.referralAt().isBefore(referral.referralAt())
                    && (previous == null || other.referralAt().isAfter(previous))) {
                previous = other.referralAt();
            }
        }
        return previous;
    }

    static boolean withinTwelveMonths(ReferralFact referral, Instant previous) {
        if (previous == null) {
            return false;
        }
        LocalDate on = Calculations.londonDate(referral.referralAt());
        return !Calculations.londonDate(previous).isBefore(on.minusMonths(MONTHS));
    }
}
