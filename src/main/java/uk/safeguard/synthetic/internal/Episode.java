package uk.safeguard.synthetic.internal;

/**
 * One child's referral and CIN episode as simulated: epoch days ({@code -1} = did not happen), before the cut at the
 * as-of date (the writer leaves out or empties whatever falls after it). Siblings referred together share a template.
 */
final class Episode implements Cloneable {
    int person;
    int household;
    int event;          // the household event (siblings referred together share it)
    long referralSecond; // London local date-time as seconds from 1970-01-01T00:00
    int referral;       // day of the referral
    int source;
    int need;
    boolean nfa;        // no further action, no assessment
    boolean immediateStrategy;

    int assessmentStart = -1;
    int assessmentAuth = -1;
    int assessmentOutcome; // OUT_*
    int[] factors;

    int s47Start = -1;
    int s47End = -1;
    boolean substantiated;

    int icpc = -1;
    boolean icpcPlan;
    int cpStart = -1;
    int cpEnd = -1;
    int category;
    int latestCategory;
    int[] reviewDue;
    int[] reviewDate;
    int reviews;
    boolean endsAtReview;
    boolean secondPlan;

    int cin1Start = -1;
    int cin1End = -1;
    boolean cin1FromAssessment;
    int cin2Start = -1;
    int cin2End = -1;

    int close = -1;
    String closeReason;

    // staff: lead-practitioner allocations (the first starts at the referral)
    int[] allocStart;
    int[] allocWorker;
    int[] allocReason;
    int allocations;

    static final int OUT_NFA = 0, OUT_CIN = 1, OUT_EARLY_HELP = 2, OUT_SERVICES = 3, OUT_CONFERENCE = 4;

    Episode copy() {
        try {
            return (Episode) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    int lastActivity() {
        int m = referral;
        for (int d : new int[] {assessmentAuth, s47End, icpc, cpEnd, cin1End, cin2End}) {
            m = Math.max(m, d);
        }
        if (reviews > 0) {
            m = Math.max(m, reviewDate[reviews - 1]);
        }
        return m;
    }

    /** The professional allocated on {@code day}. */
    int workerOn(int day) {
        int w = allocWorker[0];
        for (int i = 1; i < allocations; i++) {
            if (allocStart[i] <= day) {
                w = allocWorker[i];
            }
        }
        return w;
    }
}
