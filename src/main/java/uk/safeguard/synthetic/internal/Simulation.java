package uk.safeguard.synthetic.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Ten years of each household's contacts with children's social care, one household at a time (its own random
 * stream, so the result does not depend on the order of anything else): referrals arrive at a rate that varies between
 * households, a household with an open episode gets no new referral, and a closed one comes back within twelve months
 * often enough to give the England re-referral rate. Each referral follows the child's journey (DOMAIN.md section 3):
 * NFA, or an assessment within ~45 working days, perhaps a section 47 enquiry, an initial conference within ~15 working
 * days of its start, a CP plan reviewed at 3 months then 6-monthly, CIN plans before or after, and the episode closes
 * with a reason. Rates: DOMAIN.md section 10 and the DfE children in need statistics, year to 31 March 2025.
 */
final class Simulation {
    // calibration (tuned on the large authority; see Summary for what they achieve)
    static final double EVENTS_PER_HOUSEHOLD_YEAR = 0.116;
    static final double QUICK_RE_REFERRAL = 0.145;
    static final double NFA_WITHOUT_ASSESSMENT = 0.08;
    static final double S47 = 0.29 / 0.92;           // per assessed referral (0.316 per referral with the boost below)
    static final double S47_AFTER_CP_BOOST = 1.7;
    static final double ICPC_AFTER_CP = 0.45;
    static final double ICPC_PER_S47 = 0.34;
    static final double PLAN_PER_ICPC = 0.85;
    static final double CIN_PER_ASSESSMENT = 0.26 / (1 - S47 * ICPC_PER_S47);
    static final double PRE_CONTACTS_PER_CHILD = 0.45;

    final Population pop;
    final WorkCalendar cal;
    final int asOf;
    final int start;
    final long seed;
    final List<Episode> episodes = new ArrayList<>();
    final Contacts contacts = new Contacts();
    int events;
    final boolean[] referred;

    Simulation(Population pop, WorkCalendar cal, int asOf, long seed) {
        this.pop = pop;
        this.cal = cal;
        this.asOf = asOf;
        this.start = (int) LocalDate.ofEpochDay(asOf).minusYears(10).toEpochDay();
        this.seed = seed;
        this.referred = new boolean[pop.households];
    }

    void run() {
        for (int h = 0; h < pop.households; h++) {
            household(h, Seeds.random(seed, 101, h));
        }
        otherContacts(Seeds.random(seed, 102, 0));
    }

    private void household(int h, SplittableRandom r) {
        double perDay = EVENTS_PER_HOUSEHOLD_YEAR * pop.hWeight[h] / 365.25;
        int free = start;        // no open episode from this day
        int next = start + exp(r, perDay);
        int quick = -1;
        boolean hadCp = false;
        int[] eligible = new int[8];
        while (true) {
            boolean isQuick = quick >= 0 && quick <= next;
            int day = isQuick ? quick : next;
            if (day >= asOf - 1) {
                return;
            }
            int n = 0;
            for (int c = pop.hChildren[h]; c < pop.hMembersEnd[h]; c++) {
                if (pop.role[c] == Population.CHILD && pop.dob[c] < day && day - pop.dob[c] < 17 * 365
                        && (pop.death[c] == Population.NONE || pop.death[c] > day)) {
                    eligible[n++] = c;
                }
            }
            if (n == 0) {
                if (isQuick) {
                    quick = -1;
                } else {
                    next = day + 1 + exp(r, perDay);
                }
                continue;
            }
            if (n > 1 && r.nextDouble() < 0.45) {
                eligible[0] = eligible[r.nextInt(n)];
                n = 1;
            }
            // a weekend referral is mostly the police or out of hours; most arrive on working days
            if (!cal.isWorking(day) && r.nextDouble() < 0.8) {
                day = cal.onOrAfter(day);
                if (day >= asOf - 1) {
                    return;
                }
            }
            long second = day * 86_400L + referralTime(r);
            Episode template = journey(r, day, second, hadCp);
            int event = events++;
            int closeMax = -1;
            boolean open = false;
            for (int k = 0; k < n; k++) {
                int child = eligible[k];
                preContacts(r, child, free, day);
                Episode e = template.copy();
                e.person = child;
                e.household = h;
                e.event = event;
                childsOwn(e, r);
                episodes.add(e);
                contacts.add(second, child, e.source, Contacts.REFERRAL);
                closeMax = Math.max(closeMax, e.close);
                open |= e.close > asOf;
                hadCp |= e.cpStart >= 0;
            }
            referred[h] = true;
            if (open) {
                return;
            }
            free = closeMax + 1;
            quick = -1;
            int used = closeMax - day;
            if (used < 330 && r.nextDouble() < QUICK_RE_REFERRAL) {
                quick = closeMax + 1 + r.nextInt(364 - used);
            }
            next = free + exp(r, perDay);
        }
    }

