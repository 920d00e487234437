package uk.safeguard.work;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.people.HouseholdView;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.platform.NoAccess;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.work.internal.CaseFileRepository;
import uk.safeguard.work.internal.Families;

/**
 * Caseloads: per worker, the children whose open cases they lead and the families those children make (children
 * currently in the same household count once). A team manager sees every worker of their own team; a social worker
 * their own line only; anyone else is refused (logged). Families told the Families' Commission of social workers
 * "moaning at them about their high caseloads" (seeds 003 line 2188).
 */
@Service
public class Caseloads {
    private final CaseFileRepository cases;
    private final UserDirectory users;
    private final PeopleRegister people;
    private final AuditTrail audit;
    private final Clock clock;

    public Caseloads(CaseFileRepository cases, UserDirectory users, PeopleRegister people, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.users = users;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caseloads this user may see: a manager's team (theirs when {@code teamId} is null), or a social worker's own. */
    public List<Caseload> caseloads(CurrentUser me, Long teamId) {
        if (me.isManager()) {
            Long team = teamId != null ? teamId : me.teamId();
            if (team == null) {
                throw new ValidationFailure("teamId", "Choose the team");
            }
            if (!team.equals(me.teamId())) {
                throw refuse(me, "A team manager sees the caseloads of their own team only.");
            }
            return caseloadsOf(users.teamMembers(team));
        }
        if (me.role() == Role.SOCIAL_WORKER) {
            return caseloadsOf(List.of(me));
        }
        throw refuse(me, "Caseloads are open to team managers (their team) and social workers (their own).");
    }

    /** Whether this user has a caseload page to look at. */
    public boolean maySeeCaseloads(CurrentUser me) {
        return (me.isManager() && me.teamId() != null) || me.role() == Role.SOCIAL_WORKER;
    }

    private NoAccess refuse(CurrentUser me, String message) {
        return audit.refuse(me.asActor(), null, "caseloads", message);
    }

    private List<Caseload> caseloadsOf(List<CurrentUser> workers) {
        Map<Long, Set<Long>> children = cases.childrenLedBy(workers.stream().map(CurrentUser::id).toList());
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
        Map<Long, Set<Long>> householdsCache = new HashMap<>();
        return workers.stream().map(w -> {
            Set<Long> led = children.getOrDefault(w.id(), Set.of());
            Map<Long, Set<Long>> households = new HashMap<>();
            led.forEach(c -> households.put(c, householdsCache.computeIfAbsent(c, id -> currentHouseholds(id, today))));
            return new Caseload(w.id(), w.displayName(), w.role().label(), w.teamName(), led.size(), Families.count(households));
        }).toList();
    }

    /** The households the child lives in today. */
    private Set<Long> currentHouseholds(long childId, LocalDate today) {
        return people.householdsOf(childId).stream()
                .filter(h -> h.members().stream().anyMatch(m -> m.person() != null && m.person().id() == childId && current(m, today)))
                .map(HouseholdView::id).collect(Collectors.toSet());
    }

    private static boolean current(HouseholdView.Member m, LocalDate today) {
        return (m.from() == null || !m.from().isAfter(today)) && (m.to() == null || !m.to().isBefore(today));
    }
}
