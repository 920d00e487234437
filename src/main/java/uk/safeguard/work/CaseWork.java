package uk.safeguard.work;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.ObjectProvider;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonSummary;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.work.internal.AllocationRepository;
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

/**
 * Cases (episodes) of work with a child: opening, who leads them (the allocation history), typed case notes with
 * significant events, tasks, and closing with a CIN reason for closure. Allocation by proposal and agreement is
 * {@link Allocations}.
 */
@Service
public class CaseWork {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(TimeConfiguration.LONDON);

    private final CaseFileRepository cases;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final Clock clock;
    private final NotesAndTasksRepository notes;
    private final AllocationRepository allocations;
    private final ChildAccess access;
    private final PeopleRegister people;
    private final ObjectProvider<EpisodeActivity> episodeActivities;

    public CaseWork(CaseFileRepository cases, UserDirectory users, AuditTrail audit, Clock clock,
                    NotesAndTasksRepository notes, AllocationRepository allocations, ChildAccess access,
                    PeopleRegister people, ObjectProvider<EpisodeActivity> episodeActivities,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.notes = notes;
        this.cases = cases;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.allocations = allocations;
        this.access = access;
        this.people = people;
        this.episodeActivities = episodeActivities;
    }

    /**
     * Opens a case for the child. The team defaults to the allocated worker's team. Audited on the child's record.
     * A worker given here is the case's first lead practitioner (the first entry of its allocation history); later
     * changes go through {@link Allocations} with the worker's agreement.
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
        if (workerId != null) {
            allocations.insertAllocation(id, childId, workerId, null, openedAt, actor.description(), null, null);
        }
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
     * the case closure date and reason). Audited on the child's record. The caller has checked who may close it.
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
        latestActivity(caseId).filter(a -> a.at().isAfter(closedAt)).ifPresent(a -> {
            throw activityAfterClosure(a);
        });
        close(actor, row, closedAt, reasonCode, false);
    }

    /**
     * Closes a child-in-need episode (team managers only; the refusal is logged): the CIN census closure date may not
     * precede any activity in the episode (the case's own notes and allocations and every module's
     * {@link EpisodeActivity}); a step-down to early help is recorded with it (seeds 003 line 1503: children "are then
     * enabled to step down to Early Help support").
     */
    @Transactional
    public CaseView closeCase(CurrentUser me, long caseId, CaseClosure closure) {
        CaseRow row = cases.byId(caseId).orElseThrow(() -> new NotFound("There is no case " + caseId));
        if (!me.isManager()) {
            throw audit.refuse(me.asActor(), row.childId(), "close case " + caseId,
                    "Only a social-work-qualified manager (team manager) may close a case. Your role is " + me.role().label() + ".");
        }
        access.requireView(me, row.childId(), "close case " + caseId);
        if (cases.closure(caseId).isPresent()) {
            throw new RuleBroken("caseClosed", "Case " + caseId + " is already closed");
        }
        List<ValidationFailure.FieldError> errors = new ArrayList<>();
        String reason = closure == null ? null : closure.closureReason();
        if (reason == null || !cases.closureReasons().containsKey(reason)) {
            errors.add(new ValidationFailure.FieldError("closureReason", "Choose a CIN reason for closure ("
                    + String.join(", ", cases.closureReasons().keySet()) + ")"));
        }
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
        LocalDate closedOn = closure == null ? null : closure.closedAt();
        LocalDate openedOn = row.openedAt().atZone(TimeConfiguration.LONDON).toLocalDate();
        if (closedOn == null) {
            errors.add(new ValidationFailure.FieldError("closedAt", "Enter the date the case closed"));
        } else if (closedOn.isAfter(today)) {
            errors.add(new ValidationFailure.FieldError("closedAt", "The date the case closed must be today or in the past"));
        } else if (closedOn.isBefore(openedOn)) {
            errors.add(new ValidationFailure.FieldError("closedAt", "The case cannot close before it opened on " + DAY.format(openedOn)));
        } else {
            // CIN census: the closure date may not precede any activity in the episode (compared as London dates).
            latestActivity(caseId).filter(a -> a.at().atZone(TimeConfiguration.LONDON).toLocalDate().isAfter(closedOn))
                    .ifPresent(a -> errors.add(activityAfterClosure(a).errors().get(0)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        // a closure dated today is now; an earlier date is the end of that day, so it follows that day's activity
        Instant closedAt = closedOn.equals(today) ? clock.instant()
                : closedOn.plusDays(1).atStartOfDay(TimeConfiguration.LONDON).toInstant().minusSeconds(1);
        close(me.asActor(), row, closedAt, reason, Boolean.TRUE.equals(closure.stepDownToEarlyHelp()));
        return caseView(me, caseId, false);
    }

    private void close(Actor actor, CaseRow row, Instant closedAt, String reasonCode, boolean stepDown) {
        long caseId = row.id();
        if (!cases.close(caseId, closedAt, reasonCode, stepDown, actor.description())) {
            throw new RuleBroken("caseClosed", "Case " + caseId + " is already closed");
        }
        CaseKind kind = CaseKind.valueOf(row.kind());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("closedAt", closedAt.toString());
        after.put("closureReason", reasonCode);
        after.put("steppedDownToEarlyHelp", stepDown);
        audit.recordChange(actor, row.childId(), closedAt, Change.of("case_file", caseId, "CASE_CLOSED",
                kind.label() + " case closed: " + reasonCode + " " + cases.closureReasons().get(reasonCode)
                        + (stepDown ? " Stepped down to early help." : ""))
                .withValues(Map.of("closedAt", "open"), after));
        allocations.withdrawPending(caseId, clock.instant()).ifPresent(p -> audit.recordChange(actor, row.childId(),
                Change.of("allocation_proposal", p, "ALLOCATION_PROPOSAL_WITHDRAWN", "Allocation proposal withdrawn: the case closed")));
        events.publishEvent(new CaseClosed(caseId, row.childId(), closedAt, reasonCode, actor));
    }

    /** The latest activity in the episode: the case's notes and allocations and every module's {@link EpisodeActivity}. */
    public Optional<EpisodeActivity.Activity> latestActivity(long caseId) {
        List<EpisodeActivity.Activity> all = new ArrayList<>();
        notes.latestNote(caseId).ifPresent(n -> all.add(new EpisodeActivity.Activity(n.occurredAt(),
                "case note (" + n.type().label().toLowerCase(Locale.ENGLISH) + ")")));
        allocations.latestAllocation(caseId).ifPresent(at -> all.add(new EpisodeActivity.Activity(at, "allocation of the lead practitioner")));
        episodeActivities.orderedStream().forEach(source -> source.latestActivity(caseId).ifPresent(all::add));
        return all.stream().max(Comparator.comparing(EpisodeActivity.Activity::at));
    }

    private static ValidationFailure activityAfterClosure(EpisodeActivity.Activity a) {
        return new ValidationFailure("closedAt", "The case cannot close before the last activity in the episode: the "
                + a.what() + " on " + DAY_TIME.format(a.at()) + " (CIN census: the closure date may not precede any activity "
                + "in the episode). Enter " + DAY.format(a.at().atZone(TimeConfiguration.LONDON)) + " or later");
    }

    /**
     * A case's facts for modules that work inside a case (child in need plans, strategy discussions, conferences). No
     * access check: the caller checks that its user may see the child.
     */
    public Optional<CaseFacts> findCase(long caseId) {
        return cases.facts(caseId);
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
     * into a new contact, seeds 003 line 1676). A note of type "other", not a significant event, happening when written.
     * Audited on the child's record with the note as the summary.
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
        return insertNote(actor, c, at, new NewCaseNote(NoteType.OTHER, at, text, false, false, null));
    }

    /**
     * Records a typed case note (visit, phone call, meeting, supervision, management oversight, other) on an open case:
     * when it happened (not in the future, not before the case opened), the text, whether it is a significant event
     * (it then shows in the child's chronology at the time it happened, as SIGNIFICANT_EVENT) and whether it must not
     * be shared with the family (with the reason). Local-authority practitioners who may see the child only.
     */
    @Transactional
    public CaseNote recordNote(CurrentUser me, long caseId, NewCaseNote note) {
        CaseRow row = cases.byId(caseId).orElseThrow(() -> new NotFound("There is no case " + caseId));
        requireCaseAccess(me, row.childId(), "add a note to case " + caseId);
        NotesAndTasksRepository.CaseRowLite c = notes.caseById(caseId).orElseThrow();
        if (!c.open()) {
            throw new RuleBroken("caseClosed", "Case " + caseId + " is closed; a note can be added only to an open case");
        }
        List<ValidationFailure.FieldError> errors = new ArrayList<>();
        if (note == null || note.type() == null) {
            errors.add(new ValidationFailure.FieldError("type", "Choose the type of note (" + String.join(", ",
                    java.util.Arrays.stream(NoteType.values()).map(Enum::name).toList()) + ")"));
        }
        Instant occurredAt = note == null ? null : note.occurredAt();
        if (occurredAt == null) {
            errors.add(new ValidationFailure.FieldError("occurredAt", "Enter the date and time it happened"));
        } else if (occurredAt.isAfter(clock.instant())) {
            errors.add(new ValidationFailure.FieldError("occurredAt", "The date and time it happened cannot be in the future"));
        } else if (occurredAt.isBefore(row.openedAt())) {
            errors.add(new ValidationFailure.FieldError("occurredAt", "The date and time it happened cannot be before the case opened on "
                    + DAY_TIME.format(row.openedAt())));
        }
        if (note == null || note.text() == null || note.text().isBlank()) {
            errors.add(new ValidationFailure.FieldError("text", "Enter the note"));
        }
        if (note != null && Boolean.TRUE.equals(note.notSharedWithFamily()) && blank(note.notSharedReason())) {
            errors.add(new ValidationFailure.FieldError("notSharedReason", "Enter why this note must not be shared with the family"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        return insertNote(me.asActor(), c, clock.instant(), note);
    }

    private CaseNote insertNote(Actor actor, NotesAndTasksRepository.CaseRowLite c, Instant writtenAt, NewCaseNote n) {
        String text = n.text().strip();
        boolean significant = Boolean.TRUE.equals(n.significant());
        boolean notShared = Boolean.TRUE.equals(n.notSharedWithFamily());
        String reason = notShared ? n.notSharedReason().strip() : null;
        long id = notes.insertNote(c.id(), c.childId(), writtenAt, actor.description(), actor.userId() == 0 ? null : actor.userId(),
                text, n.type(), n.occurredAt(), significant, notShared, reason);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("caseId", c.id());
        after.put("type", n.type().name());
        after.put("text", text);
        if (significant) {
            after.put("significant", true);
        }
        if (notShared) {
            after.put("notSharedWithFamily", true);
            after.put("notSharedReason", reason);
        }
        // significant events feed the chronology at the time they happened
        audit.recordChange(actor, c.childId(), n.occurredAt(), Change.of("case_note", id,
                significant ? "SIGNIFICANT_EVENT" : "CASE_NOTE_ADDED",
                (significant ? "Significant event (" + n.type().label() + "): " : n.type() == NoteType.OTHER ? "Case note: "
                        : "Case note (" + n.type().label() + "): ") + abbreviate(text, 300)
                        + (notShared ? " [Not to be shared with the family]" : "")).withValues(null, after));
        return notes.note(id).orElseThrow();
    }

    /** The case's notes, newest first (by when it happened); no access check (for other modules' services). */
    public List<CaseNote> caseNotes(long caseId) {
        return notes.notes(caseId);
    }

    /** The case's notes, newest first (by when it happened). */
    public List<CaseNote> caseNotes(CurrentUser me, long caseId) {
        CaseRow row = cases.byId(caseId).orElseThrow(() -> new NotFound("There is no case " + caseId));
        requireCaseAccess(me, row.childId(), "case " + caseId + " notes");
        audit.recordView(me.asActor(), row.childId(), "case " + caseId + " notes");
        return notes.notes(caseId);
    }

    /** The child's significant events on all their cases, oldest first. */
    public List<CaseNote> significantEvents(CurrentUser me, long childId) {
        requireCaseAccess(me, childId, "significant events");
        audit.recordView(me.asActor(), childId, "significant events");
        return notes.significantNotesOf(childId);
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

    /**
     * Marks a task done because the work it asked for was done by someone else (e.g. a manager recorded the outcome of
     * a challenge the task's owner was to answer). The calling module has checked that the actor may do that work.
     * Nothing happens if the task is already done.
     */
    @Transactional
    public void taskDoneBy(Actor actor, long taskId, String how) {
        CaseTask task = notes.task(taskId).orElseThrow(() -> new NotFound("There is no task " + taskId));
        if (notes.complete(taskId, clock.instant()) && task.childId() != null) {
            audit.recordChange(actor, task.childId(), Change.of("task", taskId, "TASK_DONE", "Task done: " + task.title() + " (" + how + ")"));
        }
    }

    // ---------------------------------------------------------------- the case page

    /**
     * The case with its allocation history, pending proposal, notes and tasks. The viewer must be a local-authority
     * practitioner who may see the child (refusals are logged); the view is logged.
     */
    public CaseView caseView(CurrentUser me, long caseId) {
        return caseView(me, caseId, true);
    }

    CaseView caseView(CurrentUser me, long caseId, boolean logView) {
        CaseRow row = cases.byId(caseId).orElseThrow(() -> new NotFound("There is no case " + caseId));
        requireCaseAccess(me, row.childId(), "case " + caseId);
        if (logView) {
            audit.recordView(me.asActor(), row.childId(), "case " + caseId);
        }
        Optional<CaseFileRepository.ClosureRow> closure = cases.closure(caseId);
        OpenCase named = named(List.of(row)).get(0);
        AllocationProposal pending = allocations.pendingProposalOf(caseId).map(this::proposal).orElse(null);
        return new CaseView(caseId, row.childId(), childName(row.childId()), named.kind(), row.openedAt(),
                closure.map(CaseFileRepository.ClosureRow::closedAt).orElse(null),
                closure.map(CaseFileRepository.ClosureRow::reasonCode).orElse(null),
                closure.map(c -> cases.closureReasons().get(c.reasonCode())).orElse(null),
                closure.map(CaseFileRepository.ClosureRow::steppedDown).orElse(false),
                closure.map(CaseFileRepository.ClosureRow::closedBy).orElse(null),
                named.workerId(), named.workerName(), named.teamId(), named.teamName(),
                allocationHistoryOfCase(caseId), pending, notes.notes(caseId), notes.tasksOfCase(caseId), row.version());
    }

    /** LA practitioners who may see the child; partners, councillors and administrators are refused (logged). */
    void requireCaseAccess(CurrentUser me, long childId, String what) {
        if (!me.role().seesAnyUnrestrictedChild()) {
            throw audit.refuse(me.asActor(), childId, what, "Case records are open to local-authority practitioners only.");
        }
        access.requireView(me, childId, what);
    }

    String childName(long childId) {
        PersonSummary child = people.summaries(List.of(childId)).get(childId);
        return child == null ? "Child " + childId : child.displayName();
    }

    String userName(Long userId) {
        return userId == null ? null : users.findById(userId).map(CurrentUser::displayName).orElse("user " + userId);
    }

    AllocationProposal proposal(AllocationRepository.ProposalRow p) {
        CaseKind kind = cases.byId(p.caseId()).map(r -> CaseKind.valueOf(r.kind())).orElse(null);
        return new AllocationProposal(p.id(), p.caseId(), p.childId(), childName(p.childId()), kind, p.workerId(),
                userName(p.workerId()), p.previousWorkerId(), userName(p.previousWorkerId()), p.proposedBy(),
                userName(p.proposedBy()), p.proposedAt(), p.handoverNote(), AllocationProposal.Status.valueOf(p.status()),
                p.decidedAt(), p.declineReason());
    }

    // ---------------------------------------------------------------- allocation history and reporting

    /** The case's lead practitioners, first first. */
    public List<LeadPractitionerAllocation> allocationHistoryOfCase(long caseId) {
        return history(allocations.allocationsOfCase(caseId), new HashMap<>());
    }

    /** The child's lead practitioners on all their cases, oldest first (the child's cases read once, for their kinds). */
    public List<LeadPractitionerAllocation> allocationHistoryOfChild(long childId) {
        Map<Long, CaseKind> kinds = new HashMap<>();
        cases.allCasesOf(childId).forEach(c -> kinds.put(c.row().id(), CaseKind.valueOf(c.row().kind())));
        return history(allocations.allocationsOfChild(childId), kinds);
    }

    /** Each case's kind and each user's name looked up once per call (not once per allocation). */
    private List<LeadPractitionerAllocation> history(List<AllocationRepository.AllocationRow> rows, Map<Long, CaseKind> kinds) {
        Map<Long, String> names = new HashMap<>();
        java.util.function.Function<Long, String> name = id -> id == null ? null : names.computeIfAbsent(id, this::userName);
        return rows.stream().map(a -> new LeadPractitionerAllocation(a.id(), a.caseId(), a.childId(),
                kinds.computeIfAbsent(a.caseId(), id -> cases.byId(id).map(r -> CaseKind.valueOf(r.kind())).orElse(null)),
                a.workerId(), name.apply(a.workerId()), a.previousWorkerId(), name.apply(a.previousWorkerId()), a.allocatedAt(),
                a.allocatedBy(), a.proposalId() != null, a.handoverNote())).toList();
    }

    /**
     * How many times the child's lead practitioner changed from {@code from} to {@code to} (London dates, both
     * included): every re-allocation of any of the child's cases to another worker; a case's first allocation is not a
     * change. Families told the Families' Commission of "five or six social worker changes in less than two years"
     * (seeds 003 line 2188); DOMAIN.md section 5 makes the count reportable.
     */
    public int leadPractitionerChanges(long childId, LocalDate from, LocalDate to) {
        return allocations.changesOfChild(childId, startOf(from), startOf(to.plusDays(1)));
    }

    /** Per child with at least one change, the number of changes of lead practitioner in the period (both dates included). */
    public Map<Long, Integer> leadPractitionerChanges(LocalDate from, LocalDate to) {
        return allocations.changesPerChild(startOf(from), startOf(to.plusDays(1)));
    }

    /** Children stepped down to early help at the closure of a case closed in the period (both dates included). */
    public List<StepDown> stepDowns(LocalDate from, LocalDate to) {
        return cases.stepDowns(startOf(from), startOf(to.plusDays(1))).stream()
                .map(c -> new StepDown(c.row().childId(), c.row().id(), CaseKind.valueOf(c.row().kind()), c.closure().closedAt(),
                        c.closure().reasonCode(), c.closure().closedBy())).toList();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(TimeConfiguration.LONDON).toInstant();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
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
