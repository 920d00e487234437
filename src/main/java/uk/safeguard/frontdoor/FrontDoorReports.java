package uk.safeguard.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.calendar.WorkingDayCalendar;
import uk.safeguard.frontdoor.internal.FrontDoorRepository;
import uk.safeguard.platform.NoAccess;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;

/** The reporting hook: aggregate front-door figures (no child is named, so aggregate-only roles may see them). */
@Service
public class FrontDoorReports {
    private final FrontDoorRepository repository;
    private final WorkingDayCalendar calendar;
    private final AuditTrail audit;
    private final uk.safeguard.clock.StatutoryClocks clocks;

    public FrontDoorReports(FrontDoorRepository repository, WorkingDayCalendar calendar, AuditTrail audit,
                            uk.safeguard.clock.StatutoryClocks clocks) {
        this.clocks = clocks;
        this.repository = repository;
        this.calendar = calendar;
        this.audit = audit;
    }

    public FrontDoorSummary summary(CurrentUser me, LocalDate from, LocalDate to) {
        if (me.role().isPartner()) {
            audit.recordAccessDenied(me.asActor(), null, "front door summary");
            throw new NoAccess("Partner practitioners see their own referrals in the portal, not the front door's figures.");
        }
        if (from == null) {
            throw new ValidationFailure("from", "is required");
        }
        if (to == null) {
            throw new ValidationFailure("to", "is required");
        }
        if (to.isBefore(from)) {
            throw new ValidationFailure("to", "The end date must be the same as or after the start date");
        }
        Instant start = from.atStartOfDay(TimeConfiguration.LONDON).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(TimeConfiguration.LONDON).toInstant();
        List<FrontDoorRepository.SummaryRow> contacts = repository.contactsReceived(start, end);
        Map<String, Long> bySource = new LinkedHashMap<>();
        repository.referralSources().keySet().forEach(code -> bySource.put(code, 0L));
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        for (Decision d : Decision.values()) {
            byOutcome.put(d.name(), 0L);
        }
        byOutcome.put("AWAITING_DECISION", 0L);
        Map<String, Long> byLevel = new LinkedHashMap<>();
        for (String l : List.of("1", "2", "3", "4", "NOT_SCREENED")) {
            byLevel.put(l, 0L);
        }
        long decidedIn24 = 0;
        Map<String, long[]> conversion = new TreeMap<>();
        for (FrontDoorRepository.SummaryRow c : contacts) {
            bySource.merge(c.sourceCode(), 1L, Long::sum);
            String outcome = "HELD".equals(c.status()) ? Decision.HELD_IN_MASH.name() : c.decision() == null ? "AWAITING_DECISION" : c.decision();
            byOutcome.merge(outcome, 1L, Long::sum);
            byLevel.merge(c.level() == null ? "NOT_SCREENED" : String.valueOf(c.level()), 1L, Long::sum);
            // The first decision (holding in the MASH is one) within 24 hours (local MASH protocol, seeds 003 line 1682),
            // as the contact-decision clock declares it (local limits applied).
            Instant first = c.heldAt() != null ? c.heldAt() : c.decidedAt();
            if (first != null && !first.isAfter(clocks.dueAt(FrontDoor.DECISION_CLOCK, c.receivedAt()))) {
                decidedIn24++;
            }
            long[] conv = conversion.computeIfAbsent(c.agencyType() == null ? "NOT_RECORDED" : c.agencyType(), k -> new long[2]);
            conv[0]++;
            if (Decision.REFERRAL_ACCEPTED.name().equals(c.decision())) {
                conv[1]++;
            }
        }
        List<ReferralView> referrals = repository.referralsBetween(start, end);
        long acknowledged = 0;
        long decided = 0;
        long reReferrals = 0;
        for (ReferralView r : referrals) {
            // WT2023 para 153: within one working day of the referral (the end of the next working day).
            LocalDate due = calendar.addWorkingDays(r.referralAt().atZone(TimeConfiguration.LONDON).toLocalDate(), 1);
            if (r.acknowledgedAt() != null && !r.acknowledgedAt().atZone(TimeConfiguration.LONDON).toLocalDate().isAfter(due)) {
                acknowledged++;
            }
            if (r.decidedAt() != null && !r.decidedAt().atZone(TimeConfiguration.LONDON).toLocalDate().isAfter(due)) {
                decided++;
            }
            if (r.reReferral()) {
                reReferrals++;
            }
        }
        Map<String, FrontDoorSummary.Conversion> conversionByType = new LinkedHashMap<>();
        conversion.forEach((type, v) -> conversionByType.put(type, new FrontDoorSummary.Conversion(v[0], v[1],
                v[0] == 0 ? null : Math.round(1000.0 * v[1] / v[0]) / 10.0)));
        return new FrontDoorSummary(from, to, contacts.size(), bySource, byOutcome, byLevel,
                FrontDoorSummary.Measure.of(decidedIn24, contacts.size()), referrals.size(),
                FrontDoorSummary.Measure.of(acknowledged, referrals.size()), FrontDoorSummary.Measure.of(decided, referrals.size()),
                FrontDoorSummary.Measure.of(reReferrals, referrals.size()), conversionByType);
    }
}
