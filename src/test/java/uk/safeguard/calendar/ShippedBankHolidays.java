package uk.safeguard.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bank holidays exactly as the Flyway migration ships them, read without a database (for plain unit tests). */
public final class ShippedBankHolidays {
    private static final Pattern ROW = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '((?:[^']|'')*)'\\)");
    private static final List<BankHoliday> ALL = load();

    private ShippedBankHolidays() {}

    public static List<BankHoliday> all() {
        return ALL;
    }

    public static WorkingDays workingDays() {
        return new WorkingDays(ALL);
    }

    private static List<BankHoliday> load() {
        try (InputStream in = ShippedBankHolidays.class.getResourceAsStream("/db/migration/V10__calendar.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<BankHoliday> holidays = new ArrayList<>();
            Matcher m = ROW.matcher(sql);
            while (m.find()) {
                holidays.add(new BankHoliday(LocalDate.parse(m.group(1)), m.group(2).replace("''", "'")));
            }
            return List.copyOf(holidays);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
