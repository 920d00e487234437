package uk.safeguard.conference;

import static uk.safeguard.conference.Checks.allBlank;
import static uk.safeguard.conference.Checks.blank;
import static uk.safeguard.conference.Checks.orEmpty;
import static uk.safeguard.conference.Checks.strip;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.Agency;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.clock.ChildClock;
import uk.safeguard.clock.ClockEvents;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.conference.internal.ConferenceRepository;
import uk.safeguard.conference.internal.ConferenceRepository.ConferenceRow;
import uk.safeguard.conference.internal.ConferenceRepository.PlanRow;
import uk.safeguard.people.HouseholdView;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonKind;
import uk.safeguard.people.PersonRecord;
import uk.safeguard.people.PersonSummary;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.work.CaseKind;
import uk.safeguard.work.CaseWork;
import uk.safeguard.work.OpenCase;

/**
 * Child protection conferences (WT2023 chapter 3, seeds 000 lines 2895-3040): scheduling with an independent chair,
 * invitations and papers, and the outcome; a conference's decision is the only way a plan is made.
 */
@Service
public class Conferences {
    static final String ICPC_CLOCK = "initial-child-protection-conference";
    static final String TRANSFER_IN_CLOCK = "transfer-in-conference";
    static final Set<String> INVITEE_TYPES = Set.of("FAMILY", "CHILD", "ADVOCATE", "AGENCY", "OTHER");
    static final Set<String> ATTENDANCE = Set.of("ATTENDED", "APOLOGIES", "REPORT_ONLY");

    private final ConferenceRepository repository;
    private final ChildProtectionPlans plans;
    private final Permissions permissions;
    private final PeopleRegister people;
    private final CaseWork caseWork;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final StatutoryClocks clocks;
    private final Clock clock;

    public Conferences(ConferenceRepository repository, ChildProtectionPlans plans, Permissions permissions, PeopleRegister people,
                       CaseWork caseWork, UserDirectory users, AuditTrail audit, StatutoryClocks clocks, Clock clock) {
        this.repository = repository;
        this.plans = plans;
        this.permissions = permissions;
        this.people = people;
        this.caseWork = caseWork;
        this.users = users;
        this.audit = audit;
        this.clocks = clocks;
        this.clock = clock;
    }

    // ---- reading ----

    public Conference conference(CurrentUser me, long id) {
        ConferenceRow row = row(id);
        permissions.requireRead(me, row.childId(), "child protection conference " + id);
        return view(row);
    }

    /** The child's conferences, plans and running conference clocks. */
    public ChildProtection childProtection(CurrentUser me, long childId) {
        PersonRecord child = child(childId);
        permissions.requireRead(me, childId, "child protection");
        return summary(child);
    }

    /** Without an access check: for the child's page, which has checked already. */
    public ChildProtection summaryOf(long childId) {
        return summary(child(childId));
    }

    /** One read of the child's conferences, plans, clocks and transfers; the child, users and clocks looked up once. */
    private ChildProtection summary(PersonRecord child) {
        long childId = child.id();
        ChildReading reading = reading(childId).withChild(child);
        List<ConferenceRow> conferenceRows = repository.conferencesOf(childId);
        List<Conference> conferences = conferenceRows.stream().map(r -> view(r, reading)).toList();
        List<PlanRow> planRows = repository.plansOf(childId);
        List<ChildProtection.PlanSummary> planSummaries = planRows.stream()
                .map(p -> new ChildProtection.PlanSummary(p.id(), p.startedOn(), p.initialCategory(), p.latestCategory(), p.endedOn(), p.endReason()))
                .toList();
        CpPlan openPlan = planRows.stream().filter(p -> p.endedOn() == null).findFirst()
                .map(p -> plans.view(p, reading, reviewsOf(p.id(), conferences))).orElse(null);
        List<CpPlan.NextDue> conferenceDue = reading.clocks().stream()
                .filter(c -> c.status().isOpen() && (c.clockId().equals(ICPC_CLOCK) || c.clockId().equals(TRANSFER_IN_CLOCK)))
                .map(c -> new CpPlan.NextDue(c.clockId(), c.clock(), c.dueDate(), c.status().label(), c.explanation())).toList();
        // The chair of the newest conference (see suggestedChair).
        Optional<CurrentUser> chair = conferenceRows.stream().findFirst().filter(c -> c.chairId() != null).flatMap(c -> reading.user(c.chairId()));
        List<ChildProtection.TransferIn> transfers = reading.transfersIn().stream()
                .map(t -> new ChildProtection.TransferIn(t.id(), t.notifiedAt(), t.fromAuthority(), t.conferenceId())).toList();
        return new ChildProtection(childId, child.displayName(), conferences, openPlan, planSummaries,
                conferenceDue, chair.map(CurrentUser::id).orElse(null), chair.map(CurrentUser::displayName).orElse(null), transfers);
    }

