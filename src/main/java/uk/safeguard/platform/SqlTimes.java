package uk.safeguard.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * London days as the timestamps a SQL query compares with, and timestamps read back as instants: a day runs from
 * its London midnight (included) to the next London midnight (excluded).
 */
public final class SqlTimes {

    private SqlTimes() {}

    /** The first instant of the London day. */
    public static Timestamp startOfDay(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(TimeConfiguration.LONDON).toInstant());
    }

    /** The first instant after the London day ends (the start of the next day). */
    public static Timestamp endOfDay(LocalDate day) {
        return Timestamp.from(day.plusDays(1).atStartOfDay(TimeConfiguration.LONDON).toInstant());
    }

    /** A nullable timestamp column as an instant. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
