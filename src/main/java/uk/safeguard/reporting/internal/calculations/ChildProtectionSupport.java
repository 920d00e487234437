package uk.safeguard.reporting.internal.calculations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import uk.safeguard.access.StaffFacts.StaffMember;
import uk.safeguard.conference.ConferenceFacts.ConferenceFact;
import uk.safeguard.conference.ConferenceFacts.CpPlanFact;
import uk.safeguard.conference.ConferenceKind;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.reporting.CountedItem;
import uk.safeguard.reporting.Measure;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.ReportingData;

/**
 * Small helpers shared by the assessment, protection and child protection calculations (kept here, inside this
 * family, so they do not depend on the front-door and work calculations' helpers).
 */
final class ChildProtectionSupport {

    static final String GROUP_ASSESSMENT = "Assessment";
    static final String GROUP_CHILD_PROTECTION = "Child protection";

    static final String DFE_CIN = "DfE Characteristics of children in need (CIN census)";
    static final String ENGLAND_2025 = "DfE Characteristics of children in need, England, year to 31 March 2025";

    /** Initial conferences in the DfE sense: initial and pre-birth (a transfer-in conference has its own clock). */
    private static final Set<String> INITIAL_KINDS = Set.of(ConferenceKind.INITIAL.name(), ConferenceKind.PRE_BIRTH.name());

    private ChildProtectionSupport() {}

    /** The London date of an instant (every clock is judged by the London day). */
    static LocalDate londonDay(Instant instant) {
        return instant == null ? null : instant.atZone(TimeConfiguration.LONDON).toLocalDate();
    }

    static boolean isInitialConference(ConferenceFact conference) {
        return INITIAL_KINDS.contains(conference.kind());
    }

    static boolean isReviewConference(ConferenceFact conference) {
        return ConferenceKind.REVIEW.name().equals(conference.kind());
    }

    /** Open at the end of {@code day}: started on or before it and not ended on or before it. */
    static boolean openAtEndOf(CpPlanFact plan, LocalDate day) {
        return plan.startedOn() != null && !plan.startedOn().isAfter(day)
                && (plan.endedOn() == null || plan.endedOn().isAfter(day));
    }

    static Map<Long, CpPlanFact> plansById(ReportingData data) {
        Map<Long, CpPlanFact> byId = new HashMap<>();
        data.plans().forEach(p -> byId.put(p.planId(), p));
        return byId;
    }

    /** Each worker's team, for records that name only the worker. */
    static Map<Long, Long> teamsByWorker(ReportingData data) {
        Map<Long, Long> teams = new HashMap<>();
        for (StaffMember member : data.staff()) {
            if (member.teamId() != null) {
                teams.put(member.userId(), member.teamId());
            }
        }
        return teams;
    }

    /** An item about one child with no agency (the agency fields are for front-door breakdowns). */
    static CountedItem item(String type, long id, long childId, LocalDate date, Long teamId, Long workerId) {
        return new CountedItem(type, id, childId, date, teamId, workerId, null, null);
    }

    static CountedItem planItem(CpPlanFact plan, LocalDate date) {
        return item("plan", plan.planId(), plan.childId(), date, plan.teamId(), plan.leadSocialWorkerId());
    }

    /** The plans whose {@code day} (start or end) is in the period, each dated by that day. */
    static Measure plansDatedIn(ReportingData data, Period period, Function<CpPlanFact, LocalDate> day) {
        return Measure.count(data.plans().stream()
                .filter(p -> period.contains(day.apply(p)))
                .map(p -> planItem(p, day.apply(p)))
                .toList());
    }

    /**
     * A percentage over facts: every fact {@code counted} is in the denominator, and those that {@code meet} the
     * indicator's test are in the numerator too (the shape of the timeliness and conversion indicators).
     */
    static <T> Measure share(Collection<T> counted, Function<T, CountedItem> item, Predicate<T> meets) {
        List<CountedItem> numerator = new ArrayList<>();
        List<CountedItem> denominator = new ArrayList<>();
        for (T fact : counted) {
            CountedItem counts = item.apply(fact);
            denominator.add(counts);
            if (meets.test(fact)) {
                numerator.add(counts);
            }
        }
        return Measure.ratio(numerator, denominator);
    }

    /** Whether {@code to} is at most {@code limit} working days after {@code from} (the day {@code from} not counted). */
    static boolean withinWorkingDays(ReportingData data, LocalDate from, LocalDate to, int limit) {
        return data.workingDays().countWorkingDays(from, to) <= limit;
    }
}
