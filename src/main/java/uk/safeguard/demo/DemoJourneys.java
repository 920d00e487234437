package uk.safeguard.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguard.access.AgencyType;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.DemoMode;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.assessment.Assessment;
import uk.safeguard.assessment.AssessmentOutcome;
import uk.safeguard.assessment.AssessmentParts;
import uk.safeguard.assessment.Assessments;
import uk.safeguard.assessment.Authorisation;
import uk.safeguard.assessment.NewChildSeen;
import uk.safeguard.assessment.StartAssessment;
import uk.safeguard.assessment.Submission;
import uk.safeguard.childinneed.ChildInNeedPlans;
import uk.safeguard.childinneed.CinPlan;
import uk.safeguard.childinneed.NewAction;
import uk.safeguard.childinneed.NewCinPlan;
import uk.safeguard.childinneed.NewVisit;
import uk.safeguard.conference.ChildProtectionPlans;
import uk.safeguard.conference.Conference;
import uk.safeguard.conference.ConferenceKind;
import uk.safeguard.conference.ConferenceOutcome;
import uk.safeguard.conference.CpPlan;
import uk.safeguard.conference.Conferences;
import uk.safeguard.conference.NewConference;
import uk.safeguard.conference.PlanChanges;
import uk.safeguard.frontdoor.AdultOnContact;
import uk.safeguard.frontdoor.Channel;
import uk.safeguard.frontdoor.ChildOnContact;
import uk.safeguard.frontdoor.ContactChild;
import uk.safeguard.frontdoor.ContactRecorded;
import uk.safeguard.frontdoor.Decision;
import uk.safeguard.frontdoor.DecisionRequest;
import uk.safeguard.frontdoor.FrontDoor;
import uk.safeguard.frontdoor.NewContact;
import uk.safeguard.frontdoor.NextStep;
import uk.safeguard.frontdoor.NextStepsRequest;
import uk.safeguard.frontdoor.Referrer;
import uk.safeguard.frontdoor.Screening;
import uk.safeguard.people.DemoFamilies;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.protection.CriminalInvestigation;
import uk.safeguard.protection.NewStrategyDiscussion;
import uk.safeguard.protection.ProtectionRequests.OutcomeRequest;
import uk.safeguard.protection.Section47Enquiries;
import uk.safeguard.protection.Section47Enquiry;
import uk.safeguard.protection.Section47NextStep;
import uk.safeguard.protection.Section47Outcome;
import uk.safeguard.protection.StrategyDiscussionFormat;
import uk.safeguard.protection.StrategyDiscussions;
import uk.safeguard.recording.AlertView;
import uk.safeguard.recording.Alerts;
import uk.safeguard.recording.Documents;
import uk.safeguard.recording.LabelType;
import uk.safeguard.recording.NewAlert;
import uk.safeguard.recording.NewContraryEvidence;
import uk.safeguard.recording.NewDocument;
import uk.safeguard.work.Allocations;
import uk.safeguard.work.CaseWork;
import uk.safeguard.work.NewCaseNote;
import uk.safeguard.work.NoteType;

/**
 * Demo mode only, once (marker table): one journey per capability, made through the public services so that each
 * step is audited, clocked and on the chronology — an allocation waiting for the social worker's agreement, a child in
 * need plan, a child protection journey from strategy discussion to plan, and an alert and a document. The first child
 * of demo families 10 to 12 (families 1 to 7 are used by the other demo loaders and the tests). Everything happens
 * "now", since the services refuse future dates and the front door refers now. All in one transaction: a failure
 * leaves nothing half-made and is logged, and the application starts anyway. Synthetic data only.
 */
@Component
@Order(50)
public class DemoJourneys implements ApplicationRunner {
    static final int ALLOCATION_FAMILY = 10;
    static final int CHILD_IN_NEED_FAMILY = 11;
    static final int CHILD_PROTECTION_FAMILY = 12;
    private static final Logger LOG = LoggerFactory.getLogger(DemoJourneys.class);

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final DemoFamilies families;
    private final UserDirectory users;
    private final FrontDoor frontDoor;
    private final Allocations allocations;
    private final CaseWork caseWork;
    private final Assessments assessments;
    private final ChildInNeedPlans cinPlans;
    private final StrategyDiscussions strategyDiscussions;
    private final Section47Enquiries enquiries;
    private final Conferences conferences;
    private final ChildProtectionPlans cpPlans;
    private final Alerts alerts;
    private final Documents documents;
    private final Clock clock;

