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
import uk.safeguard.work.internal.NotesAndTasksRepository;
import uk.safeguard.access.Role;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.NoAccess;
import uk.safeguard.platform.RuleBroken;

/** Open cases and who they are allocated to. */
@Service
public class CaseWork {
    private final CaseFileRepository cases;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final Clock clock;
    private final NotesAndTasksRepository notes;

    public CaseWork(CaseFileRepository cases, UserDirectory users, AuditTrail audit, Clock clock,
                    NotesAndTasksRepository notes) {
        this.notes = notes;
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

    /** CIN reasons for closure (standards/ssd/categories/reason_for_closure.yml, RC1-RC9). */
    public Map<String, String> closureReasons() {
        return cases.closureReasons();
    }

    /**
     * Closes an open case with a CIN reason for closure code (RC1-RC9, reason_for_closure.yml; the CIN census records
     * the case closure date and reason). Audited on the child's record.
     */
    @Transactional
    public void closeCase(Actor actor, long caseId, Instant closedAt, String reasonCode) {
        CaseRow row = cases.byId(caseId).orElseThrow(() -> new NotFound("There is no case " + caseId));
        if (reasonCode == null || !cases.closureReasons().containsKey(reasonCode)) {
            throw new ValidationFailure("closureReason", "Choose a CIN reason for closure (" + String.join(", ", cases.closureReasons().keySet()) + ")");
        }
        if (closedAt == null || closedAt.isAfter(clock.instant())) {
            throw new ValidationFailure("closedAt", "The date the case closed must be now or in the past");
        }
        if (closedAt.isBefore(row.openedAt())) {
            throw new ValidationFailure("closedAt", "The case cannot close before it opened");
        }
        if (!cases.close(caseId, closedAt, reasonCode)) {
            throw new RuleBroken("caseClosed", "Case " + caseId + " is already closed");
        }
        CaseKind kind = CaseKind.valueOf(row.kind());
        audit.recordChange(actor, row.childId(), closedAt, Change.of("case_file", caseId, "CASE_CLOSED",
                kind.label() + " case closed: " + reasonCode + " " + cases.closureReasons().get(reasonCode))
                .withValues(Map.of("closedAt", "open"), Map.of("closedAt", closedAt.toString(), "closureReason", reasonCode)));
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

    /**
     * Adds a note to an open case (e.g. new information about a child whose case is open: it goes on the case, not
     * into a new contact, seeds 003 line 1676). Audited on the child's record with the note as the summary.
     */
    @Transactional
    public CaseNote addCaseNote(Actor actor, long caseId, Instant writtenAt, String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationFailure("text", "Enter the note");
        }
        NotesAndTasksRepository.CaseRowLite c = notes.caseById(caseId).orElseThrow(() -> new NotFound("There is no case " + caseId));
        if (!c.open()) {
            throw new RuleBroken("caseClosed", "Case " + caseId + " is closed; a note can be added only to an open case");
        }
        Instant at = writtenAt == null ? clock.instant() : writtenAt;
        long id = notes.insertNote(caseId, c.childId(), at, actor.description(), text.strip());
        audit.recordChange(actor, c.childId(), at, Change.of("case_note", id, "CASE_NOTE_ADDED",
                "Case note: " + abbreviate(text.strip(), 300)).withValues(null, Map.of("caseId", caseId, "text", text.strip())));
        return new CaseNote(id, caseId, c.childId(), at, actor.description(), text.strip());
    }

    public List<CaseNote> caseNotes(long caseId) {
        return notes.notes(caseId);
    }

    /**
     * Who should act on new information about this case: the allocated worker or, when none, a manager of the
     * case's team (or, failing that, any team manager).
     */
    public Optional<CurrentUser> responsibleFor(OpenCase openCase) {
        if (openCase.workerId() != null) {
            Optional<CurrentUser> worker = users.findById(openCase.workerId());
            if (worker.isPresent()) {
                return worker;
            }
        }
        List<Long> teams = new java.util.ArrayList<>();
        if (openCase.teamId() != null) {
            teams.add(openCase.teamId());
        }
        users.teams().forEach(t -> teams.add(t.id()));
        for (long team : teams) {
            Optional<CurrentUser> manager = users.teamMembers(team).stream().filter(u -> u.role() == Role.TEAM_MANAGER).findFirst();
            if (manager.isPresent()) {
                return manager;
            }
        }
        return Optional.empty();
    }

    /** Gives a user a task; it shows on their work tray until done. */
    @Transactional
    public CaseTask assignTask(Actor actor, long assigneeId, Long childId, Long caseId, String title, String detail) {
        if (title == null || title.isBlank()) {
            throw new ValidationFailure("title", "Enter what needs doing");
        }
        if (users.findById(assigneeId).isEmpty()) {
            throw new ValidationFailure("assignedTo", "There is no user " + assigneeId);
        }
        Instant now = clock.instant();
        long id = notes.insertTask(assigneeId, childId, caseId, title.strip(), detail, now, actor.description());
        if (childId != null) {
            audit.recordChange(actor, childId, now, Change.of("task", id, "TASK_ASSIGNED", "Task for "
                    + users.findById(assigneeId).map(CurrentUser::displayName).orElse("user " + assigneeId) + ": " + title.strip())
                    .withValues(null, Map.of("assignedTo", assigneeId, "title", title.strip())));
        }
        return notes.task(id).orElseThrow();
    }

    /** The user's tasks not yet done, oldest first. */
    public List<CaseTask> openTasksFor(long userId) {
        return notes.openTasks(userId);
    }

    /** Marks the user's own task done. */
    @Transactional
    public void completeTask(CurrentUser me, long taskId) {
        CaseTask task = notes.task(taskId).orElseThrow(() -> new NotFound("There is no task " + taskId));
        if (task.assignedTo() != me.id()) {
            throw new NoAccess("This task is not yours.");
        }
        if (!notes.complete(taskId, clock.instant())) {
            throw new RuleBroken("taskDone", "This task is already done");
        }
        if (task.childId() != null) {
            audit.recordChange(me.asActor(), task.childId(), Change.of("task", taskId, "TASK_DONE", "Task done: " + task.title()));
        }
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
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
