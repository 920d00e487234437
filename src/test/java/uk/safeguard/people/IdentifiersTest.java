package uk.safeguard.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void nhsNumberWithTheRightCheckDigitIsValid() {
        assertThat(NhsNumber.isValid("9434765919")).isTrue();      // NHS Digital's published example
        assertThat(NhsNumber.isValid("943 476 5919")).isTrue();    // spaces as people write it
        assertThat(NhsNumber.checkDigit("999000001")).isEqualTo(8); // 90+81+72+2 = 245; 245 mod 11 = 3; 11 - 3 = 8
    }

    @Test
    void nhsNumberWithTheWrongCheckDigitIsRefusedSayingWhy() {
        assertThat(NhsNumber.problem("9434765918")).get().asString().contains("modulus-11 check digit").contains("(9)");
        assertThat(NhsNumber.problem("94347659")).get().asString().contains("10 digits");
        assertThat(NhsNumber.problem("94347659AB")).isPresent();
    }

    @Test
    void checkDigitTenMeansNoValidNumber() {
        // 999000000: 90 + 81 + 72 = 243; 243 mod 11 = 1; 11 - 1 = 10, so no 999000000x is a valid NHS number
        String prefix = "999000000";
        assertThat(NhsNumber.checkDigit(prefix)).isNull();
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.isValid(prefix + last)).as(prefix + last).isFalse();
        }
        assertThat(NhsNumber.problem(prefix + "0")).get().asString().contains("check digit of 10");
        // 1000000010: 1*10 + 1*2 = 12; 12 mod 11 = 1; 11 - 1 = 10: never issued
        assertThat(NhsNumber.checkDigit("100000001")).isNull();
    }

    @Test
    void checkDigitElevenBecomesZero() {
        // 000000000: sum 0; 11 - 0 = 11, which is written 0
        assertThat(NhsNumber.checkDigit("000000000")).isZero();
        assertThat(NhsNumber.isValid("0000000000")).isTrue();
    }

    @Test
    void uniquePupilNumberCheckLetter() {
        String body = "801200111001";
        String valid = UniquePupilNumber.checkLetter(body) + body;
        assertThat(UniquePupilNumber.problem(valid)).isEmpty();
        char wrong = valid.charAt(0) == 'A' ? 'B' : 'A';
        assertThat(UniquePupilNumber.problem(wrong + body)).get().asString().contains("check letter should be " + valid.charAt(0));
        assertThat(UniquePupilNumber.problem("A12345")).get().asString().contains("13 characters");
        assertThat(UniquePupilNumber.problem("I801200111001")).isPresent(); // I is never used
    }

    @Test
    void temporaryUpnEndsWithALetter() {
        String body = "80120011100A";
        assertThat(UniquePupilNumber.problem(UniquePupilNumber.checkLetter(body) + body)).isEmpty();
    }

    @Test
    void postcodeFormat() {
        assertThat(Postcode.problem("SW1A 1AA")).isEmpty();
        assertThat(Postcode.problem("rf1 2ab")).isEmpty();
        assertThat(Postcode.problem("M1 1AE")).isEmpty();
        assertThat(Postcode.problem("B33 8TH")).isEmpty();
        assertThat(Postcode.problem("12345")).isPresent();
        assertThat(Postcode.problem("SW1A 1CA")).isPresent(); // C is never in an inward code
        assertThat(Postcode.format("sw1a1aa")).isEqualTo("SW1A 1AA");
    }
}
