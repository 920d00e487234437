package uk.safeguard.reporting.calculations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.StaffFacts;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.assessment.AssessmentFacts;
import uk.safeguard.calendar.WorkingDayCalendar;
import uk.safeguard.conference.ConferenceFacts;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.protection.ProtectionFacts;
import uk.safeguard.reporting.CountedItem;
import uk.safeguard.reporting.IndicatorCalculation;
import uk.safeguard.reporting.Measure;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.ReportingData;
import uk.safeguard.reporting.Unit;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;

/**
 * The calculations as Spring beans over the real facts (the shared test database): every one is present, and a
 * strategy discussion recorded through the API is counted, by the lead worker's team, in the right month.
 */
class ProtectionIndicatorsOverRecordsTest extends IntegrationTest {

    private static final List<String> IDS = List.of("assessments-completed", "assessments-within-45wd-of-referral",
            "assessments-within-45wd-of-start", "section-47-enquiries", "icpc-within-15wd", "icpc-to-plan-conversion",
            "strategy-discussions-without-police-or-health", "cp-plans-started", "cp-plans-ended", "cp-plans-open",
            "cp-plan-rate-per-10000", "cp-plans-second-or-subsequent", "cp-plans-ended-after-2-years",
            "cp-reviews-on-time", "core-groups-on-time", "cp-visits-on-time");

    @Autowired
    List<IndicatorCalculation> calculations;
    @Autowired
    ObjectProvider<AssessmentFacts> assessments;
    @Autowired
    ObjectProvider<ProtectionFacts> protection;
    @Autowired
    ObjectProvider<ConferenceFacts> conferences;
    @Autowired
    ObjectProvider<StaffFacts> staff;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    PeopleRegister people;
    @Autowired
    UserDirectory users;

    @Test
    void aStrategyDiscussionWithoutHealthIsCountedInItsMonth() {
        CurrentUser sam = users.findByUsername("social-worker").orElseThrow();
        long la = users.agencyByCode("LA-CSC").orElseThrow().id();
        long police = users.agencyByCode("POLICE").orElseThrow().id();
        long health = users.agencyByCode("HEALTH").orElseThrow().id();
        long child = TestChildren.register(people);
        clock.set(LocalDateTime.of(2026, 12, 17, 9, 0));
        TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        jdbc.sql("update case_file set allocated_worker_id = ? where id = ?").params(sam.id(), r.caseId()).update();

        // Fri 18 Dec 2026 14:00: the social worker and the police; health invited but not there.
        clock.set(LocalDateTime.of(2026, 12, 18, 16, 0));
        Map<String, Object> body = discussion(LocalDateTime.of(2026, 12, 18, 14, 0), List.of(
                attendee("Sam Okafor", la, "Social worker", true), attendee("PC Dee Harper", police, "CAIT officer", true),
                attendee("Lee Marsh", health, "Named nurse", false)));
        body.put("missingAgencyReason", "The named nurse was in clinic; health notes shared by email.");
        Api.Response held = as("social-worker").post("/api/cases/" + r.caseId() + "/strategy-discussions", body);
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        long discussionId = held.json().get("id").asLong();
        long enquiryId = held.json().get("section47EnquiryId").asLong();

        ReportingData data = load(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
        Period december = new Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));

