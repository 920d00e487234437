package uk.safeguard.childinneed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import uk.safeguard.childinneed.internal.CinPlanRepository;
import uk.safeguard.platform.TimeConfiguration;

/**
 * Read-only facts for reports and returns (Annex A, the CIN census, the SSD export). No access checks and no view
 * logging here: the reporting module that calls it decides who may see what. Rows are named after the SSD objects
 * ssd_cin_plans and ssd_cin_visits (standards/ssd/objects) so that the export is a straight copy.
 */
@Service
public class ChildInNeedReports {
    private final CinPlanRepository plans;

    public ChildInNeedReports(CinPlanRepository plans) {
        this.plans = plans;
    }

    /** An ssd_cin_plans row. {@code cinpReferralId} is the child-in-need case (episode) the plan belongs to. */
    public record SsdCinPlan(long cinpCinPlanId, long cinpReferralId, long cinpPersonId, LocalDate cinpCinPlanStartDate,
                             LocalDate cinpCinPlanEndDate, Long cinpCinPlanTeam, Long cinpCinPlanWorkerId, String endReason) {}

    /** An ssd_cin_visits row (London time), with the plan it was recorded under. */
    public record SsdCinVisit(long cinvCinVisitId, long cinvPersonId, LocalDateTime cinvCinVisitDate, String cinvCinVisitSeen,
                              String cinvCinVisitSeenAlone, String cinvCinVisitBedroom, long cinPlanId) {}

    /** A review held, with its decision. */
    public record CinPlanReviewFact(long reviewId, long cinPlanId, LocalDate reviewDate, ReviewDecision decision,
                                    LocalDate nextReviewDate) {}

    /** Plans open at any time from {@code from} to {@code to} (both inclusive). */
    public List<SsdCinPlan> plansOpenIn(LocalDate from, LocalDate to) {
        return plans.plansOpenIn(from, to).stream().map(ChildInNeedReports::ssd).toList();
    }

    /** Every plan of one child, open or ended, oldest first (the same rows as {@link #plansOpenIn}). */
    public List<SsdCinPlan> plansOf(long childId) {
        return plans.plansOfPerson(childId).stream().map(ChildInNeedReports::ssd).toList();
    }

    private static SsdCinPlan ssd(CinPlanRepository.PlanRow p) {
        return new SsdCinPlan(p.id(), p.caseId(), p.personId(), p.startDate(), p.endDate(), p.teamId(), p.workerId(), p.endReason());
    }

    /** Reviews held from {@code from} to {@code to} (both inclusive). */
    public List<CinPlanReviewFact> reviewsIn(LocalDate from, LocalDate to) {
        return plans.reviewsIn(from, to).stream().map(r -> new CinPlanReviewFact(r.id(), r.planId(), r.reviewDate(),
                ReviewDecision.valueOf(r.decision()), r.nextReviewDate())).toList();
    }

    /** Visits made from {@code from} to {@code to} (London days, both inclusive). Yes/No as child_seen.yml codes them. */
    public List<SsdCinVisit> visitsIn(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(TimeConfiguration.LONDON).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(TimeConfiguration.LONDON).toInstant();
        return plans.visitsIn(start, end).stream().map(v -> new SsdCinVisit(v.id(), v.personId(),
                LocalDateTime.ofInstant(v.visitedAt(), TimeConfiguration.LONDON), yesNo(v.seen()), yesNo(v.seenAlone()),
                yesNo(v.bedroomSeen()), v.planId())).toList();
    }

    /** child_seen.yml / child_seen_alone.yml / child_bedroom_seen.yml: 'Yes' or 'No'; null when not recorded. */
    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "Yes" : "No";
    }
}
