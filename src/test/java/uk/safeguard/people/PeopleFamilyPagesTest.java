package uk.safeguard.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.support.IntegrationTest;
import uk.safeguard.support.TestChildren;
import uk.safeguard.support.WebSession;

/** Relationships, households and addresses from the GOV.UK pages (no JavaScript; real HTTP with a signed-in session). */
class PeopleFamilyPagesTest extends IntegrationTest {
    @Autowired
    PeopleRegister people;

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void relationshipIsAddedByFindingThePersonByNameAndPickingThem() {
        long child = TestChildren.register(people, "Wilf", "Gallimore", LocalDate.of(2018, 2, 3));
        long mother = TestChildren.register(people, "Rosa", "Gallimore", LocalDate.of(2010, 1, 1));
        WebSession web = WebSession.signIn(baseUrl(), "social-worker");

        // step 1: an empty search names the field
        HttpResponse<String> empty = web.get("/people/" + child + "/relationships/new?name=");
        assertThat(empty.body()).contains("govuk-error-summary").contains("href=\"#name\"");

        // step 1: family name first, no record number
        HttpResponse<String> found = web.get("/people/" + child + "/relationships/new?name=Gallimore+Rosa&dobDay=1&dobMonth=1&dobYear=2010");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("type=\"radio\"").contains("value=\"" + mother + "\"").contains("Rosa Gallimore")
                .doesNotContain("value=\"" + child + "\"");

        // step 2 without a choice or a type: both named, the search kept
        HttpResponse<String> missing = web.post("/people/" + child + "/relationships/new",
                form("name", "Gallimore Rosa", "dobDay", "1", "dobMonth", "1", "dobYear", "2010", "type", "",
                        "fromDay", "5", "fromMonth", "6", "fromYear", "2020", "toDay", "1", "toMonth", "1", "toYear", "2019"));
        assertThat(missing.body()).contains("govuk-error-summary").contains("href=\"#relatedPersonId\"").contains("href=\"#type\"")
                .contains("href=\"#to-day\"").contains("value=\"" + mother + "\"");

        HttpResponse<String> added = web.post("/people/" + child + "/relationships/new",
                form("name", "Gallimore Rosa", "relatedPersonId", String.valueOf(mother), "type", "PARENT", "parentalResponsibility", "true",
                        "fromDay", "3", "fromMonth", "2", "fromYear", "2018"));
        assertThat(added.uri().getPath()).isEqualTo("/people/" + child);
        assertThat(added.body()).contains("Relationship added").contains("Has parental responsibility");
        RelationshipView r = people.relationshipsOf(child).get(0);
        assertThat(r.other().id()).isEqualTo(mother);
        assertThat(r.type()).isEqualTo(RelationshipType.PARENT);
        assertThat(r.from()).isEqualTo(LocalDate.of(2018, 2, 3));
    }

    @Test
    void householdIsCreatedJoinedAndLeftFromThePersonsPage() {
        long child = TestChildren.register(people, "Nell", "Ashdown", LocalDate.of(2016, 7, 7));
        long brother = TestChildren.register(people, "Otto", "Ashdown", LocalDate.of(2014, 4, 4));
        WebSession web = WebSession.signIn(baseUrl(), "social-worker");
        assertThat(web.get("/people/" + child).body()).contains("Create a household with");

        web.get("/people/" + child + "/households/new");
        HttpResponse<String> bad = web.post("/people/" + child + "/households/new", form("name", " ", "fromDay", "31", "fromMonth", "2", "fromYear", "2024"));
        assertThat(bad.body()).contains("href=\"#name\"").contains("href=\"#from-day\"").contains("must be a real date");

        HttpResponse<String> created = web.post("/people/" + child + "/households/new",
                form("name", "7 Ferry Lane", "fromDay", "1", "fromMonth", "3", "fromYear", "2024"));
        assertThat(created.body()).contains("Household created").contains("7 Ferry Lane");
        HouseholdView household = people.householdsOf(child).get(0);
        assertThat(household.members().get(0).from()).isEqualTo(LocalDate.of(2024, 3, 1));

        HttpResponse<String> search = web.get("/people/" + child + "/households/" + household.id() + "/members/new?name=Otto+Ashdown");
        assertThat(search.body()).contains("value=\"" + brother + "\"");
        HttpResponse<String> noChoice = web.post("/people/" + child + "/households/" + household.id() + "/members/new",
                form("name", "Otto Ashdown", "fromDay", "1", "fromMonth", "3", "fromYear", "2024"));
        assertThat(noChoice.body()).contains("href=\"#personId\"");
        HttpResponse<String> joined = web.post("/people/" + child + "/households/" + household.id() + "/members/new",
                form("name", "Otto Ashdown", "personId", String.valueOf(brother), "fromDay", "1", "fromMonth", "3", "fromYear", "2024",
                        "toDay", "1", "toMonth", "9", "toYear", "2025"));
        assertThat(joined.body()).contains("Added to the household").contains("Otto Ashdown");
        assertThat(people.householdsOf(brother).get(0).members()).extracting(m -> m.person().id()).contains(child, brother);

        long membership = household.members().get(0).membershipId();
        web.get("/people/" + child + "/households/memberships/" + membership + "/end");
        HttpResponse<String> early = web.post("/people/" + child + "/households/memberships/" + membership + "/end",
                form("toDay", "1", "toMonth", "1", "toYear", "2024"));
        assertThat(early.body()).contains("href=\"#to-day\"").contains("same as or after the start date");
        HttpResponse<String> left = web.post("/people/" + child + "/households/memberships/" + membership + "/end",
                form("toDay", "30", "toMonth", "11", "toYear", "2026"));
        assertThat(left.body()).contains("Date of leaving the household saved").contains("left 30 Nov 2026");
    }

    @Test
    void addressTakesAnOptionalEndDateAndCanBeEnded() {
        long child = TestChildren.register(people, "Ivy", "Penhallow", LocalDate.of(2015, 5, 5));
        WebSession web = WebSession.signIn(baseUrl(), "social-worker");
        web.get("/people/" + child + "/addresses/new");
        HttpResponse<String> bad = web.post("/people/" + child + "/addresses/new",
                form("line1", "9 Quay Street", "postcode", "RF3 3AB", "fromDay", "1", "fromMonth", "6", "fromYear", "2025",
                        "toDay", "1", "toMonth", "5", "toYear", "2025"));
        assertThat(bad.body()).contains("govuk-error-summary").contains("href=\"#to-day\"");
        HttpResponse<String> added = web.post("/people/" + child + "/addresses/new",
                form("line1", "9 Quay Street", "postcode", "RF3 3AB", "fromDay", "1", "fromMonth", "6", "fromYear", "2025"));
        assertThat(added.body()).contains("Record moving out");
        long addressId = people.find(child).orElseThrow().addresses().get(0).id();

        web.get("/people/" + child + "/addresses/" + addressId + "/end");
        HttpResponse<String> blank = web.post("/people/" + child + "/addresses/" + addressId + "/end", form());
        assertThat(blank.body()).contains("href=\"#to-day\"").contains("Enter the date they moved out");
        HttpResponse<String> ended = web.post("/people/" + child + "/addresses/" + addressId + "/end",
                form("toDay", "20", "toMonth", "11", "toYear", "2026"));
        assertThat(ended.body()).contains("Date of moving out saved").contains("to 20 Nov 2026");
        assertThat(people.find(child).orElseThrow().addresses().get(0).to()).isEqualTo(LocalDate.of(2026, 11, 20));
    }
}