    /** The plan's reviews, oldest first (as {@code repository.reviewsOf}), from the child's conferences (newest first). */
    private static List<Conference> reviewsOf(long planId, List<Conference> newestFirst) {
        List<Conference> reviews = new ArrayList<>(newestFirst.stream()
                .filter(c -> c.kind() == ConferenceKind.REVIEW && c.planId() != null && c.planId() == planId).toList());
        java.util.Collections.reverse(reviews);
        return reviews;
    }

    ChildReading reading(long childId) {
        return new ChildReading(childId, people, users, clocks, repository);
    }

    /** The chair of the child's previous conference: "where possible the same person should chair" (seeds 000 line 2932). */
    public Optional<CurrentUser> suggestedChair(long childId) {
        return repository.conferencesOf(childId).stream().findFirst().filter(c -> c.chairId() != null).flatMap(c -> users.findById(c.chairId()));
    }

    /** Conference chairs and team managers: the only roles that may chair. */
    public List<CurrentUser> possibleChairs() {
        return allUsers().stream().filter(u -> u.role() == Role.CONFERENCE_CHAIR || u.role() == Role.TEAM_MANAGER).toList();
    }

    /** Registered social workers, who alone may be the lead social worker of a plan. */
    public List<CurrentUser> registeredSocialWorkers() {
        return allUsers().stream().filter(u -> u.role().isRegisteredSocialWorker()).toList();
    }

    private List<CurrentUser> allUsers() {
        Map<Long, CurrentUser> all = new LinkedHashMap<>();
        users.teams().forEach(t -> users.teamMembers(t.id()).forEach(u -> all.putIfAbsent(u.id(), u)));
        return all.values().stream().sorted(Comparator.comparing(CurrentUser::displayName)).toList();
    }

    public List<Agency> agencies() {
        return users.agencies();
    }

    public Map<String, String> categories() {
        return repository.categories();
    }

    /** The children in the child's current households (the child first), to consider for proceedings at a review. */
    public List<PersonSummary> householdChildren(long childId) {
        LocalDate today = today();
        Map<Long, PersonSummary> children = new LinkedHashMap<>();
        people.find(childId).ifPresent(c -> children.put(childId, c.summary()));
        for (HouseholdView h : people.householdsOf(childId)) {
            boolean current = h.members().stream().anyMatch(m -> m.person().id() == childId && (m.to() == null || !m.to().isBefore(today)));
            if (!current) {
                continue;
            }
            h.members().stream().filter(m -> m.to() == null || !m.to().isBefore(today))
                    .filter(m -> m.person().kind() != null && m.person().kind().isChild())
                    .forEach(m -> children.putIfAbsent(m.person().id(), m.person()));
        }
        return List.copyOf(children.values());
    }

    // ---- transfer in ----

    /** The receiving authority is notified of the move: its conference is due within 15 working days (seeds 000 line 3036). */
    @Transactional
    public ChildProtection.TransferIn notifyTransferIn(CurrentUser me, long childId, PlanChanges.TransferInNotice notice) {
        child(childId);
        permissions.requireRecord(me, childId, "transfer-in notification");
        if (notice == null || notice.notifiedAt() == null) {
            throw new ValidationFailure("notifiedAt", "Enter the date and time the move was notified");
        }
        Instant at = Checks.instant(notice.notifiedAt());
        if (at.isAfter(clock.instant())) {
            throw new ValidationFailure("notifiedAt", "The notification must be now or in the past");
        }
        if (blank(notice.fromAuthority())) {
            throw new ValidationFailure("fromAuthority", "Enter the local authority the child moved from");
        }
        long id = repository.insertTransferIn(childId, at, notice.fromAuthority().strip(), me.describe(), clock.instant());
        clocks.recordEvent(me.asActor(), childId, ClockEvents.TRANSFER_IN_NOTIFIED, at, "transfer-in-" + id);
        audit.recordChange(me.asActor(), childId, at, Change.of("cp_transfer_in", id, "TRANSFER_IN_NOTIFIED",
                "Notified that the child, on a child protection plan in " + notice.fromAuthority().strip()
                        + ", has moved into the area: a transfer-in conference is due within 15 working days"));
        return new ChildProtection.TransferIn(id, at, notice.fromAuthority().strip(), null);
    }

