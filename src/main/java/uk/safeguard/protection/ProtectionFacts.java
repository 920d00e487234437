package uk.safeguard.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Record-level strategy discussion and section 47 facts for indicators and returns. Read-only, no access checks. */
public interface ProtectionFacts {

    /** Strategy discussions held on a London date in [from, to], with who took part. */
    List<StrategyDiscussionFact> strategyDiscussions(LocalDate from, LocalDate to);

    /** Section 47 enquiries that touch [from, to]: started on or before {@code to}, not completed before {@code from}. */
    List<Section47Fact> section47Enquiries(LocalDate from, LocalDate to);

    /** Every section 47 enquiry of one child, oldest first (the same facts as {@link #section47Enquiries}). */
    List<Section47Fact> section47EnquiriesOf(long childId);

    /**
     * Emergency action taken on a London date in [from, to], and police protection taken before {@code from} that
     * ended on or after it (still in force on a day of the window).
     */
    List<EmergencyActionFact> emergencyActions(LocalDate from, LocalDate to);

    /**
     * One strategy discussion about one child. {@code section47} when it decided to start s47 enquiries.
     * WT2023 chapter 3, "Strategy discussion: attendees" (seeds 000 line 2760): a local authority social worker,
     * health practitioners and a police representative as a minimum.
     */
    record StrategyDiscussionFact(long strategyDiscussionId, long childId, Long caseId, Instant heldAt,
                                  boolean section47, List<Participant> participants, Long recordedBy) {}

    /** One agency at a strategy discussion: {@code agencyType} an {@code access.AgencyType} name. */
    record Participant(String agencyType, String agencyName, Long agencyId, boolean attended) {}

    /**
     * One section 47 enquiry. {@code strategyDiscussionAt} is the strategy discussion at which it was initiated
     * (the ICPC 15 WD clock starts there, WT2023 seeds 000 line 2895); null when not recorded (e.g. imported).
     * {@code outcome} a {@link Section47Outcome} name, {@code nextStep} a {@link Section47NextStep} name;
     * {@code icpcRequired} when the next step is an initial conference.
     */
    record Section47Fact(long section47Id, long childId, Long caseId, Long referralId, Long strategyDiscussionId,
                         Instant strategyDiscussionAt, LocalDate startedOn, String outcome, String nextStep,
                         boolean icpcRequired, LocalDate completedOn, Long leadWorkerId, Long teamId,
                         boolean imported) {}

    /**
     * Emergency action taken for one child (Children Act 1989 s44 emergency protection order, s46 police protection;
     * WT2023 seeds 000 lines 2726-2746). {@code actionType} an {@link EmergencyActionType} name;
     * {@code policeProtectionEndedAt} when police protection ended (null until recorded, and for other actions).
     */
    record EmergencyActionFact(long id, long childId, String actionType, Instant takenAt, Instant policeProtectionEndedAt) {}
}
