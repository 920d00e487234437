package uk.safeguard.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Record-level front-door facts for indicators, dashboards and statutory returns (Annex A lists 1 and 3, the CIN
 * census, the DfE API). Read-only, no access checks and no view logging: the reporting and returns modules decide
 * who may see what. Dates are London dates; a range is inclusive at both ends.
 */
public interface FrontDoorFacts {

    /** Every child on every contact received on a London date in [from, to] (one row per child per contact). */
    List<ContactFact> contacts(LocalDate from, LocalDate to);

    /** Every referral whose referral date (London) is in [from, to]. */
    List<ReferralFact> referrals(LocalDate from, LocalDate to);

    /** Every referral of one child, whatever its date, oldest first (the same facts as {@link #referrals}). */
    List<ReferralFact> referralsOf(long childId);

    /**
     * One child on one contact. {@code firstDecisionAt} is when the contact was first held in the MASH or decided,
     * whichever came first (the contact-decision clock stops there, seeds 003 line 1682); {@code decision} is a
     * {@link Decision} name, null while awaiting a decision. The referrer's agency: {@code referrerAgencyType} is an
     * {@code access.AgencyType} name (null when not recorded); {@code school} is the referring agency's name when it
     * is a school (EDUCATION), else null. {@code referralId} is the referral this contact became, if any.
     * {@code teamId} is the front-door team that received it.
     */
    record ContactFact(long contactChildId, long contactId, long childId, Instant receivedAt, String sourceCode,
                       String referrerAgencyType, String referrerAgencyName, Long referrerAgencyId, String school,
                       Integer level, Instant firstDecisionAt, Instant decidedAt, String decision, Long decidedBy,
                       Long teamId, Long referralId, boolean imported) {}

    /**
     * One referral to children's social care (a CIN episode starts here). {@code sourceCode} and
     * {@code primaryNeed} are CIN census codes (ref_referral_source, ref_primary_need); {@code nextSteps} are
     * {@link NextStep} names; {@code noFurtherAction} when the next-steps decision was no further action.
     * {@code reReferral} as recorded at the referral (within 12 months of a previous referral, DfE definition).
     * {@code caseId} is the work module's case (episode) the referral opened or joined.
     */
    record ReferralFact(long referralId, long childId, Long contactChildId, Instant referralAt, String sourceCode,
                        String primaryNeed, boolean reReferral, Instant previousReferralAt, Instant acknowledgedAt,
                        Instant decidedAt, List<String> nextSteps, boolean noFurtherAction, Long decidedBy,
                        String referrerAgencyType, String referrerAgencyName, Long caseId, boolean imported) {}
}
