package uk.safeguard.work;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonSummary;
import uk.safeguard.calendar.WorkingDayCalendar;
import uk.safeguard.clock.ChildClock;
import uk.safeguard.clock.ClockStatus;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.platform.TimeConfiguration;

/**
 * What the signed-in user must act on: clocks overdue or due within 5 working days for the children allocated
 * to them and, for a team manager, their team's children. Met and cancelled clocks never appear.
 */
@Service
public class WorkTray {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(TimeConfiguration.LONDON);

    private final CaseWork caseWork;
    private final StatutoryClocks clocks;
    private final WorkingDayCalendar calendar;
    private final ChildAccess childAccess;
    private final PeopleRegister people;
    private final Clock clock;

    public WorkTray(CaseWork caseWork, StatutoryClocks clocks, WorkingDayCalendar calendar, ChildAccess childAccess,
                    PeopleRegister people, Clock clock) {
        this.people = people;
        this.caseWork = caseWork;
        this.clocks = clocks;
        this.calendar = calendar;
        this.childAccess = childAccess;
        this.clock = clock;
    }

    /** Overdue first, then by due date. */
    public List<TrayItem> itemsFor(CurrentUser me) {
        Set<Long> children = new LinkedHashSet<>(caseWork.childrenAllocatedTo(me.id()));
        if (me.isManager() && me.teamId() != null) {
            children.addAll(caseWork.childrenOfTeam(me.teamId()));
        }
        Set<Long> visible = childAccess.viewable(me, children);
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, String> workers = caseWork.openCasesFor(visible).stream()
                .filter(c -> c.workerName() != null)
                .collect(Collectors.groupingBy(OpenCase::childId, Collectors.mapping(OpenCase::workerName,
                        Collectors.collectingAndThen(Collectors.toCollection(LinkedHashSet::new), names -> String.join(", ", names)))));
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
        List<ChildClock> due = clocks.dueSoon(visible, Urgency.TRAY_WORKING_DAYS);
        Map<Long, PersonSummary> names = people.summaries(due.stream().map(ChildClock::childId).collect(Collectors.toSet()));
        return due.stream()
                .map(c -> item(c, today, workers.getOrDefault(c.childId(), "Not allocated"), label(names.get(c.childId()), c.childId())))
                .sorted(java.util.Comparator.comparing(TrayItem::urgency).thenComparing(TrayItem::dueDate))
                .toList();
    }

    private static String label(PersonSummary child, long childId) {
        return child == null ? "Child " + childId : child.displayName();
    }

    private TrayItem item(ChildClock c, LocalDate today, String worker, String childLabel) {
        int left = calendar.countWorkingDays(today, c.dueDate());
        Urgency urgency = Urgency.of(c.status() == ClockStatus.OVERDUE, left);
        String shown = c.isHourClock() ? DAY_TIME.format(c.dueTime()) : DAY.format(c.dueDate());
        return new TrayItem(urgency, urgency.label(), c.clockId(), c.clock(), c.dueAt(), c.dueDate(), shown, left,
                c.childId(), childLabel, worker, c.explanation());
    }
}
