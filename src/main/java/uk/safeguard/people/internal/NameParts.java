package uk.safeguard.people.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared: lower case, accents dropped, only letters kept ("O'Brien-Smith" → "obriensmith"). */
public final class NameParts {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");

    private NameParts() {}

    public static String normalise(String part) {
        if (part == null) {
            return "";
        }
        if (plainLetters(part)) { // most names: no accents or punctuation (a bulk import normalises millions)
            return part.toLowerCase(Locale.ROOT);
        }
        String plain = MARKS.matcher(Normalizer.normalize(part, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTER.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static boolean plainLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
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
