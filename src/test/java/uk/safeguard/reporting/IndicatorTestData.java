package uk.safeguard.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.safeguard.access.StaffFacts.StaffMember;
import uk.safeguard.calendar.BankHoliday;
import uk.safeguard.calendar.WorkingDays;
import uk.safeguard.frontdoor.FrontDoorFacts.ContactFact;
import uk.safeguard.frontdoor.FrontDoorFacts.ReferralFact;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.protection.ProtectionFacts.StrategyDiscussionFact;
import uk.safeguard.work.WorkFacts.AllocationFact;
import uk.safeguard.work.WorkFacts.CaseFact;

/**
 * Small hand-built {@link ReportingData} for the indicators' unit tests: add facts, then {@link #build()}. The bank
 * holidays are those of the V10 seed around the test dates (Christmas 2026: Fri 25 Dec; Boxing Day falls on a
 * Saturday so Mon 28 Dec is its substitute; Fri 1 Jan 2027).
 */
final class IndicatorTestData {
    static final WorkingDays WORKING_DAYS = new WorkingDays(List.of(
            new BankHoliday(LocalDate.of(2026, 8, 31), "Summer bank holiday"),
            new BankHoliday(LocalDate.of(2026, 12, 25), "Christmas Day"),
            new BankHoliday(LocalDate.of(2026, 12, 28), "Boxing Day (substitute day)"),
            new BankHoliday(LocalDate.of(2027, 1, 1), "New Year's Day"),
            new BankHoliday(LocalDate.of(2027, 3, 26), "Good Friday"),
            new BankHoliday(LocalDate.of(2027, 3, 29), "Easter Monday")));

    final List<ContactFact> contacts = new ArrayList<>();
    final List<ReferralFact> referrals = new ArrayList<>();
    final List<CaseFact> cases = new ArrayList<>();
    final List<AllocationFact> allocations = new ArrayList<>();
    final List<StrategyDiscussionFact> discussions = new ArrayList<>();
    final List<StaffMember> staff = new ArrayList<>();
    long childPopulation = 60_000;
    private long ids = 1000;

    /** London wall-clock time as an instant (GMT in winter, BST in summer). */
    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(TimeConfiguration.LONDON).toInstant();
    }

    /** A child on a contact from a referring agency; decided (first decision) at {@code decidedAt}, null if waiting. */
    IndicatorTestData contact(long childId, Instant receivedAt, Instant decidedAt, Long referralId, String agencyType,
                              String agencyName) {
        long id = ++ids;
        contacts.add(new ContactFact(id, id, childId, receivedAt, null, agencyType, agencyName, null, null, null,
                decidedAt, decidedAt, decidedAt == null ? null : (referralId == null ? "NO_FURTHER_ACTION" : "REFERRAL_ACCEPTED"),
                decidedAt == null ? null : 7L, 30L, referralId, false));
        return this;
    }

    /** A referral; {@code previousReferralAt} as recorded, {@code reReferral} the recorded flag. */
    IndicatorTestData referral(long referralId, long childId, Instant referralAt, Instant decidedAt, boolean reReferral,
                               Instant previousReferralAt, String agencyType, String agencyName) {
        referrals.add(new ReferralFact(referralId, childId, null, referralAt, "1B", "N1", reReferral, previousReferralAt,
                null, decidedAt, List.of(), false, decidedAt == null ? null : 7L, agencyType, agencyName, null, false));
        return this;
    }

    IndicatorTestData caseOf(long caseId, long childId, String kind, Instant openedAt, Instant closedAt, Long teamId,
                             Long workerId) {
        cases.add(new CaseFact(caseId, childId, kind, openedAt, closedAt, closedAt == null ? null : "RC8", teamId, workerId));
        return this;
    }

    IndicatorTestData allocation(long caseId, long childId, long workerId, Long previousWorkerId, Long teamId,
                                 Instant from, Instant until) {
        allocations.add(new AllocationFact(++ids, caseId, childId, workerId, previousWorkerId, teamId, from, until));
        return this;
    }

    IndicatorTestData worker(long userId, String name, Long teamId) {
        staff.add(new StaffMember(userId, name, "SOCIAL_WORKER", teamId, 1L, null, true));
        return this;
    }

    ReportingData build() {
        return build(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
    }

    ReportingData build(Period window) {
        return new ReportingData(window, WORKING_DAYS, contacts, referrals, cases, allocations, List.of(), discussions,
                List.of(), List.of(), List.of(), List.of(), List.of(), staff, childPopulation);
    }
}
