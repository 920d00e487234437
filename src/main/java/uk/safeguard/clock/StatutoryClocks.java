package uk.safeguard.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.audit.Actor;
import uk.safeguard.calendar.WorkingDayCalendar;
import uk.safeguard.calendar.WorkingDays;
import uk.safeguard.clock.internal.ClockDefinition;
import uk.safeguard.clock.internal.ClockDefinitions;
import uk.safeguard.clock.internal.ClockEngine;
import uk.safeguard.clock.internal.ClockEvent;
import uk.safeguard.clock.internal.ClockEventRepository;
import uk.safeguard.platform.ValidationFailure;

/**
 * Statutory and local clocks (DOMAIN.md section 4), computed from recorded events against the declarations in
 * clocks/clock-definitions.yml and the working-day calendar, as of the injected Clock's now. Other modules record
 * the facts ({@link ClockEvents}) as they happen and ask for a child's clocks.
 */
@Service
public class StatutoryClocks {
    static final String CHILD = "CHILD";
    static final String PARTNERSHIP = "PARTNERSHIP";
    /** A single deployment serves one safeguarding partnership. */
    static final long THE_PARTNERSHIP = 0;

    private final ClockEventRepository events;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final ObjectProvider<ChildBirthDates> birthDates;
    private final ClockEngine engine;
    private final Set<String> childEvents;
    private final Set<String> partnershipEvents;

    public StatutoryClocks(ClockEventRepository events, WorkingDayCalendar calendar, Clock clock,
                           ObjectProvider<ChildBirthDates> birthDates, Environment environment) {
        this.events = events;
        this.calendar = calendar;
        this.clock = clock;
        this.birthDates = birthDates;
        // Local clocks are configuration: safeguard.clocks.local-limits.<clock id>=<amount>.
        this.engine = new ClockEngine(ClockDefinitions.load(
                id -> environment.getProperty("safeguard.clocks.local-limits." + id, Integer.class)));
        this.childEvents = eventsOf(CHILD);
        this.partnershipEvents = eventsOf(PARTNERSHIP);
    }

    /** Records a fact about a child. {@code reference} pairs a start with its stop when several may run at once. */
    @Transactional
    public void recordEvent(Actor actor, long childId, String eventType, Instant occurredAt, String reference) {
        record(actor, CHILD, childId, childEvents, eventType, occurredAt, reference);
    }

    /**
     * Many facts about children at once, for imports of whole authorities (COPY, in the caller's transaction).
     * Event types are checked like {@link #recordEvent}'s.
     */
    public void recordImported(Actor actor, List<ImportedClockEvent> imported) {
        for (ImportedClockEvent e : imported) {
            if (!childEvents.contains(e.eventType())) {
                throw new IllegalArgumentException("No clock starts or stops on " + e.eventType());
            }
        }
        events.insertAll(CHILD, imported.stream().map(e -> new ClockEventRepository.NewEvent(e.childId(), e.eventType(),
                e.occurredAt(), e.reference())).toList(), actor.userId(), clock.instant());
    }

    /** A fact about a child, as imported: {@code reference} as for {@link #recordEvent}. */
    public record ImportedClockEvent(long childId, String eventType, Instant occurredAt, String reference) {}

    /** Records a fact about the safeguarding partnership (e.g. the financial year ended, the yearly report published). */
    @Transactional
    public void recordPartnershipEvent(Actor actor, String eventType, Instant occurredAt, String reference) {
        record(actor, PARTNERSHIP, THE_PARTNERSHIP, partnershipEvents, eventType, occurredAt, reference);
    }

    /** Every clock instance for the child (cancelled ones left out), earliest due first. */
    public List<ChildClock> clocksFor(long childId) {
        return engine.compute(CHILD, childId, events.eventsOf(CHILD, childId), calendar.snapshot(), clock.instant(),
                dateOfBirth(childId));
    }

