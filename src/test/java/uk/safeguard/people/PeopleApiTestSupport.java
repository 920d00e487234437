package uk.safeguard.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeguard.support.IntegrationTest;

/** What the people API tests share: a synthetic child's registration body, registering, and searching. */
abstract class PeopleApiTestSupport extends IntegrationTest {

    protected Map<String, Object> child(String given, String family, String dob) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "CHILD");
        body.put("givenNames", given);
        body.put("familyName", family);
        body.put("dateOfBirth", dob);
        body.put("confirmNoDuplicate", true);
        return body;
    }

    protected long register(Map<String, Object> body) {
        var response = as("social-worker").post("/api/people", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    protected List<Long> searchIds(String query) {
        var response = as("social-worker").get("/api/people/search?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.json().forEach(r -> ids.add(r.get("person").get("id").asLong()));
        return ids;
    }
}
