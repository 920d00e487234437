package uk.safeguard.childinneed;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.access.Team;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.childinneed.internal.CinPlanRepository;
import uk.safeguard.childinneed.internal.CinPlanRepository.ActionRow;
import uk.safeguard.childinneed.internal.CinPlanRepository.PlanRow;
import uk.safeguard.childinneed.internal.CinPlanRepository.ReviewRow;
import uk.safeguard.childinneed.internal.CinPlanRepository.VisitRow;
import uk.safeguard.clock.ChildClock;
import uk.safeguard.clock.ClockEvents;
import uk.safeguard.clock.ClockStatus;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonSummary;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.StaleUpdate;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.work.CaseFacts;
import uk.safeguard.work.CaseKind;
import uk.safeguard.work.CaseWork;

/**
 * Child in need plans inside a child-in-need case: "a multi-agency child in need plan ... which sets out which
 * organisations and agencies will provide which services" (WT2023 chapter 3, seeds 000 line 2578), its needs and
 * actions "by whom and for what purpose" (para 177, line 2362), its regular reviews (paras 181-183, lines 2374-2378)
 * and visits (seen, seen alone: ssd_cin_visits). Registered social workers and team managers record; every change is
 * audited on the child's record and every view logged.
 * <p>A refused change rolls back whole; the refusal itself is logged in its own transaction (AuditTrail).
 */
@Service
public class ChildInNeedPlans {
    /** The local review clock (clock-definitions.yml; safeguard.clocks.local-limits.cin-plan-review). */
    public static final String REVIEW_CLOCK = "cin-plan-review";

    private final CinPlanRepository plans;
    private final ChildAccess access;
    private final AuditTrail audit;
    private final StatutoryClocks clocks;
    private final UserDirectory users;
    private final PeopleRegister people;
    private final Clock clock;
    private final CaseWork caseWork;

    public ChildInNeedPlans(CinPlanRepository plans, ChildAccess access, AuditTrail audit, StatutoryClocks clocks,
                            UserDirectory users, PeopleRegister people, Clock clock, CaseWork caseWork) {
        this.caseWork = caseWork;
        this.plans = plans;
        this.access = access;
        this.audit = audit;
        this.clocks = clocks;
        this.users = users;
        this.people = people;
        this.clock = clock;
    }

    /** Registered social workers and team managers record plans (DOMAIN.md section 2: the lead practitioner's plans). */
    public static boolean mayRecord(Role role) {
        return role != null && (role.isRegisteredSocialWorker() || role.isManager());
    }

    /** The clock reference that pairs a plan's start, reviews and end. */
    public static String clockReference(long planId) {
        return "cin-plan-" + planId;
    }

    // ---------------------------------------------------------------- starting and reading

    @Transactional
    public CinPlan startPlan(CurrentUser me, long caseId, NewCinPlan request) {
        CaseFacts c = caseWork.findCase(caseId).orElseThrow(() -> new NotFound("There is no case " + caseId));
        requireRecorder(me, c.childId(), "start a child in need plan");
        if (c.kind() != CaseKind.CHILD_IN_NEED) {
            throw new RuleBroken("caseKind", "Case " + caseId + " is not a child-in-need case: a child in need plan belongs to one");
        }
        if (c.closedAt() != null) {
            throw new RuleBroken("caseClosed", "Case " + caseId + " is closed: a plan can be started only in an open case");
        }
        plans.openPlanOfCase(caseId).ifPresent(p -> {
            // The SSD: a child can have more than one CIN plan, but only one at a time (ssd_cin_plans.yml).
            throw new RuleBroken("openPlan", "The case already has an open child in need plan (plan " + p.id() + "); end it first");
        });
        plans.plansOfChild(c.childId()).stream().filter(p -> p.endDate() == null).findFirst().ifPresent(p -> {
            throw new RuleBroken("openPlan", "The child already has an open child in need plan (plan " + p.id() + ", case "
                    + p.caseId() + "); a child has one plan at a time");
        });
        if (request == null) {
            throw new ValidationFailure("startDate", "Enter the date the plan started");
        }
        LocalDate start = request.startDate();
        LocalDate today = today();
        LocalDate opened = londonDay(c.openedAt());
        if (start == null) {
            throw new ValidationFailure("startDate", "Enter the date the plan started");
        }
        if (start.isAfter(today)) {
            throw new ValidationFailure("startDate", "The plan's start date must be today or in the past");
        }
        if (start.isBefore(opened)) {
            throw new ValidationFailure("startDate", "The plan cannot start before its case opened on " + opened);
        }
        List<String> needs = needs(request.needs());
        Instant startedAt = latest(moment(start), c.openedAt());
        long id = plans.insertPlan(caseId, c.childId(), start, startedAt, c.teamId(), c.workerId(), me.id());
        needs.forEach(n -> plans.insertNeed(id, n, clock.instant(), me.id()));
        // The plan's reviews run on the local clock from its start (DOMAIN.md section 4, clock cin-plan-review).
        clocks.recordEvent(me.asActor(), c.childId(), ClockEvents.CIN_PLAN_STARTED, startedAt, clockReference(id));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("caseId", caseId);
        after.put("startDate", start.toString());
        after.put("needs", needs);
        audit.recordChange(me.asActor(), c.childId(), startedAt, Change.of("cin_plan", id, "CIN_PLAN_STARTED",
                "Child in need plan started on " + start + " addressing " + needs.size() + (needs.size() == 1 ? " need" : " needs"))
                .withValues(null, after));
        return load(plans.plan(id).orElseThrow());
    }

