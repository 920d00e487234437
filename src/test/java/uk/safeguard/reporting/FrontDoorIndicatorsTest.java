package uk.safeguard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguard.reporting.IndicatorTestData.at;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguard.frontdoor.FrontDoorFacts.ContactFact;
import uk.safeguard.reporting.internal.IndicatorsService;
import uk.safeguard.reporting.internal.calculations.FrontDoorContactConversion;
import uk.safeguard.reporting.internal.calculations.FrontDoorContacts;
import uk.safeguard.reporting.internal.calculations.FrontDoorContactsDecidedWithin24h;
import uk.safeguard.reporting.internal.calculations.FrontDoorReReferrals;
import uk.safeguard.reporting.internal.calculations.FrontDoorReferrals;
import uk.safeguard.reporting.internal.calculations.FrontDoorReferralsDecidedWithin1Wd;

/**
 * The six front-door indicators over small hand-built data sets, each figure worked out by hand in the comments.
 * Bank holidays (V10 seed): Fri 25 Dec 2026, Mon 28 Dec 2026 (Boxing Day substitute: 26 Dec is a Saturday),
 * Fri 1 Jan 2027. British Summer Time starts on Sunday 28 March 2027 at 01:00 GMT.
 */
class FrontDoorIndicatorsTest {
    private static final Period JANUARY_2027 = Period.month(YearMonth.of(2027, 1));
    private static final Period DECEMBER_2026 = Period.month(YearMonth.of(2026, 12));

    /**
     * January 2027 contacts (one child each; times are London, GMT):
     * <pre>
     * c1 child 1  received Sun 31 Jan 23:30, first decision Mon 1 Feb 22:00  22h30m  within 24h   referral
     * c2 child 2  received Tue  5 Jan 09:00, decided        Wed 6 Jan 10:00  25h     not within   no further action
     * c3 child 3  received Wed  6 Jan 09:00, waiting                                 not within   (no decision yet)
     * c6 child 6  received Thu  7 Jan 10:00, decided        Fri 8 Jan 10:00  24h     within (24h is within)  referral
     * c7 child 7  received Fri  8 Jan 09:00, held in MASH   Fri 8 Jan 10:00  1h      within (a hold is the first decision)
     * c4 child 4  received Mon  1 Feb 00:30                                  February, not counted
     * c5 child 5  received Thu 31 Dec 23:59                                  December, not counted
     * </pre>
     */
    private static IndicatorTestData januaryContacts() {
        IndicatorTestData d = new IndicatorTestData();
        d.contact(1, at(2027, 1, 31, 23, 30), at(2027, 2, 1, 22, 0), 900L, "EDUCATION", "Oakfield Primary School")
                .contact(2, at(2027, 1, 5, 9, 0), at(2027, 1, 6, 10, 0), null, "POLICE", "Riverford Police")
                .contact(3, at(2027, 1, 6, 9, 0), null, null, "POLICE", "Riverford Police")
                .contact(6, at(2027, 1, 7, 10, 0), at(2027, 1, 8, 10, 0), 901L, "HEALTH", "Riverford Community Health NHS Trust")
                .contact(4, at(2027, 2, 1, 0, 30), at(2027, 2, 1, 9, 0), null, "POLICE", "Riverford Police")
                .contact(5, at(2026, 12, 31, 23, 59), at(2027, 1, 1, 9, 0), null, "POLICE", "Riverford Police");
        d.contacts.add(new ContactFact(7007, 7007, 7, at(2027, 1, 8, 9, 0), null, "POLICE", "Riverford Police", null, null,
                3, at(2027, 1, 8, 10, 0), null, "HELD_IN_MASH", null, 30L, null, false));
        return d;
    }