    // ---- scheduling ----

    @Transactional
    public Conference schedule(CurrentUser me, long childId, NewConference c) {
        PersonRecord child = child(childId);
        permissions.requireRecord(me, childId, "scheduling a child protection conference");
        if (c == null || c.kind() == null) {
            throw new ValidationFailure("kind", "Choose the kind of conference: INITIAL, REVIEW, PRE_BIRTH or TRANSFER_IN");
        }
        ConferenceKind kind = c.kind();
        boolean unborn = child.kind() == PersonKind.UNBORN;
        if (kind == ConferenceKind.PRE_BIRTH && !unborn) {
            throw new ValidationFailure("kind", "A pre-birth conference is about an unborn child; " + child.displayName() + " is not recorded as unborn");
        }
        if (unborn && kind != ConferenceKind.PRE_BIRTH && kind != ConferenceKind.REVIEW) {
            throw new ValidationFailure("kind", "The child is not yet born (expected " + child.expectedDeliveryDate() + "): hold a pre-birth conference");
        }
        Optional<CpPlan> open = plans.openPlanOf(childId);
        Long planId = null;
        Long transferInId = null;
        OpenCase episode = episode(childId).orElse(null);
        switch (kind) {
            case INITIAL -> {
                // Due within 15 working days of the strategy discussion at which the s47 began (seeds 000 line 2895).
                Optional<ChildClock> icpc = runningClock(childId, ICPC_CLOCK);
                if (icpc.isEmpty()) {
                    throw new RuleBroken("kind", "An initial child protection conference follows a section 47 enquiry begun at a strategy "
                            + "discussion; none is waiting for a conference for this child. Record the strategy discussion first.");
                }
                // The conference belongs to the case whose enquiry started the clock (its reference is "case-<id>").
                episode = enquiryCase(childId, icpc.get()).orElse(episode);
                if (episode == null) {
                    throw new RuleBroken("caseId", "The child has no open child-in-need case for the conference to belong to");
                }
            }
            case TRANSFER_IN -> {
                if (c.transferInId() == null) {
                    throw new ValidationFailure("transferInId", "Choose the notification of the move this conference answers");
                }
                ConferenceRepository.TransferInRow t = repository.transferIn(c.transferInId())
                        .filter(x -> x.childId() == childId)
                        .orElseThrow(() -> new ValidationFailure("transferInId", "There is no notification " + c.transferInId() + " of a move for this child"));
                if (t.conferenceId() != null) {
                    throw new RuleBroken("transferInId", "A transfer-in conference (" + t.conferenceId() + ") is already scheduled for this move");
                }
                transferInId = t.id();
            }
            case REVIEW -> {
                if (open.isEmpty()) {
                    throw new RuleBroken("kind", "A review conference reviews a child protection plan; the child has no open plan");
                }
                planId = open.get().id();
            }
            case PRE_BIRTH -> { }
        }
        if (kind != ConferenceKind.REVIEW && open.isPresent()) {
            throw new RuleBroken("kind", "The child already has an open child protection plan (" + open.get().id() + "): schedule a review conference");
        }
        if (c.scheduledAt() == null) {
            throw new ValidationFailure("scheduledAt", "Enter the date and time of the conference");
        }
        boolean online = Boolean.TRUE.equals(c.online());
        if (!online && blank(c.venue())) {
            throw new ValidationFailure("venue", "Enter the venue, or say the conference is online");
        }
        if (Boolean.TRUE.equals(c.eighteenthBirthdayReview()) && kind != ConferenceKind.REVIEW) {
            throw new ValidationFailure("eighteenthBirthdayReview", "Only a review conference is the review around the 18th birthday");
        }
        CurrentUser chair = checkChair(childId, c.chairId());
        List<Conference.Invitee> invitees = invitees(c.invitees());
        Instant scheduledAt = Checks.instant(c.scheduledAt());
        long id = repository.insertConference(childId, episode == null ? null : episode.id(), kind.name(), planId, transferInId, scheduledAt,
                strip(c.venue()), online, chair.id(), invitees, Boolean.TRUE.equals(c.eighteenthBirthdayReview()), me.describe(), clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", kind.name());
        after.put("scheduledAt", c.scheduledAt().toString());
        after.put("chair", chair.displayName());
        after.put("invitees", invitees.size());
        audit.recordChange(me.asActor(), childId, Change.of("cp_conference", id, "CONFERENCE_SCHEDULED",
                kind.label() + " scheduled for " + c.scheduledAt().toLocalDate() + ", chaired by " + chair.displayName()).withValues(null, after));
        return view(row(id));
    }

    private List<Conference.Invitee> invitees(List<Conference.Invitee> given) {
        Map<Long, Agency> agencies = new LinkedHashMap<>();
        users.agencies().forEach(a -> agencies.put(a.id(), a));
        List<Conference.Invitee> out = new ArrayList<>();
        List<Conference.Invitee> rows = orEmpty(given);
        for (int i = 0; i < rows.size(); i++) {
            Conference.Invitee v = rows.get(i);
            if (v == null || allBlank(v.name(), v.agencyId(), v.agency(), v.email())) {
                continue;
            }
            String at = "invitees[" + i + "].";
            String type = blank(v.type()) ? (v.agencyId() != null || !blank(v.agency()) ? "AGENCY" : null) : v.type().strip();
            if (type == null || !INVITEE_TYPES.contains(type)) {
                throw new ValidationFailure(at + "type", "Say who the invitee is: FAMILY, CHILD, ADVOCATE, AGENCY or OTHER");
            }
            String agency = strip(v.agency());
            if (v.agencyId() != null) {
                Agency a = agencies.get(v.agencyId());
                if (a == null) {
                    throw new ValidationFailure(at + "agencyId", "There is no agency " + v.agencyId());
                }
                agency = a.name();
            }
            if (type.equals("AGENCY") && agency == null) {
                throw new ValidationFailure(at + "agency", "Choose or type the agency invited");
            }
            if (!type.equals("AGENCY") && blank(v.name())) {
                throw new ValidationFailure(at + "name", "Enter the name of the person invited");
            }
            String email = strip(v.email());
            if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new ValidationFailure(at + "email", "Enter an email address like name@example.org");
            }
            out.add(new Conference.Invitee(type, strip(v.name()), v.agencyId(), agency, email));
        }
        return out;
    }

