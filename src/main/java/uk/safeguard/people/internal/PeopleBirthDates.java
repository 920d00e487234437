package uk.safeguard.people.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safeguard.clock.ChildBirthDates;

/** Gives the clocks a child's date of birth, for "review planned before the 18th birthday" (one light query). */
@Component
class PeopleBirthDates implements ChildBirthDates {
    private final JdbcClient jdbc;

    PeopleBirthDates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LocalDate> dateOfBirth(long childId) {
        return jdbc.sql("select date_of_birth from person where id = ? and date_of_birth is not null").param(childId)
                .query(LocalDate.class).optional();
    }

    @Override
    public Map<Long, LocalDate> datesOfBirth(Collection<Long> childIds) {
        Map<Long, LocalDate> dates = new HashMap<>();
        if (!childIds.isEmpty()) {
            jdbc.sql("select id, date_of_birth from person where id = any(?::bigint[]) and date_of_birth is not null")
                    .param(childIds.toArray(new Long[0]))
                    .query((RowCallbackHandler) rs -> dates.put(rs.getLong(1), rs.getDate(2).toLocalDate()));
        }
        return dates;
    }
}