    @Test
    void contactsCountEachChildByTheDateReceivedIncludingTheLastHalfHourOfTheMonth() {
        ReportingData data = januaryContacts().build();
        Measure january = new FrontDoorContacts().measure(data, JANUARY_2027);
        // c1, c2, c3, c6, c7 = 5 (c1 at 23:30 on 31 Jan is January's; c4 is February's, c5 December's)
        assertThat(january.numerator()).extracting(CountedItem::childId).containsExactlyInAnyOrder(1L, 2L, 3L, 6L, 7L);
        assertThat(value(new FrontDoorContacts(), data, JANUARY_2027).value()).isEqualTo(5.0);
        assertThat(value(new FrontDoorContacts(), data, Period.month(YearMonth.of(2027, 2))).numerator()).isEqualTo(1);
        assertThat(value(new FrontDoorContacts(), data, DECEMBER_2026).numerator()).isEqualTo(1);
    }

    @Test
    void contactsDecidedWithin24HoursCountTheFirstDecisionAcrossTheMonthEnd() {
        ReportingData data = januaryContacts().build();
        // within: c1 (22h30m, decided in February but counted in January, when received), c6 (exactly 24h), c7 (held
        // after 1h); not: c2 (25h), c3 (waiting). 3 of 5 = 60.0%: target 95, amber from 85 → red.
        IndicatorValue v = value(new FrontDoorContactsDecidedWithin24h(), data, JANUARY_2027);
        assertThat(v.numerator()).isEqualTo(3);
        assertThat(v.denominator()).isEqualTo(5L);
        assertThat(v.value()).isEqualTo(60.0);
        assertThat(v.rag()).isEqualTo(Rag.RED);
        assertThat(new FrontDoorContactsDecidedWithin24h().measure(data, JANUARY_2027).numerator())
                .extracting(CountedItem::childId).containsExactlyInAnyOrder(1L, 6L, 7L);
    }

    @Test
    void twentyFourHoursAreElapsedTimeWhenTheClocksGoForward() {
        IndicatorTestData d = new IndicatorTestData();
        // Received Sat 27 Mar 2027 13:00 GMT; decided Sun 28 Mar 13:30 BST = 12:30 GMT: 23h30m elapsed, within 24 hours
        // (the wall clock shows 24h30m). Decided Sun 28 Mar 14:30 BST = 13:30 GMT: 24h30m, not within.
        d.contact(1, at(2027, 3, 27, 13, 0), at(2027, 3, 28, 13, 30), null, "POLICE", "Riverford Police")
                .contact(2, at(2027, 3, 27, 13, 0), at(2027, 3, 28, 14, 30), null, "POLICE", "Riverford Police");
        IndicatorValue v = value(new FrontDoorContactsDecidedWithin24h(), d.build(), Period.month(YearMonth.of(2027, 3)));
        // 1 of 2 = 50.0%
        assertThat(v.numerator()).isEqualTo(1);
        assertThat(v.value()).isEqualTo(50.0);
    }

    @Test
    void conversionIsTheShareOfDecidedContactsThatBecameReferrals() {
        ReportingData data = januaryContacts().build();
        // decided (not waiting, not held): c1 (referral), c2 (no further action), c6 (referral) = 3; referrals 2.
        // 2 of 3 = 66.666…% → 66.7; neither higher nor lower is better → no colour.
        IndicatorValue v = value(new FrontDoorContactConversion(), data, JANUARY_2027);
        assertThat(v.numerator()).isEqualTo(2);
        assertThat(v.denominator()).isEqualTo(3L);
        assertThat(v.value()).isEqualTo(66.7);
        assertThat(v.rag()).isEqualTo(Rag.NONE);
    }

