package uk.safeguard.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguard.audit.Actor;
import uk.safeguard.people.ChildFacts.ChildCharacteristics;
import uk.safeguard.support.Api;
import uk.safeguard.support.IntegrationTest;

class ChildFactsTest extends IntegrationTest {
    @Autowired
    ChildFacts facts;
    @Autowired
    PeopleRegister people;

    private long child(String given, String family, String sex, List<String> disabilities, NewAddress address) {
        PersonDetails d = new PersonDetails(PersonKind.CHILD, given, family, LocalDate.of(2015, 3, 4), null, sex, sex, "WBRI",
                null, null, null, false, disabilities);
        return people.register(Actor.SYSTEM, new NewPerson(d, address));
    }

    @Test
    void characteristicsCarryTheCurrentNamePostcodeAndDisabilitiesAndAMergedDuplicateAnswersForItsSurvivor() {
        String family = "Factsfamily" + System.nanoTime() % 100000;
        long survivor = child("Thomas", family, "1", List.of("MOB", "AUT"),
                new NewAddress("4 Oak Avenue", null, "Riverford", "RF4 4AB", LocalDate.of(2020, 1, 1), null));
        people.addAddress(Actor.SYSTEM, survivor, new NewAddress("9 New Road", null, "Riverford", "RF9 9ZZ", LocalDate.of(2026, 6, 1), null));
        long duplicate = child("Tom", family, "2", List.of(), null);
        long none = child("Isla", family, null, List.of(), null);

        Api.Response merged = as("team-manager").post("/api/people/" + duplicate + "/merge-into/" + survivor, Map.of());
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);

        Map<Long, ChildCharacteristics> found = facts.characteristics(List.of(survivor, duplicate, none, -1L));
        assertThat(found).containsOnlyKeys(survivor, duplicate, none);
        ChildCharacteristics s = found.get(survivor);
        assertThat(s.personId()).isEqualTo(survivor);
        assertThat(s.givenNames()).isEqualTo("Thomas");
        assertThat(s.familyName()).isEqualTo(family);
        assertThat(s.dateOfBirth()).isEqualTo(LocalDate.of(2015, 3, 4));
        assertThat(s.sex()).isEqualTo("M");
        assertThat(s.gender()).isEqualTo("1");
        assertThat(s.ethnicity()).isEqualTo("WBRI");
        assertThat(s.disabilities()).containsExactly("AUT", "MOB");
        assertThat(s.kind()).isEqualTo("CHILD");
        // both addresses are open: the latest to start is the current one
        assertThat(s.postcode()).isEqualTo("RF9 9ZZ");
        assertThat(found.get(duplicate)).isEqualTo(s);
        ChildCharacteristics n = found.get(none);
        assertThat(n.sex()).isEqualTo("U");
        assertThat(n.disabilities()).isEmpty();
        assertThat(n.postcode()).isNull();

        assertThat(facts.mergedAway()).contains(duplicate).doesNotContain(survivor, none);
        assertThat(facts.mergedInto(survivor)).containsExactly(duplicate);
        assertThat(facts.mergedInto(duplicate)).isEmpty();
        assertThat(facts.characteristics(List.of())).isEmpty();
    }
}
