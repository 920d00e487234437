package uk.safeguard.clock;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the clocks learn a child's date of birth (for "before the 18th birthday"). The people module provides
 * it; until it does, that clock is left out for want of a birthday.
 */
public interface ChildBirthDates {
    Optional<LocalDate> dateOfBirth(long childId);

    /** Many children's dates of birth at once (for work trays); children without one are left out. */
    default java.util.Map<Long, LocalDate> datesOfBirth(java.util.Collection<Long> childIds) {
        java.util.Map<Long, LocalDate> dates = new java.util.HashMap<>();
        for (long id : childIds) {
            dateOfBirth(id).ifPresent(d -> dates.put(id, d));
        }
        return dates;
    }
}
