package uk.safeguard.returns.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguard.assessment.AssessmentFacts.AssessmentFact;
import uk.safeguard.childinneed.ChildInNeedReports.SsdCinPlan;
import uk.safeguard.childinneed.ChildInNeedReports.SsdCinVisit;
import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.conference.ConferenceFacts.CpVisitFact;
import uk.safeguard.frontdoor.FrontDoorFacts.ContactFact;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.people.ChildFacts.ChildCharacteristics;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.protection.ProtectionFacts.EmergencyActionFact;
import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.work.WorkFacts.CaseFact;

/**
 * Builds Annex A lists 1 and 3-7 from the facts: pure, no database, so each list's inclusion rule is tested on
 * hand-built records. Codes are the sector's (CIN census) codes as the facts carry them: referral source (1A-10),
 * primary need (N0-N9), reason for closure (RC1-RC9), category of abuse (NEG, PHY, EMO, SAB, MUL), ethnicity (WBRI...).
 * Ages are whole years at the row's own date (contact, referral, assessment start, enquiry start) or, for the
 * children in need and child protection lists, at the end of the period.
 */
public final class AnnexALists {
    static final String SHEET_1 = "List 1 Contacts";
    static final String SHEET_3 = "List 3 Referrals";
    static final String SHEET_4 = "List 4 Assessments";
    static final String SHEET_5 = "List 5 Section 47 and ICPC";
    static final String SHEET_6 = "List 6 Children in need";
    static final String SHEET_7 = "List 7 Child protection";

    /** The kinds of case that are a child-in-need episode (a CP case is one too: CIN census scope). */
    private static final Set<String> CIN_EPISODES = Set.of("CHILD_IN_NEED", "CHILD_PROTECTION");
    /** Initial conferences: the CIN census counts pre-birth ICPCs as initial conferences too. */
    private static final Set<String> INITIAL_CONFERENCES = Set.of("INITIAL", "PRE_BIRTH");
    /** Closure after assessment (no further action, or early help): the child was assessed as not needing CSC support. */
    private static final Set<String> CLOSED_AFTER_ASSESSMENT = Set.of("RC8", "RC9");
    /**
     * Assessment outcomes (assessment.AssessmentOutcome) that are children's social care support: a child in need
     * plan, a strategy discussion (section 47 enquiries, possibly a plan), a request to become looked after.
     */
    private static final Set<String> OUTCOMES_NEEDING_SUPPORT = Set.of("CHILD_IN_NEED_PLAN", "STRATEGY_DISCUSSION",
            "REQUEST_TO_BECOME_LOOKED_AFTER");
    /** Outcomes that are not: no further action, advice or an existing (universal) service, early help (step-down). */
    private static final Set<String> OUTCOMES_NOT_NEEDING_SUPPORT = Set.of("NO_FURTHER_ACTION",
            "ADVICE_OR_EXISTING_SERVICES", "EARLY_HELP");
    /** Emergency protection order (Children Act 1989 s44) and police protection (s46), list 7. */
    private static final Set<String> EMERGENCY_PROTECTION = Set.of("EMERGENCY_PROTECTION_ORDER", "POLICE_PROTECTION");

    private final AnnexAPeriod period;
    private final AnnexAFacts facts;
    private final Map<Long, CaseFact> casesById;

    private AnnexALists(AnnexAPeriod period, AnnexAFacts facts) {
        this.period = period;
        this.facts = facts;
        this.casesById = facts.cases().stream().collect(Collectors.toMap(CaseFact::caseId, c -> c, (a, b) -> a));
    }

    /** The six lists, in Ofsted's order. */
    public static List<AnnexASheet> build(AnnexAPeriod period, AnnexAFacts facts) {
        AnnexALists lists = new AnnexALists(period, facts);
        return List.of(lists.contacts(), lists.referrals(), lists.assessments(), lists.enquiries(),
                lists.childrenInNeed(), lists.childProtection());
    }

    /** Every child named on any list, for the download's audit record. */
    public static Set<Long> childrenNamed(List<AnnexASheet> sheets) {
        Set<Long> ids = new HashSet<>();
        sheets.forEach(s -> s.rows().forEach(r -> ids.add(Long.parseLong(String.valueOf(r.get(0))))));
        return ids;
    }

    /** List 1: every contact received in the period, one row per child per contact (ILACS Annex A list 1). */
    AnnexASheet contacts() {
        List<List<Object>> rows = new ArrayList<>();
        facts.contacts().stream()
                .filter(c -> period.contains(london(c.receivedAt())))
                .sorted(Comparator.comparing(ContactFact::receivedAt).thenComparing(ContactFact::childId))
                .forEach(c -> {
                    LocalDate on = london(c.receivedAt());
                    rows.add(row(child(c.childId(), on, false), on, c.sourceCode()));
                });
        return new AnnexASheet(SHEET_1, AnnexAColumns.LIST_1, rows);
    }