    /** Per child: the 18th birthday ends everything; rarely, a death (closure RC2). */
    private void childsOwn(Episode e, SplittableRandom r) {
        int eighteen = (int) LocalDate.ofEpochDay(pop.dob[e.person]).plusYears(18).toEpochDay() - 1;
        if (e.close > eighteen) {
            e.close = eighteen;
            e.closeReason = pop.disability1[e.person] >= 0 ? "RC6" : "RC7";
            if (e.assessmentAuth > eighteen) {
                e.assessmentAuth = eighteen;
            }
            if (e.s47End > eighteen) {
                e.s47End = eighteen;
            }
            if (e.icpc > eighteen) {
                e.icpc = -1;
                e.cpStart = -1;
                e.cpEnd = -1;
                e.reviews = 0;
            }
            if (e.cpStart > eighteen) {
                e.cpStart = -1;
                e.cpEnd = -1;
                e.reviews = 0;
            } else if (e.cpEnd > eighteen) {
                e.cpEnd = eighteen;
                e.endsAtReview = false;
            }
            while (e.reviews > 0 && e.reviewDate[e.reviews - 1] > eighteen) {
                e.reviews--;
            }
            if (e.cin1Start > eighteen) {
                e.cin1Start = -1;
                e.cin1End = -1;
            } else if (e.cin1End > eighteen) {
                e.cin1End = eighteen;
            }
            if (e.cin2Start >= eighteen) {
                e.cin2Start = -1;
                e.cin2End = -1;
            } else if (e.cin2End > eighteen) {
                e.cin2End = eighteen;
            }
        } else if (e.close <= asOf && e.cpStart >= 0 && r.nextDouble() < 0.004) {
            e.closeReason = "RC2";
            pop.death[e.person] = e.close;
        }
        if (e.assessmentAuth >= 0) {
            e.factors = factors(r, e);
        }
    }

    /** The journey of one referral (shared by siblings referred together). */
    private Episode journey(SplittableRandom r, int day, long second, boolean hadCp) {
        Episode e = new Episode();
        e.referral = day;
        e.referralSecond = second;
        e.source = Lists.pick(r, Lists.SOURCE_W);
        e.need = Lists.pick(r, Lists.NEED_W);
        if (r.nextDouble() < NFA_WITHOUT_ASSESSMENT) {
            e.nfa = true;
            e.close = cal.add(day, 1 + (r.nextDouble() < 0.3 ? 1 : 0));
            e.closeReason = "RC8";
            return e;
        }
        e.assessmentStart = cal.add(day, r.nextDouble() < 0.8 ? 1 : 2 + r.nextInt(2));
        int wd = assessmentWorkingDays(r);
        e.assessmentAuth = cal.add(day, Math.max(wd, cal.count(day, e.assessmentStart) + 2));
        double s47 = hadCp ? Math.min(0.9, S47 * S47_AFTER_CP_BOOST) : S47;
        if (r.nextDouble() < s47) {
            int during = cal.count(e.assessmentStart, e.assessmentAuth);
            e.s47Start = r.nextDouble() < 0.75 || during < 8 ? cal.add(day, 1 + r.nextInt(3))
                    : cal.add(e.assessmentStart, 1 + r.nextInt(during - 6));
            e.immediateStrategy = e.s47Start <= cal.add(day, 3);
            if (r.nextDouble() < (hadCp ? ICPC_AFTER_CP : ICPC_PER_S47)) {
                e.need = 0;
                e.substantiated = true;
                // 81% of initial conferences within 15 working days of the s47 start (DfE 2024-25: 81.4%)
                int icpcWd = r.nextDouble() < 0.82 ? 7 + r.nextInt(9) : 16 + (int) Math.min(40, -Math.log(1 - r.nextDouble()) * 6);
                e.icpc = cal.add(e.s47Start, icpcWd);
                e.s47End = cal.add(e.s47Start, Math.max(1, Math.min(icpcWd - 1, 4 + r.nextInt(8))));
                e.assessmentOutcome = Episode.OUT_CONFERENCE;
                if (r.nextDouble() < PLAN_PER_ICPC) {
                    cpPlan(e, r);
                } else if (r.nextDouble() < 0.6) {
                    e.cin1Start = e.icpc;
                    e.cin1End = e.icpc + cinDays(r);
                    e.close = e.cin1End + r.nextInt(10);
                    e.closeReason = closeAfterPlan(r);
                } else {
                    e.close = e.icpc + 5 + r.nextInt(25);
                    e.closeReason = "RC7";
                }
            } else {
                e.s47End = Math.min(cal.add(e.s47Start, 4 + r.nextInt(12)), Math.max(e.assessmentAuth, cal.add(e.s47Start, 1)));
                if (e.s47End > e.assessmentAuth) {
                    e.assessmentAuth = e.s47End;
                }
                afterAssessment(e, r);
            }
        } else {
            afterAssessment(e, r);
        }
        e.close = Math.max(e.close, e.lastActivity());
        return e;
    }

