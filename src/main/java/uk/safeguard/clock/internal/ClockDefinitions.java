package uk.safeguard.clock.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import uk.safeguard.clock.ClockEvents;

/**
 * Reads the clock declarations (resources/clocks/clock-definitions.yml) and checks them: every event type must be
 * one of {@link ClockEvents}, every clock needs at least one version with a source. A bad file stops startup.
 */
public final class ClockDefinitions {
    public static final String RESOURCE = "/clocks/clock-definitions.yml";

    private ClockDefinitions() {}

    /** The shipped declarations; {@code localLimit} may override the amount of a local clock (null = keep). */
    public static List<ClockDefinition> load(Function<String, Integer> localLimit) {
        try (InputStream in = ClockDefinitions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return parse(in, localLimit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<ClockDefinition> load() {
        return load(id -> null);
    }

    @SuppressWarnings("unchecked")
    static List<ClockDefinition> parse(InputStream in, Function<String, Integer> localLimit) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        Map<String, Map<String, Object>> editions = (Map<String, Map<String, Object>>) root.get("editions");
        Set<String> known = ClockEvents.all();
        List<ClockDefinition> clocks = new ArrayList<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) root.get("clocks")) {
            String id = text(c, "id");
            String kind = text(c, "kind");
            if (!kind.equals("statutory") && !kind.equals("local")) {
                throw new IllegalStateException("Clock " + id + ": kind must be statutory or local");
            }
            Integer override = kind.equals("local") ? localLimit.apply(id) : null;
            List<ClockVersion> versions = new ArrayList<>();
            for (Map<String, Object> v : (List<Map<String, Object>>) c.get("versions")) {
                String edition = text(v, "edition");
                Map<String, Object> e = editions.get(edition);
                if (e == null) {
                    throw new IllegalStateException("Clock " + id + ": unknown edition " + edition);
                }
                Limit limit = limit((Map<String, Object>) v.get("limit"));
                if (override != null) {
                    limit = new Limit(override, limit.unit());
                }
                Map<String, Object> extended = (Map<String, Object>) v.get("extendedLimit");
                versions.add(new ClockVersion(edition, text(e, "title"), date(e.get("from")), limit,
                        extended == null ? null : limit(extended), text(v, "source")));
            }
            if (versions.isEmpty()) {
                throw new IllegalStateException("Clock " + id + " has no version");
            }
            ClockDefinition definition = new ClockDefinition(id, text(c, "name"), kind, text(c, "subject"),
                    events(c, "start", known, id), events(c, "stop", known, id), events(c, "cancel", known, id),
                    events(c, "extend", known, id),
                    ClockDefinition.StartPolicy.valueOf(String.valueOf(c.getOrDefault("startPolicy", "EACH"))),
                    text(c, "startDescription"), List.copyOf(versions));
            if (definition.start().isEmpty() || definition.stop().isEmpty()) {
                throw new IllegalStateException("Clock " + id + " needs start and stop events");
            }
            clocks.add(definition);
        }
        return List.copyOf(clocks);
    }

    private static Limit limit(Map<String, Object> map) {
        return new Limit(((Number) map.get("amount")).intValue(), Limit.Unit.valueOf(text(map, "unit")));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> events(Map<String, Object> clock, String key, Set<String> known, String id) {
        List<String> listed = (List<String>) clock.getOrDefault(key, List.of());
        for (String type : listed) {
            if (!known.contains(type)) {
                throw new IllegalStateException("Clock " + id + ": unknown event type " + type + " (not in ClockEvents)");
            }
        }
        return Set.copyOf(new LinkedHashSet<>(listed));
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalStateException("Clock definition is missing '" + key + "': " + map);
        }
        return String.valueOf(value);
    }

    /** SnakeYAML turns an unquoted 2013-04-15 into a java.util.Date at midnight UTC. */
    private static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value));
    }
}