    /**
     * List 3: every referral in the period, with how many referrals the child had in the 12 months up to and
     * including this one (so a first referral counts 1; ILACS Annex A list 3).
     */
    AnnexASheet referrals() {
        Map<Long, List<LocalDate>> byChild = datesByChild(facts.referrals(), ReferralFact::childId,
                r -> london(r.referralAt()));
        List<List<Object>> rows = new ArrayList<>();
        facts.referrals().stream()
                .filter(r -> period.contains(london(r.referralAt())))
                .sorted(Comparator.comparing(ReferralFact::referralAt).thenComparing(ReferralFact::childId))
                .forEach(r -> {
                    LocalDate on = london(r.referralAt());
                    long inLastYear = countWithinYearUpTo(byChild.get(r.childId()), on);
                    CaseFact episode = r.caseId() == null ? null : casesById.get(r.caseId());
                    Long teamId = episode == null ? null : episode.teamId();
                    Long workerId = episode == null || episode.allocatedWorkerId() == null ? r.decidedBy()
                            : episode.allocatedWorkerId();
                    rows.add(row(child(r.childId(), on, false), on, r.sourceCode(), yesNo(r.noFurtherAction()),
                            inLastYear, team(teamId), worker(workerId)));
                });
        return new AnnexASheet(SHEET_3, AnnexAColumns.LIST_3, rows);
    }

    /**
     * List 4: every child and family assessment started or authorised (completed) in the period. "Child seen": Yes
     * when a visit was recorded during the assessment, No when it was submitted or authorised without one (or the
     * imported file said N), blank while unknown. "Assessed as requiring support" (only once authorised): from the
     * recorded outcome; when there is none, or it is "Other", from what followed: an episode closed with RC8 (no
     * further action) or RC9 (early help) answers "No", any other "Yes".
     */
    AnnexASheet assessments() {
        List<List<Object>> rows = new ArrayList<>();
        facts.assessments().stream()
                .filter(a -> period.contains(a.startedOn()) || period.contains(a.authorisedOn()))
                .sorted(Comparator.comparing(AssessmentFact::startedOn).thenComparing(AssessmentFact::childId))
                .forEach(a -> {
                    LocalDate authorised = onOrBeforeEnd(a.authorisedOn());
                    String needsSupport = authorised == null ? null : needsSupport(a);
                    String seen = a.childSeen() == null ? null : yesNo(a.childSeen());
                    rows.add(row(child(a.childId(), a.startedOn(), true), a.startedOn(), seen, authorised,
                            needsSupport, team(a.teamId()), worker(a.workerId())));
                });
        return new AnnexASheet(SHEET_4, AnnexAColumns.LIST_4, rows);
    }

    /** Yes or No for an authorised assessment: its outcome, else (none recorded, or "Other") how its episode closed. */
    private String needsSupport(AssessmentFact a) {
        String outcome = a.outcome();
        if (outcome != null && OUTCOMES_NEEDING_SUPPORT.contains(outcome)) {
            return "Yes";
        }
        if (outcome != null && OUTCOMES_NOT_NEEDING_SUPPORT.contains(outcome)) {
            return "No";
        }
        CaseFact episode = a.caseId() == null ? null : casesById.get(a.caseId());
        return episode != null && episode.closedAt() != null
                && CLOSED_AFTER_ASSESSMENT.contains(episode.closureReason()) ? "No" : "Yes";
    }

