package uk.safeguard.returns.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.safeguard.assessment.AssessmentFacts.AssessmentFact;
import uk.safeguard.calendar.WorkingDays;
import uk.safeguard.childinneed.ChildInNeedReports.SsdCinPlan;
import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.people.ChildFacts.ChildCharacteristics;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.returns.CinCensusChild;
import uk.safeguard.returns.CinCensusChild.Assessment;
import uk.safeguard.returns.CinCensusChild.CinPlan;
import uk.safeguard.returns.CinCensusChild.CpPlan;
import uk.safeguard.returns.CinCensusChild.Episode;
import uk.safeguard.returns.CinCensusChild.Ref;
import uk.safeguard.returns.CinCensusChild.Section47;
import uk.safeguard.returns.CinCensusYear;
import uk.safeguard.work.WorkFacts.CaseFact;

/**
 * Turns one year's facts into the census children. Pure: every fact comes in, loaded once for the year, and the
 * children are assembled in memory by id (no per-child queries).
 *
 * <p>Who is in the census (DfE children in need census guide, "scope"): every child with a CIN episode open at any
 * time in the collection year, and every child referred in the year (including referrals with no further action).
 * A CIN episode is a child-in-need or child-protection case (work module) from its referral to its closure; a
 * referral that opened no such case is an episode of its own.
 */
public final class CinCensusBuilder {

    /** Everything the census needs for one year, as loaded from the facts APIs. */
    public record Facts(List<ReferralFact> referrals, List<CaseFact> cases, List<AssessmentFact> assessments,
                        List<SsdCinPlan> cinPlans, List<Section47Fact> section47s, List<ConferenceFact> conferences,
                        List<CpPlanFact> cpPlans, Map<Long, ChildCharacteristics> characteristics) {}

    private static final Set<String> CIN_CASE_KINDS = Set.of("CHILD_IN_NEED", "CHILD_PROTECTION");
    private static final Set<String> ETHNICITY = Set.of("WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS",
            "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");
    private static final Set<String> DISABILITY = Set.of("NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS",
            "BEH", "CON", "AUT", "DDA");

    private CinCensusBuilder() {}

    /** The children who belong in the census (by id), from the referrals and cases alone. */
    public static Set<Long> childrenInScope(CinCensusYear year, List<ReferralFact> referrals, List<CaseFact> cases) {
        Set<Long> ids = new TreeSet<>();
        cases.stream().filter(c -> CIN_CASE_KINDS.contains(c.kind())).forEach(c -> ids.add(c.childId()));
        referrals.stream().filter(r -> year.contains(london(r.referralAt()))).forEach(r -> ids.add(r.childId()));
        return ids;
    }

