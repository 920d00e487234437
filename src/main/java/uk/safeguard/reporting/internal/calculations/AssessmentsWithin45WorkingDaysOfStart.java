package uk.safeguard.reporting.internal.calculations;

import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.DFE_CIN;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.ENGLAND_2025;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.GROUP_ASSESSMENT;

import org.springframework.stereotype.Component;

import uk.safeguard.assessment.AssessmentFacts.AssessmentFact;
import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.IndicatorCalculation;
import uk.safeguard.reporting.Measure;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.Polarity;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.reporting.Thresholds;
import uk.safeguard.reporting.Unit;

/**
 * Assessments completed within 45 working days of their start: the DfE measure (CIN census assessment start date to
 * authorisation date; DOMAIN.md section 4), comparable with the England figure of 85.7% (DOMAIN.md section 10).
 */
@Component
public class AssessmentsWithin45WorkingDaysOfStart implements IndicatorCalculation {

    static final Indicator INDICATOR = new Indicator("assessments-within-45wd-of-start",
            "Assessments within 45 working days of their start (DfE measure)", GROUP_ASSESSMENT,
            "Of the assessments completed (authorised) in the period, the percentage authorised within 45 working "
                    + "days of the day the assessment started. This is how the DfE measures timeliness; Working "
                    + "Together counts from the referral instead (shown separately). Working days leave out weekends "
                    + "and bank holidays; the start day itself does not count.",
            DFE_CIN + ": assessments completed within 45 working days (start to authorisation); the limit from "
                    + "Working Together 2023 para 155",
            "Assessments authorised in the period within 45 working days of their start",
            "Assessments authorised in the period",
            Polarity.HIGHER_IS_BETTER, Unit.PERCENT, 85.7, ENGLAND_2025, new Thresholds(90.0, 80.0));

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        return AssessmentsCompleted.authorisedWithin(data, period, AssessmentFact::startedOn,
                AssessmentsWithin45WorkingDaysOfReferral.LIMIT_WORKING_DAYS);
    }
}
