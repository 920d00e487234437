package uk.safeguard.people;

import java.util.Optional;

/**
 * NHS number: 10 digits, the 10th a modulus-11 check digit (NHS Data Dictionary, "NHS Number"):
 * weight digits 1–9 by 10 down to 2, sum, take 11 minus (sum mod 11); 11 becomes 0; 10 means the number is invalid.
 */
public final class NhsNumber {
    private NhsNumber() {}

    /** Spaces and hyphens, as people write them ("943 476 5919"), are ignored. */
    public static String normalise(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s-]", "");
    }

    /** Why this is not a valid NHS number, or empty if it is. */
    public static Optional<String> problem(String raw) {
        String digits = normalise(raw);
        if (!digits.matches("[0-9]{10}")) {
            return Optional.of("NHS number must be 10 digits, like 943 476 5919");
        }
        Integer check = checkDigit(digits.substring(0, 9));
        if (check == null) {
            return Optional.of("NHS number is not valid: its first 9 digits give a modulus-11 check digit of 10, which no NHS number has");
        }
        if (check != digits.charAt(9) - '0') {
            return Optional.of("NHS number is not valid: the last digit should be the modulus-11 check digit of the first 9 (" + check + ")");
        }
        return Optional.empty();
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /** The check digit for 9 leading digits, or null when it would be 10 (such numbers are never issued). */
    public static Integer checkDigit(String firstNine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (firstNine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return 0;
        }
        return check == 10 ? null : check;
    }

    public static String format(String digits) {
        return digits == null || digits.length() != 10 ? digits
                : digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }
}
