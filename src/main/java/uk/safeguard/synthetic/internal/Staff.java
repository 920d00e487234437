package uk.safeguard.synthetic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The children's social care service: teams ({@code ssd_department}) sized for one social worker per ~15.4 open cases
 * (DfE, September 2024), each post filled by a succession of workers (leavers and joiners over the ten years; agency
 * workers stay shorter), and the lead-practitioner allocations of every episode: an assessment team first, a
 * long-term team once a plan starts, a new worker when one leaves, and some re-allocation to manage caseloads.
 */
final class Staff {
    static final int SERVICE = 0, ASSESSMENT = 1, LONG_TERM = 2, REVIEW = 3, EARLY_HELP = 4;
    static final String[] REASONS = {"", "Case transferred to a long-term team", "Previous worker left the authority",
            "Managing caseloads"};
    static final double CASELOAD = 15.4;
    static final int POSTS_PER_TEAM = 6;

    static final class Team {
        String id;
        String name;
        String parentId = "";
        String parentName = "";
        int kind;
        final List<Post> posts = new ArrayList<>();
    }

    static final class Professional {
        int index;
        String id;
        String staffId;
        String name;
        String registration;
        String title;
        int team;
        int from;
        int to;
        boolean agency;
        String fte;
        int caseload;
    }

    /** One post in a team and who held it when. */
    static final class Post {
        final List<Integer> holders = new ArrayList<>();
        final List<Integer> from = new ArrayList<>();

        int holderOn(int day) {
            int h = holders.get(0);
            for (int i = 1; i < from.size() && from.get(i) <= day; i++) {
                h = holders.get(i);
            }
            return h;
        }
    }

    final List<Team> teams = new ArrayList<>();
    final List<Professional> professionals = new ArrayList<>();
    final List<Integer> assessmentTeams = new ArrayList<>();
    final List<Integer> longTermTeams = new ArrayList<>();
    int reviewTeam;
    private final int start;
    private final int asOf;
    private final SplittableRandom r;

    Staff(long seed, int start, int asOf, int openAssessment, int openLongTerm, int openCp) {
        this.start = start;
        this.asOf = asOf;
        this.r = Seeds.random(seed, 201, 0);
        Team root = team("Children's Social Care", null, SERVICE);
        Team assessment = team("Assessment Service", root, SERVICE);
        Team safeguarding = team("Safeguarding Service", root, SERVICE);
        Team quality = team("Quality Assurance Service", root, SERVICE);
        Team earlyHelp = team("Early Help Service", root, SERVICE);
        teamsOf(assessment, "Assessment Team", ASSESSMENT, openAssessment, assessmentTeams);
        teamsOf(safeguarding, "Safeguarding Team", LONG_TERM, openLongTerm, longTermTeams);
        Team review = team("Conference and Review Unit", quality, REVIEW);
        reviewTeam = teams.indexOf(review);
        posts(review, 1 + Math.max(2, (int) Math.ceil(openCp / 70.0)), "Child Protection Conference Chair");
        posts(team("Early Help Team", earlyHelp, EARLY_HELP), 5, "Early Help Practitioner");
    }

    private void teamsOf(Team parent, String name, int kind, int openCases, List<Integer> into) {
        int workers = Math.max(2, (int) Math.ceil(openCases / CASELOAD));
        int n = Math.max(1, (int) Math.ceil(workers / (double) POSTS_PER_TEAM));
        int perTeam = (int) Math.ceil(workers / (double) n);
        for (int i = 0; i < n; i++) {
            int locality = i % Lists.LOCALITIES.length;
            int round = i / Lists.LOCALITIES.length;
            Team t = team(name + " " + Lists.LOCALITIES[locality] + (round == 0 ? "" : " " + (round + 1)), parent, kind);
            into.add(teams.indexOf(t));
            posts(t, 1 + perTeam, null);
        }
    }

    private Team team(String name, Team parent, int kind) {
        Team t = new Team();
        t.id = "T" + (teams.size() + 1);
        t.name = name;
        t.kind = kind;
        if (parent != null) {
            t.parentId = parent.id;
            t.parentName = parent.name;
        }
        teams.add(t);
        return t;
    }

