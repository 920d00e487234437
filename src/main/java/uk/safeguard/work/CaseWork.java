package uk.safeguard.work;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Team;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.Actor;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.work.internal.CaseFileRepository;
import uk.safeguard.work.internal.CaseFileRepository.CaseRow;

/** Open cases and who they are allocated to. */
@Service
public class CaseWork {
    private final CaseFileRepository cases;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final Clock clock;

    public CaseWork(CaseFileRepository cases, UserDirectory users, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens a case for the child. The team defaults to the allocated worker's team. Audited on the child's record.
     */
    @Transactional
    public OpenCase openCase(Actor actor, long childId, CaseKind kind, Instant openedAt, Long workerId, Long teamId) {
        if (kind == null) {
            throw new ValidationFailure("kind", "Choose the kind of case");
        }
        if (openedAt == null || openedAt.isAfter(clock.instant())) {
            throw new ValidationFailure("openedAt", "The date the case opened must be today or in the past");
        }
        Optional<CurrentUser> worker = Optional.ofNullable(workerId).flatMap(users::findById);
        if (workerId != null && worker.isEmpty()) {
            throw new ValidationFailure("workerId", "There is no user " + workerId);
        }
        Long team = teamId != null ? teamId : worker.map(CurrentUser::teamId).orElse(null);
        if (team != null && teamName(team) == null) {
            throw new ValidationFailure("teamId", "There is no team " + team);
        }
        long id = cases.insert(childId, kind.name(), openedAt, workerId, team);
        OpenCase opened = named(List.of(new CaseRow(id, childId, kind.name(), openedAt, workerId, team, 0))).get(0);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", kind.name());
        after.put("openedAt", openedAt.toString());
        after.put("allocatedWorker", opened.workerName());
        after.put("team", opened.teamName());
        audit.recordChange(actor, childId, openedAt, Change.of("case_file", id, "CASE_OPENED",
                kind.label() + " case opened" + (opened.workerName() == null ? ", not yet allocated"
                        : ", allocated to " + opened.workerName()))
                .withValues(null, after));
        return opened;
    }

    public List<OpenCase> openCasesFor(long childId) {
        return openCasesFor(List.of(childId));
    }

    public List<OpenCase> openCasesFor(Collection<Long> childIds) {
        return named(cases.openCasesOf(childIds));
    }

    /** Children with an open case allocated to this worker. */
    public List<Long> childrenAllocatedTo(long userId) {
        return cases.childrenAllocatedTo(userId);
    }

    /** Children with an open case held by the team or allocated to one of its members. */
    public List<Long> childrenOfTeam(long teamId) {
        List<Long> members = users.teamMembers(teamId).stream().map(CurrentUser::id).toList();
        return cases.childrenOfTeam(teamId, members);
    }

    private List<OpenCase> named(List<CaseRow> rows) {
        Map<Long, String> workerNames = new HashMap<>();
        return rows.stream().map(r -> new OpenCase(r.id(), r.childId(), CaseKind.valueOf(r.kind()), r.openedAt(),
                r.workerId(), r.workerId() == null ? null : workerNames.computeIfAbsent(r.workerId(),
                        w -> users.findById(w).map(CurrentUser::displayName).orElse(null)),
                r.teamId(), r.teamId() == null ? null : teamName(r.teamId()), r.version())).toList();
    }

    private String teamName(long teamId) {
        return users.teams().stream().filter(t -> t.id() == teamId).map(Team::name).findFirst().orElse(null);
    }
}
