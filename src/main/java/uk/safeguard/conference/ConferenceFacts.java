package uk.safeguard.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Record-level conference and child protection plan facts for indicators and returns. Read-only, no access checks. */
public interface ConferenceFacts {

    /** Conferences scheduled or held on a London date in [from, to] (initial, pre-birth, review, transfer-in). */
    List<ConferenceFact> conferences(LocalDate from, LocalDate to);

    /** Every conference of one child, scheduled or held, oldest first (the same facts as {@link #conferences}). */
    List<ConferenceFact> conferencesOf(long childId);

    /** Child protection plans that touch [from, to]: started on or before {@code to}, not ended before {@code from}. */
    List<CpPlanFact> plans(LocalDate from, LocalDate to);

    /** Every child protection plan of one child, oldest first (the same facts as {@link #plans}). */
    List<CpPlanFact> plansOf(long childId);

    /** Core group meetings held on a date in [from, to]. */
    List<CoreGroupFact> coreGroups(LocalDate from, LocalDate to);

    /** Child protection visits made on a London date in [from, to]. */
    List<CpVisitFact> visits(LocalDate from, LocalDate to);

    /**
     * One conference. {@code kind} a {@link ConferenceKind} name; {@code heldOn} null until held; {@code decision}
     * PLAN / NO_PLAN for initial conferences, CONTINUE / CHANGE / END for reviews; {@code category} the CIN census
     * category of abuse (ref_category_of_abuse) when a plan is made or kept; {@code section47Id} the enquiry that
     * led to an initial conference, when recorded; {@code planId} the plan it made or reviewed.
     */
    record ConferenceFact(long conferenceId, long childId, Long caseId, String kind, Instant scheduledAt,
                          LocalDate heldOn, String decision, String category, Long section47Id, Long planId,
                          Long chairId, boolean imported) {}

    /**
     * One child protection plan. {@code initialCategory}/{@code latestCategory} CIN census categories;
     * {@code endReason} an {@link EndReason} name; {@code previousPlans} how many plans the child had before this
     * one (a second or subsequent plan when above zero); {@code conferenceId} the conference that made it.
     */
    record CpPlanFact(long planId, long childId, Long caseId, Long conferenceId, LocalDate startedOn,
                      LocalDate endedOn, String initialCategory, String latestCategory, String endReason,
                      int previousPlans, Long leadSocialWorkerId, Long teamId, boolean imported) {}

    record CoreGroupFact(long coreGroupId, long planId, long childId, LocalDate metOn) {}

    /** A visit to a child on a plan: {@code seen} whether the child was seen, {@code seenAlone} whether alone. */
    record CpVisitFact(long visitId, long planId, long childId, Instant visitedAt, boolean seen, Boolean seenAlone) {}
}