    /**
     * List 5: every section 47 enquiry started in the period, with its initial child protection conference (the one
     * recorded against the enquiry, else the child's first initial conference on or after the enquiry started) and
     * the child's enquiries and ICPCs in the 12 months up to it.
     */
    AnnexASheet enquiries() {
        Map<Long, List<LocalDate>> enquiryDates = datesByChild(facts.enquiries(), Section47Fact::childId,
                this::enquiryStart);
        List<ConferenceFact> initials = facts.conferences().stream()
                .filter(c -> INITIAL_CONFERENCES.contains(c.kind())).toList();
        Map<Long, ConferenceFact> byEnquiry = new HashMap<>();
        Map<Long, List<ConferenceFact>> initialsByChild = new HashMap<>();
        for (ConferenceFact c : initials) {
            if (c.section47Id() != null) {
                byEnquiry.putIfAbsent(c.section47Id(), c);
            }
            initialsByChild.computeIfAbsent(c.childId(), k -> new ArrayList<>()).add(c);
        }
        Map<Long, List<LocalDate>> icpcDates = new HashMap<>();
        initialsByChild.forEach((child, list) -> icpcDates.put(child,
                list.stream().map(ConferenceFact::heldOn).filter(Objects::nonNull).toList()));

        List<List<Object>> rows = new ArrayList<>();
        facts.enquiries().stream()
                .filter(s -> period.contains(enquiryStart(s)))
                .sorted(Comparator.comparing(this::enquiryStart).thenComparing(Section47Fact::childId))
                .forEach(s -> {
                    LocalDate started = enquiryStart(s);
                    ConferenceFact icpc = byEnquiry.get(s.section47Id());
                    if (icpc == null) {
                        icpc = initialsByChild.getOrDefault(s.childId(), List.of()).stream()
                                .filter(c -> c.section47Id() == null && conferenceDate(c) != null)
                                .filter(c -> !conferenceDate(c).isBefore(started))
                                .min(Comparator.comparing(AnnexALists::conferenceDate)).orElse(null);
                    }
                    LocalDate icpcHeld = icpc == null ? null : onOrBeforeEnd(icpc.heldOn());
                    String unnecessary = s.icpcRequired() || icpc != null ? "No"
                            : s.completedOn() != null && !s.completedOn().isAfter(period.end()) ? "Yes" : null;
                    String resultedInPlan = icpcHeld == null ? null
                            : "PLAN".equals(icpc.decision()) ? "Yes" : "NO_PLAN".equals(icpc.decision()) ? "No" : null;
                    LocalDate countTo = icpcHeld == null ? started : icpcHeld;
                    rows.add(row(child(s.childId(), started, true), started, unnecessary, icpcHeld, resultedInPlan,
                            countWithinYearUpTo(enquiryDates.get(s.childId()), started),
                            countWithinYearUpTo(icpcDates.get(s.childId()), countTo),
                            team(s.teamId()), worker(s.leadWorkerId())));
                });
        return new AnnexASheet(SHEET_5, AnnexAColumns.LIST_5, rows);
    }

    /**
     * List 6: every child in need at any point in the period: a child-in-need (or child protection) episode open on
     * any day of it. One row per child, for their latest episode; its status at the end of the period.
     */
    AnnexASheet childrenInNeed() {
        Map<Long, CaseFact> latest = new HashMap<>();
        facts.cases().stream()
                .filter(c -> CIN_EPISODES.contains(c.kind()))
                .filter(c -> !london(c.openedAt()).isAfter(period.end())
                        && (c.closedAt() == null || !london(c.closedAt()).isBefore(period.start())))
                .forEach(c -> latest.merge(c.childId(), c,
                        (a, b) -> b.openedAt().isAfter(a.openedAt()) ? b : a));
        Map<Long, ReferralFact> referralByCase = new HashMap<>();
        facts.referrals().stream().filter(r -> r.caseId() != null)
                .sorted(Comparator.comparing(ReferralFact::referralAt))
                .forEach(r -> referralByCase.putIfAbsent(r.caseId(), r));
        Map<Long, LocalDate> lastSeen = lastSeen();
        Set<Long> onPlanAtEnd = facts.plans().stream().filter(p -> openAtEnd(p.startedOn(), p.endedOn()))
                .map(CpPlanFact::childId).collect(Collectors.toSet());
        Set<Long> onCinPlanAtEnd = facts.cinPlans().stream()
                .filter(p -> openAtEnd(p.cinpCinPlanStartDate(), p.cinpCinPlanEndDate()))
                .map(SsdCinPlan::cinpPersonId).collect(Collectors.toSet());
        Set<Long> assessedAtEnd = facts.assessments().stream()
                .filter(a -> openAtEnd(a.startedOn(), a.authorisedOn()))
                .map(AssessmentFact::childId).collect(Collectors.toSet());

        List<List<Object>> rows = new ArrayList<>();
        latest.values().stream()
                .sorted(Comparator.comparing(CaseFact::openedAt).thenComparing(CaseFact::childId))
                .forEach(c -> {
                    ReferralFact referral = referralByCase.get(c.caseId());
                    LocalDate start = referral == null ? london(c.openedAt()) : london(referral.referralAt());
                    LocalDate closed = c.closedAt() == null ? null : onOrBeforeEnd(london(c.closedAt()));
                    String status = closed != null ? "Closed episode"
                            : onPlanAtEnd.contains(c.childId()) ? "Child protection plan"
                            : onCinPlanAtEnd.contains(c.childId()) ? "Child in need plan"
                            : assessedAtEnd.contains(c.childId()) ? "Open assessment"
                            : "Open episode";
                    rows.add(row(child(c.childId(), period.end(), true), start,
                            referral == null ? null : referral.primaryNeed(), lastSeen.get(c.childId()), closed,
                            closed == null ? null : c.closureReason(), status, team(c.teamId()),
                            worker(c.allocatedWorkerId())));
                });
        return new AnnexASheet(SHEET_6, AnnexAColumns.LIST_6, rows);
    }

