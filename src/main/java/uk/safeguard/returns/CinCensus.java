package uk.safeguard.returns;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.access.StaffFacts;
import uk.safeguard.assessment.AssessmentFacts;
import uk.safeguard.assessment.AssessmentFacts.AssessmentFact;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.calendar.WorkingDayCalendar;
import uk.safeguard.childinneed.ChildInNeedReports;
import uk.safeguard.childinneed.ChildInNeedReports.SsdCinPlan;
import uk.safeguard.conference.ConferenceFacts;
import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.frontdoor.FrontDoorFacts;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.people.ChildFacts;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.protection.ProtectionFacts;
import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.returns.internal.CinCensusBuilder;
import uk.safeguard.returns.internal.CinCensusWindow;
import uk.safeguard.returns.internal.CinCensusXmlWriter;
import uk.safeguard.work.WorkFacts;
import uk.safeguard.work.WorkFacts.CaseFact;

/**
 * The DfE children in need census: the children for a collection year built from every module's facts (loaded once
 * for the year), the XML return, and its validation against the DfE rules ({@link CinCensusRules}). The return names
 * children, so only team managers and performance analysts may see it (issue 7 brief); each child in a download or
 * the report is logged as a view of their record.
 */
@Service
public class CinCensus {
    private final ObjectProvider<FrontDoorFacts> frontDoor;
    private final ObjectProvider<WorkFacts> work;
    private final ObjectProvider<AssessmentFacts> assessments;
    private final ObjectProvider<ProtectionFacts> protection;
    private final ObjectProvider<ConferenceFacts> conferences;
    private final ObjectProvider<ChildFacts> people;
    private final ObjectProvider<StaffFacts> staff;
    private final ChildInNeedReports childInNeed;
    private final WorkingDayCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;
    private final String laCode;

    public CinCensus(ObjectProvider<FrontDoorFacts> frontDoor, ObjectProvider<WorkFacts> work,
                     ObjectProvider<AssessmentFacts> assessments, ObjectProvider<ProtectionFacts> protection,
                     ObjectProvider<ConferenceFacts> conferences, ObjectProvider<ChildFacts> people,
                     ObjectProvider<StaffFacts> staff, ChildInNeedReports childInNeed, WorkingDayCalendar calendar,
                     AuditTrail audit, Clock clock,
                     // A synthetic three-digit LEA code until an authority configures its own.
                     @Value("${safeguard.returns.la-code:990}") String laCode) {
        this.frontDoor = frontDoor;
        this.work = work;
        this.assessments = assessments;
        this.protection = protection;
        this.conferences = conferences;
        this.people = people;
        this.staff = staff;
        this.childInNeed = childInNeed;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
        this.laCode = laCode;
    }

    /** The collection year today falls in. */
    public CinCensusYear currentYear() {
        return CinCensusYear.containing(LocalDate.now(clock));
    }

    /** Team managers and performance analysts only: the return lists children by name and id. */
    public void requireAccess(CurrentUser me, CinCensusYear year) {
        if (me.role() != Role.TEAM_MANAGER && me.role() != Role.PERFORMANCE_ANALYST) {
            throw audit.refuse(me.asActor(), null, "CIN census " + year.label(),
                    "Only team managers and performance analysts may see the CIN census: it names children.");
        }
    }

    /** Writes the year's XML return; every child in it is logged as viewed by {@code me}. */
    public void writeXml(CurrentUser me, CinCensusYear year, OutputStream out) {
        requireAccess(me, year);
        List<CinCensusChild> children = children(year);
        audit.recordViews(me.asActor(), children.stream().map(CinCensusChild::childId).toList(),
                "CIN census " + year.label() + " (XML return)");
        CinCensusXmlWriter.write(header(year), children.iterator(), out);
    }