    /**
     * December 2026 referrals (London, GMT):
     * <pre>
     * r1 child 11 Thu 24 Dec 10:00, decided Tue 29 Dec 16:00: next working day after Thu 24 is Tue 29 (Fri 25 and
     *    Mon 28 bank holidays, 26-27 weekend) → within 1 WD; previous referral Thu 24 Dec 2025 (r01, in the data),
     *    exactly 12 months before → re-referral
     * r2 child 12 Thu 24 Dec 10:00, decided Wed 30 Dec 09:00 → not within; previous Wed 23 Dec 2025 (r02): 12 months
     *    and a day → not a re-referral
     * r3 child 13 Fri  4 Dec 16:00, decided Mon 7 Dec 17:00: next working day after Fri 4 is Mon 7 → within;
     *    recorded as a re-referral → re-referral
     * r4 child 14 Tue  1 Dec 09:00, not decided → not within; previous referral recorded 30 Nov 2025 (not in the
     *    data): 12 months and a day → not a re-referral
     * r5 child 15 Thu 31 Dec 15:00, decided Mon 4 Jan 2027 09:00: next working day after Thu 31 Dec is Mon 4 Jan
     *    (Fri 1 Jan bank holiday, 2-3 weekend) → within; no previous referral
     * r6 child 16 Fri  1 Jan 2027 10:00 → January, not counted in December
     * </pre>
     */
    private static IndicatorTestData decemberReferrals() {
        IndicatorTestData d = new IndicatorTestData();
        d.referral(1, 11, at(2026, 12, 24, 10, 0), at(2026, 12, 29, 16, 0), false, null, "POLICE", "Riverford Police")
                .referral(2, 12, at(2026, 12, 24, 10, 0), at(2026, 12, 30, 9, 0), false, null, "POLICE", "Riverford Police")
                .referral(3, 13, at(2026, 12, 4, 16, 0), at(2026, 12, 7, 17, 0), true, at(2026, 6, 1, 9, 0), "EDUCATION", "Oakfield Primary School")
                .referral(4, 14, at(2026, 12, 1, 9, 0), null, false, at(2025, 11, 30, 9, 0), "EDUCATION", "Oakfield Primary School")
                .referral(5, 15, at(2026, 12, 31, 15, 0), at(2027, 1, 4, 9, 0), false, null, "POLICE", "Riverford Police")
                .referral(6, 16, at(2027, 1, 1, 10, 0), null, false, null, "POLICE", "Riverford Police")
                .referral(101, 11, at(2025, 12, 24, 10, 0), at(2025, 12, 24, 12, 0), false, null, "HEALTH", "Riverford Community Health NHS Trust")
                .referral(102, 12, at(2025, 12, 23, 10, 0), at(2025, 12, 23, 12, 0), false, null, "HEALTH", "Riverford Community Health NHS Trust");
        return d;
    }

    @Test
    void referralsCountEachChildByReferralDate() {
        ReportingData data = decemberReferrals().build();
        // December 2026: r1..r5 = 5 (r5 at 15:00 on 31 Dec is December's; r6 on 1 Jan is January's)
        assertThat(value(new FrontDoorReferrals(), data, DECEMBER_2026).value()).isEqualTo(5.0);
        // December 2025: r01 and r02 = 2
        assertThat(value(new FrontDoorReferrals(), data, Period.month(YearMonth.of(2025, 12))).value()).isEqualTo(2.0);
        assertThat(FrontDoorReferrals.class.getSimpleName()).isNotBlank();
        assertThat(value(new FrontDoorReferrals(), data, DECEMBER_2026).england()).isEqualTo(632_830.0);
    }

    @Test
    void referralsDecidedWithinOneWorkingDayCountBankHolidaysAndTheMonthEnd() {
        ReportingData data = decemberReferrals().build();
        // within: r1 (24 Dec → 29 Dec over Christmas and the Boxing Day substitute), r3 (Fri → Mon), r5 (31 Dec → 4 Jan
        // over New Year's Day); not: r2 (30 Dec), r4 (waiting). 3 of 5 = 60.0% → red against 95 / 85.
        IndicatorValue v = value(new FrontDoorReferralsDecidedWithin1Wd(), data, DECEMBER_2026);
        assertThat(new FrontDoorReferralsDecidedWithin1Wd().measure(data, DECEMBER_2026).numerator())
                .extracting(CountedItem::id).containsExactlyInAnyOrder(1L, 3L, 5L);
        assertThat(v.numerator()).isEqualTo(3);
        assertThat(v.denominator()).isEqualTo(5L);
        assertThat(v.value()).isEqualTo(60.0);
        assertThat(v.rag()).isEqualTo(Rag.RED);
    }