    /** The plan with its needs, actions, reviews, visits and next review due. The view is logged. */
    public CinPlan plan(CurrentUser me, long planId) {
        PlanRow p = planRow(planId);
        access.requireView(me, p.personId(), "child in need plan " + planId);
        audit.recordView(me.asActor(), p.personId(), "Child in need plan " + planId);
        return load(p);
    }

    /** A child's plans, newest first. The view is logged. */
    public List<CinPlanSummary> plansOfChild(CurrentUser me, long childId) {
        access.requireView(me, childId, "child in need plans");
        audit.recordView(me.asActor(), childId, "Child in need plans");
        return summaries(childId);
    }

    /**
     * A child's plans without access checks, for the child's page (which has checked) and other modules. A bounded
     * number of queries: the plans with their latest review and visit in one, the child's clocks once if a plan is open.
     */
    public List<CinPlanSummary> summaries(long childId) {
        List<CinPlanRepository.PlanSummaryRow> rows = plans.planSummariesOfChild(childId);
        List<ChildClock> childClocks = rows.stream().anyMatch(r -> r.plan().endDate() == null) ? clocks.clocksFor(childId) : List.of();
        return rows.stream().map(r -> {
            PlanRow p = r.plan();
            NextReview next = p.endDate() == null ? nextReview(p, r.lastReviewedAt(), r.agreedNextReview(), childClocks) : null;
            LocalDateTime lastVisit = r.lastVisitAt() == null ? null : local(r.lastVisitAt());
            return new CinPlanSummary(p.id(), p.caseId(), p.personId(), p.startDate(), p.endDate(),
                    p.endReason() == null ? null : PlanEndReason.valueOf(p.endReason()), next == null ? null : next.dueDate(), lastVisit);
        }).toList();
    }

    /** The child's open child-in-need cases that have no open plan (where "Start a child in need plan" applies). */
    public List<Long> casesWithoutOpenPlan(List<Long> openCinCaseIds) {
        List<Long> withPlan = plans.casesWithOpenPlan(openCinCaseIds);
        return openCinCaseIds.stream().filter(id -> !withPlan.contains(id)).toList();
    }

    /** The case a plan would start in, checked: the child, for the start page's heading. Refuses those who may not record. */
    public long childOfCaseForNewPlan(CurrentUser me, long caseId) {
        CaseFacts c = caseWork.findCase(caseId).orElseThrow(() -> new NotFound("There is no case " + caseId));
        requireRecorder(me, c.childId(), "start a child in need plan");
        return c.childId();
    }

    /** The next review date a review recorded on {@code reviewDate} would default to: the review clock's due date. */
    public LocalDate defaultNextReviewDate(LocalDate reviewDate) {
        return dueDate(moment(reviewDate));
    }

    /** The review interval in words, as the clock declares it (local limit applied): "3 months". */
    public String reviewInterval() {
        return clocks.limitInWords(REVIEW_CLOCK, today());
    }

