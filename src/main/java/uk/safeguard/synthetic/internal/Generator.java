package uk.safeguard.synthetic.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import uk.safeguard.migration.SsdFormat;
import uk.safeguard.migration.SsdCsv;
import uk.safeguard.synthetic.ProgressListener;
import uk.safeguard.synthetic.Size;
import uk.safeguard.synthetic.Summary;

/**
 * Builds the population, simulates ten years of case history to the as-of date, sizes the staff and writes every SSD
 * file (docs/SSD-FORMAT.md), streaming rows. Whatever the simulation puts after the as-of date has not happened yet:
 * it is left out (a conference, a visit) or left empty (an end date, a close date, an outcome).
 */
public final class Generator {
    private final Size size;
    private final long seed;
    private final LocalDate asOfDate;
    private final int asOf;
    private final int yearStart;
    private final Path out;
    private final ProgressListener progress;
    private final WorkCalendar cal;
    private final Map<SsdFiles, BufferedWriter> writers = new EnumMap<>(SsdFiles.class);
    private final Map<SsdFiles, Long> rows = new EnumMap<>(SsdFiles.class);
    private final Map<Long, String> jsonCache = new HashMap<>();
    private long written;
    private long expected = 1;
    private String stage = "";

    private Population pop;
    private Simulation sim;
    private Staff staff;
    private Episode[] episodes;

    public Generator(Size size, long seed, LocalDate asOf, Path out, ProgressListener progress) {
        this.size = size;
        this.seed = seed;
        this.asOfDate = asOf;
        this.asOf = (int) asOf.toEpochDay();
        this.yearStart = (int) asOf.minusYears(1).toEpochDay();
        this.out = out;
        this.progress = progress == null ? ProgressListener.NONE : progress;
        this.cal = new WorkCalendar(this.asOf - 12 * 366, this.asOf + 12 * 366);
    }

