package uk.safeguard.support;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import uk.safeguard.audit.Actor;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonDetails;
import uk.safeguard.people.PersonKind;
import uk.safeguard.people.NewPerson;

/** Registers synthetic children for tests that need a real child record. */
public final class TestChildren {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String[] GIVEN = {"Tilly", "Oscar", "Maya", "Reuben", "Isla", "Felix", "Nia", "Ezra"};

    private TestChildren() {
    }

    /** A child born between 2010 and 2023 (always in the past for the test clock), named uniquely. */
    public static long register(PeopleRegister people) {
        int n = SEQUENCE.incrementAndGet();
        return register(people, GIVEN[n % GIVEN.length], "Testchild" + n, LocalDate.of(2010, 1, 1).plusDays((n * 37L) % 5_000));
    }

    public static long register(PeopleRegister people, String given, String family, LocalDate dateOfBirth) {
        PersonDetails details = new PersonDetails(PersonKind.CHILD, given, family, dateOfBirth, null, null, null, null,
                null, null, null, false, List.of());
        return people.register(Actor.SYSTEM, new NewPerson(details));
    }
}
