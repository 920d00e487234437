package uk.safeguard.migration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One data row of an SSD CSV file. The typed getters parse a value and, when it is malformed, report an error
 * naming the field and the rule and return null — so a check reads each field once and every problem is listed.
 * Blank values are null everywhere.
 */
public final class SsdRow {
    private final String file;
    private final long row;
    private final Map<String, String> values;
    private final List<SsdError> errors = new ArrayList<>();

    /** @param row the row number as a spreadsheet shows it (the header is row 1) */
    public SsdRow(String file, long row, Map<String, String> values) {
        this.file = file;
        this.row = row;
        this.values = values;
    }

    public String file() {
        return file;
    }

    public long row() {
        return row;
    }

    /** The trimmed value, or null when blank or absent. */
    public String get(String field) {
        String v = values.get(field);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    public void error(String field, String rule, String message) {
        errors.add(new SsdError(file, row, field, rule, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<SsdError> errors() {
        return Collections.unmodifiableList(errors);
    }

    /** The value, or an error {@code required} and null. */
    public String required(String field) {
        String v = get(field);
        if (v == null) {
            error(field, "required", field + " is required");
        }
        return v;
    }

    /** The value, or an error {@code max-length} if longer than {@code max}. */
    public String text(String field, int max) {
        String v = get(field);
        if (v != null && v.length() > max) {
            error(field, "max-length", field + " must be at most " + max + " characters (it has " + v.length() + ")");
            return null;
        }
        return v;
    }

    /** A date: {@code YYYY-MM-DD}, or a date-time whose date part is taken. Error {@code date}. */
    public LocalDate date(String field) {
        String v = get(field);
        if (v == null) {
            return null;
        }
        LocalDate d = SsdFormat.parseDate(v);
        if (d == null) {
            error(field, "date", field + " must be a date in the form YYYY-MM-DD (it is \"" + v + "\")");
        }
        return d;
    }

    /**
     * A date-time: {@code YYYY-MM-DDTHH:MM[:SS]} (or with a space), London local time; a plain date means midnight.
     * Error {@code date}.
     */
    public LocalDateTime dateTime(String field) {
        String v = get(field);
        if (v == null) {
            return null;
        }
        LocalDateTime t = SsdFormat.parseDateTime(v);
        if (t == null) {
            error(field, "date", field + " must be a date-time in the form YYYY-MM-DDTHH:MM:SS or a date YYYY-MM-DD (it is \"" + v + "\")");
        }
        return t;
    }

    /** {@link #dateTime} as an instant (London local time). */
    public Instant instant(String field) {
        LocalDateTime t = dateTime(field);
        return t == null ? null : SsdFormat.toInstant(t);
    }

    /** A flag: {@code Y} or {@code N} (either case). Error {@code flag}. */
    public Boolean flag(String field) {
        String v = get(field);
        if (v == null) {
            return null;
        }
        Boolean b = SsdFormat.parseFlag(v);
        if (b == null) {
            error(field, "flag", field + " must be Y or N (it is \"" + v + "\")");
        }
        return b;
    }

    /**
     * A code from a code list ({@code list} names it, e.g. {@code sex}, from standards/ssd/categories/sex.yml).
     * Error {@code code:<list>}.
     */
    public String code(String field, String list, Set<String> allowed) {
        String v = get(field);
        if (v == null) {
            return null;
        }
        if (!allowed.contains(v)) {
            error(field, "code:" + list, field + " must be a code from the " + list + " list (it is \"" + v + "\")");
            return null;
        }
        return v;
    }

    public Integer integer(String field) {
        String v = get(field);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            error(field, "integer", field + " must be a whole number (it is \"" + v + "\")");
            return null;
        }
    }

    public Double decimal(String field) {
        String v = get(field);
        if (v == null) {
            return null;
        }
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            error(field, "number", field + " must be a number (it is \"" + v + "\")");
            return null;
        }
    }

    /** A JSON value (the SSD's {@code *_json} fields). Error {@code json}. */
    public JsonNode json(String field) {
        String v = get(field);
        if (v == null) {
            return null;
        }
        JsonNode node = SsdFormat.parseJson(v);
        if (node == null) {
            error(field, "json", field + " must be valid JSON (it is \"" + (v.length() > 60 ? v.substring(0, 60) + "…" : v) + "\")");
        }
        return node;
    }

    /**
     * An SSD outcome-flags JSON object ({@code {"NFA_FLAG":"Y","SINGLE_ASSESSMENT_FLAG":"N",...}}): the keys whose
     * value is Y. Keys not in {@code allowedKeys} → error {@code json-key}. Empty or blank → empty set.
     */
    public Set<String> flagsJson(String field, Set<String> allowedKeys) {
        JsonNode node = json(field);
        if (node == null) {
            return Set.of();
        }
        if (!node.isObject()) {
            error(field, "json", field + " must be a JSON object of flags");
            return Set.of();
        }
        Set<String> on = new java.util.TreeSet<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!allowedKeys.contains(e.getKey())) {
                error(field, "json-key", field + " has an unknown key \"" + e.getKey() + "\"");
                continue;
            }
            if (e.getValue().isString() && "Y".equalsIgnoreCase(e.getValue().asString())) {
                on.add(e.getKey());
            }
        }
        return on;
    }
}