    public String childName(long childId) {
        PersonSummary s = people.summaries(List.of(childId)).get(childId);
        return s == null ? "Child " + childId : s.displayName();
    }

    /**
     * The open plan for a form that changes it (the pages' "Add an action", "Record a visit" ...): refuses, and logs, a
     * viewer who may not record; 409 once the plan has ended. The view is logged.
     */
    public CinPlan planForChange(CurrentUser me, long planId, String what) {
        PlanRow p = openPlanForChange(me, planId, what);
        audit.recordView(me.asActor(), p.personId(), "Child in need plan " + planId);
        return load(p);
    }

    // ---------------------------------------------------------------- changes

    @Transactional
    public PlanNeed addNeed(CurrentUser me, long planId, NewNeed need) {
        PlanRow p = openPlanForChange(me, planId, "add a need to a child in need plan");
        String description = need == null ? null : clean(need.description());
        if (description == null) {
            throw new ValidationFailure("description", "Describe the need the plan addresses");
        }
        Instant at = clock.instant();
        long id = plans.insertNeed(planId, description, at, me.id());
        audit.recordChange(me.asActor(), p.personId(), at, Change.of("cin_plan_need", id, "CIN_PLAN_NEED_ADDED",
                "Need added to the child in need plan: " + abbreviate(description))
                .withValues(null, Map.of("planId", planId, "description", description)));
        return new PlanNeed(id, description, at);
    }

    @Transactional
    public PlanAction addAction(CurrentUser me, long planId, NewAction action) {
        PlanRow p = openPlanForChange(me, planId, "add an action to a child in need plan");
        if (action == null) {
            throw new ValidationFailure("description", "Describe the action");
        }
        String description = clean(action.description());
        if (description == null) {
            throw new ValidationFailure("description", "Describe the action: what will be done");
        }
        String ownerName = clean(action.ownerName());
        String ownerAgency = clean(action.ownerAgency());
        Long ownerUserId = action.ownerUserId();
        if (ownerUserId != null) {
            if (users.findById(ownerUserId).isEmpty()) {
                throw new ValidationFailure("ownerUserId", "There is no Safeguard user " + ownerUserId);
            }
            if (ownerName != null) {
                throw new ValidationFailure("ownerName", "Choose either a Safeguard user or a named person, not both");
            }
        } else {
            // WT2023 para 177: the plan says "by whom" (seeds 000 line 2362); the chapter 3 descriptor: which agencies (line 2578).
            if (ownerName == null) {
                throw new ValidationFailure("ownerName", "Enter who will do it (a person's name), or choose a Safeguard user");
            }
            if (ownerAgency == null) {
                throw new ValidationFailure("ownerAgency", "Enter the agency of " + ownerName);
            }
        }
        LocalDate due = action.dueDate();
        if (due == null) {
            throw new ValidationFailure("dueDate", "Enter the date the action is due by");
        }
        if (due.isBefore(p.startDate())) {
            throw new ValidationFailure("dueDate", "The action cannot be due before the plan started on " + p.startDate());
        }
        Instant at = clock.instant();
        long id = plans.insertAction(planId, description, ownerUserId, ownerUserId == null ? ownerName : null,
                ownerUserId == null ? ownerAgency : null, due, at);
        PlanAction added = action(plans.action(planId, id).orElseThrow());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("planId", planId);
        after.put("description", description);
        after.put("owner", added.owner());
        after.put("dueDate", due.toString());
        after.put("status", ActionStatus.NOT_STARTED.name());
        audit.recordChange(me.asActor(), p.personId(), at, Change.of("cin_plan_action", id, "CIN_PLAN_ACTION_ADDED",
                "Action added to the child in need plan: " + abbreviate(description) + " (" + added.owner() + ", by " + due + ")")
                .withValues(null, after));
        return added;
    }

