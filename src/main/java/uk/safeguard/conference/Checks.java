package uk.safeguard.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import uk.safeguard.platform.TimeConfiguration;

/** Small helpers shared by the conference services. */
final class Checks {
    private Checks() {}

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    static boolean allBlank(Object... values) {
        for (Object v : values) {
            if (v instanceof String s ? !s.isBlank() : v != null) {
                return false;
            }
        }
        return true;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static Instant instant(LocalDateTime local) {
        return local.atZone(TimeConfiguration.LONDON).toInstant();
    }

    static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, TimeConfiguration.LONDON);
    }

    /** A day's fact (a core group on a day, a plan ended on a day) as a moment: noon London. */
    static Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(TimeConfiguration.LONDON).toInstant();
    }
}
