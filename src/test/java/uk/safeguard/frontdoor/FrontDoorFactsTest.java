package uk.safeguard.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.frontdoor.FrontDoorFacts.ContactFact;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;

class FrontDoorFactsTest extends IntegrationTest {
    @Autowired
    FrontDoorFacts facts;
    @Autowired
    PeopleRegister people;
    @Autowired
    UserDirectory users;

    private List<ContactFact> contactsOf(long child, LocalDate from, LocalDate to) {
        return facts.contacts(from, to).stream().filter(c -> c.childId() == child).toList();
    }

    private List<ReferralFact> referralsOf(long child, LocalDate from, LocalDate to) {
        return facts.referrals(from, to).stream().filter(r -> r.childId() == child).toList();
    }

    @Test
    void aContactReceivedAt2330LondonOn31OctoberBelongsTo31OctoberWithItsSchoolDecisionAndReferral() {
        long child = TestChildren.register(people);
        clock.set(LocalDateTime.of(2026, 10, 31, 23, 30));
        TestReferrals.Referral r = TestReferrals.refer(as("contact-officer"), as("team-manager"), child);

        List<ContactFact> oct31 = contactsOf(child, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        assertThat(oct31).hasSize(1);
        assertThat(contactsOf(child, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).isEmpty();
        ContactFact c = oct31.get(0);
        assertThat(c.contactId()).isEqualTo(r.contactId());
        assertThat(c.receivedAt()).isEqualTo(LocalDateTime.of(2026, 10, 31, 23, 30).atZone(TimeConfiguration.LONDON).toInstant());
        assertThat(c.sourceCode()).isEqualTo("2A");
        assertThat(c.referrerAgencyType()).isEqualTo("EDUCATION");
        assertThat(c.referrerAgencyName()).isEqualTo("Oakfield Primary School");
        assertThat(c.school()).isEqualTo("Oakfield Primary School");
        assertThat(c.referrerAgencyId()).isNull();
        assertThat(c.level()).isEqualTo(3);
        assertThat(c.decision()).isEqualTo("REFERRAL_ACCEPTED");
        assertThat(c.decidedAt()).isNotNull();
        assertThat(c.firstDecisionAt()).isEqualTo(c.decidedAt());
        assertThat(c.decidedBy()).isEqualTo(users.findByUsername("team-manager").orElseThrow().id());
        assertThat(c.referralId()).isEqualTo(r.referralId());
        assertThat(c.imported()).isFalse();

        List<ReferralFact> referrals = referralsOf(child, LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 31));
        assertThat(referrals).hasSize(1);
        ReferralFact f = referrals.get(0);
        assertThat(f.referralId()).isEqualTo(r.referralId());
        assertThat(f.contactChildId()).isEqualTo(c.contactChildId());
        assertThat(f.sourceCode()).isEqualTo("2A");
        assertThat(f.primaryNeed()).isEqualTo("N1");
        assertThat(f.reReferral()).isFalse();
        assertThat(f.caseId()).isEqualTo(r.caseId());
        assertThat(f.nextSteps()).isEmpty();
        assertThat(f.noFurtherAction()).isFalse();
        assertThat(f.decidedAt()).isNull();
        assertThat(f.referrerAgencyType()).isEqualTo("EDUCATION");
        assertThat(f.referrerAgencyName()).isEqualTo("Oakfield Primary School");
        assertThat(referralsOf(child, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1))).isEmpty();

        clock.set(LocalDateTime.of(2026, 11, 2, 10, 0));
        Api.Response nfa = as("team-manager").post("/api/front-door/referrals/" + r.referralId() + "/next-steps",
                new HashMap<>(Map.of("steps", List.of("NO_FURTHER_ACTION"), "rationale", "Needs met by the school",
                        "otherSupport", "School nurse drop-in", "familyInformed", true)));
        assertThat(nfa.status()).as(nfa.toString()).isEqualTo(200);
        ReferralFact decided = referralsOf(child, LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 31)).get(0);
        assertThat(decided.nextSteps()).containsExactly("NO_FURTHER_ACTION");
        assertThat(decided.noFurtherAction()).isTrue();
        assertThat(decided.decidedAt()).isEqualTo(LocalDateTime.of(2026, 11, 2, 10, 0).atZone(TimeConfiguration.LONDON).toInstant());
    }

    @Test
    void aContactAtHalfPastMidnightInSummerTimeBelongsToTheLondonDayAndAHeldContactIsHeldInTheMash() {
        long child = TestChildren.register(people);
        long police = users.agencyByCode("POLICE").orElseThrow().id();
        // 00:30 on 1 October 2026 in London is 23:30 UTC on 30 September.
        clock.set(LocalDateTime.of(2026, 10, 1, 0, 30));
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "PHONE");
        body.put("referrer", Map.of("name", "PC Dee Harper", "agencyId", police));
        body.put("sourceCode", "6");
        body.put("children", List.of(Map.of("personId", child)));
        body.put("concern", "Called to a domestic incident; the child was in the house.");
        body.put("categories", List.of("DOMESTIC_ABUSE"));
        Api.Response recorded = as("contact-officer").post("/api/front-door/contacts", body);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        long contactId = recorded.json().get("contactId").asLong();

        assertThat(contactsOf(child, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30))).isEmpty();
        assertThat(contactsOf(child, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1))).hasSize(1);
        ContactFact open = contactsOf(child, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1)).get(0);
        assertThat(open.decision()).isNull();
        assertThat(open.firstDecisionAt()).isNull();
        assertThat(open.level()).isNull();
        assertThat(open.referrerAgencyType()).isEqualTo("POLICE");
        assertThat(open.referrerAgencyId()).isEqualTo(police);
        assertThat(open.referrerAgencyName()).isNotBlank();
        assertThat(open.school()).isNull();
        assertThat(open.referralId()).isNull();

        clock.set(LocalDateTime.of(2026, 10, 1, 9, 0));
        Api.Response held = as("team-manager").post("/api/front-door/contacts/" + contactId + "/children/" + child + "/decision",
                Map.of("decision", "HELD_IN_MASH", "reason", "Waiting for health checks"));
        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        ContactFact h = contactsOf(child, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1)).get(0);
        assertThat(h.decision()).isEqualTo("HELD_IN_MASH");
        assertThat(h.firstDecisionAt()).isEqualTo(LocalDateTime.of(2026, 10, 1, 9, 0).atZone(TimeConfiguration.LONDON).toInstant());
        assertThat(h.decidedAt()).isNull();
    }
}
