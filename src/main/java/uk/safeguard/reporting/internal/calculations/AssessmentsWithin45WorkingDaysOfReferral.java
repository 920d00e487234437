package uk.safeguard.reporting.internal.calculations;

import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.GROUP_ASSESSMENT;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.londonDay;

import org.springframework.stereotype.Component;

import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.IndicatorCalculation;
import uk.safeguard.reporting.Measure;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.Polarity;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.reporting.Thresholds;
import uk.safeguard.reporting.Unit;

/**
 * Assessments completed within 45 working days of the referral: the Working Together 2023 timescale (para 155,
 * seeds 000 line 2251), which runs from the point of referral. Not the DfE measure (that runs from the assessment's
 * start, see {@link AssessmentsWithin45WorkingDaysOfStart}); DOMAIN.md section 4 asks for both, labelled.
 */
@Component
public class AssessmentsWithin45WorkingDaysOfReferral implements IndicatorCalculation {

    static final int LIMIT_WORKING_DAYS = 45;

    static final Indicator INDICATOR = new Indicator("assessments-within-45wd-of-referral",
            "Assessments within 45 working days of the referral (Working Together)", GROUP_ASSESSMENT,
            "Of the assessments completed (authorised) in the period, the percentage authorised within 45 working "
                    + "days of the date the referral was received. Working days leave out weekends and bank holidays; "
                    + "the referral day itself does not count. Assessments whose referral date is not known "
                    + "(some imported records) cannot be measured and are left out.",
            "Working Together to Safeguard Children 2023, para 155 (45 working days from the point of referral)",
            "Assessments authorised in the period within 45 working days of the referral date",
            "Assessments authorised in the period whose referral date is known",
            Polarity.HIGHER_IS_BETTER, Unit.PERCENT, null, null, new Thresholds(90.0, 80.0));

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        // WT2023 para 155 (seeds 000 line 2251): no longer than 45 working days from the point of referral.
        return AssessmentsCompleted.authorisedWithin(data, period, a -> londonDay(a.referralAt()), LIMIT_WORKING_DAYS);
    }
}
