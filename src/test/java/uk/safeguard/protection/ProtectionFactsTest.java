package uk.safeguard.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguard.protection.ProtectionTestSupport.attendee;
import static uk.safeguard.protection.ProtectionTestSupport.discussion;
import static uk.safeguard.protection.ProtectionTestSupport.london;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.protection.ProtectionFacts.EmergencyActionFact;
import uk.safeguard.protection.ProtectionFacts.Participant;
import uk.safeguard.protection.ProtectionFacts.Section47Fact;
import uk.safeguard.protection.ProtectionFacts.StrategyDiscussionFact;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;

class ProtectionFactsTest extends IntegrationTest {
    @Autowired
    ProtectionFacts facts;
    @Autowired
    PeopleRegister people;
    @Autowired
    UserDirectory users;

    private List<StrategyDiscussionFact> discussionsOf(long child, LocalDate from, LocalDate to) {
        return facts.strategyDiscussions(from, to).stream().filter(d -> d.childId() == child).toList();
    }

    private List<Section47Fact> enquiriesOf(long child, LocalDate from, LocalDate to) {
        return facts.section47Enquiries(from, to).stream().filter(s -> s.childId() == child).toList();
    }

    @Test
    void aStrategyDiscussionWithItsAgenciesAndTheSection47EnquiryItStarted() {
        CurrentUser sam = users.findByUsername("social-worker").orElseThrow();
        long la = users.agencyByCode("LA-CSC").orElseThrow().id();
        long police = users.agencyByCode("POLICE").orElseThrow().id();
        long health = users.agencyByCode("HEALTH").orElseThrow().id();
        long child = TestChildren.register(people);
        clock.set(LocalDateTime.of(2026, 10, 30, 9, 0));
        TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        jdbc.sql("update case_file set allocated_worker_id = ? where id = ?").params(sam.id(), r.caseId()).update();

        // Held at 23:30 London on Sat 31 Oct 2026 (GMT again since 25 Oct); health invited but did not attend,
        // two police officers (one agency).
        clock.set(LocalDateTime.of(2026, 11, 1, 9, 0));
        Map<String, Object> body = new java.util.HashMap<>(discussion(LocalDateTime.of(2026, 10, 31, 23, 30), true, List.of(
                attendee("Sam Okafor", la, "Social worker", true), attendee("PC Dee Harper", police, "CAIT officer", true),
                attendee("DC Rob Lane", police, "Detective", false), attendee("Lee Marsh", health, "Named nurse", false))));
        body.put("missingAgencyReason", "The named nurse was in clinic; health notes shared by email.");
        Api.Response held = as("social-worker").post("/api/cases/" + r.caseId() + "/strategy-discussions", body);
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        long discussionId = held.json().get("id").asLong();
        long enquiryId = held.json().get("section47EnquiryId").asLong();

        assertThat(discussionsOf(child, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).isEmpty();
        List<StrategyDiscussionFact> oct = discussionsOf(child, LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 31));
        assertThat(oct).hasSize(1);
        StrategyDiscussionFact d = oct.get(0);
        assertThat(d.strategyDiscussionId()).isEqualTo(discussionId);
        assertThat(d.caseId()).isEqualTo(r.caseId());
        assertThat(d.heldAt()).isEqualTo(LocalDateTime.of(2026, 10, 31, 23, 30).atZone(TimeConfiguration.LONDON).toInstant());
        assertThat(d.section47()).isTrue();
        assertThat(d.recordedBy()).isEqualTo(sam.id());
        assertThat(d.participants()).extracting(Participant::agencyId, Participant::agencyType, Participant::attended)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(la, "LA_CHILDRENS_SOCIAL_CARE", true),
                        org.assertj.core.groups.Tuple.tuple(police, "POLICE", true),
                        org.assertj.core.groups.Tuple.tuple(health, "HEALTH", false));
        assertThat(d.participants()).allSatisfy(p -> assertThat(p.agencyName()).isNotBlank());

        List<Section47Fact> open = enquiriesOf(child, LocalDate.of(2026, 11, 1), LocalDate.of(2027, 3, 31));
        assertThat(open).hasSize(1);
        Section47Fact s = open.get(0);
        assertThat(s.section47Id()).isEqualTo(enquiryId);
        assertThat(s.caseId()).isEqualTo(r.caseId());
        assertThat(s.referralId()).isEqualTo(r.referralId());
        assertThat(s.strategyDiscussionId()).isEqualTo(discussionId);
        assertThat(s.strategyDiscussionAt()).isEqualTo(d.heldAt());
        assertThat(s.startedOn()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(s.outcome()).isNull();
        assertThat(s.icpcRequired()).isFalse();
        assertThat(s.completedOn()).isNull();
        assertThat(s.leadWorkerId()).isEqualTo(sam.id());
        assertThat(s.teamId()).isEqualTo(sam.teamId());
        assertThat(s.imported()).isFalse();
        assertThat(enquiriesOf(child, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 30))).isEmpty();