    public CinCensusHeader header(CinCensusYear year) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        return CinCensusHeader.forYear(year, laCode, "001", now);
    }

    /** The validation report; the children listed (those with findings) are logged as viewed by {@code me}. */
    public CinCensusReport report(CurrentUser me, CinCensusYear year) {
        requireAccess(me, year);
        List<CinCensusChild> children = children(year);
        CinCensusRule.Context context = new CinCensusRule.Context(year, calendar.snapshot());
        Map<Long, String> names = staffNames();
        List<CinCensusReport.ChildFindings> withFindings = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        CinCensusRules.all().forEach(r -> counts.put(r.code(), new int[1]));
        int errors = 0;
        int queries = 0;
        for (CinCensusChild child : children) {
            List<CinCensusFinding> findings = CinCensusRules.check(child, context);
            if (findings.isEmpty()) {
                continue;
            }
            List<CinCensusReport.Line> lines = new ArrayList<>();
            for (CinCensusFinding f : findings) {
                counts.get(f.rule())[0]++;
                if (f.error()) {
                    errors++;
                } else {
                    queries++;
                }
                lines.add(new CinCensusReport.Line(f.rule(), f.message(), f.error(), f.items(), f.subject(), f.href(),
                        f.workerId(), f.workerId() == null ? null : names.getOrDefault(f.workerId(), "user " + f.workerId())));
            }
            withFindings.add(new CinCensusReport.ChildFindings(child.childId(), child.name(), lines));
        }
        List<CinCensusReport.RuleCount> ruleCounts = CinCensusRules.all().stream()
                .filter(r -> counts.get(r.code())[0] > 0)
                .map(r -> new CinCensusReport.RuleCount(r.code(), r.message(), r.error(), counts.get(r.code())[0]))
                .sorted(Comparator.comparingInt(CinCensusReport.RuleCount::count).reversed())
                .toList();
        audit.recordViews(me.asActor(), withFindings.stream().map(CinCensusReport.ChildFindings::childId).toList(),
                "CIN census " + year.label() + " (validation report)");
        return new CinCensusReport(year.year(), year.label(), children.size(), errors, queries, withFindings, ruleCounts);
    }

    /** The census children for a year: every fact loaded once for the year window, assembled in memory. */
    public List<CinCensusChild> children(CinCensusYear year) {
        CinCensusBuilder.Facts facts = load(year, new WholeAuthority());
        return facts == null ? List.of() : CinCensusBuilder.build(year, facts, calendar.snapshot());
    }

    /**
     * One child's census record for the year (for the checks shown at data entry and on the child's page), or null when
     * not in the census. Only that child's facts are read (per-child reads, then the year window the range reads apply),
     * and the same builder assembles them, so the record is the one {@link #children} gives for that child.
     */
    public CinCensusChild child(CinCensusYear year, long childId) {
        CinCensusBuilder.Facts facts = load(year, new OneChild(childId));
        List<CinCensusChild> one = facts == null ? List.of() : CinCensusBuilder.build(year, facts, calendar.snapshot());
        return one.isEmpty() ? null : one.get(0);
    }

    /** Every rule the child's record breaks for the year. */
    public List<CinCensusFinding> check(CinCensusYear year, long childId) {
        CinCensusChild child = child(year, childId);
        return child == null ? List.of() : CinCensusRules.check(child, new CinCensusRule.Context(year, calendar.snapshot()));
    }

    /** Whether every facts API the census reads is present (they are implemented by the modules that own the data). */
    public boolean factsAvailable() {
        // Referrals, cases and the children's details are needed; a module whose facts are missing adds nothing.
        return frontDoor.getIfAvailable() != null && work.getIfAvailable() != null && people.getIfAvailable() != null;
    }

    public Map<Long, String> staffNames() {
        Map<Long, String> names = new HashMap<>();
        StaffFacts s = staff.getIfAvailable();
        if (s != null) {
            s.staff().forEach(m -> names.put(m.userId(), m.displayName()));
        }
        return names;
    }

    /**
     * The year's facts from {@code reads}: cases open in the year, their referrals (back to the earliest case still open
     * in the year, so each episode has its referral) and the referrals in the year, then the other facts of the children
     * in scope. Null when no child is in scope (nothing more is read).
     */
    private CinCensusBuilder.Facts load(CinCensusYear year, Reads reads) {
        if (!factsAvailable()) {
            throw new IllegalStateException("The CIN census needs the facts APIs of the front door, work and people "
                    + "modules, and one of them is not available.");
        }
        LocalDate from = year.start();
        LocalDate to = year.end();
        List<CaseFact> cases = reads.cases(from, to);
        LocalDate earliest = cases.stream().filter(c -> c.openedAt() != null)
                .map(c -> c.openedAt().atZone(TimeConfiguration.LONDON).toLocalDate())
                .min(Comparator.naturalOrder()).filter(d -> d.isBefore(from)).orElse(from);
        Set<Long> caseIds = new HashSet<>();
        cases.forEach(c -> caseIds.add(c.caseId()));
        List<ReferralFact> referrals = reads.referrals(earliest.minusDays(1), to).stream()
                .filter(r -> r.referralAt() != null)
                .filter(r -> year.contains(r.referralAt().atZone(TimeConfiguration.LONDON).toLocalDate())
                        || (r.caseId() != null && caseIds.contains(r.caseId())))
                .toList();
        Set<Long> scope = CinCensusBuilder.childrenInScope(year, referrals, cases);
        if (scope.isEmpty()) {
            return null;
        }
        Predicate<Long> inScope = scope::contains;
        return new CinCensusBuilder.Facts(referrals, cases,
                reads.assessments(from, to).stream().filter(x -> inScope.test(x.childId())).toList(),
                reads.cinPlans(from, to).stream().filter(x -> inScope.test(x.cinpPersonId())).toList(),
                reads.section47s(from, to).stream().filter(x -> inScope.test(x.childId())).toList(),
                reads.conferences(from, to).stream().filter(x -> inScope.test(x.childId())).toList(),
                reads.cpPlans(from, to).stream().filter(x -> inScope.test(x.childId())).toList(),
                people.getObject().characteristics(scope));
    }

    /** Where the facts for [from, to] come from; a module whose facts API is missing gives none. */
    private interface Reads {
        List<CaseFact> cases(LocalDate from, LocalDate to);

        List<ReferralFact> referrals(LocalDate from, LocalDate to);

        List<AssessmentFact> assessments(LocalDate from, LocalDate to);

        List<SsdCinPlan> cinPlans(LocalDate from, LocalDate to);

        List<Section47Fact> section47s(LocalDate from, LocalDate to);

        List<ConferenceFact> conferences(LocalDate from, LocalDate to);

        List<CpPlanFact> cpPlans(LocalDate from, LocalDate to);
    }

    /** The whole authority: each facts API's range read. */
    private final class WholeAuthority implements Reads {
        public List<CaseFact> cases(LocalDate from, LocalDate to) {
            return work.getObject().cases(from, to);
        }

        public List<ReferralFact> referrals(LocalDate from, LocalDate to) {
            return frontDoor.getObject().referrals(from, to);
        }

        public List<AssessmentFact> assessments(LocalDate from, LocalDate to) {
            AssessmentFacts a = assessments.getIfAvailable();
            return a == null ? List.of() : a.assessments(from, to);
        }

        public List<SsdCinPlan> cinPlans(LocalDate from, LocalDate to) {
            return childInNeed.plansOpenIn(from, to);
        }

        public List<Section47Fact> section47s(LocalDate from, LocalDate to) {
            ProtectionFacts p = protection.getIfAvailable();
            return p == null ? List.of() : p.section47Enquiries(from, to);
        }

        public List<ConferenceFact> conferences(LocalDate from, LocalDate to) {
            ConferenceFacts c = conferences.getIfAvailable();
            return c == null ? List.of() : c.conferences(from, to);
        }

        public List<CpPlanFact> cpPlans(LocalDate from, LocalDate to) {
            ConferenceFacts c = conferences.getIfAvailable();
            return c == null ? List.of() : c.plans(from, to);
        }
    }

    /**
     * One child: each facts API's per-child read (indexed by child), kept to [from, to] as the range read would keep it
     * ({@link CinCensusWindow}).
     */
    private final class OneChild implements Reads {
        private final long childId;

        OneChild(long childId) {
            this.childId = childId;
        }

        public List<CaseFact> cases(LocalDate from, LocalDate to) {
            CinCensusWindow w = new CinCensusWindow(from, to);
            return work.getObject().casesOf(childId).stream().filter(w::open).toList();
        }

        /**
         * Every referral of the child up to {@code to}: {@link #load} keeps those in the year or of a case open in it.
         * The whole-authority read starts at the authority's earliest open case only to bound the read, so it keeps the
         * same ones; from the child's own earliest case instead, a referral dated before its case opened would be lost.
         */
        public List<ReferralFact> referrals(LocalDate from, LocalDate to) {
            CinCensusWindow w = new CinCensusWindow(LocalDate.MIN, to);
            return frontDoor.getObject().referralsOf(childId).stream().filter(w::referred).toList();
        }

        public List<AssessmentFact> assessments(LocalDate from, LocalDate to) {
            AssessmentFacts a = assessments.getIfAvailable();
            CinCensusWindow w = new CinCensusWindow(from, to);
            return a == null ? List.of() : a.assessmentsOf(childId).stream().filter(w::touches).toList();
        }

        public List<SsdCinPlan> cinPlans(LocalDate from, LocalDate to) {
            CinCensusWindow w = new CinCensusWindow(from, to);
            return childInNeed.plansOf(childId).stream().filter(w::touches).toList();
        }

        public List<Section47Fact> section47s(LocalDate from, LocalDate to) {
            ProtectionFacts p = protection.getIfAvailable();
            CinCensusWindow w = new CinCensusWindow(from, to);
            return p == null ? List.of() : p.section47EnquiriesOf(childId).stream().filter(w::touches).toList();
        }

        public List<ConferenceFact> conferences(LocalDate from, LocalDate to) {
            ConferenceFacts c = conferences.getIfAvailable();
            CinCensusWindow w = new CinCensusWindow(from, to);
            return c == null ? List.of() : c.conferencesOf(childId).stream().filter(w::scheduledOrHeld).toList();
        }

        public List<CpPlanFact> cpPlans(LocalDate from, LocalDate to) {
            ConferenceFacts c = conferences.getIfAvailable();
            CinCensusWindow w = new CinCensusWindow(from, to);
            return c == null ? List.of() : c.plansOf(childId).stream().filter(w::touches).toList();
        }
    }
}