    public static List<CinCensusChild> build(CinCensusYear year, Facts facts, WorkingDays workingDays) {
        Map<Long, CaseFact> casesById = new HashMap<>();
        facts.cases().stream().filter(c -> CIN_CASE_KINDS.contains(c.kind())).forEach(c -> casesById.put(c.caseId(), c));

        // Episodes, keyed so that items can find theirs: "case:<id>" or "referral:<id>".
        Map<Long, Map<String, EpisodeDraft>> byChild = new TreeMap<>();
        Map<Long, ReferralFact> referralsById = new HashMap<>();
        // Imported referrals without a date cannot be placed in a year: left out (rule 8600 would refuse them anyway).
        for (ReferralFact r : facts.referrals().stream().filter(r -> r.referralAt() != null)
                .sorted(Comparator.comparing(ReferralFact::referralAt)).toList()) {
            referralsById.put(r.referralId(), r);
            CaseFact c = r.caseId() == null ? null : casesById.get(r.caseId());
            if (c != null) {
                byChild.computeIfAbsent(c.childId(), k -> new LinkedHashMap<>())
                        .computeIfAbsent("case:" + c.caseId(), k -> new EpisodeDraft(c, r));
            } else if (year.contains(london(r.referralAt()))) {
                byChild.computeIfAbsent(r.childId(), k -> new LinkedHashMap<>())
                        .put("referral:" + r.referralId(), new EpisodeDraft(null, r));
            }
        }
        for (CaseFact c : casesById.values()) {
            byChild.computeIfAbsent(c.childId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent("case:" + c.caseId(), k -> new EpisodeDraft(c, null));
        }

        // Assessments: by referral's episode, else by case.
        for (AssessmentFact a : facts.assessments()) {
            EpisodeDraft e = find(byChild, a.childId(), a.caseId(), referralsById.get(a.referralId()), casesById);
            if (e != null && a.startedOn() != null) {
                boolean authorised = a.authorisedOn() != null && !a.authorisedOn().isAfter(year.end());
                e.assessments.add(new Assessment(a.startedOn(), null, authorised ? a.authorisedOn() : null,
                        // Factors are identified at the end of the assessment: only a completed one carries them.
                        authorised ? a.factors() : List.of(),
                        new Ref("assessment " + a.assessmentId(), "/assessments/" + a.assessmentId(), a.workerId())));
            }
        }
        for (SsdCinPlan p : facts.cinPlans()) {
            EpisodeDraft e = find(byChild, p.cinpPersonId(), p.cinpReferralId(), null, casesById);
            if (e != null && p.cinpCinPlanStartDate() != null && !p.cinpCinPlanStartDate().isAfter(year.end())) {
                e.cinPlans.add(new CinPlan(p.cinpCinPlanStartDate(), endedBy(p.cinpCinPlanEndDate(), year),
                        new Ref("child in need plan " + p.cinpCinPlanId(), "/cin-plans/" + p.cinpCinPlanId(), p.cinpCinPlanWorkerId())));
            }
        }

        // Initial conferences held in the year: after an enquiry they belong to it, otherwise to the episode.
        Map<Long, LocalDate> icpcBySection47 = new HashMap<>();
        List<ConferenceFact> initialWithoutEnquiry = new ArrayList<>();
        Map<Long, List<LocalDate>> reviewsByPlan = new HashMap<>();
        Set<Long> enquiryIds = new HashSet<>();
        facts.section47s().forEach(s -> enquiryIds.add(s.section47Id()));
        for (ConferenceFact c : facts.conferences()) {
            if (c.heldOn() == null || !year.contains(c.heldOn())) {
                continue;
            }
            switch (c.kind()) {
                case "INITIAL", "PRE_BIRTH" -> {
                    if (c.section47Id() != null && enquiryIds.contains(c.section47Id())) {
                        icpcBySection47.merge(c.section47Id(), c.heldOn(), (x, y) -> x.isBefore(y) ? x : y);
                    } else {
                        initialWithoutEnquiry.add(c);
                    }
                }
                case "REVIEW" -> {
                    if (c.planId() != null) {
                        reviewsByPlan.computeIfAbsent(c.planId(), k -> new ArrayList<>()).add(c.heldOn());
                    }
                }
                default -> { }
            }
        }
        for (Section47Fact s : facts.section47s()) {
            if (s.startedOn() == null || s.startedOn().isAfter(year.end())) {
                continue;
            }
            LocalDate icpc = icpcBySection47.get(s.section47Id());
            boolean notRequired = icpc == null && s.completedOn() != null && !s.completedOn().isAfter(year.end()) && !s.icpcRequired();
            // An enquiry finished before the year (no conference in the year) is not part of this return.
            if (icpc == null && s.completedOn() != null && s.completedOn().isBefore(year.start())) {
                continue;
            }
            EpisodeDraft e = find(byChild, s.childId(), s.caseId(), referralsById.get(s.referralId()), casesById);
            if (e != null) {
                // Target: 15 working days after the strategy discussion (WT2023 seeds 000 line 2895).
                LocalDate target = s.strategyDiscussionAt() == null ? null
                        : workingDays.addWorkingDays(london(s.strategyDiscussionAt()), 15);
                e.section47s.add(new Section47(s.startedOn(), target, icpc, notRequired,
                        new Ref("section 47 enquiry " + s.section47Id(), "/section-47-enquiries/" + s.section47Id(), s.leadWorkerId())));
            }
        }
        for (ConferenceFact c : initialWithoutEnquiry) {
            EpisodeDraft e = find(byChild, c.childId(), c.caseId(), null, casesById);
            if (e != null && (e.initialCpc == null || c.heldOn().isBefore(e.initialCpc))) {
                e.initialCpc = c.heldOn();
            }
        }
        for (CpPlanFact p : facts.cpPlans()) {
            EpisodeDraft e = find(byChild, p.childId(), p.caseId(), null, casesById);
            if (e != null && p.startedOn() != null && !p.startedOn().isAfter(year.end())) {
                List<LocalDate> reviews = reviewsByPlan.getOrDefault(p.planId(), List.of()).stream().sorted().toList();
                e.cpPlans.add(new CpPlan(p.startedOn(), endedBy(p.endedOn(), year), p.initialCategory(), p.latestCategory(),
                        p.previousPlans(), reviews, new Ref("child protection plan " + p.planId(), "/cp-plans/" + p.planId(),
                        p.leadSocialWorkerId())));
            }
        }

        List<CinCensusChild> children = new ArrayList<>();
        for (Map.Entry<Long, Map<String, EpisodeDraft>> entry : byChild.entrySet()) {
            List<Episode> episodes = entry.getValue().values().stream().map(d -> d.episode(year))
                    .sorted(Comparator.comparing(Episode::referralDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList();
            children.add(child(entry.getKey(), facts.characteristics().get(entry.getKey()), episodes));
        }
        return children;
    }

    private static CinCensusChild child(long childId, ChildCharacteristics c, List<Episode> episodes) {
        if (c == null) {
            return new CinCensusChild(childId, null, null, null, null, null, "0", null, null, List.of(), episodes, null);
        }
        String upn = c.upn() != null && c.upn().matches("[A-Za-z]\\d{11}[A-Za-z0-9]") ? c.upn().toUpperCase() : null;
        boolean unborn = "UNBORN".equals(c.kind());
        String name = ((c.givenNames() == null ? "" : c.givenNames()) + " " + (c.familyName() == null ? "" : c.familyName())).trim();
        return new CinCensusChild(childId, upn, null, null, unborn ? null : c.dateOfBirth(),
                unborn || c.dateOfBirth() == null ? c.expectedDateOfBirth() : null, genderCurrent(c, unborn), null,
                c.ethnicity() != null && ETHNICITY.contains(c.ethnicity()) ? c.ethnicity() : null,
                c.disabilities() == null ? List.of() : c.disabilities().stream().filter(DISABILITY::contains).distinct().toList(),
                episodes, name.isEmpty() ? null : name);
    }

    /** Census GenderCurrent: 1 male, 2 female, 9 indeterminate, 0 not recorded or unborn (ref_sex is 1/2). */
    private static String genderCurrent(ChildCharacteristics c, boolean unborn) {
        if (unborn) {
            return "0";
        }
        String s = c.sex() == null ? "" : c.sex().toUpperCase();
        return switch (s) {
            case "1", "M", "MALE" -> "1";
            case "2", "F", "FEMALE" -> "2";
            default -> "9".equals(c.gender()) ? "9" : "0";
        };
    }

    /** The episode an item belongs to: its referral's, else its case's, else the child's latest episode. */
    private static EpisodeDraft find(Map<Long, Map<String, EpisodeDraft>> byChild, long childId, Long caseId,
                                     ReferralFact referral, Map<Long, CaseFact> casesById) {
        Map<String, EpisodeDraft> episodes = byChild.get(childId);
        if (episodes == null) {
            return null;
        }
        if (referral != null) {
            EpisodeDraft e = referral.caseId() != null && casesById.containsKey(referral.caseId())
                    ? episodes.get("case:" + referral.caseId()) : episodes.get("referral:" + referral.referralId());
            if (e != null) {
                return e;
            }
        }
        if (caseId != null && episodes.containsKey("case:" + caseId)) {
            return episodes.get("case:" + caseId);
        }
        return latest(episodes.values());
    }

    private static EpisodeDraft latest(Collection<EpisodeDraft> episodes) {
        return episodes.stream().filter(e -> !e.nfa())
                .max(Comparator.comparing(EpisodeDraft::startedAt, Comparator.nullsFirst(Comparator.naturalOrder()))).orElse(null);
    }

    private static LocalDate endedBy(LocalDate end, CinCensusYear year) {
        return end == null || end.isAfter(year.end()) ? null : end;
    }

    static LocalDate london(Instant at) {
        return at == null ? null : at.atZone(TimeConfiguration.LONDON).toLocalDate();
    }

    /** An episode being assembled: the case (if any), its first referral (if known) and the items found for it. */
    private static final class EpisodeDraft {
        final CaseFact kase;
        final ReferralFact referral;
        final List<Assessment> assessments = new ArrayList<>();
        final List<CinPlan> cinPlans = new ArrayList<>();
        final List<Section47> section47s = new ArrayList<>();
        final List<CpPlan> cpPlans = new ArrayList<>();
        LocalDate initialCpc;

        EpisodeDraft(CaseFact kase, ReferralFact referral) {
            this.kase = kase;
            this.referral = referral;
        }

        boolean nfa() {
            return kase == null && referral != null && referral.noFurtherAction();
        }

        Instant startedAt() {
            return referral != null ? referral.referralAt() : kase.openedAt();
        }

        Episode episode(CinCensusYear year) {
            LocalDate referralDate = london(startedAt());
            LocalDate closure;
            String reason;
            Ref ref;
            if (kase != null) {
                LocalDate closed = london(kase.closedAt());
                closure = closed == null || closed.isAfter(year.end()) ? null : closed;
                reason = closure == null ? null : kase.closureReason();
                ref = new Ref("case " + kase.caseId(), "/cases/" + kase.caseId(), kase.allocatedWorkerId());
            } else if (nfa()) {
                // A referral with no further action closes on the day it was decided (CIN census guide: ReferralNFA).
                LocalDate decided = london(referral.decidedAt());
                closure = decided == null || decided.isAfter(year.end()) ? referralDate : decided;
                reason = "RC7";
                ref = new Ref("referral " + referral.referralId(), "/children/" + referral.childId(), referral.decidedBy());
            } else {
                closure = null;
                reason = null;
                ref = new Ref("referral " + referral.referralId(), "/children/" + referral.childId(), referral.decidedBy());
            }
            String source = referral == null ? null : referral.sourceCode();
            String need = referral == null ? null : referral.primaryNeed();
            assessments.sort(Comparator.comparing(Assessment::startDate));
            cinPlans.sort(Comparator.comparing(CinPlan::startDate));
            section47s.sort(Comparator.comparing(Section47::startDate));
            cpPlans.sort(Comparator.comparing(CpPlan::startDate));
            return new Episode(referralDate, source, need, closure, reason, initialCpc, assessments, cinPlans, section47s,
                    nfa(), cpPlans, ref);
        }
    }
}