    /**
     * The chair must be a practitioner independent of operational and line-management responsibility for the case
     * (WT2023 chapter 3, seeds 000 line 2933): not the allocated worker of any of the child's open cases, nor a manager
     * of that worker's team (or the case's team). Only conference chairs and team managers chair.
     */
    CurrentUser checkChair(long childId, Long chairId) {
        if (chairId == null) {
            throw new ValidationFailure("chairId", "Choose the conference chair");
        }
        CurrentUser chair = users.findById(chairId).orElseThrow(() -> new ValidationFailure("chairId", "There is no user " + chairId));
        chairConflict(childId, chair).ifPresent(why -> {
            throw new RuleBroken("chairId", why + ". The chair must be independent of operational and line-management responsibility "
                    + "for the case (WT2023 chapter 3, seeds 000 line 2933): choose another chair.");
        });
        if (chair.role() != Role.CONFERENCE_CHAIR && chair.role() != Role.TEAM_MANAGER) {
            throw new ValidationFailure("chairId", chair.displayName() + " is a " + chair.role().label().toLowerCase(java.util.Locale.ROOT)
                    + ": only a conference chair or a team manager may chair a child protection conference");
        }
        return chair;
    }

    Optional<String> chairConflict(long childId, CurrentUser chair) {
        for (OpenCase c : caseWork.openCasesFor(childId)) {
            if (c.workerId() != null && c.workerId() == chair.id()) {
                return Optional.of(chair.displayName() + " is the allocated worker of the child's " + c.kind().label().toLowerCase(java.util.Locale.ROOT) + " case");
            }
            Set<Long> teams = new LinkedHashSet<>();
            if (c.workerId() != null) {
                users.findById(c.workerId()).map(CurrentUser::teamId).ifPresent(teams::add);
            }
            if (c.teamId() != null) {
                teams.add(c.teamId());
            }
            for (long team : teams) {
                boolean manages = users.teamMembers(team).stream().anyMatch(u -> u.id() == chair.id() && u.role() == Role.TEAM_MANAGER);
                if (manages) {
                    return Optional.of(chair.displayName() + " manages " + (c.workerName() == null ? "the team holding the case"
                            : c.workerName() + ", the allocated worker") + " (" + chair.teamName() + ")");
                }
            }
        }
        return Optional.empty();
    }

