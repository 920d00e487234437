package uk.safeguard.conference;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the conference decided. {@code decision}: PLAN or NO_PLAN (initial, pre-birth, transfer-in); CONTINUE, CHANGE
 * or END (review). {@code category} (NEG, PHY, EMO, SAB, MUL) is required with a plan and with a change of category;
 * {@code leadBody} LA or NSPCC. A review that ends the plan gives the {@code endReason} (and, for a move, the date of
 * the other authority's conference). {@code heldAt} defaults to the scheduled time.
 */
public record ConferenceOutcome(LocalDateTime heldAt, List<Conference.Attendance> attendance,
                                List<Conference.AgencyReport> reports, String childViews, String decision,
                                String category, String leadBody, Long leadSocialWorkerId,
                                List<Conference.CoreGroupMember> coreGroup, String outlinePlan, String recommendations,
                                List<Conference.HouseholdConsideration> householdConsidered, String endReason,
                                LocalDate otherLaConferenceOn, String endNote) {}
