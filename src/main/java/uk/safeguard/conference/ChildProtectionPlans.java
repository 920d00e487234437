package uk.safeguard.conference;

import static uk.safeguard.conference.Checks.allBlank;
import static uk.safeguard.conference.Checks.blank;
import static uk.safeguard.conference.Checks.orEmpty;
import static uk.safeguard.conference.Checks.strip;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.Actor;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.clock.ChildClock;
import uk.safeguard.clock.ClockEvents;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.conference.internal.ConferenceRepository;
import uk.safeguard.conference.internal.ConferenceRepository.PlanRow;
import uk.safeguard.notify.NewNotification;
import uk.safeguard.notify.Notifications;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonRecord;
import uk.safeguard.people.RelationshipView;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.StaleUpdate;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;

/**
 * Child protection plans (WT2023 chapter 3, seeds 000 lines 2985-3045): made only by a conference's decision, with
 * actions per agency (every change a kept version), core groups, visits, reviews, ending for the five reasons and
 * pre-proceedings.
 */
@Service
public class ChildProtectionPlans {
    static final Set<String> ACTION_STATUSES = Set.of("NOT_STARTED", "IN_PROGRESS", "DONE", "NOT_ACHIEVED");
    /** The plan's clocks, in the order the plan's page lists what is due next. */
    static final Map<String, String> PLAN_CLOCKS = new LinkedHashMap<>();
    static {
        PLAN_CLOCKS.put("first-core-group", "First core group meeting");
        PLAN_CLOCKS.put("first-child-protection-review", "First review conference");
        PLAN_CLOCKS.put("later-child-protection-review", "Next review conference");
        PLAN_CLOCKS.put("cp-visits", "Next visit to the child");
        PLAN_CLOCKS.put("eighteenth-birthday-review", "Review before the 18th birthday");
    }

    private final ConferenceRepository repository;
    private final Permissions permissions;
    private final PeopleRegister people;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final StatutoryClocks clocks;
    private final Notifications notifications;
    private final Conferences conferences;
    private final Clock clock;

    public ChildProtectionPlans(ConferenceRepository repository, Permissions permissions, PeopleRegister people,
                                UserDirectory users, AuditTrail audit, StatutoryClocks clocks, Notifications notifications,
                                @Lazy Conferences conferences, Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.people = people;
        this.users = users;
        this.audit = audit;
        this.clocks = clocks;
        this.notifications = notifications;
        this.conferences = conferences;
        this.clock = clock;
    }

    // ---- reading ----

    public CpPlan plan(CurrentUser me, long id) {
        PlanRow row = row(id);
        permissions.requireRead(me, row.childId(), "child protection plan " + id);
        return view(row);
    }

    public List<CpPlan.Version> versions(CurrentUser me, long id) {
        PlanRow row = row(id);
        permissions.requireRead(me, row.childId(), "versions of child protection plan " + id);
        return repository.versions(id);
    }

    /** The child's open plan, without an access check (the child's page checks first). */
    public Optional<CpPlan> openPlanOf(long childId) {
        return repository.plansOf(childId).stream().filter(p -> p.endedOn() == null).findFirst().map(this::view);
    }

    public Map<String, String> categories() {
        return repository.categories();
    }

    // ---- actions ----

    /** Adds actions or changes existing ones; one new version of the plan for the lot. */
    @Transactional
    public CpPlan changeActions(CurrentUser me, long id, PlanChanges.Actions change) {
        PlanRow plan = openRow(me, id, "actions of child protection plan " + id);
        List<PlanChanges.ActionChange> rows = change == null ? List.of() : orEmpty(change.actions());
        int changed = applyActions(plan, rows, "actions");
        if (changed == 0) {
            throw new ValidationFailure("actions", "Enter at least one action (agency, what, who, by when, how progress is measured), or change one");
        }
        newVersion(me.asActor(), plan, changed + (changed == 1 ? " action" : " actions") + " added or changed");
        audit.recordChange(me.asActor(), plan.childId(), Change.of("cp_plan", id, "CP_PLAN_ACTIONS_CHANGED",
                "Child protection plan: " + changed + (changed == 1 ? " action" : " actions") + " added or changed"));
        return view(row(id));
    }