    private CurrentUser officer;
    private CurrentUser worker;
    private CurrentUser manager;
    private CurrentUser chair;

    public DemoJourneys(DemoMode demo, JdbcClient jdbc, PlatformTransactionManager transactions, DemoFamilies families,
                        UserDirectory users, FrontDoor frontDoor, Allocations allocations, CaseWork caseWork, Assessments assessments,
                        ChildInNeedPlans cinPlans, StrategyDiscussions strategyDiscussions, Section47Enquiries enquiries,
                        Conferences conferences, ChildProtectionPlans cpPlans, Alerts alerts, Documents documents, Clock clock) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.families = families;
        this.users = users;
        this.frontDoor = frontDoor;
        this.allocations = allocations;
        this.caseWork = caseWork;
        this.assessments = assessments;
        this.cinPlans = cinPlans;
        this.strategyDiscussions = strategyDiscussions;
        this.enquiries = enquiries;
        this.conferences = conferences;
        this.cpPlans = cpPlans;
        this.alerts = alerts;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> load());
        } catch (RuntimeException e) {
            // Demo data is a convenience: the application starts without it; the next start tries again.
            LOG.warn("Demo journeys not loaded (nothing was kept): {}", e.toString(), e);
        }
    }

    private void load() {
        if (jdbc.sql("select exists (select 1 from demo_journeys_marker)").query(Boolean.class).single()) {
            return;
        }
        jdbc.sql("insert into demo_journeys_marker(loaded_at) values (?)").param(Timestamp.from(clock.instant())).update();
        officer = user("contact-officer");
        worker = user("social-worker");
        manager = user("team-manager");
        chair = user("conference-chair");
        allocationRequest(firstChild(ALLOCATION_FAMILY));
        long cinCase = childInNeedPlan(firstChild(CHILD_IN_NEED_FAMILY));
        long cpChild = firstChild(CHILD_PROTECTION_FAMILY);
        childProtection(cpChild);
        recording(firstChild(CHILD_IN_NEED_FAMILY), cinCase, cpChild);
    }

    /** 1. A referral whose case the team manager has proposed to the social worker: "Allocation requests" on her tray. */
    private void allocationRequest(long child) {
        Referral r = refer(child, "Came to school with an untreated burn on the hand; says mum was too busy to take her to the doctor.",
                "NEGLECT");
        allocations.propose(manager, r.caseId(), worker.id(), null);
    }

    /** 2. Referred, allocated with agreement, assessed (child in need plan), a plan with needs, actions and a visit, and case notes. */
    private long childInNeedPlan(long child) {
        Referral r = refer(child, "Mother says she cannot cope since the baby was born; the older child is missing school to help at home.",
                "NEGLECT");
        nextSteps(r, NextStep.SECTION_17_ASSESSMENT, "A child in need: the family's needs are to be assessed.");
        allocate(r.caseId());
        LocalDate today = today();
        Assessment a = assessments.start(worker, r.referralId(), new StartAssessment(today, null));
        assessments.recordChildSeen(worker, a.id(), new NewChildSeen(today, true, null));
        assessments.update(worker, a.id(), new AssessmentParts("I like helping with the baby but I miss my friends at school.",
                "Mother would like help with childcare and a break; she agrees to a plan.", null, null, null,
                "The children are safe but their needs are not met without support: a young carer's role is limiting school.",
                List.of("16A"), AssessmentOutcome.CHILD_IN_NEED_PLAN, null, null, null, null));
        assessments.submit(worker, a.id(), new Submission(null, null));
        assessments.authorise(manager, a.id(), new Authorisation(null, null, null));

        CinPlan plan = cinPlans.startPlan(worker, r.caseId(), new NewCinPlan(today,
                List.of("Regular school attendance (at least 95%)", "Support for mother with the care of the baby")));
        cinPlans.addAction(worker, plan.id(), new NewAction("Arrange a young carers' assessment", worker.id(), null, null, today.plusWeeks(2)));
        cinPlans.addAction(worker, plan.id(), new NewAction("Offer a nursery place for the baby", null, "Alex Demonursery",
                "Riverford Early Years Service", today.plusWeeks(4)));
        cinPlans.recordVisit(worker, plan.id(), new NewVisit(nowLondon(), true, true, true, null, "Home",
                "Seen alone in her bedroom; talked about school and her friends."));
        caseWork.recordNote(worker, r.caseId(), new NewCaseNote(NoteType.PHONE_CALL, clock.instant(),
                "Spoke to the school's attendance officer: attendance this term 82%.", false, false, null));
        caseWork.recordNote(worker, r.caseId(), new NewCaseNote(NoteType.VISIT, clock.instant(),
                "Home visit: mother tearful and exhausted; agreed the plan and a referral for a nursery place.", true, false, null));
        return r.caseId();
    }

    /** 3. Strategy discussion deciding a section 47 enquiry, substantiated, an initial conference deciding a plan, core group, visit. */
    private void childProtection(long child) {
        Referral r = refer(child, "Police attended a domestic abuse incident at the home at night; the child was found alone and hungry.",
                "NEGLECT");
        nextSteps(r, NextStep.SECTION_47_ENQUIRY, "Reasonable cause to suspect the child is suffering significant harm: a strategy discussion today.");
        allocate(r.caseId());
        var police = users.agencyByCode("POLICE").orElseThrow();
        var health = users.agencyByCode("HEALTH").orElseThrow();
        var school = users.agencyByCode("SCHOOL-OAK").orElseThrow();
        var la = users.agencyByCode("LA-CSC").orElseThrow();
        strategyDiscussions.record(worker, r.caseId(), new NewStrategyDiscussion(clock.instant(), StrategyDiscussionFormat.MEETING, null,
                List.of(new NewStrategyDiscussion.NewAttendee(worker.displayName(), la.id(), null, AgencyType.LA_CHILDRENS_SOCIAL_CARE,
                                "Social worker", true),
                        new NewStrategyDiscussion.NewAttendee("DS Robin Demoleigh", police.id(), null, AgencyType.POLICE, "Detective sergeant", true),
                        new NewStrategyDiscussion.NewAttendee("Jamie Democollins", health.id(), null, AgencyType.HEALTH, "Health visitor", true)),
                "Police: two call-outs this year. Health: missed development checks. School: often hungry, poor attendance.",
                true, "Reasonable cause to suspect significant harm through neglect.", CriminalInvestigation.NONE, null,
                "None at present", "That enquiries are being made", null, null, null, List.of()));
        Section47Enquiry enquiry = enquiries.ofChild(child).stream().filter(Section47Enquiry::isOpen).findFirst().orElseThrow();
        enquiries.recordOutcome(worker, enquiry.id(), new OutcomeRequest(Section47Outcome.SUBSTANTIATED, Section47NextStep.INITIAL_CONFERENCE,
                "The child was repeatedly left alone and without food: concerns of significant harm substantiated.", today()));

        Conference icpc = conferences.schedule(worker, child, new NewConference(ConferenceKind.INITIAL, nowLondon(),
                "Riverford Civic Centre, room 2", false, chair.id(), List.of(
                        new Conference.Invitee("AGENCY", "DS Robin Demoleigh", police.id(), null, null),
                        new Conference.Invitee("AGENCY", null, health.id(), null, "safeguarding@health.example"),
                        new Conference.Invitee("AGENCY", null, school.id(), null, "dsl@oakfield.example"),
                        new Conference.Invitee("FAMILY", "The child's mother", null, null, null)), null, null));
        conferences.recordOutcome(chair, icpc.id(), new ConferenceOutcome(null,
                List.of(new Conference.Attendance(police.name(), "ATTENDED"), new Conference.Attendance(health.name(), "ATTENDED"),
                        new Conference.Attendance(school.name(), "REPORT_ONLY")),
                List.of(new Conference.AgencyReport(school.name(), today(), true, null)),
                "Wants to stay at home and for there to be food in the cupboards.", "PLAN", "NEG", "LA", worker.id(),
                List.of(new Conference.CoreGroupMember(worker.displayName(), "Children's Services", "Lead social worker"),
                        new Conference.CoreGroupMember("Jamie Democollins", health.name(), "Health visitor")),
                "Never left alone; regular meals; school attendance above 95%.", null, null, null, null, null));
        CpPlan plan = cpPlans.openPlanOf(child).orElseThrow();
        cpPlans.recordCoreGroup(worker, plan.id(), new PlanChanges.NewCoreGroup(today(),
                List.of(new CpPlan.Attendee(worker.displayName(), "Children's Services"), new CpPlan.Attendee("Jamie Democollins", health.name())),
                List.of(), "Mother to attend the parenting course; school to provide breakfast club.", List.of()));
        cpPlans.recordVisit(worker, plan.id(), new PlanChanges.NewVisit(nowLondon(), true, true, null,
                "Seen alone at home; fridge stocked; mother has booked the parenting course."));
    }

    /** 4. An evidenced alert on an adult of the protected child's household, contested by the mother; a visit summary on the CIN child. */
    private void recording(long cinChild, long cinCase, long cpChild) {
        // the father or step-father if one lives with the child, so that the mother can give the contrary evidence
        List<Long> household = List.copyOf(alerts.householdAdults(cpChild));
        long adult = families.family(CHILD_PROTECTION_FAMILY).stream()
                .filter(m -> m.role().endsWith("father") && household.contains(m.personId())).map(DemoFamilies.Member::personId)
                .findFirst().orElseGet(() -> household.stream().findFirst().orElseThrow());
        boolean mother = families.family(CHILD_PROTECTION_FAMILY).stream()
                .anyMatch(m -> m.personId() == adult && m.role().equals("mother"));
        AlertView alert = alerts.raise(worker, adult, new NewAlert(LabelType.RISK_TO_STAFF, null,
                "Shouted at the social worker and pushed her out of the door at the home visit today (seen by the social worker).",
                today(), today().plusMonths(3)));
        alerts.addContraryEvidence(worker, alert.id(), new NewContraryEvidence(mother ? "The child's mother herself" : "The child's mother",
                "Says it happened because the family were frightened the children would be taken away, that an apology has been made, "
                        + "and that no visitor has been threatened before.", today()));
        String summary = """
                Visit summary (synthetic demo data)
                Child seen alone in her bedroom. She talked about school and helping with the baby.
                Mother agreed the child in need plan and a referral for a nursery place.
                """;
        documents.upload(worker, cinChild, new NewDocument("visit-summary.txt", summary.getBytes(StandardCharsets.UTF_8),
                "Visit summary", "Summary of the first child in need visit", today(), cinCase));
    }

    private record Referral(long referralId, long caseId) {}

    /** A contact recorded by the contact officer, screened at level 3 and accepted as a referral by the team manager. */
    private Referral refer(long child, String concern, String category) {
        ContactRecorded contact = frontDoor.record(officer, new NewContact(clock.instant(), Channel.PHONE,
                new Referrer("Avery Demohughes", "Designated safeguarding lead", "Oakfield Primary School", "EDUCATION", "01632 960123",
                        "dsl@oakfield.example", null), "2A", List.of(ChildOnContact.known(child)),
                List.of(new AdultOnContact("Parent (demo)", "mother", null)), concern, List.of(category),
                true, true, null, false, null, null, null));
        frontDoor.screen(manager, contact.contactId(), child, new Screening(3, List.of("L3-06"),
                "Indicators of neglect; an assessment is needed to understand the family's needs."));
        ContactChild decided = frontDoor.decide(manager, contact.contactId(), child, new DecisionRequest(Decision.REFERRAL_ACCEPTED, null,
                "Concerns of neglect", null, null, null, "N1", null));
        long caseId = frontDoor.findReferral(decided.referralId()).orElseThrow().caseId();
        return new Referral(decided.referralId(), caseId);
    }

    /** The manager's next-steps decision within one working day of the referral (WT2023 para 153). */
    private void nextSteps(Referral r, NextStep step, String rationale) {
        frontDoor.decideNextSteps(manager, r.referralId(), new NextStepsRequest(List.of(step), rationale, null, true, null));
    }

    /** Allocation with the worker's agreement (WT2023 para 156). */
    private void allocate(long caseId) {
        allocations.agree(worker, allocations.propose(manager, caseId, worker.id(), null).id());
    }

    private long firstChild(int family) {
        return families.family(family).stream().filter(m -> m.role().equals("child")).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo family " + family + " has no child")).personId();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
    }

    private LocalDateTime nowLondon() {
        return LocalDateTime.ofInstant(clock.instant(), TimeConfiguration.LONDON);
    }

    private CurrentUser user(String username) {
        return users.findByUsername(username).orElseThrow(() -> new IllegalStateException("no demo user " + username));
    }
}
