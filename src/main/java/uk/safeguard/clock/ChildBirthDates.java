package uk.safeguard.clock;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the clocks learn a child's date of birth (for "before the 18th birthday"). The people module provides
 * it; until it does, that clock is left out for want of a birthday.
 */
public interface ChildBirthDates {
    Optional<LocalDate> dateOfBirth(long childId);
}
