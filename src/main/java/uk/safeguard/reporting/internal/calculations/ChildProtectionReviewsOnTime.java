package uk.safeguard.reporting.internal.calculations;

import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.DFE_CIN;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.GROUP_CHILD_PROTECTION;
import static uk.safeguard.reporting.internal.calculations.ChildProtectionSupport.isReviewConference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
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
 * Review conferences held on time: the first within three months of the initial conference, later ones within six
 * months of the previous review (WT2023 chapter 3, seeds 000 lines 2991 and 3016). Months are calendar months:
 * 30 November + 3 months = 28 February (as the clock engine counts them).
 */
@Component
public class ChildProtectionReviewsOnTime implements IndicatorCalculation {

    static final int FIRST_REVIEW_MONTHS = 3;
    static final int LATER_REVIEW_MONTHS = 6;

    static final Indicator INDICATOR = new Indicator("cp-reviews-on-time",
            "Child protection reviews on time", GROUP_CHILD_PROTECTION,
            "Of the review child protection conferences held in the period, the percentage held on time: a plan's "
                    + "first review within 3 calendar months of the conference that made the plan (its start), "
                    + "each later review within 6 calendar months of the previous review. A review that has not "
                    + "been held yet is not counted until it is held.",
            "Working Together to Safeguard Children 2023, chapter 3 (seeds 000 lines 2991, 3016); " + DFE_CIN
                    + ": reviews held within the required timescales",
            "Review conferences held in the period on time",
            "Review conferences held in the period",
            Polarity.HIGHER_IS_BETTER, Unit.PERCENT, null, null, new Thresholds(95.0, 90.0));

    @Override
    public Indicator indicator() {
        return INDICATOR;
    }

    @Override
    public Measure measure(ReportingData data, Period period) {
        Map<Long, CpPlanFact> plansById = ChildProtectionSupport.plansById(data);
        Map<Long, List<CpPlanFact>> plansByChild = new HashMap<>();
        data.plans().forEach(p -> plansByChild.computeIfAbsent(p.childId(), c -> new ArrayList<>()).add(p));
        // Every held review, by the plan it reviewed.
        Map<Long, List<LocalDate>> reviewDaysByPlan = new HashMap<>();
        Map<Long, CpPlanFact> planOfReview = new HashMap<>();
        for (ConferenceFact c : data.conferences()) {
            if (!isReviewConference(c) || c.heldOn() == null) {
                continue;
            }
            CpPlanFact plan = planOf(c, plansById, plansByChild);
            if (plan != null) {
                planOfReview.put(c.conferenceId(), plan);
                reviewDaysByPlan.computeIfAbsent(plan.planId(), p -> new ArrayList<>()).add(c.heldOn());
            }
        }
        List<CountedItem> numerator = new ArrayList<>();
        List<CountedItem> denominator = new ArrayList<>();
        for (ConferenceFact c : data.conferences()) {
            CpPlanFact plan = planOfReview.get(c.conferenceId());
            if (plan == null || !period.contains(c.heldOn()) || plan.startedOn() == null) {
                continue;
            }
            LocalDate previous = reviewDaysByPlan.get(plan.planId()).stream()
                    .filter(d -> d.isBefore(c.heldOn())).max(LocalDate::compareTo).orElse(null);
            // Seeds 000 lines 2991, 3016: the first review within three months, then at most six months apart.
            LocalDate due = previous == null ? plan.startedOn().plusMonths(FIRST_REVIEW_MONTHS)
                    : previous.plusMonths(LATER_REVIEW_MONTHS);
            CountedItem item = ChildProtectionSupport.item("conference", c.conferenceId(), c.childId(), c.heldOn(),
                    plan.teamId(), plan.leadSocialWorkerId());
            denominator.add(item);
            if (!c.heldOn().isAfter(due)) {
                numerator.add(item);
            }
        }
        return Measure.ratio(numerator, denominator);
    }

    /** The plan the review names; else (imported reviews) the child's plan running on the review day. */
    private static CpPlanFact planOf(ConferenceFact review, Map<Long, CpPlanFact> plansById,
                                     Map<Long, List<CpPlanFact>> plansByChild) {
        if (review.planId() != null) {
            return plansById.get(review.planId());
        }
        return plansByChild.getOrDefault(review.childId(), List.of()).stream()
                .filter(p -> p.startedOn() != null && p.startedOn().isBefore(review.heldOn())
                        && (p.endedOn() == null || !p.endedOn().isBefore(review.heldOn())))
                .findFirst().orElse(null);
    }
}
