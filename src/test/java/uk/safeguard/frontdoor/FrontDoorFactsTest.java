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
import uk.safeguard.migration.SsdImportResult;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdMigration;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.SsdFiles;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.TestReferrals;

class FrontDoorFactsTest extends IntegrationTest {
    @Autowired
    FrontDoorFacts facts;
    @Autowired
    PeopleRegister people;
    @Autowired
    UserDirectory users;
    @Autowired
    SsdMigration migration;

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

        // The per-child read is the same facts as the range read filtered to the child, whatever their dates.
        clock.set(LocalDateTime.of(2027, 5, 3, 10, 0));
        TestReferrals.refer(as("contact-officer"), as("team-manager"), child);
        assertThat(facts.referralsOf(child)).hasSize(2)
                .isEqualTo(referralsOf(child, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31)));
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

    private static String flags(List<String> keys, String... on) {
        List<String> parts = new java.util.ArrayList<>();
        for (String k : keys) {
            parts.add("\"\"" + k + "\"\":\"\"" + (List.of(on).contains(k) ? "Y" : "N") + "\"\"");
        }
        return "\"{" + String.join(",", parts) + "}\"";
    }

    private long local(SsdKind kind, String ssdId) {
        return jdbc.sql("select local_id from ssd_key where kind = ? and ssd_id = ?").params(kind.name(), ssdId).query(Long.class).single();
    }

    @Test
    void importedContactsAndReferralsAreFactsAndAReferralWithoutItsContactHasNoContactOrReferrer() {
        String p = "ff" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        long child = TestChildren.register(people);
        SsdFiles.registerExisting(jdbc, SsdKind.PERSON, p + "P1", child, p + "P1");
        List<String> contactKeys = List.of("NEW_REFERRAL_FLAG", "EXISTING_REFERRAL_FLAG", "CP_ENQUIRY_FLAG", "NFA_FLAG",
                "NON_AGENCY_ADOPTION_FLAG", "PRIVATE_FOSTERING_FLAG", "ADVICE_FLAG", "MISSING_FLAG", "OLA_CP_FLAG", "OTHER_OUTCOMES_EXIST_FLAG");
        List<String> episodeKeys = List.of("SINGLE_ASSESSMENT_FLAG", "NFA_FLAG", "STRATEGY_DISCUSSION_FLAG", "CLA_REQUEST_FLAG",
                "NON_AGENCY_ADOPTION_FLAG", "PRIVATE_FOSTERING_FLAG", "CP_TRANSFER_IN_FLAG", "CP_CONFERENCE_FLAG", "CARE_LEAVER_FLAG",
                "OTHER_OUTCOMES_EXIST_FLAG");
        String contacts = "cont_contact_id,cont_person_id,cont_contact_date,cont_contact_source_code,cont_contact_source_desc,cont_contact_outcome_json\n"
                + p + "C1," + p + "P1,2025-03-03T10:15:00,6,POLICE," + flags(contactKeys, "NEW_REFERRAL_FLAG") + "\n"
                + p + "C2," + p + "P1,2025-06-01T09:00:00,2A,SCHOOLS," + flags(contactKeys, "ADVICE_FLAG") + "\n";
        String episodes = "cine_referral_id,cine_person_id,cine_referral_date,cine_cin_primary_need_code,cine_referral_source_code,"
                + "cine_referral_source_desc,cine_referral_outcome_json,cine_referral_nfa,cine_close_reason,cine_close_date,cine_referral_team,"
                + "cine_referral_worker_id\n"
                + p + "E1," + p + "P1,2025-03-03T10:15:00,N1,6,POLICE," + flags(episodeKeys, "SINGLE_ASSESSMENT_FLAG") + ",N,,,,\n"
                + p + "E2," + p + "P1,2025-09-01T11:00:00,N4,3A,GP," + flags(episodeKeys, "NFA_FLAG") + ",Y,RC8,2025-09-02,,\n";
        SsdImportResult result = SsdFiles.importCsv(migration, Map.of("ssd_contacts.csv", contacts, "ssd_cin_episodes.csv", episodes));
        assertThat(result.errors()).isEmpty();

        List<ContactFact> imported = contactsOf(child, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        // the placeholder contact carrying E2 is not a contact
        assertThat(imported).extracting(ContactFact::contactChildId)
                .containsExactly(local(SsdKind.CONTACT, p + "C1"), local(SsdKind.CONTACT, p + "C2"));
        assertThat(imported).allSatisfy(c -> assertThat(c.imported()).isTrue());
        assertThat(imported.get(0).decision()).isEqualTo("REFERRAL_ACCEPTED");
        assertThat(imported.get(0).referralId()).isEqualTo(local(SsdKind.REFERRAL, p + "E1"));
        assertThat(imported.get(0).receivedAt()).isEqualTo(LocalDateTime.of(2025, 3, 3, 10, 15).atZone(TimeConfiguration.LONDON).toInstant());
        assertThat(imported.get(0).sourceCode()).isEqualTo("6");
        assertThat(imported.get(1).decision()).isEqualTo("ADVICE_AND_INFORMATION");
        assertThat(imported.get(1).referralId()).isNull();

        List<ReferralFact> referrals = referralsOf(child, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(referrals).extracting(ReferralFact::referralId)
                .containsExactly(local(SsdKind.REFERRAL, p + "E1"), local(SsdKind.REFERRAL, p + "E2"));
        assertThat(referrals).allSatisfy(r -> {
            assertThat(r.imported()).isTrue();
            assertThat(r.caseId()).isNotNull();
        });
        assertThat(referrals.get(0).contactChildId()).isEqualTo(local(SsdKind.CONTACT, p + "C1"));
        assertThat(referrals.get(0).noFurtherAction()).isFalse();
        ReferralFact nfa = referrals.get(1);
        assertThat(nfa.contactChildId()).isNull();
        assertThat(nfa.referrerAgencyType()).isNull();
        assertThat(nfa.referrerAgencyName()).isNull();
        assertThat(nfa.sourceCode()).isEqualTo("3A");
        assertThat(nfa.primaryNeed()).isEqualTo("N4");
        assertThat(nfa.reReferral()).isTrue();
        assertThat(nfa.nextSteps()).contains("NO_FURTHER_ACTION");
        assertThat(nfa.noFurtherAction()).isTrue();
    }
}
