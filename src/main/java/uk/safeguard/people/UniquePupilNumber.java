package uk.safeguard.people;

import java.util.Optional;

/**
 * Unique pupil number (DfE "Unique Pupil Numbers (UPNs): a guide", v1.2; CIN census rule 1510): 13 characters —
 * a check letter, then 11 digits, then a digit (permanent UPN) or a letter (temporary UPN). Letters come from
 * the SSD upn.yml set without I, O and S. The check letter is the sum of characters 2–13 weighted 2–13
 * (a letter counts as its position in the alphabet below), modulo 23, read as a letter of that alphabet.
 */
public final class UniquePupilNumber {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private UniquePupilNumber() {}

    public static String normalise(String raw) {
        return raw == null ? "" : raw.replaceAll("\\s", "").toUpperCase();
    }

    public static Optional<String> problem(String raw) {
        String upn = normalise(raw);
        if (!upn.matches("[A-HJ-NPQRT-Z][0-9]{11}[0-9A-HJ-NPQRT-Z]")) {
            return Optional.of("Unique pupil number must be 13 characters: a check letter, 11 digits, then a digit or letter (not I, O or S)");
        }
        char expected = checkLetter(upn.substring(1));
        if (upn.charAt(0) != expected) {
            return Optional.of("Unique pupil number is not valid: its check letter should be " + expected);
        }
        return Optional.empty();
    }

    /** The check letter for characters 2–13. */
    public static char checkLetter(String last12) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = last12.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : ALPHABET.indexOf(c);
            sum += value * (i + 2);
        }
        return ALPHABET.charAt(sum % 23);
    }
}
