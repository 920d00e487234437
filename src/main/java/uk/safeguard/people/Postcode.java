package uk.safeguard.people;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * UK postcode format (outward code, space, inward code), after the pattern in the government data standards
 * catalogue / BS 7666. This checks the format only, not that the postcode exists.
 */
public final class Postcode {
    private static final Pattern FORMAT = Pattern.compile(
            "^(GIR0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y])[0-9][ABD-HJLNP-UW-Z]{2})$");

    private static final Pattern SPACE = Pattern.compile("\\s");

    private Postcode() {}

    /** Upper case without spaces: the form stored for searching. */
    public static String normalise(String raw) {
        return raw == null ? "" : SPACE.matcher(raw).replaceAll("").toUpperCase();
    }

    /** "rf12ab" → "RF1 2AB". */
    public static String format(String raw) {
        String p = normalise(raw);
        return p.length() < 5 ? p : p.substring(0, p.length() - 3) + " " + p.substring(p.length() - 3);
    }

    public static Optional<String> problem(String raw) {
        return FORMAT.matcher(normalise(raw)).matches() ? Optional.empty()
                : Optional.of("Enter a real UK postcode, like SW1A 1AA");
    }
}
