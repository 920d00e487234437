package uk.safeguard.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.safeguard.support.Api;

class PeopleApiTest extends PeopleApiTestSupport {
    @Override
    protected Map<String, Object> child(String given, String family, String dob) {
        Map<String, Object> body = super.child(given, family, dob);
        body.put("sex", "1");
        body.put("ethnicity", "WBRI");
        return body;
    }

    /** Each test's people get their own family name so tests (and the demo data) never match each other. */
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String[] UNIQUE = {"Quillfeather", "Marchbanks", "Pendergast", "Wolstenholme", "Brackenridge",
            "Fotheringham", "Ravenscroft", "Winterbottom", "Attenborough", "Cholmondeley", "Haverstock", "Illingworth"};

    private static String surname() {
        return UNIQUE[SEQ.getAndIncrement() % UNIQUE.length];
    }

    @Test
    void registersAndReadsBackAChildWithAddressAndAuditsIt() {
        String family = surname();
        Map<String, Object> body = child("Jonathan", family, "2018-04-15");
        body.put("nhsNumber", "943 476 5919");
        body.put("disabilities", List.of("AUT"));
        body.put("address", Map.of("line1", "1 Canal Side", "town", "Riverford", "postcode", "rf1 2ab", "from", "2020-01-01"));
        long id = register(body);
        JsonNode person = as("social-worker").get("/api/people/" + id).json();
        assertThat(person.get("displayName").asString()).isEqualTo("Jonathan " + family);
        assertThat(person.get("nhsNumber").asString()).isEqualTo("9434765919");
        assertThat(person.get("age").asInt()).isEqualTo(8);
        assertThat(person.get("addresses").get(0).get("postcode").asString()).isEqualTo("RF1 2AB");
        assertThat(person.get("version").asLong()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'PERSON_REGISTERED'").param(id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void invalidNhsNumberIsRefusedNamingTheFieldAndTheRule() {
        Map<String, Object> body = child("Amy", surname(), "2019-01-01");
        body.put("nhsNumber", "9434765918");
        var response = as("social-worker").post("/api/people", body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("nhsNumber");
        assertThat(response.json().get("message").asString()).contains("modulus-11 check digit");
    }

    @Test
    void badInputNamesTheField() {
        var badDate = as("social-worker").post("/api/people", child("Amy", surname(), "2019-02-30"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("field").asString()).isEqualTo("dateOfBirth");

        Map<String, Object> noName = child("", surname(), "2019-01-01");
        assertThat(as("social-worker").post("/api/people", noName).json().get("field").asString()).isEqualTo("givenNames");

        Map<String, Object> badCode = child("Amy", surname(), "2019-01-01");
        badCode.put("ethnicity", "XXXX");
        assertThat(as("social-worker").post("/api/people", badCode).json().get("field").asString()).isEqualTo("ethnicity");

        Map<String, Object> adultChild = child("Amy", surname(), "1990-01-01");
        assertThat(as("social-worker").post("/api/people", adultChild).json().get("message").asString()).contains("under 18");

        Map<String, Object> unborn = child("Baby", surname(), null);
        unborn.put("kind", "UNBORN");
        assertThat(as("social-worker").post("/api/people", unborn).json().get("field").asString()).isEqualTo("expectedDeliveryDate");

        long id = register(child("Amy", surname(), "2019-01-01"));
        var badPostcode = as("social-worker").post("/api/people/" + id + "/addresses", Map.of("line1", "2 Mill Lane", "postcode", "NOT A CODE"));
        assertThat(badPostcode.status()).isEqualTo(400);
        assertThat(badPostcode.json().get("field").asString()).isEqualTo("postcode");
        assertThat(as("social-worker").get("/api/people/search?dob=yesterday").json().get("field").asString()).isEqualTo("dob");
    }

    @Test
    void searchToleratesTyposNicknamesSoundAlikesAndFindsAliases() {
        String family = "Smith";
        long jonathan = register(child("Jonathan", family, "2016-03-03"));
        long robert = register(child("Robert", "Thistlewood", "2015-05-05"));
        long catherine = register(child("Catherine", "Featherstonehaugh", "2014-06-06"));
        as("social-worker").post("/api/people/" + catherine + "/names", Map.of("type", "ALIAS", "givenNames", "Kitty", "familyName", "Blaxland"));

        assertThat(searchIds("name=Jon%20Smyth")).contains(jonathan);          // nickname + sound-alike
        assertThat(searchIds("name=Jonathon%20Smith")).contains(jonathan);     // typo
        assertThat(searchIds("name=Bob%20Thistlewood")).contains(robert);      // nickname
        assertThat(searchIds("name=Robert%20Thistelwood")).contains(robert);   // typo
        assertThat(searchIds("name=Kitty%20Blaxland")).contains(catherine);    // alias
        assertThat(searchIds("name=Kate%20Featherstonhaugh")).contains(catherine);
        assertThat(searchIds("name=Smith&dob=2016-03-03")).contains(jonathan);
        assertThat(searchIds("name=Jon%20Smyth&dob=2016-03-04")).doesNotContain(jonathan);
        // best match first
        assertThat(searchIds("name=Robert%20Thistlewood").get(0)).isEqualTo(robert);
    }

    @Test
    void searchToleratesTwoLettersTypedTheWrongWayRound() {
        long nadia = register(child("Nadia", "Garnerby", "2018-02-02"));
        assertThat(searchIds("name=Nadia%20Ganrerby")).contains(nadia);
        assertThat(searchIds("name=Naida%20Garnerby")).contains(nadia);
    }

    @Test
    void searchByNhsNumberDobAndPostcode() {
        Map<String, Object> body = child("Evie", surname(), "2017-07-07");
        body.put("nhsNumber", "9990000018");
        body.put("address", Map.of("line1", "9 Weaver Close", "postcode", "RF9 9ZZ"));
        assertThat(NhsNumber.isValid("9990000018")).isTrue();
        long id = register(body);
        assertThat(searchIds("nhsNumber=999%20000%200018")).containsExactly(id);
        assertThat(searchIds("postcode=rf99zz")).contains(id);
        assertThat(searchIds("dob=2017-07-07")).contains(id);
    }

    @Test
    void registeringALikelyDuplicateFirstShowsTheMatches() {
        String family = surname();
        long existing = register(child("William", family, "2015-09-09"));
        Map<String, Object> again = child("Bill", family, "2015-09-09");
        again.remove("confirmNoDuplicate");
        var response = as("social-worker").post("/api/people", again);
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("matches").get(0).get("person").get("id").asLong()).isEqualTo(existing);

        var matches = as("social-worker").post("/api/people/matches", again);
        assertThat(matches.json().get(0).get("person").get("id").asLong()).isEqualTo(existing);

        again.put("confirmNoDuplicate", true);
        assertThat(as("social-worker").post("/api/people", again).status()).isEqualTo(201);
    }

    @Test
    void staleUpdateIsRefusedWith409() {
        String family = surname();
        long id = register(child("Oscar", family, "2016-01-01"));
        Map<String, Object> edit = child("Oscar", family, "2016-01-02");
        edit.put("version", 1);
        var first = as("social-worker").put("/api/people/" + id, edit);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("version").asLong()).isEqualTo(2);

        Map<String, Object> stale = child("Oskar", family, "2016-01-01");
        stale.put("version", 1);
        var second = as("team-manager").put("/api/people/" + id, stale);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("message").asString()).contains("changed by someone else");
        assertThat(as("social-worker").get("/api/people/" + id).json().get("dateOfBirth").asString()).isEqualTo("2016-01-02");

        edit.remove("version");
        assertThat(as("social-worker").put("/api/people/" + id, edit).json().get("field").asString()).isEqualTo("version");
    }

