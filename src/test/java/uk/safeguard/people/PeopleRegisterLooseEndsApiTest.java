package uk.safeguard.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.safeguard.support.Api;

/** Addresses that end, household memberships that end, merges that fill blanks or refuse, names typed family-first. */
class PeopleRegisterLooseEndsApiTest extends PeopleApiTestSupport {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String[] UNIQUE = {"Cuthbertson", "Ollerenshaw", "Quarrington", "Mountbatten", "Throckmorton",
            "Wetherspoon", "Blenkinsop", "Fairweather", "Hollingsworth", "Pemberton"};

    private static String surname() {
        return UNIQUE[SEQ.getAndIncrement() % UNIQUE.length];
    }

    @Test
    void searchFamilyNameFirstWithoutACommaFindsThePerson() {
        String family = surname();
        long john = register(child("John", family, "2015-06-01"));
        assertThat(searchIds("name=" + family + "%20John")).startsWith(john);
        assertThat(searchIds("name=" + family + "%20Jon")).contains(john); // and still tolerant of typos
        var typed = as("social-worker").get("/api/people/search?name=John%20" + family).json().get(0);
        var reversed = as("social-worker").get("/api/people/search?name=" + family + "%20John").json().get(0);
        assertThat(typed.get("person").get("id").asLong()).isEqualTo(john);
        // the order typed wins a tie by a hair; the reversed reading is still a strong match
        assertThat(reversed.get("score").asDouble()).isLessThan(typed.get("score").asDouble()).isGreaterThan(2.0);
    }

    @Test
    void addressTakesAnEndDateAndCanBeEndedNotBeforeItStarted() {
        long id = register(child("Ada", surname(), "2016-02-02"));
        var bad = as("social-worker").post("/api/people/" + id + "/addresses",
                Map.of("line1", "1 Mill Lane", "postcode", "RF1 1AA", "from", "2024-05-01", "to", "2024-04-01"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("to");

        var added = as("social-worker").post("/api/people/" + id + "/addresses",
                Map.of("line1", "1 Mill Lane", "postcode", "RF1 1AA", "from", "2024-05-01"));
        assertThat(added.status()).isEqualTo(201);
        long addressId = added.json().get("addresses").get(0).get("id").asLong();

        var before = as("social-worker").post("/api/people/" + id + "/addresses/" + addressId + "/end", Map.of("to", "2024-01-01"));
        assertThat(before.status()).isEqualTo(400);
        assertThat(before.json().get("field").asString()).isEqualTo("to");
        var notADate = as("social-worker").post("/api/people/" + id + "/addresses/" + addressId + "/end", Map.of("to", "31/12/2025"));
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.json().get("field").asString()).isEqualTo("to");
        assertThat(as("police-officer").post("/api/people/" + id + "/addresses/" + addressId + "/end", Map.of("to", "2026-11-30")).status())
                .isEqualTo(403);

        var ended = as("social-worker").post("/api/people/" + id + "/addresses/" + addressId + "/end", Map.of("to", "2026-11-30"));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().get("addresses").get(0).get("to").asString()).isEqualTo("2026-11-30");
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'PERSON_ADDRESS_ENDED'").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(as("social-worker").post("/api/people/" + id + "/addresses/999999999/end", Map.of("to", "2026-11-30")).status())
                .isEqualTo(404);
    }

    @Test
    void householdMembershipCanBeEndedNotBeforeItStarted() {
        String family = surname();
        long child = register(child("Bea", family, "2017-03-03"));
        long household = as("social-worker").post("/api/people/households",
                Map.of("name", "2 Weir Road", "memberIds", List.of(child), "from", "2025-01-10")).json().get("id").asLong();
        long membership = as("social-worker").get("/api/people/" + child + "/households").json().get(0).get("members").get(0)
                .get("membershipId").asLong();
        var bad = as("social-worker").post("/api/people/households/members/" + membership + "/end", Map.of("to", "2025-01-01"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("to");
        var missing = as("social-worker").post("/api/people/households/members/" + membership + "/end", Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("field").asString()).isEqualTo("to");
        assertThat(as("social-worker").post("/api/people/households/members/" + membership + "/end", Map.of("to", "2026-06-30")).status())
                .isEqualTo(200);
        JsonNode member = as("social-worker").get("/api/people/" + child + "/households").json().get(0).get("members").get(0);
        assertThat(member.get("to").asString()).isEqualTo("2026-06-30");
        assertThat(household).isPositive();
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'HOUSEHOLD_LEFT'").param(child)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void mergeFillsTheSurvivorsBlanksFromTheDuplicateAndSaysWhich() {
        String family = surname();
        long survivor = register(child("Edward", family, null));
        Map<String, Object> dup = child("Ed", family, "2015-08-08");
        dup.put("nhsNumber", "943 476 5919");
        String upn = UniquePupilNumber.checkLetter("801200111001") + "801200111001";
        dup.put("upn", upn);
        dup.put("sex", "1");
        dup.put("ethnicity", "WBRI");
        dup.put("firstLanguage", "English");
        dup.put("disabilities", List.of("AUT"));
        var created = as("social-worker").post("/api/people", dup);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long duplicate = created.json().get("id").asLong();

        var merged = as("team-manager").post("/api/people/" + duplicate + "/merge-into/" + survivor, Map.of());
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        JsonNode s = merged.json();
        assertThat(s.get("nhsNumber").asString()).isEqualTo("9434765919");
        assertThat(s.get("dateOfBirth").asString()).isEqualTo("2015-08-08");
        assertThat(s.get("upn").asString()).isEqualTo(upn);
        assertThat(s.get("sex").asString()).isEqualTo("1");
        assertThat(s.get("ethnicity").asString()).isEqualTo("WBRI");
        assertThat(s.get("firstLanguage").asString()).isEqualTo("English");
        assertThat(s.get("disabilities").get(0).asString()).isEqualTo("AUT");
        String summary = jdbc.sql("select summary from audit_event where child_id = ? and action = 'PERSON_MERGED'").param(survivor)
                .query(String.class).single();
        assertThat(summary).contains("filled from the duplicate").contains("nhsNumber").contains("dateOfBirth").contains("disabilities");
        // the date of birth now filters searches for the survivor
        assertThat(searchIds("name=Edward%20" + family + "&dob=2015-08-08")).contains(survivor);
    }

    @Test
    void mergeOfRecordsWithDifferentNhsNumbersOrDatesOfBirthIsRefusedNamingTheField() {
        String family = surname();
        Map<String, Object> a = child("Harry", family, "2014-01-01");
        a.put("nhsNumber", "943 476 5919");
        Map<String, Object> b = child("Harold", family, "2014-01-01");
        b.put("nhsNumber", "401 023 2137");
        long first = register(a);
        long second = register(b);
        Api.Response refused = as("team-manager").post("/api/people/" + second + "/merge-into/" + first, Map.of());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body()).contains("nhsNumber").contains("NHS number");

        long third = register(child("Hal", family, "2014-01-02"));
        Api.Response refusedDob = as("team-manager").post("/api/people/" + third + "/merge-into/" + first, Map.of());
        assertThat(refusedDob.status()).isEqualTo(409);
        assertThat(refusedDob.body()).contains("dateOfBirth").contains("date of birth");
        // nothing moved: the duplicate is not marked merged
        assertThat(as("social-worker").get("/api/people/" + third).status()).isEqualTo(200);
    }
}