    @Test
    void reReferralsAreWithinTwelveMonthsOfThePreviousReferral() {
        ReportingData data = decemberReferrals().build();
        // re-referrals: r1 (previous exactly 12 months before, found in the data), r3 (recorded as one);
        // not: r2 (12 months and a day), r4 (recorded previous 12 months and a day before), r5 (none).
        // 2 of 5 = 40.0%; lower is better: target 22.6, amber to 25 → red. England 22.6.
        IndicatorValue v = value(new FrontDoorReReferrals(), data, DECEMBER_2026);
        assertThat(new FrontDoorReReferrals().measure(data, DECEMBER_2026).numerator())
                .extracting(CountedItem::id).containsExactlyInAnyOrder(1L, 3L);
        assertThat(v.value()).isEqualTo(40.0);
        assertThat(v.rag()).isEqualTo(Rag.RED);
        assertThat(v.england()).isEqualTo(22.6);
        // December 2025: r01 and r02 have no earlier referral → 0 of 2 = 0.0%, green
        IndicatorValue earlier = value(new FrontDoorReReferrals(), data, Period.month(YearMonth.of(2025, 12)));
        assertThat(earlier.value()).isEqualTo(0.0);
        assertThat(earlier.rag()).isEqualTo(Rag.GREEN);
    }

    @Test
    void aRecordedPreviousReferralWithinTwelveMonthsCountsEvenWhenTheFlagIsNotSet() {
        IndicatorTestData d = new IndicatorTestData();
        // referral 1 Mar 2027 with a previous referral recorded on 1 Mar 2026 (exactly 12 months before) → re-referral;
        // 1 of 1 = 100.0%
        d.referral(1, 21, at(2027, 3, 1, 9, 0), null, false, at(2026, 3, 1, 9, 0), "POLICE", "Riverford Police");
        assertThat(value(new FrontDoorReReferrals(), d.build(), Period.month(YearMonth.of(2027, 3))).value()).isEqualTo(100.0);
    }

    @Test
    void theFrontDoorBreaksDownByReferringAgency() {
        ReportingData data = decemberReferrals().build();
        FrontDoorReferralsDecidedWithin1Wd calculation = new FrontDoorReferralsDecidedWithin1Wd();
        // police: r1 (in time), r2, r5 (in time) → 2 of 3 = 66.7%; school: r3 (in time), r4 → 1 of 2 = 50.0%
        var byAgency = IndicatorsService.breakdown(calculation.indicator(), null, calculation.measure(data, DECEMBER_2026),
                data.childPopulation(), CountedItem::agencyName);
        assertThat(byAgency.keySet()).containsExactly("Oakfield Primary School", "Riverford Police");
        assertThat(byAgency.get("Riverford Police").value()).isEqualTo(66.7);
        assertThat(byAgency.get("Oakfield Primary School").value()).isEqualTo(50.0);
    }

    @Test
    void everyFrontDoorIndicatorNamesItsSource() {
        for (IndicatorCalculation c : List.of(new FrontDoorContacts(), new FrontDoorContactsDecidedWithin24h(),
                new FrontDoorContactConversion(), new FrontDoorReferrals(), new FrontDoorReReferrals(),
                new FrontDoorReferralsDecidedWithin1Wd())) {
            assertThat(c.indicator().source()).as(c.indicator().id()).isNotBlank();
            assertThat(c.indicator().definition()).as(c.indicator().id()).isNotBlank();
            assertThat(c.indicator().group()).isEqualTo("Front door");
        }
        assertThat(new FrontDoorContactsDecidedWithin24h().indicator().source()).contains("003 line 1682");
    }

    static IndicatorValue value(IndicatorCalculation calculation, ReportingData data, Period period) {
        return IndicatorsService.values(List.of(calculation), java.util.Map.of(), data, period).get(0);
    }
}