    /**
     * List 7: every child protection plan open at any point in the period, with the last statutory visit, the latest
     * review conference and how many plans the child had before. "Subject to Emergency Protection Order or Protected
     * Under Police Powers in Last Six Months": Y when an emergency protection order was made or police protection
     * taken for the child (Children Act 1989 ss44, 46) in the six months up to the plan's end, or up to the end of the
     * period for a plan still open then (the row's own date); police protection still in force in those six months
     * counts too. "Other" emergency action does not count. N otherwise; blank for an imported plan with none recorded,
     * since the SSD files Safeguard imports carry no legal status history (ssd_legal_status) to say N.
     */
    AnnexASheet childProtection() {
        Map<Long, CpVisitFact> lastVisit = new HashMap<>();
        facts.cpVisits().stream().filter(v -> !london(v.visitedAt()).isAfter(period.end()))
                .forEach(v -> lastVisit.merge(v.planId(), v, (a, b) -> b.visitedAt().isAfter(a.visitedAt()) ? b : a));
        Map<Long, LocalDate> lastReview = new HashMap<>();
        facts.conferences().stream()
                .filter(c -> "REVIEW".equals(c.kind()) && c.planId() != null && c.heldOn() != null
                        && !c.heldOn().isAfter(period.end()))
                .forEach(c -> lastReview.merge(c.planId(), c.heldOn(), (a, b) -> b.isAfter(a) ? b : a));

        Map<Long, List<EmergencyActionFact>> emergencies = new HashMap<>();
        facts.emergencyActions().stream().filter(e -> EMERGENCY_PROTECTION.contains(e.actionType()))
                .forEach(e -> emergencies.computeIfAbsent(e.childId(), k -> new ArrayList<>()).add(e));

        List<List<Object>> rows = new ArrayList<>();
        facts.plans().stream()
                .filter(p -> !p.startedOn().isAfter(period.end())
                        && (p.endedOn() == null || !p.endedOn().isBefore(period.start())))
                .sorted(Comparator.comparing(CpPlanFact::startedOn).thenComparing(CpPlanFact::childId))
                .forEach(p -> {
                    CpVisitFact visit = lastVisit.get(p.planId());
                    String seenAlone = visit == null ? null
                            : !visit.seen() ? "No" : visit.seenAlone() == null ? "Unknown" : yesNo(visit.seenAlone());
                    rows.add(row(child(p.childId(), period.end(), true), p.startedOn(), p.initialCategory(),
                            p.latestCategory(), visit == null ? null : london(visit.visitedAt()), seenAlone,
                            lastReview.get(p.planId()), onOrBeforeEnd(p.endedOn()), emergencyProtection(p, emergencies),
                            p.previousPlans(),
                            team(p.teamId()), worker(p.leadSocialWorkerId())));
                });
        return new AnnexASheet(SHEET_7, AnnexAColumns.LIST_7, rows);
    }

    /** List 7's Y/N (see {@link #childProtection()}): the six months up to the plan's end, or the period's end. */
    private String emergencyProtection(CpPlanFact plan, Map<Long, List<EmergencyActionFact>> byChild) {
        LocalDate ended = onOrBeforeEnd(plan.endedOn());
        LocalDate upTo = ended != null ? ended : period.end();
        LocalDate from = sixMonthsBefore(upTo);
        boolean protectedThen = byChild.getOrDefault(plan.childId(), List.of()).stream().anyMatch(e -> {
            LocalDate taken = london(e.takenAt());
            LocalDate policeEnded = london(e.policeProtectionEndedAt());
            return !taken.isAfter(upTo) && (!taken.isBefore(from) || policeEnded != null && !policeEnded.isBefore(from));
        });
        return protectedThen ? "Y" : plan.imported() ? null : "N";
    }

    /** The first day of the six months up to and including {@code day}: 1 Jun for 30 Nov. */
    public static LocalDate sixMonthsBefore(LocalDate day) {
        return day.plusDays(1).minusMonths(6);
    }

