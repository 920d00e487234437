package uk.safeguard.work.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.work.AllocationProposal;
import uk.safeguard.work.Allocations;
import uk.safeguard.work.CaseClosure;
import uk.safeguard.work.CaseNote;
import uk.safeguard.work.CaseView;
import uk.safeguard.work.CaseWork;
import uk.safeguard.work.Caseload;
import uk.safeguard.work.Caseloads;
import uk.safeguard.work.LeadPractitionerAllocation;
import uk.safeguard.work.NewCaseNote;
import uk.safeguard.work.StepDown;

@RestController
@Tag(name = "Cases, allocation and case recording")
public class CaseApiController {
    private final CaseWork caseWork;
    private final Allocations allocations;
    private final Caseloads caseloads;
    private final ChildAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    public CaseApiController(CaseWork caseWork, Allocations allocations, Caseloads caseloads, ChildAccess access,
                             AuditTrail audit, Clock clock) {
        this.caseWork = caseWork;
        this.allocations = allocations;
        this.caseloads = caseloads;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/api/cases/{id}")
    @Operation(summary = "A case: kind, opened, lead practitioner, team, allocation history with handover notes, pending proposal, notes, tasks",
            description = "Local-authority practitioners who may see the child; the view is logged. 403 (logged) otherwise.")
    public CaseView caseView(CurrentUser me, @PathVariable long id) {
        return caseWork.caseView(me, id);
    }

    public record ProposalRequest(Long workerId, String handoverNote) {}

    @PostMapping("/api/cases/{id}/allocation-proposals")
    @Operation(summary = "Propose a lead practitioner for an open case (team managers; WT2023 para 156)",
            description = "The proposal waits on the worker's work tray for their agreement. 403 (logged) for anyone but a team manager; "
                    + "409 `proposal` when the case already has a pending proposal; 409 `workerId` when an allocation rule refuses the worker "
                    + "(e.g. a section 47 enquiry or child protection plan needs a registered social worker); 400 `handoverNote` when the case "
                    + "already has a lead practitioner and no handover note is given.")
    public ResponseEntity<AllocationProposal> propose(CurrentUser me, @PathVariable long id, @RequestBody(required = false) ProposalRequest body) {
        ProposalRequest r = body == null ? new ProposalRequest(null, null) : body;
        AllocationProposal p = allocations.propose(me, id, r.workerId(), r.handoverNote());
        return ResponseEntity.created(URI.create("/api/allocation-proposals/" + p.id())).body(p);
    }

    @GetMapping("/api/allocation-proposals")
    @Operation(summary = "Allocation proposals waiting for the signed-in user's agreement, oldest first")
    public List<AllocationProposal> myProposals(CurrentUser me) {
        return allocations.pendingFor(me.id());
    }

    @PostMapping("/api/allocation-proposals/{id}/agreement")
    @Operation(summary = "The proposed worker agrees: they become the case's lead practitioner",
            description = "403 (logged) for anyone but the proposed worker; 409 `workerId` when an allocation rule now refuses them; "
                    + "409 `proposal` when already answered.")
    public LeadPractitionerAllocation agree(CurrentUser me, @PathVariable long id) {
        return allocations.agree(me, id);
    }

    public record DeclineRequest(String reason) {}

    @PostMapping("/api/allocation-proposals/{id}/decline")
    @Operation(summary = "The proposed worker declines with a reason; the proposing manager gets a task",
            description = "400 `reason` when blank; 403 (logged) for anyone but the proposed worker.")
    public AllocationProposal decline(CurrentUser me, @PathVariable long id, @RequestBody(required = false) DeclineRequest body) {
        return allocations.decline(me, id, body == null ? null : body.reason());
    }

    @PostMapping("/api/allocation-proposals/{id}/withdrawal")
    @Operation(summary = "A team manager withdraws a pending proposal (e.g. the worker is away)",
            description = "403 (logged) for anyone but a team manager; 409 `proposal` when already answered.")
    public AllocationProposal withdraw(CurrentUser me, @PathVariable long id) {
        return allocations.withdraw(me, id);
    }

    @PostMapping("/api/cases/{id}/notes")
    @Operation(summary = "Record a typed case note",
            description = "`type`: VISIT, PHONE_CALL, MEETING, SUPERVISION, MANAGEMENT_OVERSIGHT or OTHER; `occurredAt` (ISO instant, "
                    + "not in the future, not before the case opened); `text`; `significant` (a significant event: it shows in the "
                    + "chronology at `occurredAt`); `notSharedWithFamily` with a required `notSharedReason`. 400 names the field.")
    public ResponseEntity<CaseNote> addNote(CurrentUser me, @PathVariable long id, @RequestBody(required = false) NewCaseNote note) {
        CaseNote saved = caseWork.recordNote(me, id, note);
        return ResponseEntity.created(URI.create("/api/cases/" + id + "/notes/" + saved.id())).body(saved);
    }

    @GetMapping("/api/cases/{id}/notes")
    @Operation(summary = "The case's notes, newest first by when they happened")
    public List<CaseNote> notes(CurrentUser me, @PathVariable long id) {
        return caseWork.caseNotes(me, id);
    }

    @GetMapping("/api/children/{id}/significant-events")
    @Operation(summary = "The child's significant events on all their cases, oldest first")
    public List<CaseNote> significantEvents(CurrentUser me, @PathVariable long id) {
        return caseWork.significantEvents(me, id);
    }

    @PostMapping("/api/cases/{id}/closure")
    @Operation(summary = "Close a case (team managers) with a CIN reason for closure and date, and whether the child steps down to early help",
            description = "`closedAt` (YYYY-MM-DD) may not be in the future, before the case opened, or before any activity in the episode "
                    + "(400 `closedAt` says which activity and when); `closureReason` RC1-RC9; `stepDownToEarlyHelp` true/false. "
                    + "403 (logged) for anyone but a team manager; 409 `caseClosed` when already closed.")
    public CaseView close(CurrentUser me, @PathVariable long id, @RequestBody(required = false) CaseClosure closure) {
        return caseWork.closeCase(me, id, closure);
    }

    public record ChildChanges(long childId, LocalDate from, LocalDate to, int changes, List<LeadPractitionerAllocation> history) {}

    @GetMapping("/api/children/{id}/lead-practitioner-changes")
    @Operation(summary = "The child's lead practitioners on all their cases and the number of changes in the period",
            description = "A change is a re-allocation of one of the child's cases to another worker (a case's first allocation is not). "
                    + "`from` defaults to two years before `to`; `to` to today.")
    public ChildChanges childChanges(CurrentUser me, @PathVariable long id,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (!me.role().seesAnyUnrestrictedChild()) {
            throw audit.refuse(me.asActor(), id, "lead practitioner changes", "Case records are open to local-authority practitioners only.");
        }
        access.requireView(me, id, "lead practitioner changes");
        audit.recordView(me.asActor(), id, "lead practitioner changes");
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
        LocalDate start = from != null ? from : end.minusYears(2);
        period(start, end);
        return new ChildChanges(id, start, end, caseWork.leadPractitionerChanges(id, start, end), caseWork.allocationHistoryOfChild(id));
    }

    public record ChildChangeCount(long childId, int changes) {}

    public record ChangesReport(LocalDate from, LocalDate to, int children, int changes, List<ChildChangeCount> perChild) {}

    @GetMapping("/api/reports/lead-practitioner-changes")
    @Operation(summary = "Per child, the number of changes of lead practitioner in the period (team managers, performance analysts)",
            description = "Children with at least one change, most changes first. Both dates are included.")
    public ChangesReport changesReport(CurrentUser me,
                                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        requireReportReader(me, "lead practitioner changes report");
        period(from, to);
        Map<Long, Integer> changes = caseWork.leadPractitionerChanges(from, to);
        return new ChangesReport(from, to, changes.size(), changes.values().stream().mapToInt(Integer::intValue).sum(),
                changes.entrySet().stream().map(e -> new ChildChangeCount(e.getKey(), e.getValue())).toList());
    }

    public record StepDownReport(LocalDate from, LocalDate to, int children, List<StepDown> stepDowns) {}

    @GetMapping("/api/reports/step-downs")
    @Operation(summary = "Children stepped down to early help at the closure of a case closed in the period (team managers, performance analysts)")
    public StepDownReport stepDowns(CurrentUser me,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        requireReportReader(me, "step-downs report");
        period(from, to);
        List<StepDown> list = caseWork.stepDowns(from, to);
        return new StepDownReport(from, to, (int) list.stream().mapToLong(StepDown::childId).distinct().count(), list);
    }

    @GetMapping("/api/caseloads")
    @Operation(summary = "Caseloads: per worker, children and families (a sibling group in one household counts once)",
            description = "A team manager: every worker of their own team (`teamId` defaults to it; another team is 403). A social "
                    + "worker: their own line. Anyone else: 403 (logged).")
    public List<Caseload> caseloads(CurrentUser me, @RequestParam(required = false) Long teamId) {
        return caseloads.caseloads(me, teamId);
    }

    private void requireReportReader(CurrentUser me, String what) {
        if (!me.isManager() && me.role() != Role.PERFORMANCE_ANALYST) {
            throw audit.refuse(me.asActor(), null, what, "This report is open to team managers and performance analysts.");
        }
    }

    private static void period(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new ValidationFailure("to", "The end of the period must be on or after its start");
        }
    }
}