    private void afterAssessment(Episode e, SplittableRandom r) {
        double u = r.nextDouble();
        if (u < CIN_PER_ASSESSMENT) {
            e.assessmentOutcome = Episode.OUT_CIN;
            e.cin1FromAssessment = true;
            e.cin1Start = e.assessmentAuth;
            e.cin1End = e.assessmentAuth + cinDays(r);
            e.close = e.cin1End + r.nextInt(10);
            e.closeReason = closeAfterPlan(r);
        } else if (u < CIN_PER_ASSESSMENT + 0.48) {
            e.assessmentOutcome = Episode.OUT_NFA;
            e.close = e.assessmentAuth + 1 + r.nextInt(10);
            e.closeReason = "RC8";
        } else if (u < CIN_PER_ASSESSMENT + 0.66) {
            e.assessmentOutcome = Episode.OUT_EARLY_HELP;
            e.close = e.assessmentAuth + 1 + r.nextInt(5);
            e.closeReason = "RC9";
        } else {
            e.assessmentOutcome = Episode.OUT_SERVICES;
            e.close = e.assessmentAuth + 20 + r.nextInt(70);
            e.closeReason = r.nextDouble() < 0.9 ? "RC7" : "RC5";
        }
    }

    /**
     * A CP plan from the initial conference: reviewed within 3 months, then at most 6-monthly (WT2023, seeds 000 lines
     * 2991 and 3016); most plans end at a review. Ending mix: ~4.4% after two years or more (DfE 2024-25).
     */
    private void cpPlan(Episode e, SplittableRandom r) {
        e.icpcPlan = true;
        e.cpStart = e.icpc;
        e.category = Lists.pick(r, Lists.CATEGORY_W);
        e.latestCategory = r.nextDouble() < 0.9 ? e.category : Lists.pick(r, Lists.CATEGORY_W);
        double u = r.nextDouble();
        int endAt = u < 0.28 ? 0 : u < 0.68 ? 1 : u < 0.86 ? 2 : u < 0.93 ? 3 : u < 0.948 ? 4 : u < 0.983 ? 5 : 6;
        e.reviewDue = new int[endAt == 0 ? 8 : Math.max(endAt, 8)];
        e.reviewDate = new int[e.reviewDue.length];
        int previous = e.cpStart;
        int n = endAt == 0 ? 8 : endAt;
        for (int k = 0; k < n; k++) {
            int due = (int) LocalDate.ofEpochDay(previous).plusMonths(k == 0 ? 3 : 6).toEpochDay();
            int held = r.nextDouble() < 0.93 ? cal.onOrBefore(due - r.nextInt(8)) : cal.onOrAfter(due + 1 + r.nextInt(20));
            e.reviewDue[k] = due;
            e.reviewDate[k] = held;
            previous = held;
        }
        if (endAt == 0) {
            e.cpEnd = cal.onOrAfter(e.cpStart + 20 + r.nextInt(60));
            e.reviews = 0;
        } else {
            e.reviews = endAt;
            e.cpEnd = e.reviewDate[endAt - 1];
            e.endsAtReview = true;
        }
        if (r.nextDouble() < 0.55) {
            e.cin2Start = e.cpEnd;
            e.cin2End = e.cpEnd + 60 + (int) Math.min(400, -Math.log(1 - r.nextDouble()) * 110);
            e.close = e.cin2End + r.nextInt(6);
            e.closeReason = closeAfterPlan(r);
        } else {
            e.close = e.cpEnd + r.nextInt(15);
            double c = r.nextDouble();
            e.closeReason = c < 0.78 ? "RC7" : c < 0.84 ? "RC4" : c < 0.88 ? "RC3" : c < 0.9 ? "RC1" : "RC5";
        }
    }

    private static String closeAfterPlan(SplittableRandom r) {
        double c = r.nextDouble();
        return c < 0.88 ? "RC7" : c < 0.92 ? "RC5" : c < 0.96 ? "RC3" : "RC4";
    }

    private static int cinDays(SplittableRandom r) {
        return 60 + (int) Math.min(900, -Math.log(1 - r.nextDouble()) * 170);
    }

