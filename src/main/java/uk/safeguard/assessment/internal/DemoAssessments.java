package uk.safeguard.assessment.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.DemoMode;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.assessment.Assessment;
import uk.safeguard.assessment.AssessmentParts;
import uk.safeguard.assessment.Assessments;
import uk.safeguard.assessment.NewChildSeen;
import uk.safeguard.assessment.StartAssessment;
import uk.safeguard.frontdoor.AdultOnContact;
import uk.safeguard.frontdoor.Channel;
import uk.safeguard.frontdoor.ChildOnContact;
import uk.safeguard.frontdoor.ContactRecorded;
import uk.safeguard.frontdoor.Decision;
import uk.safeguard.frontdoor.DecisionRequest;
import uk.safeguard.frontdoor.FrontDoor;
import uk.safeguard.frontdoor.NewContact;
import uk.safeguard.frontdoor.Referrer;
import uk.safeguard.frontdoor.Screening;
import uk.safeguard.platform.TimeConfiguration;

/**
 * Demo mode only, once (marker table): a referral accepted through the front door and its assessment in progress, with
 * the child seen alone and the wishes and feelings recorded, for the social worker to carry on. Synthetic data only.
 * Runs after the other demo loaders (demo.DemoCases @Order(20), the front door's @Order(30)).
 */
@Component
@Order(40)
public class DemoAssessments implements ApplicationRunner {
    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final FrontDoor frontDoor;
    private final Assessments assessments;
    private final UserDirectory users;
    private final Clock clock;

    public DemoAssessments(DemoMode demo, JdbcClient jdbc, FrontDoor frontDoor, Assessments assessments, UserDirectory users, Clock clock) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.frontDoor = frontDoor;
        this.assessments = assessments;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.sql("select exists (select 1 from demo_assessments_marker)").query(Boolean.class).single()) {
            return;
        }
        jdbc.sql("insert into demo_assessments_marker(loaded_at) values (?)").param(Timestamp.from(clock.instant())).update();
        CurrentUser officer = users.findByUsername("contact-officer").orElse(null);
        CurrentUser worker = users.findByUsername("social-worker").orElse(null);
        CurrentUser manager = users.findByUsername("team-manager").orElse(null);
        if (officer == null || worker == null || manager == null) {
            return;
        }
        ContactRecorded contact = frontDoor.record(officer, new NewContact(clock.instant(), Channel.PHONE,
                new Referrer("Priya Demosen", "Health visitor", "Riverford Community Health NHS Trust", "HEALTH", "01632 960456",
                        "priya.demosen@health.example", null), "3B",
                List.of(new ChildOnContact(null, "Ruby", "Demoassess", LocalDate.of(2019, 2, 14), true)),
                List.of(new AdultOnContact("Parent (demo)", "mother", null)),
                "Baby brother's weight is falling; the older child says there is often no food at home.", List.of("NEGLECT"),
                true, true, null, false, null, null, null));
        long child = contact.children().get(0).childId();
        frontDoor.screen(manager, contact.contactId(), child, new Screening(3, List.of("L3-06"),
                "Indicators of neglect; an assessment is needed to understand the family's needs."));
        var decided = frontDoor.decide(manager, contact.contactId(), child, new DecisionRequest(Decision.REFERRAL_ACCEPTED, null,
                "Concerns of neglect for both children", null, null, null, "N1", null));
        Long referralId = decided.referralId();
        if (referralId == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
        Assessment a = assessments.start(worker, referralId, new StartAssessment(today, null));
        assessments.recordChildSeen(worker, a.id(), new NewChildSeen(today, true, null));
        assessments.update(worker, a.id(), new AssessmentParts("Sometimes there's nothing for breakfast so I have a biscuit at school.",
                "Mother says money is short since her hours were cut and she would like help.", null, null, null, null, null, null,
                null, null, null, null));
    }
}
