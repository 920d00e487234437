package uk.safeguard.returns.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.access.StaffFacts;
import uk.safeguard.access.Team;
import uk.safeguard.assessment.AssessmentFacts;
import uk.safeguard.assessment.AssessmentFacts.AssessmentFact;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.childinneed.ChildInNeedReports;
import uk.safeguard.childinneed.ChildInNeedReports.SsdCinPlan;
import uk.safeguard.childinneed.ChildInNeedReports.SsdCinVisit;
import uk.safeguard.conference.ConferenceFacts;
import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.conference.ConferenceFacts.CpVisitFact;
import uk.safeguard.frontdoor.FrontDoorFacts;
import uk.safeguard.frontdoor.FrontDoorFacts.ContactFact;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.people.ChildFacts;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.protection.ProtectionFacts;
import uk.safeguard.protection.ProtectionFacts.EmergencyActionFact;
import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.work.WorkFacts;
import uk.safeguard.work.WorkFacts.CaseFact;

/**
 * The Ofsted Annex A return: who may produce it, the facts it is built from (loaded once per list by date range) and
 * the record of each download. It names children, so only team managers and performance analysts may produce it
 * (child-level lists, issue 7); anyone else is refused and the refusal logged.
 */
@Service
public class AnnexAReturns {
    static final String WHAT = "Annex A return";

    private final FrontDoorFacts frontDoor;
    private final WorkFacts work;
    private final AssessmentFacts assessments;
    private final ProtectionFacts protection;
    private final ConferenceFacts conferences;
    private final ChildInNeedReports childInNeed;
    private final ChildFacts children;
    private final StaffFacts staff;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    public AnnexAReturns(FrontDoorFacts frontDoor, WorkFacts work, AssessmentFacts assessments,
                         ProtectionFacts protection, ConferenceFacts conferences, ChildInNeedReports childInNeed,
                         ChildFacts children, StaffFacts staff, AuditTrail audit, Clock clock,
                         PlatformTransactionManager transactions) {
        this.frontDoor = frontDoor;
        this.work = work;
        this.assessments = assessments;
        this.protection = protection;
        this.conferences = conferences;
        this.childInNeed = childInNeed;
        this.children = children;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
        // one read-only transaction for all the lists, so they agree with each other
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** A built return, ready to write: the period, the lists and how many children they name. */
    public record AnnexA(AnnexAPeriod period, List<AnnexASheet> sheets, int children) {
        public String fileName() {
            return period.fileName();
        }
    }

    /** Today in London, the default end of the period. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
    }

    /** Refuses (logged, 403) anyone but a team manager or a performance analyst. */
    public void requireMayProduce(CurrentUser me) {
        if (me.role() != Role.TEAM_MANAGER && me.role() != Role.PERFORMANCE_ANALYST) {
            throw audit.refuse(me.asActor(), null, WHAT,
                    "The Annex A return names children: only team managers and performance analysts may produce it.");
        }
    }

    /**
     * Builds the six lists for the period ending on {@code end} (today when null) and records the download: a view
     * of each child it names, and one audit event naming the return, the period and how many children.
     */
    public AnnexA build(CurrentUser me, LocalDate end, Integer months) {
        requireMayProduce(me);
        AnnexAPeriod period = AnnexAPeriod.of(end == null ? today() : end, months);
        List<AnnexASheet> sheets = AnnexALists.build(period, readOnly.execute(t -> load(period)));
        var childrenNamed = AnnexALists.childrenNamed(sheets);
        int named = childrenNamed.size();
        audit.recordViews(me.asActor(), childrenNamed, "Annex A return " + period.start() + " to " + period.end());
        audit.recordChange(me.asActor(), null, Change.of("annex-a-return", period.start() + ".." + period.end(),
                        "RETURN_DOWNLOADED", "Annex A return for " + period.start() + " to " + period.end()
                                + " downloaded: " + named + " children named")
                .withValues(null, Map.of("return", "Ofsted Annex A", "from", period.start().toString(),
                        "to", period.end().toString(), "months", period.months(), "children", named)));
        return new AnnexA(period, sheets, named);
    }

    private static java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay(TimeConfiguration.LONDON).toInstant();
    }

    /** One query per kind of fact, each bounded by the period (and the 12 months before it for the counts). */
    AnnexAFacts load(AnnexAPeriod period) {
        LocalDate from = period.start();
        LocalDate to = period.end();
        LocalDate lookBack = period.lookBackStart();
        List<CaseFact> cases = work.cases(from, to);
        // list 6 reads the primary need from the referral that opened each episode, however long ago
        LocalDate referralsFrom = cases.stream().map(c -> LocalDate.ofInstant(c.openedAt(), TimeConfiguration.LONDON))
                .filter(d -> d.isBefore(lookBack)).min(LocalDate::compareTo).orElse(lookBack);
        List<ContactFact> contacts = frontDoor.contacts(from, to);
        List<ReferralFact> referrals = frontDoor.referrals(referralsFrom, to);
        List<AssessmentFact> assessed = assessments.assessments(from, to);
        List<Section47Fact> enquiries = protection.section47Enquiries(lookBack, to);
        List<ConferenceFact> held = conferences.conferences(lookBack, to);
        List<CpPlanFact> plans = conferences.plans(from, to);
        List<CpVisitFact> cpVisits = conferences.visits(from, to);
        List<SsdCinPlan> cinPlans = childInNeed.plansOpenIn(from, to);
        List<SsdCinVisit> cinVisits = childInNeed.visitsIn(from, to);
        // list 7: emergency protection in the six months before a plan's end or the period's end
        List<EmergencyActionFact> emergencyActions = protection.emergencyActions(AnnexALists.sixMonthsBefore(from), to);

        // characteristics only for the children the lists can name (not everyone in the look-back)
        Set<Long> childIds = new HashSet<>();
        contacts.forEach(c -> childIds.add(c.childId()));
        referrals.stream().filter(r -> !r.referralAt().isBefore(startOf(from))).forEach(r -> childIds.add(r.childId()));
        assessed.forEach(a -> childIds.add(a.childId()));
        enquiries.stream().filter(e -> e.startedOn() == null || !e.startedOn().isBefore(from)
                        || e.strategyDiscussionAt() != null && !e.strategyDiscussionAt().isBefore(startOf(from)))
                .forEach(e -> childIds.add(e.childId()));
        plans.forEach(p -> childIds.add(p.childId()));
        cases.forEach(c -> childIds.add(c.childId()));

        Map<Long, String> workers = new HashMap<>();
        staff.staff().forEach(s -> workers.put(s.userId(), s.displayName()));
        Map<Long, String> teams = new HashMap<>();
        for (Team t : staff.teams()) {
            teams.put(t.id(), t.name());
        }
        return new AnnexAFacts(contacts, referrals, assessed, enquiries, held, plans, cpVisits, cases, cinPlans,
                cinVisits, children.characteristics(childIds), workers, teams, emergencyActions);
    }
}
