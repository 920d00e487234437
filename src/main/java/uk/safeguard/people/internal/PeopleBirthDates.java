package uk.safeguard.people.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safeguard.clock.ChildBirthDates;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonRecord;

/** Gives the clocks a child's date of birth, for "review planned before the 18th birthday". */
@Component
class PeopleBirthDates implements ChildBirthDates {
    private final PeopleRegister people;

    PeopleBirthDates(PeopleRegister people) {
        this.people = people;
    }

    @Override
    public Optional<LocalDate> dateOfBirth(long childId) {
        return people.find(childId).map(PersonRecord::dateOfBirth);
    }
}
