package uk.safeguard.recording;

import java.time.LocalDate;
import java.util.List;
import uk.safeguard.audit.Actor;
import uk.safeguard.people.NewPerson;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonDetails;
import uk.safeguard.people.PersonKind;

/** Synthetic adults for the recording tests (a parent in the child's household). */
final class RecordingTestPeople {
    private static int n;

    private RecordingTestPeople() {}

    static synchronized long adult(PeopleRegister people) {
        n++;
        PersonDetails details = new PersonDetails(PersonKind.ADULT, "Dana", "Testparent" + n, LocalDate.of(1990, 1, 1).plusDays(n * 11L),
                null, null, null, null, null, null, null, false, List.of());
        return people.register(Actor.SYSTEM, new NewPerson(details));
    }

    /** The child and the adult living together from a year ago. */
    static void household(PeopleRegister people, long child, long adult) {
        people.createHousehold(Actor.SYSTEM, "Home", List.of(child, adult), LocalDate.of(2025, 12, 1));
    }
}
