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
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.conference.ConferenceFixtures;
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

/**
 * The calculations as Spring beans over the real facts (the shared test database): every one is present, and a
 * child's journey recorded through the API (strategy discussion, s47, ICPC, plan, core group, visits) is counted, by
 * the lead worker and team, in the right months.
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
    @Autowired
    StatutoryClocks clocks;

    /*
     * One child's journey recorded through the API, over the Christmas bank holidays:
     * strategy discussion Fri 18 Dec 2026 14:00 (the social worker and the police; health absent) starting the s47
     * enquiry; enquiry substantiated Tue 5 Jan 2027; ICPC Mon 11 Jan 2027 made a plan: 21-24 Dec (4), [25, 28 Dec],
     * 29-31 Dec (7), [1 Jan], 4-8 Jan (12), 11 Jan (13): within 15 WD. First core group Mon 25 Jan: 12-15 Jan (4),
     * 18-22 (9), 25 (10): on time. Visits: seen Tue 12 Jan (1 WD, on time), seen Wed 27 Jan (11 WD after 12 Jan, late).
     */
    @Test
    void aChildsJourneyIsCountedInTheRightMonths() {
        ConferenceFixtures f = new ConferenceFixtures(people, clocks, jdbc, users, this::as);
        CurrentUser sam = f.user("social-worker");
        long la = f.agency("LA-CSC").id();
        long police = f.agency("POLICE").id();
        long health = f.agency("HEALTH").id();
        clock.set(LocalDateTime.of(2026, 12, 17, 9, 0));
        ConferenceFixtures.Child c = f.referred("social-worker");
        long child = c.childId();

        clock.set(LocalDateTime.of(2026, 12, 18, 16, 0));
        Map<String, Object> body = discussion(LocalDateTime.of(2026, 12, 18, 14, 0), List.of(
                attendee("Sam Okafor", la, "Social worker", true), attendee("PC Dee Harper", police, "CAIT officer", true),
                attendee("Lee Marsh", health, "Named nurse", false)));
        body.put("missingAgencyReason", "The named nurse was in clinic; health notes shared by email.");
        Api.Response held = as("social-worker").post("/api/cases/" + c.caseId() + "/strategy-discussions", body);
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        long discussionId = held.json().get("id").asLong();
        long enquiryId = held.json().get("section47EnquiryId").asLong();
        clock.set(LocalDateTime.of(2027, 1, 5, 12, 0));
        ok(as("team-manager").post("/api/section-47-enquiries/" + enquiryId + "/outcome", Map.of("outcome",
                "SUBSTANTIATED", "rationale", "Non-accidental injury confirmed by the paediatrician",
                "completedOn", "2027-01-05")));
        clock.set(LocalDateTime.of(2027, 1, 11, 16, 0));
        long planId = f.icpcWithPlan(c, LocalDateTime.of(2027, 1, 11, 10, 0), "NEG");
        clock.set(LocalDateTime.of(2027, 1, 12, 16, 0));
        ok(as("social-worker").post("/api/cp-plans/" + planId + "/visits",
                Map.of("visitedAt", "2027-01-12T10:00", "seen", true, "seenAlone", true)));
        clock.set(LocalDateTime.of(2027, 1, 27, 16, 0));
        Map<String, Object> meeting = new HashMap<>();
        meeting.put("metOn", "2027-01-25");
        meeting.put("attendees", List.of(Map.of("name", "Sam Okafor", "agency", "Children's Services")));
        meeting.put("decisions", "Weekly home visits; nursery place.");
        ok(as("social-worker").post("/api/cp-plans/" + planId + "/core-groups", meeting));
        ok(as("social-worker").post("/api/cp-plans/" + planId + "/visits",
                Map.of("visitedAt", "2027-01-27T10:00", "seen", true, "seenAlone", false)));

        ReportingData data = load(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31));
        Period november = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        Period december = new Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
        Period january = new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31));

        Measure enquiries = measure("section-47-enquiries", data, december);
        assertThat(of(child, enquiries.numerator())).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo("section47");
            assertThat(i.id()).isEqualTo(enquiryId);
            assertThat(i.date()).isEqualTo(LocalDate.of(2026, 12, 18));
            assertThat(i.workerId()).isEqualTo(sam.id());
            assertThat(i.teamId()).isEqualTo(sam.teamId());
        });
        assertThat(of(child, measure("section-47-enquiries", data, november).numerator())).isEmpty();
        Measure withoutHealth = measure("strategy-discussions-without-police-or-health", data, december);
        assertThat(of(child, withoutHealth.numerator())).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo("strategy-discussion");
            assertThat(i.id()).isEqualTo(discussionId);
            assertThat(i.workerId()).isEqualTo(sam.id());
        });
        assertThat(of(child, withoutHealth.denominator())).hasSize(1);

        Measure icpc = measure("icpc-within-15wd", data, january);
        assertThat(of(child, icpc.numerator())).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo("conference");
            assertThat(i.date()).isEqualTo(LocalDate.of(2027, 1, 11));
            assertThat(i.workerId()).isEqualTo(sam.id());
        });
        assertThat(of(child, measure("icpc-to-plan-conversion", data, january).numerator())).hasSize(1);
        assertThat(ids(child, measure("cp-plans-started", data, january).numerator())).containsExactly(planId);
        assertThat(ids(child, measure("cp-plans-open", data, january).numerator())).containsExactly(planId);
        assertThat(ids(child, measure("cp-plans-open", data, december).numerator())).isEmpty();
        Measure coreGroup = measure("core-groups-on-time", data, january);
        assertThat(ids(child, coreGroup.numerator())).containsExactly(planId);
        assertThat(of(child, coreGroup.numerator()).get(0).date()).isEqualTo(LocalDate.of(2027, 1, 25));
        Measure visits = measure("cp-visits-on-time", data, january);
        assertThat(of(child, visits.numerator())).extracting(CountedItem::date).containsExactly(LocalDate.of(2027, 1, 12));
        assertThat(of(child, visits.denominator())).extracting(CountedItem::date)
                .containsExactlyInAnyOrder(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 27));
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

    private Measure measure(String id, ReportingData data, Period period) {
        return calculation(id).measure(data, period);
    }

    private static List<Long> ids(long child, List<CountedItem> items) {
        return of(child, items).stream().map(CountedItem::id).toList();
    }

    private static void ok(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isLessThan(300);
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