    @Transactional
    public PlanAction updateAction(CurrentUser me, long planId, long actionId, ActionUpdate update) {
        PlanRow p = openPlanForChange(me, planId, "update an action of a child in need plan");
        ActionRow before = plans.action(planId, actionId)
                .orElseThrow(() -> new NotFound("There is no action " + actionId + " in child in need plan " + planId));
        if (update == null || update.status() == null) {
            throw new ValidationFailure("status", "Choose the action's status: not started, in progress, done or not done");
        }
        String note = clean(update.progressNote());
        if (update.status() == ActionStatus.NOT_DONE && note == null) {
            throw new ValidationFailure("progressNote", "Say in the progress note why the action was not done");
        }
        int version = update.version() == null ? before.version() : update.version();
        Instant at = clock.instant();
        if (!plans.updateAction(actionId, version, update.status().name(), note, at)) {
            throw new StaleUpdate("action " + actionId, version,
                    plans.action(planId, actionId).map(ActionRow::version).orElse(before.version()));
        }
        PlanAction after = action(plans.action(planId, actionId).orElseThrow());
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("status", before.status());
        was.put("progressNote", before.progressNote());
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("status", after.status().name());
        now.put("progressNote", note);
        audit.recordChange(me.asActor(), p.personId(), at, Change.of("cin_plan_action", actionId, "CIN_PLAN_ACTION_UPDATED",
                "Child in need plan action '" + abbreviate(before.description()) + "': " + after.status().label()
                        + (note == null ? "" : " – " + abbreviate(note)))
                .withValues(was, now));
        return after;
    }

    @Transactional
    public PlanReview recordReview(CurrentUser me, long planId, NewReview review) {
        PlanRow p = openPlanForChange(me, planId, "record a review of a child in need plan");
        if (review == null || review.reviewDate() == null) {
            throw new ValidationFailure("reviewDate", "Enter the date of the review");
        }
        LocalDate date = review.reviewDate();
        if (date.isAfter(today())) {
            throw new ValidationFailure("reviewDate", "The review date must be today or in the past");
        }
        if (date.isBefore(p.startDate())) {
            throw new ValidationFailure("reviewDate", "The review cannot be before the plan started on " + p.startDate());
        }
        List<ReviewRow> earlier = plans.reviews(planId);
        if (!earlier.isEmpty() && date.isBefore(earlier.get(0).reviewDate())) {
            throw new ValidationFailure("reviewDate", "The review cannot be before the last review on " + earlier.get(0).reviewDate());
        }
        String attendees = clean(review.attendees());
        if (attendees == null) {
            // Review points agreed with the practitioners supporting the child (WT2023 para 181, seeds 000 line 2374).
            throw new ValidationFailure("attendees", "Enter who attended the review");
        }
        String summary = clean(review.progressSummary());
        if (summary == null) {
            // "analyse whether sufficient progress has been made to meet the child's needs" (para 181).
            throw new ValidationFailure("progressSummary", "Summarise the progress made against the child's needs");
        }
        if (review.decision() == null) {
            // "consider the need for further action and record their decisions" (para 181).
            throw new ValidationFailure("decision", "Choose the review's decision: continue the plan, end the plan or step up");
        }
        Instant reviewedAt = latest(moment(date), earlier.isEmpty() ? p.startedAt() : latest(p.startedAt(), earlier.get(0).reviewedAt()));
        LocalDate next = null;
        if (review.decision() != ReviewDecision.END_PLAN) {
            LocalDate due = dueDate(reviewedAt);
            next = review.nextReviewDate() == null ? due : review.nextReviewDate();
            if (!next.isAfter(date)) {
                throw new ValidationFailure("nextReviewDate", "The next review must be after this review on " + date);
            }
            if (next.isAfter(due)) {
                // Local standard: reviewed at least every interval set on the cin-plan-review clock.
                throw new ValidationFailure("nextReviewDate", "The next review must be on or before " + due
                        + " (a child in need plan is reviewed at least every " + clocks.limitInWords(REVIEW_CLOCK, date) + ")");
            }
        }
        long id = plans.insertReview(planId, date, reviewedAt, attendees, summary, review.decision().name(), next, me.id(), clock.instant());
        clocks.recordEvent(me.asActor(), p.personId(), ClockEvents.CIN_PLAN_REVIEWED, reviewedAt, clockReference(planId));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("planId", planId);
        after.put("reviewDate", date.toString());
        after.put("attendees", attendees);
        after.put("progressSummary", summary);
        after.put("decision", review.decision().name());
        after.put("nextReviewDate", next == null ? null : next.toString());
        audit.recordChange(me.asActor(), p.personId(), reviewedAt, Change.of("cin_plan_review", id, "CIN_PLAN_REVIEWED",
                "Child in need plan reviewed on " + date + ": " + review.decision().label()
                        + (next == null ? "" : "; next review by " + next))
                .withValues(null, after));
        if (review.decision() == ReviewDecision.STEP_UP) {
            askAManagerToConsiderAStrategyDiscussion(me, p, date);
        }
        return new PlanReview(id, date, attendees, summary, review.decision(), next, me.displayName());
    }

