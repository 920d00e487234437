package uk.safeguard.clock.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import uk.safeguard.calendar.WorkingDays;
import uk.safeguard.clock.ChildClock;
import uk.safeguard.clock.ClockStatus;
import uk.safeguard.platform.TimeConfiguration;

/**
 * Pairs a subject's events into clock instances and computes each one's due date and status. Pure: everything it
 * needs (definitions, holidays, now, the date of birth) is passed in, so it is tested without Spring.
 *
 * <p>Pairing: every start event starts an instance (unless the clock takes the first start while one runs). An
 * instance whose start carries a reference is stopped only by a stop event with the same reference; one without a
 * reference by the first stop event after its start. A cancel event (same reference rule) removes a running
 * instance from the results: it was neither met nor missed. An event can stop one instance and start the next
 * (a review conference stops the review clock and starts the next one).
 */
public final class ClockEngine {
    private final List<ClockDefinition> definitions;

    public ClockEngine(List<ClockDefinition> definitions) {
        this.definitions = List.copyOf(definitions);
    }

    public List<ClockDefinition> definitions() {
        return definitions;
    }

    /**
     * @param subject     CHILD or PARTNERSHIP: only that subject's clocks are computed
     * @param events      the subject's events, any order
     * @param dateOfBirth null when unknown (the 18th-birthday clock is then left out)
     */
    public List<ChildClock> compute(String subject, long subjectId, List<ClockEvent> events, WorkingDays days,
                                    Instant now, LocalDate dateOfBirth) {
        return compute(subject, subjectId, events, days, now, dateOfBirth, false);
    }

    /** Only the clocks still running (neither stopped nor cancelled), for work trays. */
    public List<ChildClock> computeRunning(String subject, long subjectId, List<ClockEvent> events, WorkingDays days,
                                           Instant now, LocalDate dateOfBirth) {
        return compute(subject, subjectId, events, days, now, dateOfBirth, true);
    }

    private List<ChildClock> compute(String subject, long subjectId, List<ClockEvent> events, WorkingDays days,
                                     Instant now, LocalDate dateOfBirth, boolean runningOnly) {
        List<ClockEvent> ordered = events.stream()
                .sorted(Comparator.comparing(ClockEvent::occurredAt).thenComparingLong(ClockEvent::id)).toList();
        List<ChildClock> clocks = new ArrayList<>();
        for (ClockDefinition definition : definitions) {
            if (!definition.subject().equals(subject)) {
                continue;
            }
            for (Instance instance : pair(definition, ordered)) {
                if (runningOnly && instance.stop != null) {
                    continue;
                }
                ChildClock clock = measure(definition, instance, subjectId, days, now, dateOfBirth);
                if (clock != null) {
                    clocks.add(clock);
                }
            }
        }
        clocks.sort(Comparator.comparing(ChildClock::dueDate).thenComparing(ChildClock::clock));
        return clocks;
    }

    private static final class Instance {
        final ClockEvent start;
        ClockEvent stop;
        boolean extended;

        Instance(ClockEvent start) {
            this.start = start;
        }

        /** A referenced instance answers only to its reference; an unreferenced one to any event. */
        boolean answersTo(ClockEvent event) {
            return start.reference() == null || start.reference().equals(event.reference());
        }
    }

    private static List<Instance> pair(ClockDefinition definition, List<ClockEvent> events) {
        List<Instance> finished = new ArrayList<>();
        List<Instance> running = new ArrayList<>();
        for (ClockEvent event : events) {
            String type = event.eventType();
            if (definition.stop().contains(type) || definition.cancel().contains(type)) {
                boolean stops = definition.stop().contains(type);
                for (Iterator<Instance> it = running.iterator(); it.hasNext(); ) {
                    Instance instance = it.next();
                    if (instance.answersTo(event)) {
                        it.remove();
                        if (stops) {
                            instance.stop = event;
                            finished.add(instance);
                        }
                    }
                }
            }
            if (definition.extend().contains(type)) {
                running.stream().filter(i -> i.answersTo(event)).forEach(i -> i.extended = true);
            }
            if (definition.start().contains(type)) {
                boolean alreadyRunning = running.stream()
                        .anyMatch(i -> Objects.equals(i.start.reference(), event.reference()));
                if (definition.startPolicy() == ClockDefinition.StartPolicy.EACH || !alreadyRunning) {
                    running.add(new Instance(event));
                }
            }
        }
        finished.addAll(running);
        return finished;
    }