    @Transactional
    public Conference invitationsSent(CurrentUser me, long id, LocalDate on) {
        ConferenceRow row = row(id);
        permissions.requireRecord(me, row.childId(), "conference " + id + " invitations");
        LocalDate day = sentDay(on, row, "invitationsSentOn", "invitations");
        repository.setInvitationsSent(id, day);
        audit.recordChange(me.asActor(), row.childId(), Change.of("cp_conference", id, "CONFERENCE_INVITATIONS_SENT",
                "Invitations to the conference sent on " + day + " (" + row.invitees().size() + " invitees)"));
        return view(row(id));
    }

    @Transactional
    public Conference papersSent(CurrentUser me, long id, LocalDate on) {
        ConferenceRow row = row(id);
        permissions.requireRecord(me, row.childId(), "conference " + id + " papers");
        LocalDate day = sentDay(on, row, "papersSentOn", "papers");
        repository.setPapersSent(id, day);
        long before = ChronoUnit.DAYS.between(day, Checks.local(row.scheduledAt()).toLocalDate());
        audit.recordChange(me.asActor(), row.childId(), Change.of("cp_conference", id, "CONFERENCE_PAPERS_SENT",
                "Conference papers sent to the family on " + day + ", " + before + " days before the conference"));
        return view(row(id));
    }

    private LocalDate sentDay(LocalDate on, ConferenceRow row, String field, String what) {
        if (on == null) {
            throw new ValidationFailure(field, "Enter the date the " + what + " were sent");
        }
        if (on.isAfter(today())) {
            throw new ValidationFailure(field, "The date the " + what + " were sent must be today or in the past");
        }
        if (on.isAfter(Checks.local(row.scheduledAt()).toLocalDate())) {
            throw new ValidationFailure(field, "The " + what + " go out before the conference, not after it");
        }
        return on;
    }

    // ---- the outcome ----