    @Transactional
    public PlanVisit recordVisit(CurrentUser me, long planId, NewVisit visit) {
        PlanRow p = openPlanForChange(me, planId, "record a child in need visit");
        if (visit == null || visit.visitedAt() == null) {
            throw new ValidationFailure("visitedAt", "Enter the date and time of the visit");
        }
        Instant at = visit.visitedAt().atZone(TimeConfiguration.LONDON).toInstant();
        if (at.isAfter(clock.instant())) {
            throw new ValidationFailure("visitedAt", "The visit's date and time must be now or in the past");
        }
        if (visit.visitedAt().toLocalDate().isBefore(p.startDate())) {
            throw new ValidationFailure("visitedAt", "The visit cannot be before the plan started on " + p.startDate());
        }
        if (visit.seen() == null) {
            throw new ValidationFailure("seen", "Say whether the child was seen");
        }
        // Seen alone only if seen (ssd_cin_visits: cinv_cin_visit_seen, cinv_cin_visit_seen_alone).
        if (visit.seen() && visit.seenAlone() == null) {
            // "When reviewing outcomes, children should, wherever possible, be seen alone" (WT2023 chapter 3, seeds 000 line 2631).
            throw new ValidationFailure("seenAlone", "Say whether the child was seen alone");
        }
        if (!visit.seen() && Boolean.TRUE.equals(visit.seenAlone())) {
            throw new ValidationFailure("seenAlone", "The child cannot have been seen alone if they were not seen");
        }
        Boolean seenAlone = visit.seen() ? visit.seenAlone() : null;
        String withWhom = clean(visit.withWhom());
        String location = clean(visit.location());
        String note = clean(visit.note());
        long id = plans.insertVisit(planId, p.personId(), at, visit.seen(), seenAlone, visit.bedroomSeen(), withWhom, location, note,
                me.id(), clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("planId", planId);
        after.put("visitedAt", visit.visitedAt().toString());
        after.put("seen", visit.seen());
        after.put("seenAlone", seenAlone);
        after.put("bedroomSeen", visit.bedroomSeen());
        after.put("withWhom", withWhom);
        after.put("location", location);
        after.put("note", note);
        audit.recordChange(me.asActor(), p.personId(), at, Change.of("cin_visit", id, "CIN_VISIT_RECORDED",
                "Child in need visit: child " + (visit.seen() ? (Boolean.TRUE.equals(seenAlone) ? "seen alone" : "seen, not alone") : "not seen")
                        + (location == null ? "" : " at " + location))
                .withValues(null, after));
        return new PlanVisit(id, visit.visitedAt(), visit.seen(), seenAlone, visit.bedroomSeen(), withWhom, location, note, me.displayName());
    }

    @Transactional
    public CinPlan endPlan(CurrentUser me, long planId, PlanEnding ending) {
        PlanRow p = openPlanForChange(me, planId, "end a child in need plan");
        if (ending == null || ending.endDate() == null) {
            throw new ValidationFailure("endDate", "Enter the date the plan ended");
        }
        LocalDate end = ending.endDate();
        if (end.isAfter(today())) {
            throw new ValidationFailure("endDate", "The plan's end date must be today or in the past");
        }
        if (end.isBefore(p.startDate())) {
            throw new ValidationFailure("endDate", "The plan cannot end before it started on " + p.startDate());
        }
        if (ending.reason() == null) {
            throw new ValidationFailure("reason", "Choose why the plan ended");
        }
        String note = clean(ending.note());
        if (ending.reason() == PlanEndReason.OTHER && note == null) {
            throw new ValidationFailure("note", "Say why the plan ended");
        }
        Instant lastActivity = latestActivityOf(p);
        if (end.isBefore(londonDay(lastActivity))) {
            throw new ValidationFailure("endDate", "The plan cannot end before its last recorded activity on " + londonDay(lastActivity));
        }
        Instant endedAt = latest(moment(end), lastActivity);
        if (!plans.endPlan(planId, end, endedAt, ending.reason().name(), note)) {
            throw new RuleBroken("planEnded", "Child in need plan " + planId + " has already ended");
        }
        clocks.recordEvent(me.asActor(), p.personId(), ClockEvents.CIN_PLAN_ENDED, endedAt, clockReference(planId));
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("endDate", "open");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("endDate", end.toString());
        after.put("endReason", ending.reason().name());
        after.put("note", note);
        audit.recordChange(me.asActor(), p.personId(), endedAt, Change.of("cin_plan", planId, "CIN_PLAN_ENDED",
                "Child in need plan ended on " + end + ": " + ending.reason().label() + (note == null ? "" : " – " + abbreviate(note)))
                .withValues(before, after));
        return load(plans.plan(planId).orElseThrow());
    }

    // ---------------------------------------------------------------- helpers

    /**
     * A step up goes to a social work qualified manager: with the lead practitioner they decide whether to hold a
     * strategy discussion (WT2023 chapter 3, seeds 000 line 2584). A task on the work tray of a manager of the plan's
     * team (or, failing that, of any team).
     */
    private void askAManagerToConsiderAStrategyDiscussion(CurrentUser me, PlanRow p, LocalDate reviewDate) {
        List<Long> teams = new ArrayList<>();
        if (p.teamId() != null) {
            teams.add(p.teamId());
        }
        if (me.teamId() != null) {
            teams.add(me.teamId());
        }
        users.teams().forEach(t -> teams.add(t.id()));
        teams.stream().flatMap(t -> users.teamMembers(t).stream()).filter(u -> u.role() == Role.TEAM_MANAGER).findFirst()
                .ifPresent(manager -> caseWork.assignTask(me.asActor(), manager.id(), p.personId(), p.caseId(),
                        "Consider a strategy discussion: the child in need plan review stepped up",
                        "The review of child in need plan " + p.id() + " on " + reviewDate + " decided to step up. See /cin-plans/" + p.id()));
    }

    private PlanRow planRow(long planId) {
        return plans.plan(planId).orElseThrow(() -> new NotFound("There is no child in need plan " + planId));
    }

    private PlanRow openPlanForChange(CurrentUser me, long planId, String what) {
        PlanRow p = planRow(planId);
        requireRecorder(me, p.personId(), what);
        if (p.endDate() != null) {
            throw new RuleBroken("planEnded", "Child in need plan " + planId + " ended on " + p.endDate() + "; it can no longer change");
        }
        return p;
    }

    private void requireRecorder(CurrentUser me, long childId, String what) {
        access.requireView(me, childId, what);
        if (!mayRecord(me.role())) {
            throw audit.refuse(me.asActor(), childId, what,
                    "Only a registered social worker or a team manager may " + what + ".");
        }
    }

    private CinPlan load(PlanRow p) {
        List<ChildClock> childClocks = p.endDate() == null ? clocks.clocksFor(p.personId()) : List.of();
        // Names read once per user for the whole plan: its reviews and visits are mostly by the same few workers.
        Map<Long, String> names = new java.util.HashMap<>();
        java.util.function.LongFunction<String> name = id -> names.computeIfAbsent(id, this::userName);
        List<PlanNeed> needs = plans.needs(p.id()).stream().map(n -> new PlanNeed(n.id(), n.description(), n.addedAt())).toList();
        List<PlanAction> actions = plans.actions(p.id()).stream().map(this::action).toList();
        List<ReviewRow> reviewRows = plans.reviews(p.id());
        List<PlanReview> reviews = reviewRows.stream().map(r -> new PlanReview(r.id(), r.reviewDate(), r.attendees(),
                r.progressSummary(), ReviewDecision.valueOf(r.decision()), r.nextReviewDate(), name.apply(r.recordedBy()))).toList();
        List<PlanVisit> visits = plans.visits(p.id()).stream().map(v -> visit(v, name.apply(v.recordedBy()))).toList();
        NextReview next = p.endDate() == null
                ? (reviewRows.isEmpty() ? nextReview(p, null, null, childClocks)
                        : nextReview(p, reviewRows.get(0).reviewedAt(), reviewRows.get(0).nextReviewDate(), childClocks))
                : null;
        return new CinPlan(p.id(), p.caseId(), p.personId(), childName(p.personId()), p.startDate(), p.endDate(),
                p.endReason() == null ? null : PlanEndReason.valueOf(p.endReason()), p.endNote(), p.teamId(), teamName(p.teamId()),
                p.workerId(), p.workerId() == null ? null : name.apply(p.workerId()), needs, actions, reviews, visits,
                next, p.version());
    }

    /**
     * The running review clock of this plan: the instance started by the plan's start or its latest review (the engine
     * pairs them by reference; ChildClock carries no reference, so it is matched by its start moment). Given the plan's
     * latest review (null: none yet) and the date it agreed, already read.
     */
    private NextReview nextReview(PlanRow p, Instant lastReviewedAt, LocalDate agreed, List<ChildClock> childClocks) {
        Instant lastStart = lastReviewedAt == null ? p.startedAt() : lastReviewedAt;
        return childClocks.stream()
                .filter(c -> c.clockId().equals(REVIEW_CLOCK) && c.stoppedAt() == null && c.startedAt().equals(lastStart))
                .findFirst()
                .map(c -> new NextReview(c.dueDate(), c.status().name(), c.explanation(), c.source(), agreed))
                .orElseGet(() -> new NextReview(dueDate(lastStart), ClockStatus.RUNNING.name(), null, null, agreed));
    }

    private PlanAction action(ActionRow a) {
        String owner = a.ownerUserId() != null
                ? users.findById(a.ownerUserId()).map(u -> u.displayName() + " (" + u.agencyName() + ")").orElse("User " + a.ownerUserId())
                : a.ownerName() + " (" + a.ownerAgency() + ")";
        return new PlanAction(a.id(), a.description(), a.ownerUserId(), a.ownerName(), a.ownerAgency(), owner, a.dueDate(),
                ActionStatus.valueOf(a.status()), a.progressNote(), a.updatedAt(), a.version());
    }

    private PlanVisit visit(VisitRow v, String recordedBy) {
        return new PlanVisit(v.id(), local(v.visitedAt()), v.seen(), v.seenAlone(), v.bedroomSeen(), v.withWhom(), v.location(),
                v.note(), recordedBy);
    }

    private Instant latestActivityOf(PlanRow p) {
        return plans.latestActivity(p.caseId()).map(CinPlanRepository.LatestActivity::at).orElse(p.startedAt());
    }

    private LocalDate dueDate(Instant start) {
        // dueAt answers the start of the day after the due day for a day or month clock.
        return londonDay(clocks.dueAt(REVIEW_CLOCK, start)).minusDays(1);
    }

    private List<String> needs(List<String> given) {
        List<String> needs = new ArrayList<>();
        if (given != null) {
            for (int i = 0; i < given.size(); i++) {
                String n = clean(given.get(i));
                if (n == null) {
                    throw new ValidationFailure("needs[" + i + "]", "Describe need " + (i + 1) + ", or leave it out");
                }
                needs.add(n);
            }
        }
        if (needs.isEmpty()) {
            // The plan sets out the child's needs and the outcomes sought (WT2023 para 178, seeds 000 line 2364).
            throw new ValidationFailure("needs", "Enter at least one need the plan addresses");
        }
        return needs;
    }

    private String userName(long userId) {
        return users.findById(userId).map(CurrentUser::displayName).orElse("User " + userId);
    }

    private String teamName(Long teamId) {
        return teamId == null ? null : users.teams().stream().filter(t -> t.id() == teamId).map(Team::name).findFirst().orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
    }

    /** A day's moment for the clocks and the chronology: now for today, midday for an earlier day. */
    private Instant moment(LocalDate day) {
        return day.equals(today()) ? clock.instant() : day.atTime(LocalTime.NOON).atZone(TimeConfiguration.LONDON).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private static LocalDate londonDay(Instant i) {
        return i.atZone(TimeConfiguration.LONDON).toLocalDate();
    }

    private static LocalDateTime local(Instant i) {
        return LocalDateTime.ofInstant(i, TimeConfiguration.LONDON);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 199) + "…";
    }
}