        Measure enquiries = calculation("section-47-enquiries").measure(data, december);
        assertThat(of(child, enquiries.numerator())).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo("section47");
            assertThat(i.id()).isEqualTo(enquiryId);
            assertThat(i.date()).isEqualTo(LocalDate.of(2026, 12, 18));
            assertThat(i.workerId()).isEqualTo(sam.id());
            assertThat(i.teamId()).isEqualTo(sam.teamId());
        });
        Measure withoutHealth = calculation("strategy-discussions-without-police-or-health").measure(data, december);
        assertThat(of(child, withoutHealth.numerator())).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo("strategy-discussion");
            assertThat(i.id()).isEqualTo(discussionId);
            assertThat(i.workerId()).isEqualTo(sam.id());
        });
        assertThat(of(child, withoutHealth.denominator())).hasSize(1);
        Period november = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertThat(of(child, calculation("section-47-enquiries").measure(data, november).numerator())).isEmpty();
    }

    @Test
    void everyCalculationIsABeanAndRunsOverTheRecordsOfEveryMonth() {
        Set<String> ids = new HashSet<>();
        calculations.forEach(c -> ids.add(c.indicator().id()));
        assertThat(ids).containsAll(IDS);
        assertThat(calculation("cp-visits-on-time").indicator().definition()).contains("every 10 working days");

        ReportingData data = load(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        for (int month = 1; month <= 12; month++) {
            Period period = Period.month(YearMonth.of(2026, month));
            for (String id : IDS) {
                Measure m = calculation(id).measure(data, period);
                assertThat(m.numerator()).as(id).allSatisfy(i -> assertThat(i.childId()).isNotNull());
                if (calculation(id).indicator().unit() == Unit.PERCENT) {
                    Set<String> denominator = new HashSet<>();
                    m.denominator().forEach(i -> denominator.add(i.type() + ":" + i.id()));
                    assertThat(m.numerator()).as(id + " numerator within its denominator")
                            .allSatisfy(i -> assertThat(denominator).contains(i.type() + ":" + i.id()));
                }
            }
        }
    }

    private IndicatorCalculation calculation(String id) {
        return calculations.stream().filter(c -> c.indicator().id().equals(id)).findFirst().orElseThrow();
    }

    private static List<CountedItem> of(long child, List<CountedItem> items) {
        return items.stream().filter(i -> i.childId() == child).toList();
    }

    /** The facts for the periods plus the look-back, as the reporting service loads them. */
    private ReportingData load(LocalDate from, LocalDate to) {
        LocalDate start = from.minusMonths(ReportingData.LOOK_BACK_MONTHS);
        return new ReportingData(new Period(start, to), calendar.snapshot(), List.of(), List.of(), List.of(), List.of(),
                read(assessments, f -> f.assessments(start, to)),
                read(protection, f -> f.strategyDiscussions(start, to)),
                read(protection, f -> f.section47Enquiries(start, to)),
                read(conferences, f -> f.conferences(start, to)), read(conferences, f -> f.plans(start, to)),
                read(conferences, f -> f.coreGroups(start, to)), read(conferences, f -> f.visits(start, to)),
                read(staff, StaffFacts::staff), 60_000);
    }

    private static <F, T> List<T> read(ObjectProvider<F> provider, Function<F, List<T>> query) {
        F facts = provider.getIfAvailable();
        return facts == null ? List.of() : query.apply(facts);
    }

    private static Map<String, Object> attendee(String name, long agencyId, String role, boolean attended) {
        Map<String, Object> a = new HashMap<>();
        a.put("name", name);
        a.put("agencyId", agencyId);
        a.put("role", role);
        a.put("attended", attended);
        return a;
    }

    private static Map<String, Object> discussion(LocalDateTime heldAt, List<Map<String, Object>> attendees) {
        Map<String, Object> d = new HashMap<>();
        d.put("heldAt", heldAt.atZone(TimeConfiguration.LONDON).toInstant().toString());
        d.put("format", "MEETING");
        d.put("attendees", attendees);
        d.put("informationShared", "School reported bruising; police hold two call-outs.");
        d.put("section47", true);
        d.put("section47Rationale", "Reasonable cause to suspect significant harm (unexplained bruising).");
        d.put("criminalInvestigation", "JOINT");
        d.put("criminalLeadAgency", "Riverford Police");
        d.put("legalAction", "None at present");
        d.put("sharedWithFamily", "That enquiries are being made");
        d.put("actions", new ArrayList<>());
        return d;
    }
}
