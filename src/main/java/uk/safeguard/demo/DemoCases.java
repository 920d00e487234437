package uk.safeguard.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.DemoMode;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.calendar.WorkingDayCalendar;
import uk.safeguard.clock.ClockEvents;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.people.DemoFamilies;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.work.CaseKind;
import uk.safeguard.work.CaseWork;

/**
 * Demo mode only, once: a few open cases on the synthetic demo children, with the events that start their
 * clocks placed relative to the first start, so that the work trays show red, amber and green items and the
 * child's page has a chronology. All people and events are synthetic.
 */
@Component
@Order(20)
public class DemoCases implements ApplicationRunner {
    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final DemoFamilies families;
    private final UserDirectory users;
    private final CaseWork work;
    private final StatutoryClocks clocks;
    private final ChildAccess access;
    private final AuditTrail audit;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public DemoCases(DemoMode demo, JdbcClient jdbc, DemoFamilies families, UserDirectory users, CaseWork work,
                     StatutoryClocks clocks, ChildAccess access, AuditTrail audit, WorkingDayCalendar calendar, Clock clock) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.families = families;
        this.users = users;
        this.work = work;
        this.clocks = clocks;
        this.access = access;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.sql("select exists (select 1 from demo_cases_marker)").query(Boolean.class).single()) {
            return;
        }
        jdbc.sql("insert into demo_cases_marker(loaded_at) values (?)").param(Timestamp.from(clock.instant())).update();
        CurrentUser worker = user("social-worker");
        CurrentUser manager = user("team-manager");
        CurrentUser contactOfficer = user("contact-officer");
        CurrentUser earlyHelp = user("early-help-practitioner");
        long police = users.agencyByCode("POLICE").orElseThrow().id();
        long health = users.agencyByCode("HEALTH").orElseThrow().id();
        long school = users.agencyByCode("SCHOOL-OAK").orElseThrow().id();

        // Assessment nearly due: referred 41 working days ago, so the 45-day assessment falls due in 4 (green).
        long child = firstChild(1);
        LocalDate referred = workingDaysAgo(41);
        referral(child, referred, "Oakfield Primary School", "concerns about neglect: often hungry, poor attendance", worker, manager);
        access.linkAgency(child, school, ChildAccess.AgencyLink.REFERRED);
        work.openCase(manager.asActor(), child, CaseKind.CHILD_IN_NEED, at(referred, 11), worker.id(), worker.teamId());

        // Conference overdue: the strategy discussion that began the section 47 enquiry was 17 working days ago (red).
        child = firstChild(2);
        LocalDate strategy = workingDaysAgo(17);
        referral(child, workingDaysAgo(18), "Riverford Police", "domestic abuse incident at the home; child present", worker, manager);
        event(child, worker, ClockEvents.STRATEGY_DISCUSSION_S47_STARTED, at(strategy, 14), "sd-demo-2",
                "Strategy discussion (children's social care, police, health): section 47 enquiry started");
        access.linkAgency(child, police, ChildAccess.AgencyLink.REFERRED);
        access.linkAgency(child, health, ChildAccess.AgencyLink.INVOLVED);
        work.openCase(manager.asActor(), child, CaseKind.CHILD_PROTECTION, at(strategy, 15), worker.id(), worker.teamId());

        // On a child protection plan: a visit is due tomorrow (amber); the first review falls due in about a fortnight.
        child = firstChild(3);
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
        // conferences sit on working days: the next one on or after the day three months ago plus a fortnight
        LocalDate conference = calendar.addWorkingDays(today.minusMonths(3).plusDays(13), 1);
        event(child, manager, ClockEvents.STRATEGY_DISCUSSION_S47_STARTED, at(calendar.addWorkingDays(conference, -12), 10), "sd-demo-3",
                "Strategy discussion: section 47 enquiry started");
        event(child, manager, ClockEvents.ICPC_HELD, at(conference, 10), "sd-demo-3",
                "Initial child protection conference: child protection plan, category neglect");
        event(child, manager, ClockEvents.CP_PLAN_STARTED, at(conference, 10), "plan-demo-3", "Child protection plan started (neglect)");
        event(child, worker, ClockEvents.CORE_GROUP_MET, at(calendar.addWorkingDays(conference, 8), 13), "plan-demo-3",
                "First core group meeting");
        // visits every 9 working days since the plan began, the last one 9 working days ago
        LocalDate lastVisit = workingDaysAgo(9);
        for (LocalDate visit = calendar.addWorkingDays(conference, 9); visit.isBefore(lastVisit);
             visit = calendar.addWorkingDays(visit, 9)) {
            event(child, worker, ClockEvents.CP_VISIT, at(visit, 16), "plan-demo-3", "Child protection visit: child seen");
        }
        event(child, worker, ClockEvents.CP_VISIT, at(lastVisit, 16), "plan-demo-3",
                "Child protection visit: child seen, and seen alone");
        access.linkAgency(child, police, ChildAccess.AgencyLink.INVOLVED);
        access.linkAgency(child, health, ChildAccess.AgencyLink.INVOLVED);
        access.linkAgency(child, school, ChildAccess.AgencyLink.INVOLVED);
        work.openCase(manager.asActor(), child, CaseKind.CHILD_PROTECTION, at(conference, 11), worker.id(), worker.teamId());

        // A contact in the MASH 20 hours ago: the 24-hour decision is due in four hours.
        child = firstChild(4);
        Instant contact = clock.instant().minus(Duration.ofHours(20));
        event(child, contactOfficer, ClockEvents.CONTACT_RECEIVED, contact, "contact-demo-4",
                "Contact from Riverford Community Health NHS Trust (health visitor): bruising noticed at a home visit");
        access.linkAgency(child, health, ChildAccess.AgencyLink.REFERRED);
        work.openCase(contactOfficer.asActor(), child, CaseKind.CONTACT, contact, contactOfficer.id(), contactOfficer.teamId());

        // Passed to early help (CHAT) two days ago: the 72-hour target is due tomorrow.
        child = firstChild(5);
        Instant passed = clock.instant().minus(Duration.ofHours(50));
        event(child, earlyHelp, ClockEvents.CONTACT_PASSED_TO_EARLY_HELP, passed, "contact-demo-5",
                "Contact passed to early help at level 2: family asking for parenting support");
        work.openCase(earlyHelp.asActor(), child, CaseKind.EARLY_HELP, passed, earlyHelp.id(), earlyHelp.teamId());

        // A restricted record: a member of staff's own family, visible only to the named users.
        child = firstChild(6);
        referral(child, workingDaysAgo(6), "Riverford Police", "concerns raised about a family member", worker, manager);
        work.openCase(manager.asActor(), child, CaseKind.CHILD_IN_NEED, at(workingDaysAgo(6), 12), worker.id(), worker.teamId());
        access.restrict(manager, child, "A member of staff's own family", List.of(worker.id()));
        audit.recordChange(manager.asActor(), child, Change.of("restriction", child, "RECORD_RESTRICTED",
                "Record restricted to team-manager, social-worker: a member of staff's own family"));
    }

    /** A referral acknowledged and decided the next working day (WT2023 para 153: within one working day). */
    private void referral(long child, LocalDate received, String from, String concern, CurrentUser worker, CurrentUser manager) {
        String reference = "referral-demo-" + child;
        event(child, worker, ClockEvents.REFERRAL_RECEIVED, at(received, 10), reference, "Referral received from " + from + ": " + concern);
        LocalDate next = calendar.addWorkingDays(received, 1);
        event(child, worker, ClockEvents.REFERRER_ACKNOWLEDGED, at(next, 9), reference, "Referrer acknowledged");
        event(child, manager, ClockEvents.REFERRAL_DECISION_MADE, at(next, 12), reference,
                "Manager's decision: child and family assessment under section 17");
    }

    private void event(long child, CurrentUser by, String type, Instant at, String reference, String summary) {
        clocks.recordEvent(by.asActor(), child, type, at, reference);
        audit.recordChange(by.asActor(), child, at, Change.of("clock_event", reference, type, summary));
    }

    private long firstChild(int family) {
        return families.family(family).stream().filter(m -> m.role().equals("child"))
                .findFirst().orElseThrow(() -> new IllegalStateException("demo family " + family + " has no child"))
                .personId();
    }

    private LocalDate workingDaysAgo(int days) {
        return calendar.addWorkingDays(LocalDate.now(clock.withZone(TimeConfiguration.LONDON)), -days);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(TimeConfiguration.LONDON).toInstant();
    }

    private CurrentUser user(String username) {
        return users.findByUsername(username).orElseThrow(() -> new IllegalStateException("no demo user " + username));
    }
}