    @Transactional
    public Conference recordOutcome(CurrentUser me, long id, ConferenceOutcome o) {
        ConferenceRow row = row(id);
        String what = "outcome of conference " + id;
        permissions.requireRecord(me, row.childId(), what);
        if (!Long.valueOf(me.id()).equals(row.chairId()) && me.role() != Role.TEAM_MANAGER) {
            throw permissions.refuse(me, row.childId(), what).because("Only the conference's chair or a team manager records its outcome");
        }
        if (row.heldAt() != null) {
            throw new RuleBroken("decision", "The outcome of this conference is already recorded");
        }
        if (o == null) {
            throw new ValidationFailure("decision", "Send the conference's outcome");
        }
        ConferenceKind kind = ConferenceKind.valueOf(row.kind());
        checkChair(row.childId(), row.chairId());
        Instant heldAt = o.heldAt() == null ? row.scheduledAt() : Checks.instant(o.heldAt());
        if (heldAt.isAfter(clock.instant())) {
            throw new ValidationFailure("heldAt", "Record the outcome once the conference has been held (it is set for "
                    + Checks.local(heldAt).toLocalDate() + ")");
        }
        List<Conference.Attendance> attendance = attendance(o.attendance());
        List<Conference.AgencyReport> reports = reports(o.reports());
        String decision = strip(o.decision());
        Set<String> allowed = kind.decidesPlan() ? Set.of("PLAN", "NO_PLAN") : Set.of("CONTINUE", "CHANGE", "END");
        if (decision == null || !allowed.contains(decision)) {
            throw new ValidationFailure("decision", kind.decidesPlan()
                    ? "Record the decision: PLAN (the child needs a child protection plan) or NO_PLAN"
                    : "Record the review's decision: CONTINUE, CHANGE or END the plan");
        }
        String category = strip(o.category());
        if (category != null && !repository.categories().containsKey(category)) {
            throw new ValidationFailure("category", "Category of abuse must be one of " + String.join(", ", repository.categories().keySet())
                    + " (" + String.join(", ", repository.categories().values()) + ")");
        }
        String leadBody = null;
        CurrentUser lead = null;
        List<Conference.CoreGroupMember> coreGroup = coreGroup(o.coreGroup());
        if (decision.equals("PLAN")) {
            if (category == null) {
                throw new ValidationFailure("category", "A child protection plan needs a category of abuse: "
                        + String.join(", ", repository.categories().keySet()));
            }
            leadBody = strip(o.leadBody());
            if (!"LA".equals(leadBody) && !"NSPCC".equals(leadBody)) {
                throw new ValidationFailure("leadBody", "The lead statutory body is LA (the local authority) or NSPCC");
            }
            if (o.leadSocialWorkerId() == null) {
                throw new ValidationFailure("leadSocialWorkerId", "Choose the lead social worker for the plan");
            }
            lead = users.findById(o.leadSocialWorkerId())
                    .orElseThrow(() -> new ValidationFailure("leadSocialWorkerId", "There is no user " + o.leadSocialWorkerId()));
            if (!lead.role().isRegisteredSocialWorker()) {
                // WT2023 chapter 3: the lead practitioner for a child protection plan is a registered social worker.
                throw new ValidationFailure("leadSocialWorkerId", lead.displayName() + " is a " + lead.role().label().toLowerCase(java.util.Locale.ROOT)
                        + ": the lead social worker must be a registered social worker (WT2023 chapter 3)");
            }
        } else if (decision.equals("CHANGE") && category == null && blank(o.outlinePlan())) {
            throw new ValidationFailure("category", "Say what the review changes: a new category of abuse, or the outline plan");
        } else if (!decision.equals("CHANGE") && !decision.equals("PLAN") && category != null) {
            throw new ValidationFailure("category", "A category of abuse is recorded only with a new plan or a change of plan");
        }
        PlanRow reviewed = kind == ConferenceKind.REVIEW ? plans.row(row.planId()) : null;
        List<Conference.HouseholdConsideration> household = List.of();
        if (kind == ConferenceKind.REVIEW) {
            if (reviewed.endedOn() != null) {
                throw new RuleBroken("planEnded", "The plan under review ended on " + reviewed.endedOn());
            }
            household = household(row.childId(), o.householdConsidered());
            if (decision.equals("END")) {
                plans.checkEnding(reviewed, new PlanChanges.Ending(Checks.local(heldAt).toLocalDate(), o.endReason(),
                        o.otherLaConferenceOn(), o.endNote()), Checks.local(heldAt).toLocalDate());
            }
        }
        Instant now = clock.instant();
        if (!repository.saveOutcome(id, heldAt, attendance, reports, strip(o.childViews()), decision, category, leadBody,
                lead == null ? null : lead.id(), coreGroup, strip(o.outlinePlan()), strip(o.recommendations()), household,
                me.describe(), now)) {
            throw new RuleBroken("decision", "The outcome of this conference is already recorded");
        }
        switch (kind) {
            case INITIAL -> recordIcpcHeld(me, row, heldAt);
            case PRE_BIRTH -> {
                if (runningClock(row.childId(), ICPC_CLOCK).isPresent() && row.caseId() != null) {
                    recordIcpcHeld(me, row, heldAt);
                }
            }
            case TRANSFER_IN -> clocks.recordEvent(me.asActor(), row.childId(), ClockEvents.TRANSFER_IN_CONFERENCE_HELD, heldAt,
                    "transfer-in-" + row.transferInId());
            case REVIEW -> {
                // First review within 3 months of the ICPC, then at most every 6 months (seeds 000 lines 2991, 3016).
                clocks.recordEvent(me.asActor(), row.childId(), ClockEvents.CP_REVIEW_HELD, heldAt, ChildProtectionPlans.reference(reviewed.id()));
                if (row.eighteenthBirthdayReview()) {
                    clocks.recordEvent(me.asActor(), row.childId(), ClockEvents.EIGHTEENTH_BIRTHDAY_REVIEW_HELD, heldAt,
                            ChildProtectionPlans.reference(reviewed.id()));
                }
            }
        }
        audit.recordChange(me.asActor(), row.childId(), heldAt, Change.of("cp_conference", id, "CONFERENCE_HELD",
                kind.label() + " held: " + decisionWords(decision, category)).withValues(null, Map.of("decision", decision)));
        ConferenceRow held = row(id);
        switch (decision) {
            case "PLAN" -> plans.startPlan(me.asActor(), held, heldAt, category, leadBody, lead.id(), coreGroup, strip(o.outlinePlan()));
            case "CHANGE" -> plans.changeAtReview(me.asActor(), reviewed, category, "Changed at the review conference on "
                    + Checks.local(heldAt).toLocalDate() + (category == null ? "" : ": category " + repository.categories().get(category)));
            case "CONTINUE" -> { }
            case "END" -> plans.endPlan(me.asActor(), plans.row(reviewed.id()), new PlanChanges.Ending(Checks.local(heldAt).toLocalDate(),
                    o.endReason(), o.otherLaConferenceOn(), o.endNote()));
            default -> { }
        }
        return view(row(id));
    }

