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
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.calendar.WorkingDayCalendar;
import uk.safeguard.childinneed.ChildInNeedReports;
import uk.safeguard.conference.ConferenceFacts;
import uk.safeguard.frontdoor.FrontDoorFacts;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.people.ChildFacts;
import uk.safeguard.protection.ProtectionFacts;
import uk.safeguard.returns.internal.CinCensusBuilder;
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
        return CinCensusBuilder.build(year, load(year, id -> true), calendar.snapshot());
    }

    /** One child's census record for the year (for the checks shown at data entry), or null when not in the census. */
    public CinCensusChild child(CinCensusYear year, long childId) {
        List<CinCensusChild> one = CinCensusBuilder.build(year, load(year, id -> id == childId), calendar.snapshot());
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

    private CinCensusBuilder.Facts load(CinCensusYear year, Predicate<Long> child) {
        if (!factsAvailable()) {
            throw new IllegalStateException("The CIN census needs the facts APIs of the front door, work and people "
                    + "modules, and one of them is not available.");
        }
        LocalDate from = year.start();
        LocalDate to = year.end();
        List<CaseFact> cases = work.getObject().cases(from, to).stream().filter(c -> child.test(c.childId())).toList();
        // Referrals back to the earliest case still open in the year, so each episode has its referral.
        LocalDate earliest = cases.stream().filter(c -> c.openedAt() != null)
                .map(c -> c.openedAt().atZone(uk.safeguard.platform.TimeConfiguration.LONDON).toLocalDate())
                .min(Comparator.naturalOrder()).filter(d -> d.isBefore(from)).orElse(from);
        Set<Long> caseIds = new HashSet<>();
        cases.forEach(c -> caseIds.add(c.caseId()));
        List<ReferralFact> referrals = frontDoor.getObject().referrals(earliest.minusDays(1), to).stream()
                .filter(r -> child.test(r.childId()))
                .filter(r -> r.referralAt() != null)
                .filter(r -> year.contains(r.referralAt().atZone(uk.safeguard.platform.TimeConfiguration.LONDON).toLocalDate())
                        || (r.caseId() != null && caseIds.contains(r.caseId())))
                .toList();
        Set<Long> scope = CinCensusBuilder.childrenInScope(year, referrals, cases);
        Predicate<Long> inScope = id -> scope.contains(id);
        AssessmentFacts a = assessments.getIfAvailable();
        ProtectionFacts p = protection.getIfAvailable();
        ConferenceFacts c = conferences.getIfAvailable();
        return new CinCensusBuilder.Facts(referrals, cases,
                a == null ? List.of() : a.assessments(from, to).stream().filter(x -> inScope.test(x.childId())).toList(),
                childInNeed.plansOpenIn(from, to).stream().filter(x -> inScope.test(x.cinpPersonId())).toList(),
                p == null ? List.of() : p.section47Enquiries(from, to).stream().filter(x -> inScope.test(x.childId())).toList(),
                c == null ? List.of() : c.conferences(from, to).stream().filter(x -> inScope.test(x.childId())).toList(),
                c == null ? List.of() : c.plans(from, to).stream().filter(x -> inScope.test(x.childId())).toList(),
                scope.isEmpty() ? Map.of() : people.getObject().characteristics(scope));
    }
}
