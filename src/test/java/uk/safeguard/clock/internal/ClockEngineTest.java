package uk.safeguard.clock.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguard.clock.ClockEvents.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguard.calendar.ShippedBankHolidays;
import uk.safeguard.calendar.WorkingDays;
import uk.safeguard.clock.ChildClock;
import uk.safeguard.clock.ClockStatus;
import uk.safeguard.platform.TimeConfiguration;

/** The clock engine without Spring: shipped declarations, shipped bank holidays, a chosen "now". */
class ClockEngineTest {
    private static final ClockEngine ENGINE = new ClockEngine(ClockDefinitions.load());
    private static final WorkingDays DAYS = ShippedBankHolidays.workingDays();

    private final List<ClockEvent> events = new ArrayList<>();
    private LocalDate dateOfBirth;

    private static Instant london(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(TimeConfiguration.LONDON).toInstant();
    }

    private void event(String type, Instant at, String reference) {
        events.add(new ClockEvent(events.size() + 1, type, at, reference));
    }

    private void event(String type, Instant at) {
        event(type, at, null);
    }

    private List<ChildClock> clocks(String clockId, Instant now) {
        return ENGINE.compute("CHILD", 7, events, DAYS, now, dateOfBirth).stream()
                .filter(c -> c.clockId().equals(clockId)).toList();
    }

