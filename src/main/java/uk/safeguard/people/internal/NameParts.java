package uk.safeguard.people.internal;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared: lower case, accents dropped, only letters kept ("O'Brien-Smith" → "obriensmith"). */
public final class NameParts {
    private NameParts() {}

    public static String normalise(String part) {
        if (part == null) {
            return "";
        }
        String plain = Normalizer.normalize(part, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** The first given name is the one people search by. */
    public static String firstGiven(String givenNames) {
        if (givenNames == null) {
            return "";
        }
        String trimmed = givenNames.trim();
        int space = trimmed.indexOf(' ');
        return normalise(space < 0 ? trimmed : trimmed.substring(0, space));
    }
}