    public List<ChildClock> partnershipClocks() {
        return engine.compute(PARTNERSHIP, THE_PARTNERSHIP, events.eventsOf(PARTNERSHIP, THE_PARTNERSHIP),
                calendar.snapshot(), clock.instant(), null);
    }

    /**
     * The children's running clocks that are overdue or fall due within {@code workingDaysAhead} working days of
     * today (today counts as 0), earliest due first.
     */
    public List<ChildClock> dueSoon(Collection<Long> childIds, int workingDaysAhead) {
        WorkingDays days = calendar.snapshot();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(uk.safeguard.platform.TimeConfiguration.LONDON));
        List<ChildClock> due = new ArrayList<>();
        Map<Long, List<ClockEvent>> byChild = events.eventsOfChildren(Set.copyOf(childIds));
        ChildBirthDates source = birthDates.getIfAvailable();
        Map<Long, LocalDate> births = source == null ? Map.of() : source.datesOfBirth(byChild.keySet());
        for (Map.Entry<Long, List<ClockEvent>> child : byChild.entrySet()) {
            // Only running clocks can be overdue or due soon: finished ones are not measured (a child's ten years of
            // history would otherwise be worked out on every tray).
            for (ChildClock c : engine.computeRunning(CHILD, child.getKey(), child.getValue(), days, now, births.get(child.getKey()))) {
                if (c.status() == ClockStatus.OVERDUE
                        || (c.status() == ClockStatus.RUNNING && days.countWorkingDays(today, c.dueDate()) <= workingDaysAhead)) {
                    due.add(c);
                }
            }
        }
        due.sort(Comparator.comparing(ChildClock::dueDate).thenComparing(ChildClock::childId).thenComparing(ChildClock::clock));
        return due;
    }

    private void record(Actor actor, String subject, long subjectId, Set<String> allowed, String eventType,
                        Instant occurredAt, String reference) {
        if (eventType == null || !allowed.contains(eventType)) {
            throw new ValidationFailure("eventType", "'" + eventType + "' is not a " + subject.toLowerCase() + " clock event");
        }
        if (occurredAt == null) {
            throw new ValidationFailure("occurredAt", "is required");
        }
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        events.insert(subject, subjectId, eventType, occurredAt, ref, actor.userId(), clock.instant());
    }

    private LocalDate dateOfBirth(long childId) {
        ChildBirthDates source = birthDates.getIfAvailable();
        return source == null ? null : source.dateOfBirth(childId).orElse(null);
    }

    private Set<String> eventsOf(String subject) {
        return engine.definitions().stream().filter(d -> d.subject().equals(subject))
                .flatMap(d -> java.util.stream.Stream.of(d.start(), d.stop(), d.cancel(), d.extend()))
                .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * When the clock {@code clockId} falls due if it started at {@code startedAt}: the declared limit of the version in
     * force on the start day, with any local limit (safeguard.clocks.local-limits.&lt;id&gt;) applied, exactly as
     * {@link #clocksFor} computes it. For lists that show many running clocks at once (the MASH queue) without reading
     * each child's events: the moment for an hour clock, the start of the day after the due day for a day clock.
     */
    public Instant dueAt(String clockId, Instant startedAt) {
        return ClockEngine.dueMoment(definition(clockId), startedAt, calendar.snapshot());
    }

    /** The clock's name as declared ("Contact decision"). */
    public String clockName(String clockId) {
        return definition(clockId).name();
    }

    /** The clock's limit in force on {@code day} in words ("24 hours", "1 working day"), local limits applied. */
    public String limitInWords(String clockId, LocalDate day) {
        var limit = definition(clockId).versionOn(day).limit();
        String unit = limit.unit().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return limit.amount() + " " + (limit.amount() == 1 && unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit);
    }

    private ClockDefinition definition(String clockId) {
        return engine.definitions().stream().filter(d -> d.id().equals(clockId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No clock " + clockId));
    }

    /** For documentation and tests: the declared clocks' ids. */
    public List<String> clockIds() {
        return engine.definitions().stream().map(ClockDefinition::id).toList();
    }
}