    private void recordIcpcHeld(CurrentUser me, ConferenceRow row, Instant heldAt) {
        // Stops the 15-working-day clock the strategy discussion started (reference: the child's case).
        clocks.recordEvent(me.asActor(), row.childId(), ClockEvents.ICPC_HELD, heldAt, "case-" + row.caseId());
    }

    private String decisionWords(String decision, String category) {
        String c = category == null ? "" : " (" + repository.categories().get(category) + ")";
        return switch (decision) {
            case "PLAN" -> "child protection plan" + c;
            case "NO_PLAN" -> "no child protection plan";
            case "CONTINUE" -> "plan continues";
            case "CHANGE" -> "plan changed" + c;
            default -> "plan ends";
        };
    }

    private List<Conference.Attendance> attendance(List<Conference.Attendance> given) {
        List<Conference.Attendance> out = new ArrayList<>();
        List<Conference.Attendance> rows = orEmpty(given);
        for (int i = 0; i < rows.size(); i++) {
            Conference.Attendance a = rows.get(i);
            if (a == null || allBlank(a.agency(), a.status())) {
                continue;
            }
            if (blank(a.agency())) {
                throw new ValidationFailure("attendance[" + i + "].agency", "Enter the agency");
            }
            if (a.status() == null || !ATTENDANCE.contains(a.status().strip())) {
                throw new ValidationFailure("attendance[" + i + "].status", "Say whether " + a.agency().strip()
                        + " attended, sent apologies or sent a report only (ATTENDED, APOLOGIES, REPORT_ONLY)");
            }
            out.add(new Conference.Attendance(a.agency().strip(), a.status().strip()));
        }
        return out;
    }

    private List<Conference.AgencyReport> reports(List<Conference.AgencyReport> given) {
        List<Conference.AgencyReport> out = new ArrayList<>();
        List<Conference.AgencyReport> rows = orEmpty(given);
        for (int i = 0; i < rows.size(); i++) {
            Conference.AgencyReport r = rows.get(i);
            if (r == null || allBlank(r.agency(), r.receivedOn(), r.mayShareWithParents(), r.sharedOn())) {
                continue;
            }
            String at = "reports[" + i + "].";
            if (blank(r.agency())) {
                throw new ValidationFailure(at + "agency", "Enter the agency whose report it is");
            }
            if (r.receivedOn() == null) {
                throw new ValidationFailure(at + "receivedOn", "Enter the date the report from " + r.agency().strip() + " was received");
            }
            if (r.receivedOn().isAfter(today())) {
                throw new ValidationFailure(at + "receivedOn", "The date the report was received must be today or in the past");
            }
            if (r.mayShareWithParents() == null) {
                throw new ValidationFailure(at + "mayShareWithParents", "Say whether the report from " + r.agency().strip() + " may be shared with the parents");
            }
            if (r.sharedOn() != null && !r.mayShareWithParents()) {
                throw new ValidationFailure(at + "sharedOn", "A report that may not be shared with the parents has no date shared");
            }
            out.add(new Conference.AgencyReport(r.agency().strip(), r.receivedOn(), r.mayShareWithParents(), r.sharedOn()));
        }
        return out;
    }

    private List<Conference.CoreGroupMember> coreGroup(List<Conference.CoreGroupMember> given) {
        List<Conference.CoreGroupMember> out = new ArrayList<>();
        List<Conference.CoreGroupMember> rows = orEmpty(given);
        for (int i = 0; i < rows.size(); i++) {
            Conference.CoreGroupMember m = rows.get(i);
            if (m == null || allBlank(m.name(), m.agency(), m.role())) {
                continue;
            }
            if (blank(m.name())) {
                throw new ValidationFailure("coreGroup[" + i + "].name", "Enter the core group member's name");
            }
            out.add(new Conference.CoreGroupMember(m.name().strip(), strip(m.agency()), strip(m.role())));
        }
        return out;
    }

    /** Every child in the household considered for proceedings, a note each (review conferences; DOMAIN.md section 5). */
    private List<Conference.HouseholdConsideration> household(long childId, List<Conference.HouseholdConsideration> given) {
        List<Conference.HouseholdConsideration> out = new ArrayList<>();
        for (PersonSummary child : householdChildren(childId)) {
            Conference.HouseholdConsideration note = orEmpty(given).stream()
                    .filter(h -> h != null && h.childId() != null && h.childId() == child.id()).findFirst().orElse(null);
            if (note == null || blank(note.note())) {
                throw new ValidationFailure("householdConsidered", "Record that " + child.displayName()
                        + " was considered for proceedings: every child in the household is considered at a review");
            }
            out.add(new Conference.HouseholdConsideration(child.id(), child.displayName(), note.note().strip()));
        }
        return out;
    }

