package uk.safeguard.synthetic.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Working days over epoch days, as arrays for speed. Same convention as {@code calendar.WorkingDays}: a working day is
 * not a Saturday, Sunday or England and Wales bank holiday (WT2023 footnote 187); "n working days after d" never
 * counts d. Bank holidays 2010-2030 copied from the V10 calendar migration (bank-holidays.txt).
 */
public final class WorkCalendar {
    private final int base;
    private final boolean[] working;
    private final int[] cumulative; // working days in [base, base + i]
    private final int[] nth;        // epoch day of the k-th working day (k = cumulative value)

    public WorkCalendar(int fromEpochDay, int toEpochDay) {
        base = fromEpochDay;
        int n = toEpochDay - fromEpochDay + 1;
        working = new boolean[n];
        cumulative = new int[n];
        boolean[] holiday = new boolean[n];
        for (LocalDate d : bankHolidays()) {
            int i = (int) d.toEpochDay() - base;
            if (i >= 0 && i < n) {
                holiday[i] = true;
            }
        }
        int count = 0;
        nth = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int dow = (int) Math.floorMod(base + i + 3, 7); // 0 = Monday
            working[i] = dow < 5 && !holiday[i];
            if (working[i]) {
                count++;
                nth[count] = base + i;
            }
            cumulative[i] = count;
        }
    }

    public boolean isWorking(int day) {
        return working[day - base];
    }

    /** The n-th working day after {@code day} (n >= 0). */
    public int add(int day, int n) {
        if (n == 0) {
            return day;
        }
        return nth[cumulative[day - base] + n];
    }

    /** Working days after {@code from} up to and including {@code to}. */
    public int count(int from, int to) {
        return cumulative[to - base] - cumulative[from - base];
    }

    /** {@code day} if it is a working day, else the next one. */
    public int onOrAfter(int day) {
        return working[day - base] ? day : add(day, 1);
    }

    /** {@code day} if it is a working day, else the one before. */
    public int onOrBefore(int day) {
        int d = day;
        while (!working[d - base]) {
            d--;
        }
        return d;
    }

    static LocalDate[] bankHolidays() {
        try (var in = WorkCalendar.class.getResourceAsStream("/uk/safeguard/synthetic/bank-holidays.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(LocalDate::parse).toArray(LocalDate[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "WorkCalendar from " + LocalDate.ofEpochDay(base) + " (" + Arrays.stream(cumulative).max().orElse(0) + " working days)";
    }
}