    /** The last day each child was seen on a CIN or CP visit, up to the end of the period. */
    private Map<Long, LocalDate> lastSeen() {
        Map<Long, LocalDate> seen = new HashMap<>();
        for (SsdCinVisit v : facts.cinVisits()) {
            LocalDate on = v.cinvCinVisitDate().toLocalDate();
            if ("Yes".equals(v.cinvCinVisitSeen()) && !on.isAfter(period.end())) {
                seen.merge(v.cinvPersonId(), on, (a, b) -> b.isAfter(a) ? b : a);
            }
        }
        for (CpVisitFact v : facts.cpVisits()) {
            LocalDate on = london(v.visitedAt());
            if (v.seen() && !on.isAfter(period.end())) {
                seen.merge(v.childId(), on, (a, b) -> b.isAfter(a) ? b : a);
            }
        }
        return seen;
    }

    /** The child's columns: id, gender, ethnicity, date of birth, age at {@code on}, and the disability flag. */
    private List<Object> child(long childId, LocalDate on, boolean withDisability) {
        ChildCharacteristics c = facts.children().get(childId);
        List<Object> cells = new ArrayList<>(Arrays.asList(String.valueOf(childId),
                c == null ? null : gender(c), c == null ? null : c.ethnicity(), c == null ? null : c.dateOfBirth(),
                c == null ? null : age(c.dateOfBirth(), on)));
        if (withDisability) {
            cells.add(c == null ? null : disability(c.disabilities()));
        }
        return cells;
    }

    /** Whole years on {@code on}; blank for an unborn child or one with no date of birth. */
    static Integer age(LocalDate dateOfBirth, LocalDate on) {
        if (dateOfBirth == null || on == null || dateOfBirth.isAfter(on)) {
            return null;
        }
        return Period.between(dateOfBirth, on).getYears();
    }

    /**
     * Annex A "Gender": Male, Female, or Not stated/recorded. Gender (ref_gender 1/2/9) where recorded, else the
     * CIN census sex (M/F/U, or ref_sex 1/2).
     */
    static String gender(ChildCharacteristics c) {
        String g = c.gender() != null && !"0".equals(c.gender()) ? c.gender() : c.sex();
        if (g == null) {
            return "Not stated/recorded";
        }
        return switch (g) {
            case "1", "M" -> "Male";
            case "2", "F" -> "Female";
            default -> "Not stated/recorded";
        };
    }

    /** Yes when any CIN census disability code other than NONE is recorded, No for NONE, Unknown when none recorded. */
    static String disability(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return "Unknown";
        }
        return codes.stream().anyMatch(code -> !"NONE".equals(code)) ? "Yes" : "No";
    }

    private LocalDate enquiryStart(Section47Fact s) {
        // SSD S47E004A: the date of the strategy discussion at which the enquiry was initiated
        return s.strategyDiscussionAt() != null ? london(s.strategyDiscussionAt()) : s.startedOn();
    }

    private static LocalDate conferenceDate(ConferenceFact c) {
        return c.heldOn() != null ? c.heldOn() : london(c.scheduledAt());
    }

    private boolean openAtEnd(LocalDate start, LocalDate end) {
        return start != null && !start.isAfter(period.end()) && (end == null || end.isAfter(period.end()));
    }

    /** A date after the end of the period had not happened yet as the period ends: blank. */
    private LocalDate onOrBeforeEnd(LocalDate date) {
        return date == null || date.isAfter(period.end()) ? null : date;
    }

    private static <T> Map<Long, List<LocalDate>> datesByChild(List<T> items, java.util.function.Function<T, Long> child,
                                                               java.util.function.Function<T, LocalDate> date) {
        Map<Long, List<LocalDate>> byChild = new HashMap<>();
        for (T item : items) {
            LocalDate d = date.apply(item);
            if (d != null) {
                byChild.computeIfAbsent(child.apply(item), k -> new ArrayList<>()).add(d);
            }
        }
        return byChild;
    }

    private static long countWithinYearUpTo(List<LocalDate> dates, LocalDate upTo) {
        return dates == null ? 0 : dates.stream().filter(d -> AnnexAPeriod.withinTwelveMonthsUpTo(upTo, d)).count();
    }

    private String team(Long id) {
        return id == null ? null : facts.teams().get(id);
    }

    private String worker(Long id) {
        return id == null ? null : facts.workers().get(id);
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    private static LocalDate london(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, TimeConfiguration.LONDON);
    }

    private static List<Object> row(List<Object> child, Object... rest) {
        List<Object> cells = new ArrayList<>(child);
        cells.addAll(Arrays.asList(rest));
        return cells;
    }
}
