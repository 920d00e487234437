package uk.safeguard.reporting.internal.calculations;

import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.DFE_CIN;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.GROUP_ASSESSMENT;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.share;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.withinWorkingDays;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import uk.safeguard.assessment.AssessmentFacts.AssessmentFact;
import uk.safeguard.assessment.AssessmentStatus;
import uk.safeguard.reporting.CountedItem;
import uk.safeguard.reporting.Indicator;
import uk.safeguard.reporting.IndicatorCalculation;
import uk.safeguard.reporting.Measure;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.Polarity;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.reporting.Thresholds;
import uk.safeguard.reporting.Unit;

/** Child and family assessments completed (authorised by a manager) in the period. */
@Component
public class AssessmentsCompleted implements IndicatorCalculation {

    static final Indicator INDICATOR = new Indicator("assessments-completed", "Assessments completed",
            GROUP_ASSESSMENT,
            "Child and family assessments completed in the period: a manager authorised the assessment on a date in "
                    + "the period. Withdrawn assessments (the case closed first) are not counted.",
            DFE_CIN + ": assessments completed in the year; Ofsted Annex A list 4",
            "Assessments authorised in the period", "", Polarity.NEITHER, Unit.COUNT, null, null, Thresholds.NONE);

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        return Measure.count(completedIn(data, period).stream().map(AssessmentsCompleted::item).toList());
    }

    /** Assessments authorised on a date in the period (the denominator of both timeliness measures). */
    static List<AssessmentFact> completedIn(ReportingData data, Period period) {
        return data.assessments().stream()
                .filter(a -> !AssessmentStatus.WITHDRAWN.name().equals(a.status()))
                .filter(a -> period.contains(a.authorisedOn()))
                .toList();
    }

    /**
     * Of the assessments completed in the period whose clock start is known, the share authorised within
     * {@code limit} working days of it (the two timeliness measures differ only in where the clock starts).
     */
    static Measure authorisedWithin(ReportingData data, Period period, Function<AssessmentFact, LocalDate> clockStart,
                                    int limit) {
        List<AssessmentFact> measurable = completedIn(data, period).stream()
                .filter(a -> clockStart.apply(a) != null)
                .toList();
        return share(measurable, AssessmentsCompleted::item,
                a -> withinWorkingDays(data, clockStart.apply(a), a.authorisedOn(), limit));
    }

    /** An assessment, dated by its authorisation, held by the worker who did it and their team. */
    static CountedItem item(AssessmentFact a) {
        return ChildProtectionSupport.item("assessment", a.assessmentId(), a.childId(), a.authorisedOn(), a.teamId(),
                a.workerId());
    }
}
