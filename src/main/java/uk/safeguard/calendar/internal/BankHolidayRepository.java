package uk.safeguard.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeguard.calendar.BankHoliday;

@Repository
public class BankHolidayRepository {
    private final JdbcClient jdbc;

    public BankHolidayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<BankHoliday> all() {
        return jdbc.sql("select holiday_date, name from bank_holiday order by holiday_date")
                .query((rs, i) -> new BankHoliday(rs.getObject("holiday_date", LocalDate.class), rs.getString("name")))
                .list();
    }

    public Optional<BankHoliday> find(LocalDate date) {
        return jdbc.sql("select holiday_date, name from bank_holiday where holiday_date = ?").param(date)
                .query((rs, i) -> new BankHoliday(rs.getObject("holiday_date", LocalDate.class), rs.getString("name")))
                .optional();
    }

    /** False when the day is already a bank holiday. */
    public boolean insert(BankHoliday holiday) {
        return jdbc.sql("insert into bank_holiday(holiday_date, name) values (?, ?) on conflict do nothing")
                .params(holiday.date(), holiday.name()).update() == 1;
    }

    public boolean delete(LocalDate date) {
        return jdbc.sql("delete from bank_holiday where holiday_date = ?").param(date).update() == 1;
    }
}