    private ChildClock only(String clockId, Instant now) {
        List<ChildClock> found = clocks(clockId, now);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void initialConferenceIsDue15WorkingDaysAfterTheStrategyDiscussionAndExplainsTheBankHolidays() {
        event(STRATEGY_DISCUSSION_S47_STARTED, london(2026, 12, 10, 14, 0));
        ChildClock icpc = only("initial-child-protection-conference", london(2026, 12, 11, 9, 0));
        assertThat(icpc.dueAt()).isEqualTo("2027-01-05");
        assertThat(icpc.status()).isEqualTo(ClockStatus.RUNNING);
        assertThat(icpc.explanation()).isEqualTo("Initial child protection conference due 5 Jan 2027: 15 working days after "
                + "the strategy discussion on 10 Dec 2026 at which the section 47 enquiry began; 25 Dec, 28 Dec and 1 Jan are bank holidays.");
        assertThat(icpc.source()).contains("Working Together to Safeguard Children 2023");
        assertThat(icpc.kind()).isEqualTo("statutory");
    }

    @Test
    void theBankHolidayClauseIsOmittedWhenNoneFallsInTheSpan() {
        event(STRATEGY_DISCUSSION_S47_STARTED, london(2026, 10, 1, 10, 0));
        assertThat(only("initial-child-protection-conference", london(2026, 10, 2, 9, 0)).explanation())
                .isEqualTo("Initial child protection conference due 22 Oct 2026: 15 working days after the strategy "
                        + "discussion on 1 Oct 2026 at which the section 47 enquiry began.");
    }

    @Test
    void onlyTheFirstStrategyDiscussionStartsTheConferenceClockWhenThereAreSeveral() {
        event(STRATEGY_DISCUSSION_S47_STARTED, london(2026, 12, 10, 14, 0));
        event(STRATEGY_DISCUSSION_S47_STARTED, london(2026, 12, 14, 14, 0));
        assertThat(only("initial-child-protection-conference", london(2026, 12, 15, 9, 0)).dueDate())
                .isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void statusMovesFromRunningToOverdueOnlyAfterTheDueDayAndAStopMakesItMetOrMissed() {
        event(STRATEGY_DISCUSSION_S47_STARTED, london(2026, 12, 10, 14, 0));
        assertThat(only("initial-child-protection-conference", london(2027, 1, 5, 23, 59)).status()).isEqualTo(ClockStatus.RUNNING);
        assertThat(only("initial-child-protection-conference", london(2027, 1, 6, 0, 0)).status()).isEqualTo(ClockStatus.OVERDUE);

        List<ClockEvent> before = List.copyOf(events);
        event(ICPC_HELD, london(2027, 1, 5, 16, 0));
        ChildClock met = only("initial-child-protection-conference", london(2027, 2, 1, 9, 0));
        assertThat(met.status()).isEqualTo(ClockStatus.MET);
        assertThat(met.stoppedAt()).isEqualTo(london(2027, 1, 5, 16, 0));

        events.clear();
        events.addAll(before);
        event(ICPC_HELD, london(2027, 1, 6, 10, 0));
        assertThat(only("initial-child-protection-conference", london(2027, 2, 1, 9, 0)).status()).isEqualTo(ClockStatus.MISSED);
    }

    @Test
    void aConcludedEnquiryWithoutConferenceCancelsTheClockSoItIsLeftOut() {
        event(STRATEGY_DISCUSSION_S47_STARTED, london(2026, 12, 10, 14, 0));
        event(S47_CONCLUDED_NO_CONFERENCE, london(2026, 12, 17, 14, 0));
        assertThat(clocks("initial-child-protection-conference", london(2027, 2, 1, 9, 0))).isEmpty();
    }

    @Test
    void withinThreeMonthsOf30NovemberIs28FebruaryAnd29FebruaryInALeapYear() {
        event(CP_PLAN_STARTED, london(2026, 11, 30, 11, 0));
        assertThat(only("first-child-protection-review", london(2026, 12, 1, 9, 0)).dueDate()).isEqualTo(LocalDate.of(2027, 2, 28));

        events.clear();
        event(CP_PLAN_STARTED, london(2027, 11, 30, 11, 0));
        ChildClock leap = only("first-child-protection-review", london(2027, 12, 1, 9, 0));
        assertThat(leap.dueDate()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(leap.explanation()).isEqualTo("First child protection review conference due 29 Feb 2028: 3 months after "
                + "the initial child protection conference on 30 Nov 2027.");
    }

    @Test
    void reviewsChainEachReviewStartsTheNextSixMonthClockAndEndingThePlanCancelsTheRunningOne() {
        event(CP_PLAN_STARTED, london(2026, 1, 15, 10, 0));
        event(CP_REVIEW_HELD, london(2026, 4, 10, 10, 0));
        event(CP_REVIEW_HELD, london(2026, 10, 12, 10, 0));
        Instant now = london(2026, 12, 1, 9, 0);

        assertThat(only("first-child-protection-review", now).status()).isEqualTo(ClockStatus.MET);
        List<ChildClock> later = clocks("later-child-protection-review", now);
        assertThat(later).extracting(ChildClock::dueDate)
                .containsExactly(LocalDate.of(2026, 10, 10), LocalDate.of(2027, 4, 12));
        assertThat(later).extracting(ChildClock::status).containsExactly(ClockStatus.MISSED, ClockStatus.RUNNING);

        event(CP_PLAN_ENDED, london(2026, 11, 20, 10, 0));
        assertThat(clocks("later-child-protection-review", now)).extracting(ChildClock::status).containsExactly(ClockStatus.MISSED);
    }

    @Test
    void aReferencedStartIsStoppedOnlyByAStopWithTheSameReference() {
        event(REFERRAL_RECEIVED, london(2026, 12, 1, 10, 0), "referral-1");
        event(REFERRAL_RECEIVED, london(2026, 12, 1, 11, 0), "referral-2");
        event(REFERRAL_DECISION_MADE, london(2026, 12, 2, 9, 0), "referral-2");
        List<ChildClock> decisions = clocks("referral-decision", london(2026, 12, 3, 9, 0));
        assertThat(decisions).extracting(ChildClock::status).containsExactlyInAnyOrder(ClockStatus.OVERDUE, ClockStatus.MET);
        assertThat(decisions).filteredOn(c -> c.status() == ClockStatus.MET).singleElement()
                .extracting(ChildClock::startedAt).isEqualTo(london(2026, 12, 1, 11, 0));
    }

    @Test
    void anUnreferencedStartIsStoppedByTheFirstStopAfterIt() {
        event(REFERRAL_DECISION_MADE, london(2026, 11, 30, 9, 0));
        event(REFERRAL_RECEIVED, london(2026, 12, 1, 10, 0));
        event(REFERRAL_DECISION_MADE, london(2026, 12, 2, 9, 0), "whatever");
        ChildClock decision = only("referral-decision", london(2026, 12, 3, 9, 0));
        assertThat(decision.stoppedAt()).isEqualTo(london(2026, 12, 2, 9, 0));
        assertThat(decision.status()).isEqualTo(ClockStatus.MET);
    }

    @Test
    void theEditionInForceOnTheStartDateApplies() {
        event(REFERRAL_RECEIVED, london(2017, 6, 1, 10, 0), "r2017");
        event(REFERRAL_RECEIVED, london(2019, 6, 3, 10, 0), "r2019");
        event(REFERRAL_RECEIVED, london(2023, 12, 14, 10, 0), "r-day-before-2023");
        event(REFERRAL_RECEIVED, london(2023, 12, 15, 10, 0), "r-first-day-2023");
        List<ChildClock> found = clocks("referral-decision", london(2026, 12, 1, 9, 0));
        assertThat(found).extracting(ChildClock::edition).containsExactly(
                "Working Together to Safeguard Children 2013", "Working Together to Safeguard Children 2018",
                "Working Together to Safeguard Children 2018", "Working Together to Safeguard Children 2023");
        assertThat(found.get(0).source()).contains("para 55");
        assertThat(found.get(3).source()).contains("para 153");
    }

    @Test
    void aContactDecisionIsDue24HoursLaterToTheMinute() {
        event(CONTACT_RECEIVED, london(2026, 12, 4, 16, 30), "contact-9");
        ChildClock running = only("contact-decision", london(2026, 12, 5, 16, 30));
        assertThat(running.isHourClock()).isTrue();
        assertThat(running.dueAt()).isEqualTo("2026-12-05T16:30:00Z");
        assertThat(running.status()).isEqualTo(ClockStatus.RUNNING);
        assertThat(running.explanation()).isEqualTo("Contact decision due 5 Dec 2026 16:30: 24 hours after the contact received at 4 Dec 2026 16:30.");
        assertThat(running.kind()).isEqualTo("local");
        assertThat(only("contact-decision", london(2026, 12, 5, 16, 31)).status()).isEqualTo(ClockStatus.OVERDUE);

        event(CONTACT_DECISION_MADE, london(2026, 12, 5, 16, 29), "contact-9");
        assertThat(only("contact-decision", london(2026, 12, 6, 9, 0)).status()).isEqualTo(ClockStatus.MET);
    }

    @Test
    void hourClocksKeepLondonSummerTimeInTheirDueTime() {
        event(POLICE_PROTECTION_STARTED, london(2026, 7, 1, 22, 0));
        assertThat(only("police-protection", london(2026, 7, 2, 9, 0)).dueAt()).isEqualTo("2026-07-04T22:00:00+01:00");
    }

    @Test
    void thePrePublicationCopyIsDueSevenWorkingDaysBeforeThePlannedPublication() {
        event(PRACTICE_REVIEW_PUBLICATION_PLANNED, london(2027, 1, 5, 0, 0));
        ChildClock copy = only("pre-publication-copy", london(2026, 12, 1, 9, 0));
        assertThat(copy.dueDate()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(copy.explanation()).isEqualTo("Full report to the panel and the Secretary of State due 22 Dec 2026: "
                + "7 working days before the planned publication on 5 Jan 2027; 25 Dec, 28 Dec and 1 Jan are bank holidays.");
    }

    @Test
    void theYearlyReportIsDueByTheEndOfSeptemberAfterTheFinancialYearEnds() {
        List<ChildClock> found = ENGINE.compute("PARTNERSHIP", 0,
                List.of(new ClockEvent(1, FINANCIAL_YEAR_ENDED, london(2027, 3, 31, 23, 0), null)), DAYS,
                london(2027, 4, 1, 9, 0), null);
        ChildClock report = found.stream().filter(c -> c.clockId().equals("partnership-yearly-report")).findFirst().orElseThrow();
        assertThat(report.dueDate()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(report.explanation()).isEqualTo("Safeguarding partners' yearly report published due 30 Sep 2027: "
                + "by the end of September after the financial year that ended on 31 Mar 2027.");
        assertThat(ENGINE.compute("CHILD", 0, found.isEmpty() ? List.of() : List.of(
                new ClockEvent(1, FINANCIAL_YEAR_ENDED, london(2027, 3, 31, 23, 0), null)), DAYS, london(2027, 4, 1, 9, 0), null))
                .as("partnership events start no child clock").isEmpty();
    }

    @Test
    void theEighteenthBirthdayReviewIsDueTheDayBeforeTheBirthdayAndNeedsADateOfBirth() {
        event(CP_PLAN_STARTED, london(2026, 6, 1, 10, 0));
        assertThat(clocks("eighteenth-birthday-review", london(2026, 12, 1, 9, 0))).isEmpty();
        dateOfBirth = LocalDate.of(2009, 3, 15);
        ChildClock review = only("eighteenth-birthday-review", london(2026, 12, 1, 9, 0));
        assertThat(review.dueDate()).isEqualTo(LocalDate.of(2027, 3, 14));
        assertThat(review.explanation()).isEqualTo("Review before the 18th birthday due 14 Mar 2027: the day before the "
                + "child's 18th birthday on 15 Mar 2027, for the child protection plan that began on 1 Jun 2026.");
    }

    @Test
    void anExtendedComplaintUsesTheExtendedLimit() {
        event(COMPLAINT_STAGE1_RECEIVED, london(2026, 11, 2, 10, 0), "c1");
        assertThat(only("complaint-stage-1", london(2026, 11, 3, 9, 0)).dueDate()).isEqualTo(LocalDate.of(2026, 11, 16));
        event(COMPLAINT_STAGE1_EXTENDED, london(2026, 11, 10, 10, 0), "c1");
        ChildClock extended = only("complaint-stage-1", london(2026, 11, 11, 9, 0));
        assertThat(extended.dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(extended.explanation()).startsWith("Complaint stage 1 response due 30 Nov 2026: 20 working days (extended from 10) after");
    }

    @Test
    void childProtectionVisitsChainFromThePlanAndEachVisit() {
        event(CP_PLAN_STARTED, london(2026, 11, 2, 10, 0));
        event(CP_VISIT, london(2026, 11, 12, 10, 0));
        List<ChildClock> visits = clocks("cp-visits", london(2026, 11, 20, 9, 0));
        assertThat(visits).extracting(ChildClock::status).containsExactly(ClockStatus.MET, ClockStatus.RUNNING);
        assertThat(visits.get(1).dueDate()).isEqualTo(LocalDate.of(2026, 11, 26));
    }
}