    /** Working days from referral to authorisation: median 33, ~86% within 45 (DfE 2024-25: 85.7%). */
    private static int assessmentWorkingDays(SplittableRandom r) {
        double x = Math.exp(Math.log(33) + 0.29 * r.nextGaussian());
        return (int) Math.max(4, Math.min(160, Math.round(x)));
    }

    private int[] factors(SplittableRandom r, Episode e) {
        if (e.assessmentOutcome == Episode.OUT_NFA && r.nextDouble() < 0.3) {
            return new int[] {-1}; // "21": no factors identified
        }
        int n = 1 + r.nextInt(e.substantiated ? 4 : 3);
        int[] f = new int[n];
        for (int i = 0; i < n; i++) {
            f[i] = Lists.pick(r, Lists.FACTOR_W);
        }
        if (e.cpStart >= 0) {
            f[0] = 100 + e.category; // the plan's category, as a factor
        }
        return f;
    }

    /** Contacts before a referral that ended in advice, no further action or early help. */
    private void preContacts(SplittableRandom r, int child, int free, int day) {
        int room = Math.min(365, day - Math.max(free, pop.dob[child]) - 1);
        if (room < 2) {
            return;
        }
        double lambda = PRE_CONTACTS_PER_CHILD;
        int n = 0;
        double p = Math.exp(-lambda), cum = p, u = r.nextDouble();
        while (u > cum && n < 6) {
            n++;
            p *= lambda / n;
            cum += p;
        }
        for (int i = 0; i < n; i++) {
            int d = day - 1 - r.nextInt(room);
            contacts.add(d * 86_400L + contactTime(r), child, Lists.pick(r, Lists.SOURCE_W), Contacts.outcome(r));
        }
    }

    /** Contacts about children never referred, so that ~2.5 contacts come per referral and ~40% end in NFA/advice. */
    private void otherContacts(SplittableRandom r) {
        long wanted = Math.round(episodes.size() * 2.5) - contacts.size;
        int tries = 0;
        while (wanted > 0 && tries++ < 50_000_000) {
            int h = r.nextInt(pop.households);
            if (referred[h]) {
                continue;
            }
            int c = pop.hChildren[h] + r.nextInt(pop.hMembersEnd[h] - pop.hChildren[h]);
            int day = start + r.nextInt(asOf - 1 - start);
            if (pop.role[c] != Population.CHILD || pop.dob[c] >= day || day - pop.dob[c] >= 18 * 365 - 5) {
                continue;
            }
            contacts.add(day * 86_400L + contactTime(r), c, Lists.pick(r, Lists.SOURCE_W), Contacts.outcome(r));
            wanted--;
        }
    }

    /** Seconds into the day: mostly office hours; never 01:00-02:59, which a clock change can skip or repeat. */
    static int referralTime(SplittableRandom r) {
        if (r.nextDouble() < 0.78) {
            return 8 * 3600 + 30 * 60 + r.nextInt(9 * 3600);
        }
        return r.nextDouble() < 0.8 ? 17 * 3600 + 30 * 60 + r.nextInt(6 * 3600 + 29 * 60) : 3 * 3600 + r.nextInt(5 * 3600);
    }

    static int contactTime(SplittableRandom r) {
        return referralTime(r);
    }

    static int exp(SplittableRandom r, double perDay) {
        return (int) Math.min(50_000, -Math.log(1 - r.nextDouble()) / perDay);
    }

    /** All contacts as parallel arrays, sorted by date-time when written. */
    static final class Contacts {
        static final byte REFERRAL = 0, NFA = 1, ADVICE = 2, EARLY_HELP = 3, MISSING = 4, PRIVATE_FOSTERING = 5, ADOPTION = 6;
        long[] second = new long[1 << 16];
        int[] person = new int[1 << 16];
        byte[] source = new byte[1 << 16];
        byte[] outcome = new byte[1 << 16];
        int size;

        void add(long s, int p, int src, byte out) {
            if (size == second.length) {
                int n = size * 2;
                second = Arrays.copyOf(second, n);
                person = Arrays.copyOf(person, n);
                source = Arrays.copyOf(source, n);
                outcome = Arrays.copyOf(outcome, n);
            }
            second[size] = s;
            person[size] = p;
            source[size] = (byte) src;
            outcome[size] = out;
            size++;
        }

        /** Of contacts not leading to a referral: two thirds NFA or advice (so ~40% of all contacts). */
        static byte outcome(SplittableRandom r) {
            double u = r.nextDouble();
            return u < 0.36 ? NFA : u < 0.66 ? ADVICE : u < 0.965 ? EARLY_HELP : u < 0.99 ? MISSING : u < 0.997 ? PRIVATE_FOSTERING : ADOPTION;
        }
    }
}
