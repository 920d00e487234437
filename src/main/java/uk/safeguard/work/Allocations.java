package uk.safeguard.work;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.work.internal.AllocationRepository;
import uk.safeguard.work.internal.AllocationRepository.ProposalRow;
import uk.safeguard.work.internal.AllocationRules;
import uk.safeguard.work.internal.CaseFileRepository;
import uk.safeguard.work.internal.CaseFileRepository.CaseRow;

/**
 * Allocating a case's lead practitioner: "a social work qualified practice supervisor or manager should decide ... who
 * the most appropriate lead practitioner will be and with the lead practitioner's agreement, allocate them" (WT2023
 * para 156, seeds 000 line 2255). A manager proposes a worker; the proposal waits on the worker's work tray; the worker
 * agrees (the case is then theirs) or declines with a reason (the manager gets a task). A change of worker needs a
 * handover note (DOMAIN.md section 5, Allocation; families told of changes with "no handover", seeds 003 line 2225).
 */
@Service
public class Allocations {
    /**
     * Who may lead a case: "a range of people, including social workers" (WT2023 para 157, seeds 000 line 2257) who work
     * with the child. Not MASH business support, analysts, partnership officers, or an IRO (who must stay independent
     * of the case's line management, seeds 000 line 2930ff).
     */
    private static final java.util.Set<Role> LEAD_ROLES = java.util.EnumSet.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER,
            Role.EARLY_HELP_PRACTITIONER, Role.PARTNER_PRACTITIONER);

    private final CaseWork caseWork;
    private final CaseFileRepository cases;
    private final AllocationRepository repository;
    private final UserDirectory users;
    private final ChildAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final AllocationRules rules;

    public Allocations(CaseWork caseWork, CaseFileRepository cases, AllocationRepository repository, UserDirectory users,
                       ChildAccess access, AuditTrail audit, Clock clock, ObjectProvider<AllocationRule> rules) {
        this.caseWork = caseWork;
        this.cases = cases;
        this.repository = repository;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.rules = new AllocationRules(rules::orderedStream);
    }

    /**
     * A manager proposes a lead practitioner for an open case. One pending proposal per case (409); every
     * {@link AllocationRule} is consulted (409 naming {@code workerId}); a re-allocation needs a handover note (400).
     */
    @Transactional
    public AllocationProposal propose(CurrentUser me, long caseId, Long workerId, String handoverNote) {
        CaseRow row = cases.byId(caseId).orElseThrow(() -> new NotFound("There is no case " + caseId));
        String what = "propose allocation of case " + caseId;
        if (!me.isManager()) {
            // WT2023 para 156: a social work qualified practice supervisor or manager allocates the lead practitioner
            throw audit.refuse(me.asActor(), row.childId(), what, "Only a social-work-qualified manager (team manager) may allocate "
                    + "a lead practitioner (WT2023 para 156). Your role is " + me.role().label() + ".");
        }
        access.requireView(me, row.childId(), what);
        OpenCase open = openCase(row);
        Optional<ProposalRow> pending = repository.pendingProposalOf(caseId);
        if (pending.isPresent()) {
            throw new RuleBroken("proposal", "Case " + caseId + " already has a proposal waiting for "
                    + caseWork.userName(pending.get().workerId()) + "'s agreement; wait for their answer first");
        }
        if (workerId == null) {
            throw new ValidationFailure("workerId", "Choose the worker to lead this case");
        }
        CurrentUser worker = users.findById(workerId).orElseThrow(() -> new ValidationFailure("workerId", "There is no user " + workerId));
        if (!LEAD_ROLES.contains(worker.role())) {
            throw new ValidationFailure("workerId", worker.displayName() + " is a " + worker.role().label().toLowerCase(java.util.Locale.ENGLISH)
                    + "; a lead practitioner is a social worker, a team manager, an early help practitioner or a partner practitioner "
                    + "(WT2023 para 157)");
        }
        if (workerId.equals(open.workerId())) {
            throw new ValidationFailure("workerId", worker.displayName() + " already leads this case; choose another worker");
        }
        if (open.workerId() != null && (handoverNote == null || handoverNote.isBlank())) {
            throw new ValidationFailure("handoverNote", "Write a handover note for the new lead practitioner: the case is "
                    + "already allocated to " + open.workerName() + " (a change of worker needs a handover note)");
        }
        checkWorker(open, worker);
        Instant now = clock.instant();
        String note = handoverNote == null || handoverNote.isBlank() ? null : handoverNote.strip();
        long id;
        try {
            id = repository.insertProposal(caseId, row.childId(), workerId, open.workerId(), me.id(), now, note);
        } catch (DuplicateKeyException e) {
            throw new RuleBroken("proposal", "Case " + caseId + " already has a proposal waiting for the worker's agreement");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("caseId", caseId);
        after.put("proposedWorker", worker.displayName());
        if (note != null) {
            after.put("handoverNote", note);
        }
        audit.recordChange(me.asActor(), row.childId(), now, Change.of("allocation_proposal", id, "ALLOCATION_PROPOSED",
                open.kind().label() + " case: " + me.displayName() + " proposed " + worker.displayName()
                        + " as lead practitioner" + (open.workerName() == null ? "" : " in place of " + open.workerName())
                        + ", waiting for their agreement").withValues(null, after));
        return proposal(id);
    }

    /**
     * The proposed worker agrees: the case's lead practitioner (and team, when the worker has one) changes, audited with
     * before and after. The rules are consulted again: the case may have changed since the proposal.
     */
    @Transactional
    public LeadPractitionerAllocation agree(CurrentUser me, long proposalId) {
        ProposalRow p = pendingOwnedBy(me, proposalId, "agree to allocation proposal " + proposalId);
        CaseRow row = cases.byId(p.caseId()).orElseThrow();
        OpenCase open = openCase(row);
        checkWorker(open, me);
        Instant now = clock.instant();
        if (!repository.decide(proposalId, "AGREED", now, null)) {
            throw notPending(proposalId);
        }
        Long team = me.teamId() != null ? me.teamId() : row.teamId();
        if (!cases.allocate(row.id(), me.id(), team)) {
            throw new RuleBroken("caseClosed", "Case " + row.id() + " is closed");
        }
        long id = repository.insertAllocation(row.id(), row.childId(), me.id(), open.workerId(), now,
                caseWork.userName(p.proposedBy()) + " with " + me.displayName() + "'s agreement", proposalId, p.handoverNote());
        OpenCase after = caseWork.openCasesFor(row.childId()).stream().filter(c -> c.id() == row.id()).findFirst().orElseThrow();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("allocatedWorker", open.workerName());
        before.put("team", open.teamName());
        Map<String, Object> now2 = new LinkedHashMap<>();
        now2.put("allocatedWorker", after.workerName());
        now2.put("team", after.teamName());
        if (p.handoverNote() != null) {
            now2.put("handoverNote", p.handoverNote());
        }
        boolean change = open.workerId() != null;
        audit.recordChange(me.asActor(), row.childId(), now, Change.of("case_file", row.id(),
                change ? "LEAD_PRACTITIONER_CHANGED" : "CASE_ALLOCATED", open.kind().label() + " case "
                        + (change ? "re-allocated from " + open.workerName() + " to " : "allocated to ") + me.displayName()
                        + " with their agreement (proposed by " + caseWork.userName(p.proposedBy()) + ")")
                .withValues(before, now2));
        return caseWork.allocationHistoryOfCase(row.id()).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** The proposed worker declines with a reason; the proposing manager gets a task on their work tray. */
    @Transactional
    public AllocationProposal decline(CurrentUser me, long proposalId, String reason) {
        ProposalRow p = pendingOwnedBy(me, proposalId, "decline allocation proposal " + proposalId);
        if (reason == null || reason.isBlank()) {
            throw new ValidationFailure("reason", "Give the reason you cannot lead this case, so the manager can allocate it to someone else");
        }
        Instant now = clock.instant();
        if (!repository.decide(proposalId, "DECLINED", now, reason.strip())) {
            throw notPending(proposalId);
        }
        String child = caseWork.childName(p.childId());
        audit.recordChange(me.asActor(), p.childId(), now, Change.of("allocation_proposal", proposalId, "ALLOCATION_DECLINED",
                me.displayName() + " declined to lead case " + p.caseId() + ": " + reason.strip())
                .withValues(Map.of("status", "PENDING"), Map.of("status", "DECLINED", "reason", reason.strip())));
        caseWork.assignTask(me.asActor(), p.proposedBy(), p.childId(), p.caseId(), "Allocate case " + p.caseId() + " (" + child
                + "): " + me.displayName() + " declined", "Reason: " + reason.strip());
        return proposal(proposalId);
    }

    /** A manager withdraws a pending proposal (e.g. the worker is away), so the case can be offered to someone else. */
    @Transactional
    public AllocationProposal withdraw(CurrentUser me, long proposalId) {
        ProposalRow p = repository.proposal(proposalId).orElseThrow(() -> new NotFound("There is no allocation proposal " + proposalId));
        if (!me.isManager()) {
            throw audit.refuse(me.asActor(), p.childId(), "withdraw allocation proposal " + proposalId,
                    "Only a social-work-qualified manager (team manager) may withdraw an allocation proposal (WT2023 para 156).");
        }
        Instant now = clock.instant();
        if (!repository.decide(proposalId, "WITHDRAWN", now, null)) {
            throw notPending(proposalId);
        }
        audit.recordChange(me.asActor(), p.childId(), now, Change.of("allocation_proposal", proposalId, "ALLOCATION_PROPOSAL_WITHDRAWN",
                me.displayName() + " withdrew the proposal of " + caseWork.userName(p.workerId()) + " as lead practitioner of case " + p.caseId())
                .withValues(Map.of("status", "PENDING"), Map.of("status", "WITHDRAWN")));
        return proposal(proposalId);
    }

    /** Proposals waiting for this worker's agreement, oldest first (their work tray's "Allocation requests"). */
    public List<AllocationProposal> pendingFor(long workerId) {
        return repository.pendingProposalsFor(workerId).stream().map(caseWork::proposal).toList();
    }

    public AllocationProposal proposal(long id) {
        return repository.proposal(id).map(caseWork::proposal).orElseThrow(() -> new NotFound("There is no allocation proposal " + id));
    }

    /** Who a manager may propose: the practitioners of every team who may lead a case, by team. */
    public Map<String, List<CurrentUser>> possibleWorkers() {
        Map<String, List<CurrentUser>> byTeam = new LinkedHashMap<>();
        users.teams().forEach(t -> {
            List<CurrentUser> members = users.teamMembers(t.id()).stream()
                    .filter(u -> LEAD_ROLES.contains(u.role())).toList();
            if (!members.isEmpty()) {
                byTeam.put(t.name(), members);
            }
        });
        return byTeam;
    }

    private void checkWorker(OpenCase open, CurrentUser worker) {
        if (!access.canView(worker, open.childId())) {
            throw new RuleBroken("workerId", worker.displayName() + " cannot open this child's record, so cannot lead the case; "
                    + "choose someone who can (or name them on the record's restriction)");
        }
        rules.check(open, worker.id());
    }

    private OpenCase openCase(CaseRow row) {
        return caseWork.openCasesFor(row.childId()).stream().filter(c -> c.id() == row.id()).findFirst()
                .orElseThrow(() -> new RuleBroken("caseClosed", "Case " + row.id() + " is closed; only an open case is allocated"));
    }

    private ProposalRow pendingOwnedBy(CurrentUser me, long proposalId, String what) {
        ProposalRow p = repository.proposal(proposalId).orElseThrow(() -> new NotFound("There is no allocation proposal " + proposalId));
        if (p.workerId() != me.id()) {
            // WT2023 para 156: allocation is with the lead practitioner's own agreement
            throw audit.refuse(me.asActor(), p.childId(), what, "Only the proposed worker, " + caseWork.userName(p.workerId())
                    + ", may agree to or decline this allocation.");
        }
        if (!"PENDING".equals(p.status())) {
            throw notPending(proposalId);
        }
        return p;
    }

    private RuleBroken notPending(long proposalId) {
        return new RuleBroken("proposal", "Allocation proposal " + proposalId + " has already been answered or withdrawn");
    }
}
