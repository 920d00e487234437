package uk.safeguard.migration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguard.platform.TimeConfiguration;

/**
 * The SSD CSV conventions, shared by import, export and the synthetic authority generator:
 * dates {@code YYYY-MM-DD}; date-times {@code YYYY-MM-DDTHH:MM:SS} in London local time (a plain date read as a
 * date-time means midnight); flags {@code Y}/{@code N}; outcome flags as a JSON object of {@code "Y"}/{@code "N"}
 * with every key present (as the SSD asks: "all keys in structure regardless of data presence"); assessment factors
 * as a JSON array of codes; empty = absent.
 */
public final class SsdFormat {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private SsdFormat() {}

    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public static String dateTime(LocalDateTime time) {
        return time == null ? "" : time.truncatedTo(ChronoUnit.SECONDS).format(DATE_TIME);
    }

    /** An instant as London local date-time. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : dateTime(LocalDateTime.ofInstant(instant, TimeConfiguration.LONDON));
    }

    public static String flag(Boolean value) {
        return value == null ? "" : value ? "Y" : "N";
    }

    /** Every key of {@code keys}, "Y" if in {@code on}, else "N", in the order given. */
    public static String flagsJson(java.util.List<String> keys, java.util.Set<String> on) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String k : keys) {
            m.put(k, on.contains(k) ? "Y" : "N");
        }
        return JSON.writeValueAsString(m);
    }

    public static String json(Object value) {
        return value == null ? "" : JSON.writeValueAsString(value);
    }

    public static Instant toInstant(LocalDateTime londonTime) {
        return londonTime.atZone(TimeConfiguration.LONDON).toInstant();
    }

    public static LocalDate parseDate(String v) {
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v);
            }
            LocalDateTime t = parseDateTime(v);
            return t == null ? null : t.toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static LocalDateTime parseDateTime(String v) {
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atTime(LocalTime.MIDNIGHT);
            }
            String s = v.replace(' ', 'T');
            if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return LocalDateTime.ofInstant(java.time.OffsetDateTime.parse(s).toInstant(), TimeConfiguration.LONDON);
            }
            return LocalDateTime.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static Boolean parseFlag(String v) {
        if ("Y".equalsIgnoreCase(v)) {
            return true;
        }
        if ("N".equalsIgnoreCase(v)) {
            return false;
        }
        return null;
    }

    public static JsonNode parseJson(String v) {
        try {
            return JSON.readTree(v);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A value normalised for comparing an export with the file it was imported from: dates and date-times to one
     * form, JSON re-serialised with sorted keys, everything else trimmed.
     */
    public static String normalised(String v) {
        if (v == null || v.isBlank()) {
            return "";
        }
        String s = v.strip();
        if (s.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
            LocalDateTime t = parseDateTime(s);
            if (t != null) {
                return dateTime(t);
            }
        }
        if (s.startsWith("{") || s.startsWith("[")) {
            JsonNode node = parseJson(s);
            if (node != null) {
                return JSON.writeValueAsString(sorted(node));
            }
        }
        return s;
    }

    private static Object sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> m = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                m.put(e.getKey(), sorted(e.getValue()));
            }
            return m;
        }
        if (node.isArray()) {
            java.util.List<Object> l = new java.util.ArrayList<>();
            node.forEach(n -> l.add(sorted(n)));
            return l;
        }
        return node;
    }
}
