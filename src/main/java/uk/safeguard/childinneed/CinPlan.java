package uk.safeguard.childinneed;

import java.time.LocalDate;
import java.util.List;

/**
 * A child in need plan in a child-in-need case (WT2023 paras 177-183; chapter 3 descriptor, seeds 000 line 2578), with
 * the SSD's ssd_cin_plans facts (start and end dates, team, worker) and its needs, actions, reviews and visits, newest
 * review and visit first. {@code nextReview} is null once the plan has ended.
 */
public record CinPlan(long id, long caseId, long childId, String childName, LocalDate startDate, LocalDate endDate,
                      PlanEndReason endReason, String endNote, Long teamId, String teamName, Long workerId,
                      String workerName, List<PlanNeed> needs, List<PlanAction> actions, List<PlanReview> reviews,
                      List<PlanVisit> visits, NextReview nextReview, int version) {

    @com.fasterxml.jackson.annotation.JsonProperty("open")
    public boolean open() {
        return endDate == null;
    }

    public String endReasonLabel() {
        return endReason == null ? null : endReason.label();
    }
}
