package uk.safeguard.frontdoor.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.DemoMode;
import uk.safeguard.access.UserDirectory;
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

/**
 * Demo mode only, once (marker table): a handful of open contacts in the MASH queue at different ages (green, amber,
 * red), one sibling contact and one held in the MASH. Synthetic children registered for the purpose.
 */
@Component
@Order(30)
public class DemoFrontDoor implements ApplicationRunner {
    private final DemoMode demo;
    private final FrontDoorRepository repository;
    private final FrontDoor frontDoor;
    private final UserDirectory users;
    private final Clock clock;

    public DemoFrontDoor(DemoMode demo, FrontDoorRepository repository, FrontDoor frontDoor, UserDirectory users, Clock clock) {
        this.demo = demo;
        this.repository = repository;
        this.frontDoor = frontDoor;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || repository.demoLoaded()) {
            return;
        }
        repository.markDemoLoaded(clock.instant());
        CurrentUser officer = users.findByUsername("contact-officer").orElse(null);
        CurrentUser manager = users.findByUsername("team-manager").orElse(null);
        if (officer == null || manager == null) {
            return;
        }
        Instant now = clock.instant();
        contact(officer, now.minus(Duration.ofHours(2)), Channel.PHONE, new Referrer("Avery Hughes", "Designated safeguarding lead",
                "Oakfield Primary School", "EDUCATION", "01632 960123", "dsl@oakfield.example", null), "2A",
                "Came into school hungry on three mornings this week; clothes unwashed.", List.of("NEGLECT"),
                new ChildOnContact(null, "Isabel", "Demoford", java.time.LocalDate.of(2018, 4, 12), true));
        contact(officer, now.minus(Duration.ofHours(21)), Channel.EMAIL, new Referrer("Dr Lee Grant", "GP", "Riverside Surgery",
                "HEALTH", null, "lee.grant@riverside.example", null), "3A",
                "Mother disclosed at appointment that her partner has been violent in front of the children.", List.of("DOMESTIC_ABUSE"),
                new ChildOnContact(null, "Caleb", "Demoworth", java.time.LocalDate.of(2015, 9, 3), true),
                new ChildOnContact(null, "Maisie", "Demoworth", java.time.LocalDate.of(2019, 1, 22), true));
        contact(officer, now.minus(Duration.ofHours(30)), Channel.PHONE, new Referrer("Anonymous", null, null, null, null, null, null), "9",
                "Neighbour reports a young child often left alone in the flat in the evenings.", List.of("NEGLECT"),
                new ChildOnContact(null, "Tobias", "Demoley", java.time.LocalDate.of(2020, 7, 30), true));
        ContactRecorded held = contact(officer, now.minus(Duration.ofHours(10)), Channel.PHONE, new Referrer("PC Taylor Brooks", "Officer",
                "Riverford Police", "POLICE", "101", null, users.agencyByCode("POLICE").map(a -> a.id()).orElse(null)), "6",
                "Missing overnight, found with older males; possible exploitation.", List.of("EXPLOITATION", "GOING_MISSING"),
                new ChildOnContact(null, "Jaden", "Demoson", java.time.LocalDate.of(2011, 11, 5), true));
        long child = held.children().get(0).childId();
        frontDoor.screen(manager, held.contactId(), child, new Screening(3, List.of("L3-30"), "Medium-level indicators of exploitation; more information needed from police and school."));
        frontDoor.decide(manager, held.contactId(), child, new DecisionRequest(Decision.HELD_IN_MASH, null,
                "Waiting for police and education checks before deciding", null, null, null, null, null));
    }

    private ContactRecorded contact(CurrentUser by, Instant at, Channel channel, Referrer referrer, String source, String concern,
                                    List<String> categories, ChildOnContact... children) {
        return frontDoor.record(by, new NewContact(at, channel, referrer, source, List.of(children),
                List.of(new AdultOnContact("Parent (demo)", "parent", null)), concern, categories, true, true, null, false, null, null, null));
    }
}