    // ---- helpers ----

    /** The agencies invited to the conference that made the plan (for the notice when it ends). */
    List<Conference.Invitee> invitedAgencies(long conferenceId) {
        return row(conferenceId).invitees().stream().filter(i -> "AGENCY".equals(i.type())).toList();
    }

    ConferenceRow row(long id) {
        return repository.conference(id).orElseThrow(() -> new NotFound("There is no child protection conference " + id));
    }

    private PersonRecord child(long childId) {
        PersonRecord p = people.find(childId).orElseThrow(() -> new NotFound("There is no child " + childId));
        if (!p.kind().isChild()) {
            throw new NotFound("Person " + childId + " is not a child");
        }
        return p;
    }

    /** The case (episode) the conference and plan belong to: the child's open child protection or child-in-need case. */
    private Optional<OpenCase> enquiryCase(long childId, ChildClock icpcClock) {
        String reference = icpcClock.reference();
        if (reference == null || !reference.startsWith("case-")) {
            return Optional.empty();
        }
        return caseWork.openCasesFor(childId).stream().filter(c -> reference.equals("case-" + c.id())).findFirst();
    }

    Optional<OpenCase> episode(long childId) {
        return caseWork.openCasesFor(childId).stream()
                .filter(c -> c.kind() == CaseKind.CHILD_PROTECTION || c.kind() == CaseKind.CHILD_IN_NEED)
                .max(Comparator.comparing(OpenCase::openedAt));
    }

    private Optional<ChildClock> runningClock(long childId, String clockId) {
        return clocks.clocksFor(childId).stream().filter(c -> c.clockId().equals(clockId) && c.status().isOpen()).findFirst();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
    }

    Conference view(ConferenceRow r) {
        return view(r, reading(r.childId()));
    }

    /** The conference; the child, users, clocks and transfers from the reading (one call's lookups). */
    Conference view(ConferenceRow r, ChildReading reading) {
        ConferenceKind kind = ConferenceKind.valueOf(r.kind());
        Optional<PersonRecord> child = reading.child();
        String childName = reading.childName();
        LocalDate expected = child.filter(p -> p.kind() == PersonKind.UNBORN).map(PersonRecord::expectedDeliveryDate).orElse(null);
        LocalDate day = Checks.local(r.scheduledAt()).toLocalDate();
        Integer papersBefore = r.papersSentOn() == null ? null : (int) ChronoUnit.DAYS.between(r.papersSentOn(), day);
        LocalDate dueBy = null;
        String dueExplanation = null;
        if (kind == ConferenceKind.INITIAL || kind == ConferenceKind.PRE_BIRTH || kind == ConferenceKind.TRANSFER_IN) {
            String clockId = kind == ConferenceKind.TRANSFER_IN ? TRANSFER_IN_CLOCK : ICPC_CLOCK;
            Instant transferAt = r.transferInId() == null ? null : reading.transferNotifiedAt(r.transferInId()).orElse(null);
            Optional<ChildClock> c = reading.clocks().stream()
                    .filter(x -> x.clockId().equals(clockId))
                    .filter(x -> transferAt == null || x.startedAt().equals(transferAt))
                    .filter(x -> !x.startedAt().isAfter(r.scheduledAt()) || x.status().isOpen())
                    .max(Comparator.comparing(ChildClock::startedAt));
            if (c.isPresent()) {
                dueBy = c.get().dueDate();
                dueExplanation = c.get().explanation();
            }
        }
        Long planId = r.planId();
        Map<String, String> categories = repository.categories();
        return new Conference(r.id(), r.childId(), childName, expected, r.caseId(), kind, kind.label(), planId, r.transferInId(),
                Checks.local(r.scheduledAt()), r.venue(), r.online(), r.chairId(),
                reading.userName(r.chairId()), r.invitees(), r.invitationsSentOn(),
                r.papersSentOn(), papersBefore, r.eighteenthBirthdayReview(), r.heldAt() != null, Checks.local(r.heldAt()),
                r.attendance(), r.reports(), r.childViews(), r.decision(), r.category(),
                r.category() == null ? null : categories.get(r.category()), r.leadBody(), r.leadSocialWorkerId(),
                reading.userName(r.leadSocialWorkerId()),
                r.coreGroup(), r.outlinePlan(), r.recommendations(), r.householdConsidered(), r.outcomeRecordedBy(), dueBy, dueExplanation);
    }
}