    public Summary generate() {
        long t0 = System.nanoTime();
        progress.progress(0, "building the population");
        pop = Population.build(size.children(), asOf, Seeds.random(seed, 1, 0));
        progress.progress(0.05, "simulating ten years of referrals");
        sim = new Simulation(pop, cal, asOf, seed);
        sim.run();
        progress.progress(0.12, "allocating staff");
        sortEpisodes();
        staffing();
        expected = estimateRows();
        try {
            Files.createDirectories(out);
            for (SsdFiles f : SsdFiles.values()) {
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out.resolve(f.fileName())),
                        StandardCharsets.UTF_8), 1 << 16);
                writers.put(f, w);
                rows.put(f, 0L);
                SsdCsv.write(w, f.header());
            }
            writeStaff();
            writePeople();
            writeContacts();
            writeEpisodes();
            for (BufferedWriter w : writers.values()) {
                w.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.progress(1, "done");
        return summary((System.nanoTime() - t0) / 1_000_000);
    }

    // ---- episodes and staff ------------------------------------------------------------------------------------

    private void sortEpisodes() {
        List<Episode> list = sim.episodes;
        long[] keys = new long[list.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (list.get(i).referralSecond << 22) | i;
        }
        Arrays.sort(keys);
        episodes = new Episode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            episodes[i] = list.get((int) (keys[i] & ((1 << 22) - 1)));
        }
        boolean[] hadPlan = new boolean[pop.people];
        for (Episode e : episodes) {
            if (e.cpStart >= 0 && e.cpStart <= asOf) {
                e.secondPlan = hadPlan[e.person];
                hadPlan[e.person] = true;
            }
        }
    }

    private void staffing() {
        int openAssessment = 0, openLongTerm = 0, openCp = 0;
        for (Episode e : episodes) {
            if (open(e)) {
                boolean plan = (e.cpStart >= 0 && e.cpStart <= asOf) || (e.cin1Start >= 0 && e.cin1Start <= asOf);
                if (plan) {
                    openLongTerm++;
                } else {
                    openAssessment++;
                }
                if (e.cpStart >= 0 && e.cpStart <= asOf && e.cpEnd > asOf) {
                    openCp++;
                }
            }
        }
        staff = new Staff(seed, sim.start, asOf, openAssessment, openLongTerm, openCp);
        for (int i = 0; i < episodes.length; i++) {
            Episode e = episodes[i];
            staff.allocate(e, pop.hLocality[e.household], Seeds.random(seed, 202, i));
            if (open(e)) {
                staff.professionals.get(e.workerOn(asOf)).caseload++;
            }
        }
    }

    private boolean open(Episode e) {
        return e.close > asOf;
    }

    private long estimateRows() {
        long n = pop.people * 4L + sim.contacts.size + episodes.length * 5L;
        for (Episode e : episodes) {
            if (e.cpStart >= 0) {
                n += (Math.min(e.cpEnd, asOf) - e.cpStart) / 13;
            }
            if (e.cin1Start >= 0) {
                n += (Math.min(e.cin1End, asOf) - e.cin1Start) / 28;
            }
        }
        return Math.max(1, n);
    }

    // ---- writing -------------------------------------------------------------------------------------------------

    private void row(SsdFiles f, String... values) {
        SsdCsv.write(writers.get(f), Arrays.asList(values));
        rows.merge(f, 1L, Long::sum);
        if ((++written & 0x3FFF) == 0) {
            progress.progress(0.15 + 0.85 * Math.min(0.99, written / (double) expected), stage);
        }
    }

    private void stage(SsdFiles f) {
        stage = "writing " + f.object();
        progress.progress(0.15 + 0.85 * Math.min(0.99, written / (double) expected), stage);
    }

    private void writeStaff() {
        stage(SsdFiles.DEPARTMENT);
        for (Staff.Team t : staff.teams) {
            row(SsdFiles.DEPARTMENT, t.id, t.name, t.parentId, t.parentName);
        }
        stage(SsdFiles.PROFESSIONALS);
        for (Staff.Professional p : staff.professionals) {
            if (p.from > asOf) {
                continue; // not yet joined
            }
            row(SsdFiles.PROFESSIONALS, p.id, p.staffId, p.name, p.registration, p.title, Integer.toString(p.caseload),
                    staff.teams.get(p.team).id, p.fte, SsdFormat.flag(p.agency));
        }
    }

    private static String pid(int person) {
        return "P" + (person + 1);
    }

    private static String date(int day) {
        return day == Population.NONE ? "" : LocalDate.ofEpochDay(day).toString();
    }

    private static String dateTime(long second) {
        return SsdFormat.dateTime(LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC));
    }

    private String dateIfDone(int day) {
        return day >= 0 && day <= asOf ? date(day) : "";
    }

    private void writePeople() {
        stage(SsdFiles.PERSON);
        int nhs = 0;
        for (int i = 0; i < pop.people; i++) {
            byte role = pop.role[i];
            String number = "";
            if (role == Population.CHILD) {
                number = nhsNumber(nhs++);
                while (number == null) {
                    number = nhsNumber(nhs++);
                }
            }
            boolean unborn = role == Population.UNBORN;
            String sex = unborn ? "" : Integer.toString(pop.sex[i]);
            String gender = unborn ? "0" : sex;
            row(SsdFiles.PERSON, pid(i), pop.forename(i), Lists.SURNAMES[pop.surname[i]], sex, gender,
                    Lists.ETHNICITY[pop.ethnicity[i]], unborn ? "" : date(pop.dob[i]), number, "", "", "",
                    unborn ? date(pop.expectedDob[i]) : "", dateIfDone(pop.death[i] == Population.NONE ? -1 : pop.death[i]),
                    "", "");
        }
        stage(SsdFiles.FAMILY);
        long table = 0;
        for (int h = 0; h < pop.households; h++) {
            for (int i = pop.hFirst[h]; i < pop.hMembersEnd[h]; i++) {
                row(SsdFiles.FAMILY, "FM" + (++table), "F" + (h + 1), pid(i));
            }
        }
        stage(SsdFiles.ADDRESS);
        table = 0;
        int historyStart = sim.start - 3 * 365;
        for (int h = 0; h < pop.households; h++) {
            int loc = pop.hLocality[h];
            for (int i = pop.hFirst[h]; i < pop.hEnd[h]; i++) {
                if (pop.role[i] == Population.UNBORN) {
                    continue;
                }
                int born = pop.dob[i];
                if (i < pop.hMembersEnd[h]) {
                    int moved = pop.hMovedIn[h];
                    if (moved != Population.NONE && born < moved) {
                        address(++table, i, loc, pop.hPrevStreet[h], pop.hPrevHouse[h], Math.max(born, moved - 1200), moved);
                    }
                    int from = moved == Population.NONE ? Math.max(born, historyStart) : Math.max(born, moved);
                    address(++table, i, loc, pop.hStreet[h], pop.hHouse[h], from, -1);
                } else {
                    address(++table, i, pop.ownLocality[i], pop.ownStreet[i], pop.ownHouse[i], Math.max(born, historyStart), -1);
                }
            }
        }
        stage(SsdFiles.DISABILITY);
        table = 0;
        for (int i = 0; i < pop.people; i++) {
            if (pop.disability1[i] >= 0) {
                row(SsdFiles.DISABILITY, pid(i), "D" + (++table), Lists.DISABILITY[pop.disability1[i]]);
                if (pop.disability2[i] >= 0) {
                    row(SsdFiles.DISABILITY, pid(i), "D" + (++table), Lists.DISABILITY[pop.disability2[i]]);
                }
            }
        }
        stage(SsdFiles.MOTHER);
        table = 0;
        for (int h = 0; h < pop.households; h++) {
            int mother = pop.hMother[h];
            if (mother == Population.NONE) {
                continue;
            }
            for (int c = pop.hChildren[h]; c < pop.hMembersEnd[h]; c++) {
                if (pop.role[c] == Population.CHILD) {
                    row(SsdFiles.MOTHER, "M" + (++table), pid(mother), pid(c), date(pop.dob[c]));
                }
            }
        }
        stage(SsdFiles.RELATIONSHIPS);
        long[] rel = {0};
        for (int h = 0; h < pop.households; h++) {
            int mother = pop.hMother[h];
            int partner = pop.hPartner[h];
            int firstAdult = mother != Population.NONE ? mother : partner;
            if (mother != Population.NONE && partner != Population.NONE) {
                relation(rel, partner, mother, "PARTNER", false, pop.hPartnerFrom[h]);
            }
            for (int c = pop.hChildren[h]; c < pop.hMembersEnd[h]; c++) {
                if (pop.role[c] != Population.CHILD) {
                    continue;
                }
                int born = pop.dob[c];
                if (partner != Population.NONE) {
                    if (pop.role[partner] == Population.FATHER) {
                        relation(rel, partner, c, "PARENT", true, born);
                    } else {
                        relation(rel, partner, c, "STEP_PARENT", false, Math.max(born, pop.hPartnerFrom[h]));
                    }
                }
                for (int s = pop.hChildren[h]; s < c; s++) {
                    if (pop.role[s] == Population.CHILD) {
                        relation(rel, s, c, "SIBLING", false, born);
                    }
                }
                for (int k = pop.hMembersEnd[h]; k < pop.hEnd[h]; k++) {
                    byte role = pop.role[k];
                    String type = role == Population.ABSENT_FATHER ? "PARENT"
                            : role == Population.AUNT_UNCLE ? "OTHER_RELATIVE" : "GRANDPARENT";
                    relation(rel, k, c, type, role == Population.ABSENT_FATHER, born);
                }
            }
            for (int k = pop.hMembersEnd[h]; k < pop.hEnd[h]; k++) {
                byte role = pop.role[k];
                if ((role == Population.GRANDMOTHER || role == Population.GRANDFATHER) && firstAdult != Population.NONE) {
                    relation(rel, k, firstAdult, "PARENT", false, pop.dob[firstAdult]);
                }
            }
        }
    }

    private void relation(long[] n, int a, int b, String type, boolean pr, int from) {
        row(SsdFiles.RELATIONSHIPS, "L" + (++n[0]), pid(a), pid(b), type, SsdFormat.flag(pr), date(Math.min(from, asOf)), "");
    }

    private void address(long table, int person, int loc, int street, int house, int from, int to) {
        int block = house / 8;
        int hash = (loc * 131 + street * 31 + block * 7) & 0x7FFFFFFF;
        boolean flat = (street * 7 + house) % 9 == 0;
        String flatNo = flat ? "Flat " + (1 + (person % 24)) : "";
        String building = flat ? Lists.BUILDINGS[(street + house) % Lists.BUILDINGS.length] : "";
        String letters = Lists.INWARD_LETTERS;
        String postcode = "RF" + (loc + 1) + " " + (1 + street % 9) + letters.charAt(hash % letters.length())
                + letters.charAt((hash / 20 + house) % letters.length());
        Map<String, String> json = new LinkedHashMap<>();
        json.put("ROOM", "");
        json.put("FLOOR", "");
        json.put("FLAT", flatNo);
        json.put("BUILDING", building);
        json.put("HOUSE", Integer.toString(house));
        json.put("STREET", Lists.STREETS[street]);
        json.put("TOWN", "Riverford");
        json.put("UPRN", Long.toString(100_000_000_000L + loc * 1_000_000_000L + street * 10_000_000L + house * 100L
                + (flat ? 1 + person % 24 : 0)));
        json.put("EASTING", Integer.toString(380_000 + loc * 1_500 + street * 23 + house));
        json.put("NORTHING", Integer.toString(420_000 + loc * 1_100 + street * 17 + house));
        row(SsdFiles.ADDRESS, "A" + table, SsdFormat.json(json), pid(person), "Primary Address", date(from),
                to < 0 ? "" : date(to), postcode);
    }

    /** The j-th test-range NHS number (999 prefix), or null when its check digit would be 10 (never issued). */
    static String nhsNumber(int j) {
        long k = (654_321L * j + 123_457L) % 1_000_000L;
        String nine = Long.toString(999_000_000L + k);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check == 10 ? null : nine + check;
    }

    private String flags(String[] keys, Set<String> on) {
        long key = System.identityHashCode(keys) * 1_000_003L;
        for (int i = 0; i < keys.length; i++) {
            if (on.contains(keys[i])) {
                key += 1L << (i + 1);
            }
        }
        return jsonCache.computeIfAbsent(key, k -> SsdFormat.flagsJson(List.of(keys), on));
    }

    private void writeContacts() {
        stage(SsdFiles.CONTACTS);
        Simulation.Contacts c = sim.contacts;
        long[] keys = new long[c.size];
        for (int i = 0; i < c.size; i++) {
            keys[i] = (c.second[i] << 22) | i;
        }
        Arrays.sort(keys);
        String[] flagFor = {"NEW_REFERRAL_FLAG", "NFA_FLAG", "ADVICE_FLAG", "OTHER_OUTCOMES_EXIST_FLAG", "MISSING_FLAG",
                "PRIVATE_FOSTERING_FLAG", "NON_AGENCY_ADOPTION_FLAG"};
        for (int n = 0; n < keys.length; n++) {
            int i = (int) (keys[n] & ((1 << 22) - 1));
            int src = c.source[i];
            row(SsdFiles.CONTACTS, "K" + (n + 1), pid(c.person[i]), dateTime(c.second[i]), Lists.SOURCE[src],
                    Lists.SOURCE_DESC[src], flags(Lists.OUTCOME_CONTACT, Set.of(flagFor[c.outcome[i]])));
        }
    }

    private long ids(SsdFiles f) {
        return rows.get(f) + 1;
    }

    private String team(int worker) {
        return staff.teams.get(staff.professionals.get(worker).team).id;
    }

    private String worker(int w) {
        return staff.professionals.get(w).id;
    }

    private void writeEpisodes() {
        stage(SsdFiles.CIN_EPISODES);
        long cinPlanId = 0, s47Id = 0, icpcId = 0, cpPlanId = 0, assessmentId = 0;
        for (int n = 0; n < episodes.length; n++) {
            Episode e = episodes[n];
            SplittableRandom r = Seeds.random(seed, 301, n);
            String ref = "R" + (n + 1);
            String person = pid(e.person);
            boolean closed = e.close <= asOf;
            Set<String> outcome = new TreeSet<>();
            if (e.nfa && closed) {
                outcome.add("NFA_FLAG");
            }
            if (e.assessmentStart >= 0 && e.assessmentStart <= asOf) {
                outcome.add("SINGLE_ASSESSMENT_FLAG");
            }
            if (e.immediateStrategy && e.s47Start <= asOf) {
                outcome.add("STRATEGY_DISCUSSION_FLAG");
            }
            int first = e.allocWorker[0];
            row(SsdFiles.CIN_EPISODES, ref, person, dateTime(e.referralSecond), Lists.NEED[e.need], Lists.SOURCE[e.source],
                    Lists.SOURCE_DESC[e.source], flags(Lists.OUTCOME_REFERRAL, outcome), SsdFormat.flag(e.nfa && closed),
                    closed ? e.closeReason : "", closed ? date(e.close) : "", team(first), worker(first));
            for (int a = 0; a < e.allocations; a++) {
                String end = a + 1 < e.allocations ? date(e.allocStart[a + 1]) : closed ? date(e.close) : "";
                row(SsdFiles.INVOLVEMENTS, "V" + ids(SsdFiles.INVOLVEMENTS), worker(e.allocWorker[a]), "Allocated Case Worker",
                        team(e.allocWorker[a]), a == 0 ? dateTime(e.referralSecond).substring(0, 10) : date(e.allocStart[a]), end,
                        Staff.REASONS[e.allocReason[a]], person, ref);
            }
            if (e.assessmentStart >= 0 && e.assessmentStart <= asOf) {
                String id = "S" + (++assessmentId);
                boolean done = e.assessmentAuth <= asOf;
                Set<String> out = new TreeSet<>();
                if (done) {
                    out.add(switch (e.assessmentOutcome) {
                        case Episode.OUT_NFA -> "NFA_FLAG";
                        case Episode.OUT_CIN, Episode.OUT_SERVICES -> "PROV_OF_SERVICES_FLAG";
                        case Episode.OUT_EARLY_HELP -> "REFERRAL_TO_OTHER_AGENCY_FLAG";
                        default -> "STRATEGY_DISCUSSION_FLAG";
                    });
                }
                int w = e.workerOn(e.assessmentStart);
                row(SsdFiles.CIN_ASSESSMENTS, id, person, ref, date(e.assessmentStart), SsdFormat.flag(r.nextDouble() < 0.97),
                        done ? date(e.assessmentAuth) : "", flags(Lists.OUTCOME_ASSESSMENT, out),
                        done ? SsdFormat.flag(e.assessmentOutcome == Episode.OUT_NFA) : "", team(w), worker(w));
                if (done && e.factors != null) {
                    row(SsdFiles.ASSESSMENT_FACTORS, "X" + ids(SsdFiles.ASSESSMENT_FACTORS), id, factorsJson(e.factors));
                }
            }
            if (e.cin1Start >= 0 && e.cin1Start <= asOf) {
                cinPlan(e, ++cinPlanId, ref, e.cin1Start, e.cin1End, r);
            }
            String s47 = null;
            if (e.s47Start >= 0 && e.s47Start <= asOf) {
                s47 = "Q" + (++s47Id);
                boolean done = e.s47End <= asOf;
                Set<String> out = new TreeSet<>();
                if (done) {
                    out.add(e.substantiated ? "CP_CONFERENCE_FLAG" : e.assessmentOutcome == Episode.OUT_NFA ? "NFA_FLAG"
                            : e.assessmentOutcome == Episode.OUT_CIN ? "PROV_OF_SERVICES_FLAG" : "NFA_CONTINUE_SINGLE_FLAG");
                }
                int w = e.workerOn(done ? e.s47End : asOf);
                row(SsdFiles.S47_ENQUIRY, s47, ref, person, date(e.s47Start), done ? date(e.s47End) : "",
                        done ? SsdFormat.flag(out.contains("NFA_FLAG")) : "", flags(Lists.OUTCOME_S47, out), worker(w), team(w));
            }
            if (e.icpc >= 0 && e.icpc <= asOf && s47 != null) {
                String icpc = "O" + (++icpcId);
                String plan = e.icpcPlan ? "U" + (++cpPlanId) : "";
                Set<String> out = new TreeSet<>();
                out.add(e.icpcPlan ? "CP_FLAG" : e.cin1Start >= 0 ? "PROV_OF_SERVICES_FLAG" : "NFA_FLAG");
                int chair = staff.chairOn(e.icpc, Seeds.random(seed, 303, e.event));
                row(SsdFiles.INITIAL_CP_CONFERENCE, icpc, "OM" + (e.event + 1), s47, person, plan, ref, "N",
                        date(cal.add(e.s47Start, 15)), date(e.icpc), SsdFormat.flag(e.icpcPlan),
                        flags(Lists.OUTCOME_ICPC, out), team(chair), worker(chair));
                if (e.icpcPlan) {
                    cpPlan(e, plan, icpc, ref, r);
                }
            }
            if (e.cin2Start >= 0 && e.cin2Start <= asOf) {
                cinPlan(e, ++cinPlanId, ref, e.cin2Start, e.cin2End, r);
            }
        }
    }

    private String factorsJson(int[] factors) {
        TreeSet<String> codes = new TreeSet<>();
        for (int f : factors) {
            codes.add(f < 0 ? "21" : f >= 100 ? new String[] {"16A", "17A", "18C", "19C", "16A"}[f - 100] : Lists.FACTOR[f]);
        }
        List<String> ordered = new ArrayList<>(codes);
        return SsdFormat.json(ordered);
    }

    private void cinPlan(Episode e, long id, String ref, int from, int to, SplittableRandom r) {
        int w = e.workerOn(from);
        String person = pid(e.person);
        row(SsdFiles.CIN_PLANS, "N" + id, ref, person, date(from), to <= asOf ? date(to) : "", team(w), worker(w));
        // visited about every four weeks (20 working days), strictly inside the plan
        SplittableRandom dates = Seeds.random(seed, 304, e.event * 4L + (from == e.cin1Start ? 0 : 1));
        int day = cal.add(from, 3 + dates.nextInt(10));
        while (day < to && day <= asOf) {
            boolean seen = r.nextDouble() < 0.93;
            row(SsdFiles.CIN_VISITS, "Y" + ids(SsdFiles.CIN_VISITS), person, visitTime(day, dates), SsdFormat.flag(seen),
                    SsdFormat.flag(seen && day - pop.dob[e.person] > 5 * 365 && r.nextDouble() < 0.55),
                    SsdFormat.flag(seen && r.nextDouble() < 0.4));
            day = cal.add(day, 15 + dates.nextInt(11));
        }
    }

    private void cpPlan(Episode e, String plan, String icpc, String ref, SplittableRandom r) {
        String person = pid(e.person);
        row(SsdFiles.CP_PLANS, plan, ref, icpc, person, date(e.cpStart), e.cpEnd <= asOf ? date(e.cpEnd) : "",
                Lists.CATEGORY[e.category], "N", Lists.CATEGORY[e.latestCategory]);
        // visited about every ten working days (local standard, DOMAIN.md section 4), strictly inside the plan
        SplittableRandom dates = Seeds.random(seed, 305, e.event);
        int day = cal.add(e.cpStart, 1 + dates.nextInt(8));
        while (day < e.cpEnd && day <= asOf) {
            boolean seen = r.nextDouble() < 0.95;
            row(SsdFiles.CP_VISITS, "Z" + ids(SsdFiles.CP_VISITS), person, plan, visitTime(day, dates), SsdFormat.flag(seen),
                    SsdFormat.flag(seen && day - pop.dob[e.person] > 4 * 365 && r.nextDouble() < 0.6),
                    SsdFormat.flag(seen && r.nextDouble() < 0.45));
            day = cal.add(day, 7 + dates.nextInt(6));
        }
        for (int k = 0; k < e.reviews && e.reviewDate[k] <= asOf; k++) {
            boolean last = e.endsAtReview && k == e.reviews - 1;
            row(SsdFiles.CP_REVIEWS, "E" + ids(SsdFiles.CP_REVIEWS), person, plan, date(e.reviewDue[k]), date(e.reviewDate[k]),
                    "EM" + (e.event + 1) + "N" + (k + 1), SsdFormat.flag(!last), SsdFormat.flag(r.nextDouble() < 0.96),
                    SsdFormat.flag(e.reviewDate[k] - pop.dob[e.person] > 7 * 365 && r.nextDouble() < 0.6));
        }
    }

    private static String visitTime(int day, SplittableRandom r) {
        return dateTime(day * 86_400L + 9 * 3600 + r.nextInt(19) * 1800);
    }

    // ---- summary -------------------------------------------------------------------------------------------------

    private Summary summary(long millis) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (SsdFiles f : SsdFiles.values()) {
            counts.put(f.fileName(), rows.get(f));
        }
        int[] lastReferral = new int[pop.people];
        Arrays.fill(lastReferral, Integer.MIN_VALUE);
        long referrals = 0, re = 0, nfa = 0, assessed = 0, within45 = 0, s47 = 0, icpcs = 0, within15 = 0, cinFromAssessment = 0;
        long openCp = 0, plansStarted = 0, second = 0, plansEnded = 0, long2 = 0, open = 0, longEpisodes = 0, changes = 0;
        List<Integer> wds = new ArrayList<>();
        for (Episode e : episodes) {
            boolean inYear = e.referral > yearStart && e.referral <= asOf;
            if (inYear) {
                referrals++;
                if (lastReferral[e.person] != Integer.MIN_VALUE && e.referral - lastReferral[e.person] <= 365) {
                    re++;
                }
                if (e.nfa) {
                    nfa++;
                }
            }
            lastReferral[e.person] = e.referral;
            if (in(e.assessmentAuth)) {
                assessed++;
                int wd = cal.count(e.referral, e.assessmentAuth);
                wds.add(wd);
                if (wd <= 45) {
                    within45++;
                }
            }
            if (in(e.s47Start)) {
                s47++;
            }
            if (in(e.icpc)) {
                icpcs++;
                if (cal.count(e.s47Start, e.icpc) <= 15) {
                    within15++;
                }
            }
            if (e.cin1FromAssessment && in(e.cin1Start)) {
                cinFromAssessment++;
            }
            if (e.cpStart >= 0 && e.cpStart <= asOf && e.cpEnd > asOf) {
                openCp++;
            }
            if (in(e.cpStart)) {
                plansStarted++;
                if (e.secondPlan) {
                    second++;
                }
            }
            if (e.cpStart >= 0 && in(e.cpEnd)) {
                plansEnded++;
                if (e.cpEnd - e.cpStart >= 730) {
                    long2++;
                }
            }
            if (open(e)) {
                open++;
            }
            if (Math.min(e.close, asOf) - e.referral >= 182) {
                longEpisodes++;
                changes += e.allocations - 1;
            }
        }
        wds.sort(null);
        long workers = staff.professionals.stream().filter(p -> p.from <= asOf && p.to >= asOf)
                .filter(p -> { int k = staff.teams.get(p.team).kind; return k == Staff.ASSESSMENT || k == Staff.LONG_TERM; })
                .filter(p -> !p.title.contains("Team Manager")).count();
        return new Summary(size, seed, asOfDate, counts, pop.childrenUnder18, pop.people, referrals, pct(re, referrals),
                pct(nfa, referrals), pct(within45, assessed), wds.isEmpty() ? 0 : wds.get(wds.size() / 2),
                ratio(s47, referrals), ratio(icpcs, s47), pct(within15, icpcs), ratio(cinFromAssessment, assessed), openCp,
                pct(second, plansStarted), pct(long2, plansEnded), open, workers, ratio(open, workers),
                ratio(changes, longEpisodes), millis);
    }

    private boolean in(int day) {
        return day > yearStart && day <= asOf;
    }

    private static double pct(long a, long b) {
        return b == 0 ? 0 : Math.round(1000.0 * a / b) / 10.0;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : Math.round(1000.0 * a / b) / 1000.0;
    }
}