    /** Validates then saves the non-blank rows; returns how many actions were added or actually changed. */
    private int applyActions(PlanRow plan, List<PlanChanges.ActionChange> rows, String field) {
        Map<Long, CpPlan.Action> existing = new LinkedHashMap<>();
        repository.actions(plan.id()).forEach(a -> existing.put(a.id(), a));
        List<CpPlan.Action> toSave = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PlanChanges.ActionChange a = rows.get(i);
            if (a == null || (a.id() == null && allBlank(a.agency(), a.what(), a.who(), a.byWhen(), a.measure()))) {
                continue; // a blank row of the form
            }
            String at = field + "[" + i + "].";
            if (a.id() != null && !existing.containsKey(a.id())) {
                throw new ValidationFailure(at + "id", "Action " + a.id() + " is not one of this plan's actions");
            }
            CpPlan.Action before = a.id() == null ? null : existing.get(a.id());
            String agency = pick(a.agency(), before == null ? null : before.agency());
            String what = pick(a.what(), before == null ? null : before.what());
            String who = pick(a.who(), before == null ? null : before.who());
            LocalDate byWhen = a.byWhen() != null ? a.byWhen() : before == null ? null : before.byWhen();
            String measure = pick(a.measure(), before == null ? null : before.measure());
            String status = pick(a.status(), before == null ? "NOT_STARTED" : before.status());
            if (agency == null) {
                throw new ValidationFailure(at + "agency", "Enter the agency responsible for the action");
            }
            if (what == null) {
                throw new ValidationFailure(at + "what", "Enter what is to be done");
            }
            if (who == null) {
                throw new ValidationFailure(at + "who", "Enter who will do it");
            }
            if (byWhen == null) {
                throw new ValidationFailure(at + "byWhen", "Enter the date it is to be done by");
            }
            if (measure == null) {
                throw new ValidationFailure(at + "measure", "Enter how progress will be measured (how much improvement, by when: seeds 000 line 2945)");
            }
            if (!ACTION_STATUSES.contains(status)) {
                throw new ValidationFailure(at + "status", "Status must be NOT_STARTED, IN_PROGRESS, DONE or NOT_ACHIEVED");
            }
            CpPlan.Action after = new CpPlan.Action(a.id() == null ? 0 : a.id(), agency, what, who, byWhen, measure, status);
            if (!after.equals(before)) {
                toSave.add(after);
            }
        }
        for (CpPlan.Action a : toSave) {
            if (a.id() == 0) {
                repository.insertAction(plan.id(), a);
            } else {
                repository.updateAction(plan.id(), a);
            }
        }
        return toSave.size();
    }

    private static String pick(String given, String before) {
        return blank(given) ? before : given.strip();
    }

    // ---- core groups and visits ----

    /**
     * A core group meeting: the first within 10 working days of the initial conference (seeds 000 line 2997); records
     * attendees, the written views of those who could not attend, decisions and actions (line 2992).
     */
    @Transactional
    public CpPlan recordCoreGroup(CurrentUser me, long id, PlanChanges.NewCoreGroup meeting) {
        PlanRow plan = openRow(me, id, "core group of child protection plan " + id);
        if (meeting == null) {
            throw new ValidationFailure("metOn", "Enter the date the core group met");
        }
        LocalDate metOn = pastDay(meeting.metOn(), plan, "metOn", "the date the core group met");
        List<CpPlan.Attendee> attendees = new ArrayList<>();
        List<CpPlan.Attendee> given = orEmpty(meeting.attendees());
        for (int i = 0; i < given.size(); i++) {
            CpPlan.Attendee a = given.get(i);
            if (a == null || allBlank(a.name(), a.agency())) {
                continue;
            }
            if (blank(a.name())) {
                throw new ValidationFailure("attendees[" + i + "].name", "Enter the name of the attendee from " + a.agency());
            }
            attendees.add(new CpPlan.Attendee(a.name().strip(), strip(a.agency())));
        }
        if (attendees.isEmpty()) {
            throw new ValidationFailure("attendees", "Enter who attended the core group");
        }
        List<CpPlan.AbsenteeView> views = new ArrayList<>();
        List<CpPlan.AbsenteeView> givenViews = orEmpty(meeting.absenteeViews());
        for (int i = 0; i < givenViews.size(); i++) {
            CpPlan.AbsenteeView v = givenViews.get(i);
            if (v == null || allBlank(v.name(), v.agency(), v.views())) {
                continue;
            }
            if (blank(v.name())) {
                throw new ValidationFailure("absenteeViews[" + i + "].name", "Enter the name of the member who could not attend");
            }
            if (blank(v.views())) {
                throw new ValidationFailure("absenteeViews[" + i + "].views", "Enter the written views of " + v.name().strip()
                        + ", who could not attend (seeds 000 line 2992)");
            }
            views.add(new CpPlan.AbsenteeView(v.name().strip(), strip(v.agency()), v.views().strip()));
        }
        if (blank(meeting.decisions())) {
            throw new ValidationFailure("decisions", "Enter the decisions the core group made");
        }
        int actions = applyActions(plan, orEmpty(meeting.actions()), "actions");
        long meetingId = repository.insertCoreGroup(id, metOn, attendees, views, meeting.decisions().strip(),
                me.describe(), clock.instant());
        Instant at = dayMoment(metOn, plan);
        clocks.recordEvent(me.asActor(), plan.childId(), ClockEvents.CORE_GROUP_MET, at, reference(id));
        if (actions > 0) {
            newVersion(me.asActor(), plan, "Core group on " + metOn + ": " + actions + (actions == 1 ? " action" : " actions"));
        }
        audit.recordChange(me.asActor(), plan.childId(), at, Change.of("cp_core_group", meetingId, "CORE_GROUP_MET",
                "Core group met (" + attendees.size() + " attended, " + views.size() + " written views from absentees)")
                .withValues(null, Map.of("metOn", metOn.toString(), "decisions", meeting.decisions().strip())));
        return view(row(id));
    }

    /** A visit to the child on the plan: seen, seen alone (local standard, default every 10 working days). */
    @Transactional
    public CpPlan recordVisit(CurrentUser me, long id, PlanChanges.NewVisit visit) {
        PlanRow plan = openRow(me, id, "visit for child protection plan " + id);
        if (visit == null || visit.visitedAt() == null) {
            throw new ValidationFailure("visitedAt", "Enter the date and time of the visit");
        }
        Instant at = Checks.instant(visit.visitedAt());
        if (at.isAfter(clock.instant())) {
            throw new ValidationFailure("visitedAt", "The visit must be now or in the past");
        }
        if (visit.visitedAt().toLocalDate().isBefore(plan.startedOn())) {
            throw new ValidationFailure("visitedAt", "A visit under the plan cannot be before the plan began on " + plan.startedOn());
        }
        if (visit.seen() == null) {
            throw new ValidationFailure("seen", "Say whether the child was seen");
        }
        if (visit.seenAlone() == null) {
            throw new ValidationFailure("seenAlone", "Say whether the child was seen alone");
        }
        if (visit.seenAlone() && !visit.seen()) {
            throw new ValidationFailure("seenAlone", "A child who was not seen cannot have been seen alone");
        }
        String visitor = blank(visit.visitor()) ? me.displayName() : visit.visitor().strip();
        long visitId = repository.insertVisit(id, at, visit.seen(), visit.seenAlone(), visitor, strip(visit.note()), me.describe(), clock.instant());
        clocks.recordEvent(me.asActor(), plan.childId(), ClockEvents.CP_VISIT, at, reference(id));
        audit.recordChange(me.asActor(), plan.childId(), at, Change.of("cp_visit", visitId, "CP_VISIT",
                "Child protection visit by " + visitor + ": child " + (visit.seen() ? "seen" + (visit.seenAlone() ? " alone" : ", not alone") : "not seen")));
        return view(row(id));
    }

    // ---- ending ----

    /** Ends the plan for one of the five reasons; notifies every agency invited to the initial conference. */
    @Transactional
    public CpPlan end(CurrentUser me, long id, PlanChanges.Ending ending) {
        PlanRow plan = openRow(me, id, "ending child protection plan " + id);
        endPlan(me.asActor(), plan, ending == null ? new PlanChanges.Ending(null, null, null, null) : ending);
        return view(row(id));
    }

    /** Validates the ending (400/409) without saving: a review that ends the plan checks before it records anything. */
    EndReason checkEnding(PlanRow plan, PlanChanges.Ending ending, LocalDate defaultDay) {
        EndReason reason;
        try {
            reason = EndReason.valueOf(ending.endReason() == null ? "" : ending.endReason().strip());
        } catch (IllegalArgumentException e) {
            // WT2023 chapter 3, discontinuing the plan: only these five (seeds 000 lines 3035-3037).
            throw new ValidationFailure("endReason", "A child protection plan ends only for one of five reasons: NO_LONGER_AT_RISK, "
                    + "MOVED_TO_ANOTHER_LA, REACHED_18, DIED or LEFT_UK (WT2023 chapter 3, seeds 000 lines 3035-3037)");
        }
        LocalDate endedOn = ending.endedOn() != null ? ending.endedOn() : defaultDay;
        if (endedOn.isAfter(today())) {
            throw new ValidationFailure("endedOn", "The plan's end date must be today or in the past");
        }
        if (endedOn.isBefore(plan.startedOn())) {
            throw new ValidationFailure("endedOn", "The plan cannot end before it began on " + plan.startedOn());
        }
        if (reason == EndReason.MOVED_TO_ANOTHER_LA) {
            // Only after the receiving authority's conference may the plan end (seeds 000 line 3036).
            if (ending.otherLaConferenceOn() == null) {
                throw new ValidationFailure("otherLaConferenceOn", "Enter the date of the receiving authority's child protection "
                        + "conference: the plan may end only after it has been held (WT2023, seeds 000 line 3036)");
            }
            if (ending.otherLaConferenceOn().isAfter(endedOn)) {
                throw new ValidationFailure("otherLaConferenceOn", "The receiving authority's conference must be held before the plan ends "
                        + "(seeds 000 line 3036): it is on " + ending.otherLaConferenceOn() + ", after " + endedOn);
            }
        } else if (ending.otherLaConferenceOn() != null) {
            throw new ValidationFailure("otherLaConferenceOn", "Give the receiving authority's conference date only when the child moved to another authority");
        }
        if (reason == EndReason.REACHED_18) {
            PersonRecord child = people.find(plan.childId()).orElseThrow();
            if (child.dateOfBirth() == null || child.dateOfBirth().plusYears(18).isAfter(endedOn)) {
                throw new RuleBroken("endReason", "The child is not 18 on " + endedOn + (child.dateOfBirth() == null ? " (no date of birth recorded)"
                        : " (18 on " + child.dateOfBirth().plusYears(18) + ")"));
            }
            boolean reviewed = repository.reviewsOf(plan.id()).stream().anyMatch(r -> r.eighteenthBirthdayReview() && r.heldAt() != null);
            if (!reviewed) {
                throw new RuleBroken("endReason", "To end a plan at 18 the local authority holds a review around the birthday, planned in "
                        + "advance (WT2023, seeds 000 line 3037): schedule and hold the 18th birthday review first");
            }
        }
        return reason;
    }

    void endPlan(Actor actor, PlanRow plan, PlanChanges.Ending ending) {
        EndReason reason = checkEnding(plan, ending, today());
        LocalDate endedOn = ending.endedOn() != null ? ending.endedOn() : today();
        if (!repository.end(plan.id(), endedOn, reason.name(), ending.otherLaConferenceOn(), strip(ending.note()))) {
            throw new RuleBroken("planEnded", "This plan has already ended");
        }
        Instant at = dayMoment(endedOn, plan);
        clocks.recordEvent(actor, plan.childId(), ClockEvents.CP_PLAN_ENDED, at, reference(plan.id()));
        newVersion(actor, plan, "Plan ended: " + reason.label());
        String childName = people.find(plan.childId()).map(PersonRecord::displayName).orElse("the child");
        // Notify, as a minimum, every agency invited to the initial conference that led to the plan (seeds 000 line 3041).
        conferences.invitedAgencies(plan.conferenceId()).forEach(invitee -> {
            String agency = invitee.agency();
            long notificationId = notifications.send(actor, new NewNotification(
                    agency + (blank(invitee.name()) ? "" : " (" + invitee.name() + ")"), strip(invitee.email()),
                    "Child protection plan ended: " + childName,
                    "The child protection plan for " + childName + " ended on " + endedOn + ". Reason: " + reason.label() + "."
                            + (blank(ending.note()) ? "" : "\n\n" + ending.note().strip())
                            + "\n\nYou are told because your agency was invited to the initial child protection conference that led to the plan.",
                    plan.childId(), reference(plan.id())));
            repository.insertEndNotice(plan.id(), agency, strip(invitee.email()), notificationId);
        });
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("endedOn", endedOn.toString());
        after.put("endReason", reason.name());
        if (ending.otherLaConferenceOn() != null) {
            after.put("otherLaConferenceOn", ending.otherLaConferenceOn().toString());
        }
        audit.recordChange(actor, plan.childId(), at, Change.of("cp_plan", plan.id(), "CP_PLAN_ENDED",
                "Child protection plan ended: " + reason.label()).withValues(Map.of("endedOn", "open"), after));
    }

    // ---- pre-proceedings ----

    /**
     * Pre-proceedings (WT2023, seeds 000 lines 3045-3100): the letter before proceedings to each parent and every other
     * holder of parental responsibility (line 3093), the legal planning meeting, family group conference, outcome.
     */
    @Transactional
    public CpPlan recordPreProceedings(CurrentUser me, long id, PlanChanges.PreProceedingsUpdate update) {
        PlanRow plan = openRow(me, id, "pre-proceedings for child protection plan " + id);
        if (update == null) {
            throw new ValidationFailure("letters", "Send the pre-proceedings record");
        }
        List<CpPlan.ParentalResponsibilityHolder> holders = holders(plan.childId(), List.of());
        Map<Long, CpPlan.ParentalResponsibilityHolder> byId = new LinkedHashMap<>();
        holders.forEach(h -> byId.put(h.personId(), h));
        List<CpPlan.Letter> letters = new ArrayList<>();
        List<CpPlan.Letter> given = orEmpty(update.letters());
        for (int i = 0; i < given.size(); i++) {
            CpPlan.Letter l = given.get(i);
            if (l == null || (l.recipientId() == null && l.sentOn() == null)) {
                continue;
            }
            if (l.recipientId() == null || !byId.containsKey(l.recipientId())) {
                throw new ValidationFailure("letters[" + i + "].recipientId", "The letter before proceedings goes to a parent or other holder "
                        + "of parental responsibility for the child recorded in the people register (seeds 000 line 3093)");
            }
            if (l.sentOn() == null) {
                throw new ValidationFailure("letters[" + i + "].sentOn", "Enter the date the letter to " + byId.get(l.recipientId()).name() + " was sent");
            }
            if (l.sentOn().isAfter(today())) {
                throw new ValidationFailure("letters[" + i + "].sentOn", "The date the letter was sent must be today or in the past");
            }
            letters.add(new CpPlan.Letter(l.recipientId(), byId.get(l.recipientId()).name(), l.sentOn()));
        }
        pastOrToday(update.legalPlanningMeetingOn(), "legalPlanningMeetingOn", "The legal planning meeting");
        pastOrToday(update.fgcOfferedOn(), "fgcOfferedOn", "The family group conference offer");
        pastOrToday(update.fgcHeldOn(), "fgcHeldOn", "The family group conference");
        if (update.fgcHeldOn() != null && update.fgcOfferedOn() != null && update.fgcHeldOn().isBefore(update.fgcOfferedOn())) {
            throw new ValidationFailure("fgcHeldOn", "The family group conference cannot be held before it was offered");
        }
        if (!blank(update.legalPlanningDecision()) && update.legalPlanningMeetingOn() == null) {
            throw new ValidationFailure("legalPlanningMeetingOn", "Enter the date of the legal planning meeting that made the decision");
        }
        if (!blank(update.outcome())) {
            List<String> missing = holders.stream().filter(h -> letters.stream().noneMatch(l -> l.recipientId() == h.personId()))
                    .map(CpPlan.ParentalResponsibilityHolder::name).toList();
            if (!missing.isEmpty()) {
                throw new RuleBroken("letters", "Every parent and other holder of parental responsibility gets a letter before proceedings "
                        + "(seeds 000 line 3093); none recorded for " + String.join(", ", missing));
            }
        }
        CpPlan.PreProceedings saved = new CpPlan.PreProceedings(letters, update.legalPlanningMeetingOn(), strip(update.legalPlanningDecision()),
                update.fgcOfferedOn(), update.fgcHeldOn(), strip(update.outcome()), me.describe());
        repository.savePreProceedings(id, saved, clock.instant());
        audit.recordChange(me.asActor(), plan.childId(), Change.of("cp_pre_proceedings", id, "PRE_PROCEEDINGS_RECORDED",
                "Pre-proceedings: " + letters.size() + (letters.size() == 1 ? " letter" : " letters") + " before proceedings"
                        + (update.legalPlanningMeetingOn() == null ? "" : ", legal planning meeting " + update.legalPlanningMeetingOn())
                        + (blank(update.outcome()) ? "" : ", outcome: " + update.outcome().strip())));
        return view(row(id));
    }

    // ---- made by conferences ----

    /** Only a conference's decision makes a plan (DOMAIN.md section 5): there is no other way in. */
    long startPlan(Actor actor, ConferenceRepository.ConferenceRow conference, Instant heldAt, String category, String leadBody,
                   long leadSocialWorkerId, List<Conference.CoreGroupMember> coreGroup, String outlinePlan) {
        int previous = repository.countPlans(conference.childId());
        LocalDate startedOn = Checks.local(heldAt).toLocalDate();
        long id = repository.insertPlan(conference.childId(), conference.caseId(), conference.id(), startedOn, category, leadBody,
                leadSocialWorkerId, coreGroup, outlinePlan, previous);
        repository.linkPlan(conference.id(), id);
        PlanRow plan = row(id);
        repository.insertVersion(id, 1, clock.instant(), actor.description(), "Plan made at the " + kindWords(conference.kind())
                + " on " + startedOn, snapshot(plan));
        // Recorded at the conference's date: starts the core group, review, visit and 18th-birthday clocks.
        clocks.recordEvent(actor, conference.childId(), ClockEvents.CP_PLAN_STARTED, heldAt, reference(id));
        audit.recordChange(actor, conference.childId(), heldAt, Change.of("cp_plan", id, "CP_PLAN_STARTED",
                "Child protection plan: " + repository.categories().get(category)
                        + (previous > 0 ? " (a second or subsequent plan: " + previous + " before)" : ""))
                .withValues(null, Map.of("category", category, "leadBody", leadBody, "previousPlans", previous)));
        return id;
    }

    /** A review changed the plan: the latest category (if given) and a new version. */
    void changeAtReview(Actor actor, PlanRow plan, String category, String what) {
        if (category != null && !category.equals(plan.latestCategory())) {
            repository.setLatestCategory(plan.id(), category);
            audit.recordChange(actor, plan.childId(), Change.of("cp_plan", plan.id(), "CP_PLAN_CATEGORY_CHANGED",
                    "Child protection plan category changed to " + repository.categories().get(category))
                    .withValues(Map.of("category", plan.latestCategory()), Map.of("category", category)));
        }
        newVersion(actor, plan, what);
    }

    private static String kindWords(String kind) {
        return ConferenceKind.valueOf(kind).label().toLowerCase(java.util.Locale.ROOT);
    }

    // ---- helpers ----

    PlanRow row(long id) {
        return repository.plan(id).orElseThrow(() -> new NotFound("There is no child protection plan " + id));
    }

    private PlanRow openRow(CurrentUser me, long id, String what) {
        PlanRow plan = row(id);
        permissions.requireRecord(me, plan.childId(), what);
        if (plan.endedOn() != null) {
            throw new RuleBroken("planEnded", "This plan ended on " + plan.endedOn() + "; nothing more can be recorded on it");
        }
        return plan;
    }

    private void newVersion(Actor actor, PlanRow plan, String what) {
        PlanRow current = row(plan.id());
        if (!repository.nextVersion(plan.id(), current.version())) {
            throw new StaleUpdate("The child protection plan", current.version(), current.version() + 1);
        }
        PlanRow after = row(plan.id());
        repository.insertVersion(plan.id(), after.version(), clock.instant(), actor.description(), what, snapshot(after));
    }

    private Map<String, Object> snapshot(PlanRow plan) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("latestCategory", plan.latestCategory());
        s.put("leadBody", plan.leadBody());
        s.put("leadSocialWorkerId", plan.leadSocialWorkerId());
        s.put("outlinePlan", plan.outlinePlan());
        s.put("coreGroup", plan.coreGroup());
        s.put("actions", repository.actions(plan.id()));
        s.put("endedOn", plan.endedOn());
        s.put("endReason", plan.endReason());
        return s;
    }

    /** The clock reference of a plan's events (core group, review, visit, end): imports record the same. */
    public static String reference(long planId) {
        return "cp-plan-" + planId;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
    }

    /** A day's fact as a moment: noon London, or now when that is still to come today. */
    /**
     * The moment a day-dated event is put at: noon (or now, if earlier). On the plan's first day it must come after the
     * conference that made the plan, or the clocks would see a core group before the plan began: then now (if today)
     * or the end of that day.
     */
    private Instant dayMoment(LocalDate day, PlanRow plan) {
        Instant now = clock.instant();
        if (day.equals(plan.startedOn())) {
            Instant endOfDay = day.plusDays(1).atStartOfDay(TimeConfiguration.LONDON).toInstant().minusSeconds(1);
            return endOfDay.isAfter(now) ? now : endOfDay;
        }
        Instant noon = Checks.noon(day);
        return noon.isAfter(now) ? now : noon;
    }

    private LocalDate pastDay(LocalDate day, PlanRow plan, String field, String what) {
        if (day == null) {
            throw new ValidationFailure(field, "Enter " + what);
        }
        if (day.isAfter(today())) {
            throw new ValidationFailure(field, capitalise(what) + " must be today or in the past");
        }
        if (day.isBefore(plan.startedOn())) {
            throw new ValidationFailure(field, capitalise(what) + " cannot be before the plan began on " + plan.startedOn());
        }
        return day;
    }

    private void pastOrToday(LocalDate day, String field, String what) {
        if (day != null && day.isAfter(today())) {
            throw new ValidationFailure(field, what + " date must be today or in the past");
        }
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Parents and other holders of parental responsibility now, with whether each has had a letter. */
    List<CpPlan.ParentalResponsibilityHolder> holders(long childId, List<CpPlan.Letter> letters) {
        LocalDate today = today();
        return people.relationshipsOf(childId).stream()
                .filter(RelationshipView::otherHasParentalResponsibility)
                .filter(r -> r.to() == null || !r.to().isBefore(today))
                .map(r -> new CpPlan.ParentalResponsibilityHolder(r.other().id(), r.other().displayName(), r.role(),
                        letters.stream().anyMatch(l -> Objects.equals(l.recipientId(), r.other().id()))))
                .distinct().toList();
    }

    CpPlan view(PlanRow row) {
        ChildReading reading = conferences.reading(row.childId());
        return view(row, reading, repository.reviewsOf(row.id()).stream().map(r -> conferences.view(r, reading)).toList());
    }

    /** The plan with its reviews (oldest first); the child, users and clocks from the reading (one call's lookups). */
    CpPlan view(PlanRow row, ChildReading reading, List<Conference> reviews) {
        String childName = reading.childName();
        Map<String, String> categories = repository.categories();
        List<CpPlan.Visit> visits = repository.visits(row.id()).stream()
                .map(v -> new CpPlan.Visit(v.id(), Checks.local(v.visitedAt()), v.seen(), v.seenAlone(), v.visitor(), v.note())).toList();
        CpPlan.PreProceedings pre = repository.preProceedings(row.id()).orElse(null);
        List<CpPlan.NextDue> due = row.endedOn() != null ? List.of() : nextDue(reading.clocks());
        CpPlan.Ending ending = row.endedOn() == null ? null : new CpPlan.Ending(row.endedOn(), row.endReason(),
                row.endReason() == null ? "Not recorded (imported from the SSD)" : EndReason.valueOf(row.endReason()).label(),
                row.otherLaConferenceOn(), row.endNote());
        return new CpPlan(row.id(), row.childId(), childName, row.caseId(), row.conferenceId(), row.startedOn(),
                row.initialCategory(), categories.get(row.initialCategory()), row.latestCategory(), categories.get(row.latestCategory()),
                row.leadBody(), row.leadSocialWorkerId(), reading.userName(row.leadSocialWorkerId()),
                row.coreGroup(), row.outlinePlan(), row.previousPlans(), row.previousPlans() > 0, row.version(), row.endedOn() == null,
                repository.actions(row.id()), repository.coreGroups(row.id()), visits,
                reviews, ending, repository.endNotices(row.id()),
                pre, holders(row.childId(), pre == null ? List.of() : pre.letters()), due);
    }

    /** The open plan's next core group, review, visit and 18th-birthday review, from the child's running clocks. */
    List<CpPlan.NextDue> nextDue(List<ChildClock> childClocks) {
        List<ChildClock> running = childClocks.stream()
                .filter(c -> c.status().isOpen() && PLAN_CLOCKS.containsKey(c.clockId())).toList();
        List<CpPlan.NextDue> due = new ArrayList<>();
        PLAN_CLOCKS.forEach((clockId, what) -> running.stream().filter(c -> c.clockId().equals(clockId)).findFirst()
                .ifPresent(c -> due.add(new CpPlan.NextDue(clockId, what, c.dueDate(), c.status().label(), c.explanation()))));
        return due;
    }
}