    /** Post 0 is the team manager's; the others carry cases. */
    private void posts(Team t, int n, String title) {
        int teamIndex = teams.indexOf(t);
        for (int p = 0; p < n; p++) {
            Post post = new Post();
            int from = start - r.nextInt(6 * 365);
            while (from <= asOf + 8 * 365) {
                boolean manager = p == 0;
                boolean agency = !manager && r.nextDouble() < 0.15;
                int tenure = agency ? 90 + (int) (-Math.log(1 - r.nextDouble()) * 330)
                        : 240 + (int) (-Math.log(1 - r.nextDouble()) * (manager ? 1800 : 1300));
                Professional w = professional(teamIndex, manager ? (t.kind == EARLY_HELP ? "Early Help Team Manager" : "Team Manager")
                        : title != null ? title : socialWorkerTitle(), from, from + tenure - 1, agency, t.kind != EARLY_HELP);
                post.holders.add(w.index);
                post.from.add(from);
                from += tenure + (r.nextDouble() < 0.3 ? 0 : 0);
            }
            t.posts.add(post);
        }
    }

    private String socialWorkerTitle() {
        double u = r.nextDouble();
        return u < 0.7 ? "Social Worker" : u < 0.9 ? "Senior Social Worker" : "Advanced Practitioner";
    }

    private Professional professional(int team, String title, int from, int to, boolean agency, boolean registered) {
        Professional p = new Professional();
        p.index = professionals.size();
        p.id = "W" + (p.index + 1);
        boolean woman = r.nextDouble() < 0.82; // the social work workforce is mostly women
        String forename = Lists.any(r, woman ? Lists.WOMEN : Lists.MEN);
        String surname = Lists.any(r, Lists.SURNAMES);
        p.name = forename + " " + surname;
        p.staffId = (forename.charAt(0) + surname).toLowerCase().replaceAll("[^a-z]", "") + (p.index + 1);
        p.registration = registered ? "SW" + (100000 + (p.index * 7919L) % 900000) : "";
        p.title = title;
        p.team = team;
        p.from = from;
        p.to = to;
        p.agency = agency;
        double f = r.nextDouble();
        p.fte = f < 0.8 ? "1.0" : f < 0.93 ? "0.8" : "0.6";
        professionals.add(p);
        return p;
    }

    /** Lead practitioners of one episode, from the referral to its close (or the as-of date). */
    void allocate(Episode e, int locality, SplittableRandom rr) {
        int stop = e.close >= 0 && e.close <= asOf ? e.close : asOf + 1;
        int[] starts = new int[8];
        int[] workers = new int[8];
        int[] reasons = new int[8];
        Team team = teams.get(assessmentTeams.get(locality % assessmentTeams.size()));
        int post = 1 + rr.nextInt(team.posts.size() - 1);
        int day = e.referral;
        int worker = team.posts.get(post).holderOn(day);
        int n = 0;
        starts[n] = day;
        workers[n] = worker;
        reasons[n++] = 0;
        int longStart = e.cpStart >= 0 ? e.cpStart : e.cin1Start;
        int balance = -1;
        if (stop - e.referral > 200 && rr.nextDouble() < 0.45) {
            balance = e.referral + 60 + rr.nextInt(stop - e.referral - 90);
        }
        while (n < 8) {
            int leave = professionals.get(worker).to + 1;
            int next = Integer.MAX_VALUE;
            int why = 0;
            if (longStart > day && longStart < stop) {
                next = longStart;
                why = 1;
            }
            if (leave > day && leave < stop && leave < next) {
                next = leave;
                why = 2;
            }
            if (balance > day && balance < stop && balance < next) {
                next = balance;
                why = 3;
            }
            if (why == 0) {
                break;
            }
            if (why == 1) {
                team = teams.get(longTermTeams.get(locality % longTermTeams.size()));
                post = 1 + rr.nextInt(team.posts.size() - 1);
                longStart = -1;
            } else if (why == 3) {
                int other = 1 + rr.nextInt(team.posts.size() - 1);
                balance = -1;
                if (other == post) {
                    continue;
                }
                post = other;
            }
            day = next;
            int w = team.posts.get(post).holderOn(day);
            if (w == worker) {
                continue;
            }
            worker = w;
            starts[n] = day;
            workers[n] = worker;
            reasons[n++] = why;
        }
        e.allocStart = starts;
        e.allocWorker = workers;
        e.allocReason = reasons;
        e.allocations = n;
    }

    /** A conference chair in post on {@code day}. */
    int chairOn(int day, SplittableRandom rr) {
        Team review = teams.get(reviewTeam);
        return review.posts.get(1 + rr.nextInt(review.posts.size() - 1)).holderOn(day);
    }
}