        clock.set(LocalDateTime.of(2026, 11, 6, 12, 0));
        Api.Response done = as("team-manager").post("/api/section-47-enquiries/" + enquiryId + "/outcome", Map.of("outcome", "SUBSTANTIATED",
                "rationale", "Non-accidental injury confirmed by the paediatrician", "completedOn", "2026-11-06"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        Section47Fact completed = enquiriesOf(child, LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 6)).get(0);
        assertThat(completed.outcome()).isEqualTo("SUBSTANTIATED");
        assertThat(completed.nextStep()).isEqualTo("INITIAL_CONFERENCE");
        assertThat(completed.icpcRequired()).isTrue();
        assertThat(completed.completedOn()).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(enquiriesOf(child, LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 30))).isEmpty();

        // The per-child read is the same facts as the range read filtered to the child, completed ones included.
        assertThat(facts.section47EnquiriesOf(child)).containsExactly(completed)
                .isEqualTo(enquiriesOf(child, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31)));
    }

    private List<EmergencyActionFact> emergencyActionsOf(long child, LocalDate from, LocalDate to) {
        return facts.emergencyActions(from, to).stream().filter(e -> e.childId() == child).toList();
    }

    private Map<String, Object> emergencyAction(String type, long agencyId, LocalDateTime at) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("type", type);
        body.put("agencyId", agencyId);
        body.put("takenAt", london(at));
        body.put("childSeenBy", "PC Dee Harper");
        body.put("legalAdviceObtained", true);
        body.put("legalAdviceDetail", "Legal services advised by phone.");
        return body;
    }

    @Test
    void emergencyActionsByTheDayTakenAndPoliceProtectionWhileInForce() {
        long police = users.agencyByCode("POLICE").orElseThrow().id();
        long la = users.agencyByCode("LA-CSC").orElseThrow().id();
        long child = TestChildren.register(people);

        // Police protection at 23:30 London on Sat 28 Nov 2026, ended at 10:00 on Mon 30 Nov.
        clock.set(LocalDateTime.of(2026, 11, 29, 0, 30));
        Api.Response pp = as("social-worker").post("/api/children/" + child + "/emergency-actions",
                emergencyAction("POLICE_PROTECTION", police, LocalDateTime.of(2026, 11, 28, 23, 30)));
        assertThat(pp.status()).as(pp.toString()).isEqualTo(201);
        long ppId = pp.json().get("id").asLong();
        clock.set(LocalDateTime.of(2026, 11, 30, 11, 0));
        Api.Response ended = as("social-worker").post("/api/emergency-actions/" + ppId + "/end",
                Map.of("endedAt", london(LocalDateTime.of(2026, 11, 30, 10, 0))));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);

        // An emergency protection order on Tue 1 Dec.
        clock.set(LocalDateTime.of(2026, 12, 1, 15, 0));
        Api.Response epo = as("social-worker").post("/api/children/" + child + "/emergency-actions",
                emergencyAction("EMERGENCY_PROTECTION_ORDER", la, LocalDateTime.of(2026, 12, 1, 14, 0)));
        assertThat(epo.status()).as(epo.toString()).isEqualTo(201);
        long epoId = epo.json().get("id").asLong();

        List<EmergencyActionFact> both = emergencyActionsOf(child, LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 1));
        assertThat(both).extracting(EmergencyActionFact::id).containsExactly(ppId, epoId);
        EmergencyActionFact p = both.get(0);
        assertThat(p.actionType()).isEqualTo("POLICE_PROTECTION");
        assertThat(p.takenAt()).isEqualTo(LocalDateTime.of(2026, 11, 28, 23, 30).atZone(TimeConfiguration.LONDON).toInstant());
        assertThat(p.policeProtectionEndedAt()).isEqualTo(LocalDateTime.of(2026, 11, 30, 10, 0).atZone(TimeConfiguration.LONDON).toInstant());
        EmergencyActionFact e = both.get(1);
        assertThat(e.actionType()).isEqualTo("EMERGENCY_PROTECTION_ORDER");
        assertThat(e.policeProtectionEndedAt()).isNull();

        // Counted from the London day it was taken ...
        assertThat(emergencyActionsOf(child, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 27))).isEmpty();
        // ... and police protection still in force on 29 and 30 Nov; not on 1 Dec, when only the order is there.
        assertThat(emergencyActionsOf(child, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30)))
                .extracting(EmergencyActionFact::id).containsExactly(ppId);
        assertThat(emergencyActionsOf(child, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
                .extracting(EmergencyActionFact::id).containsExactly(epoId);
    }
}