    private static ChildClock measure(ClockDefinition definition, Instance instance, long subjectId, WorkingDays days,
                                      Instant now, LocalDate dateOfBirth) {
        Instant startedAt = instance.start.occurredAt();
        LocalDate startDay = londonDay(startedAt);
        ClockVersion version = definition.versionOn(startDay);
        Limit limit = instance.extended && version.extendedLimit() != null ? version.extendedLimit() : version.limit();
        if (limit.unit() == Limit.Unit.BEFORE_AGE && dateOfBirth == null) {
            return null;
        }
        Instant dueTime = limit.unit() == Limit.Unit.HOURS ? startedAt.plusSeconds(3600L * limit.amount()) : null;
        LocalDate dueDate = dueTime != null ? londonDay(dueTime) : dueDay(limit, startDay, days, dateOfBirth);
        Instant stoppedAt = instance.stop == null ? null : instance.stop.occurredAt();
        ClockStatus status = status(dueTime, dueDate, stoppedAt, now);
        String explanation = Explanation.of(definition, version, limit, instance.extended, startedAt, dueDate, dueTime,
                days, dateOfBirth);
        return new ChildClock(subjectId, definition.id(), definition.name(), definition.kind(), startedAt, dueDate,
                dueTime, stoppedAt, status, explanation, version.source(), version.editionTitle(), instance.start.reference());
    }

    /**
     * When an instance of {@code definition} started at {@code startedAt} falls due, with the version (and any local
     * limit) in force on its start day: the due moment for an hour clock; for a day clock the start of the London day
     * after the due day (it is overdue only once the due day has passed). Not for age clocks.
     */
    public static Instant dueMoment(ClockDefinition definition, Instant startedAt, WorkingDays days) {
        LocalDate startDay = londonDay(startedAt);
        Limit limit = definition.versionOn(startDay).limit();
        if (limit.unit() == Limit.Unit.HOURS) {
            return startedAt.plusSeconds(3600L * limit.amount());
        }
        if (limit.unit() == Limit.Unit.BEFORE_AGE) {
            throw new IllegalArgumentException("Clock " + definition.id() + " runs to an age, not from a start");
        }
        return dueDay(limit, startDay, days, null).plusDays(1).atStartOfDay(TimeConfiguration.LONDON).toInstant();
    }

    static LocalDate dueDay(Limit limit, LocalDate startDay, WorkingDays days, LocalDate dateOfBirth) {
        return switch (limit.unit()) {
            case DAYS -> startDay.plusDays(limit.amount());
            case WORKING_DAYS -> days.addWorkingDays(startDay, limit.amount());
            // plusMonths keeps the day or falls back to the month's last day: 30 Nov + 3 months = 28 (or 29) Feb.
            case MONTHS -> startDay.plusMonths(limit.amount());
            // "Before the 18th birthday": the last day before it (WT2023, seeds 000 line 3036ff).
            case BEFORE_AGE -> dateOfBirth.plusYears(limit.amount()).minusDays(1);
            case END_OF_MONTH -> {
                int year = startDay.getMonthValue() <= limit.amount() ? startDay.getYear() : startDay.getYear() + 1;
                yield YearMonth.of(year, limit.amount()).atEndOfMonth();
            }
            case HOURS -> throw new IllegalArgumentException("hour clocks have a due time");
        };
    }

    /** Day clocks are judged by the London day: overdue only once the due day has passed. */
    static ClockStatus status(Instant dueTime, LocalDate dueDate, Instant stoppedAt, Instant now) {
        if (stoppedAt != null) {
            boolean inTime = dueTime != null ? !stoppedAt.isAfter(dueTime) : !londonDay(stoppedAt).isAfter(dueDate);
            return inTime ? ClockStatus.MET : ClockStatus.MISSED;
        }
        boolean late = dueTime != null ? now.isAfter(dueTime) : londonDay(now).isAfter(dueDate);
        return late ? ClockStatus.OVERDUE : ClockStatus.RUNNING;
    }

    static LocalDate londonDay(Instant instant) {
        return ZonedDateTime.ofInstant(instant, TimeConfiguration.LONDON).toLocalDate();
    }
}