    @Test
    void managerMergesADuplicateWhichThenRedirects() {
        String family = surname();
        long survivor = register(child("Thomas", family, "2014-02-02"));
        long duplicate = register(child("Tom", family, "2014-02-02"));
        long mother = register(Map.of("kind", "ADULT", "givenNames", "Sarah", "familyName", family, "dateOfBirth", "1990-01-01", "confirmNoDuplicate", true));
        as("social-worker").post("/api/people/" + duplicate + "/relationships", Map.of("relatedPersonId", mother, "type", "PARENT", "parentalResponsibility", true));
        as("social-worker").post("/api/people/" + duplicate + "/addresses", Map.of("line1", "4 Oak Avenue", "postcode", "RF4 4AB"));
        as("social-worker").post("/api/people/households", Map.of("name", "4 Oak Avenue", "memberIds", List.of(duplicate, mother)));

        assertThat(as("social-worker").post("/api/people/" + duplicate + "/merge-into/" + survivor, Map.of()).status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from access_denial where child_id = ? and actor_username = 'social-worker'").param(duplicate)
                .query(Integer.class).single()).isEqualTo(1);

        var merged = as("team-manager").post("/api/people/" + duplicate + "/merge-into/" + survivor, Map.of());
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        JsonNode s = merged.json();
        assertThat(s.get("otherNames").get(0).get("givenNames").asString()).isEqualTo("Tom");
        assertThat(s.get("otherNames").get(0).get("type").asString()).isEqualTo("PREVIOUS");
        assertThat(s.get("addresses").get(0).get("postcode").asString()).isEqualTo("RF4 4AB");
        var relationships = as("social-worker").get("/api/people/" + survivor + "/relationships").json();
        assertThat(relationships.get(0).get("other").get("id").asLong()).isEqualTo(mother);
        assertThat(relationships.get(0).get("role").asString()).isEqualTo("Parent");
        assertThat(relationships.get(0).get("otherHasParentalResponsibility").asBoolean()).isTrue();
        assertThat(as("social-worker").get("/api/people/" + survivor + "/households").json().get(0).get("members")).hasSize(2);

        Api.Response redirect = as("social-worker").get("/api/people/" + duplicate);
        assertThat(redirect.status()).isEqualTo(308);
        assertThat(redirect.json().get("mergedInto").asLong()).isEqualTo(survivor);
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'PERSON_MERGED'").param(survivor)
                .query(Integer.class).single()).isEqualTo(1);
        // the old name now finds the survivor
        assertThat(searchIds("name=Tom%20" + family + "&dob=2014-02-02")).contains(survivor).doesNotContain(duplicate);
    }

    @Test
    void partnerCannotSeeAnUnlinkedPersonAndTheAttemptIsLogged() {
        long id = register(child("Grace", surname(), "2013-03-03"));
        var response = as("police-officer").get("/api/people/" + id);
        assertThat(response.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from access_denial where child_id = ? and actor_username = 'police-officer'").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(as("police-officer").post("/api/people", child("Grace", surname(), "2013-03-03")).status()).isEqualTo(403);
        assertThat(as("councillor").get("/api/people/search?name=Grace").json()).isEmpty();
    }

    @Test
    void demoFamiliesAreLoadedOnce() {
        assertThat(jdbc.sql("select count(*) from people_demo_member").query(Integer.class).single()).isBetween(250, 400);
        assertThat(jdbc.sql("select count(distinct family_no) from people_demo_member").query(Integer.class).single()).isEqualTo(80);
        assertThat(jdbc.sql("select count(*) from person p join people_demo_member m on m.person_id = p.id where p.kind = 'UNBORN'")
                .query(Integer.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from person p join people_demo_member m on m.person_id = p.id where p.nhs_number not like '999%'")
                .query(Integer.class).single()).isZero();
    }
}
