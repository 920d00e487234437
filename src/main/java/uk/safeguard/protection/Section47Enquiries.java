package uk.safeguard.protection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.Agency;
import uk.safeguard.assessment.Assessments;
import uk.safeguard.audit.Actor;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.clock.ClockEvents;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.frontdoor.FrontDoor;
import uk.safeguard.frontdoor.ReferralView;
import uk.safeguard.frontdoor.Referrer;
import uk.safeguard.notify.NewNotification;
import uk.safeguard.notify.Notifications;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.protection.ProtectionRequests.ConferenceResponse;
import uk.safeguard.protection.ProtectionRequests.Escalation;
import uk.safeguard.protection.ProtectionRequests.NewConferenceRequest;
import uk.safeguard.protection.ProtectionRequests.OutcomeRequest;
import uk.safeguard.protection.ProtectionRequests.ReferrerToldRequest;
import uk.safeguard.protection.internal.Errors;
import uk.safeguard.protection.internal.ProtectionAccess;
import uk.safeguard.protection.internal.ProtectionRepository;
import uk.safeguard.protection.internal.ProtectionRepository.EnquiryRow;
import uk.safeguard.protection.internal.ProtectionRepository.RequestRow;
import uk.safeguard.protection.internal.Shown;
import uk.safeguard.work.OpenCase;

/**
 * Section 47 enquiries (WT2023 chapter 3, seeds 000 lines 2813-2900): started only by a strategy discussion that
 * decided on one, led by a registered social worker; their outcome, told to the referrer; and a partner's formal
 * request for a conference when the local authority decides not to hold one.
 */
@Service
public class Section47Enquiries {
    private final ProtectionRepository repository;
    private final ProtectionAccess access;
    private final UserDirectory users;
    private final StatutoryClocks clocks;
    private final AuditTrail audit;
    private final FrontDoor frontDoor;
    private final Notifications notifications;
    private final Clock clock;

    private final Assessments assessments;

    public Section47Enquiries(ProtectionRepository repository, ProtectionAccess access, UserDirectory users, StatutoryClocks clocks,
                              AuditTrail audit, FrontDoor frontDoor, Notifications notifications, Clock clock,
                              Assessments assessments) {
        this.assessments = assessments;
        this.repository = repository;
        this.access = access;
        this.users = users;
        this.clocks = clocks;
        this.audit = audit;
        this.frontDoor = frontDoor;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The clock reference of a case's section 47 enquiry; the conference module records ICPC_HELD with the same one. */
    public static String clockReference(long caseId) {
        return "case-" + caseId;
    }

    /** Whether a section 47 enquiry is open (no outcome yet) on the case. */
    public boolean openOnCase(long caseId) {
        return repository.openEnquiryOnCase(caseId).isPresent();
    }

    /**
     * The lead practitioner for a section 47 enquiry must be a social worker (WT2023 seeds 000 lines 2791, 2817): the
     * case's allocated worker must be a registered social worker, or the enquiry cannot start (409 naming caseId).
     */
    void requireRegisteredLead(OpenCase openCase) {
        if (openCase.workerId() == null) {
            throw new RuleBroken("caseId", "Case " + openCase.id() + " has no allocated worker. A section 47 enquiry is led by a "
                    + "registered social worker (WT2023 chapter 3): allocate one to the case, then record the strategy discussion.");
        }
        Optional<CurrentUser> worker = users.findById(openCase.workerId());
        if (worker.isEmpty() || !worker.get().role().isRegisteredSocialWorker()) {
            throw new RuleBroken("caseId", "Case " + openCase.id() + " is allocated to "
                    + worker.map(w -> w.displayName() + " (" + w.role().label() + ")").orElse("user " + openCase.workerId())
                    + ", who is not a registered social worker. A section 47 enquiry is led by a registered social worker "
                    + "(WT2023 chapter 3): allocate one to the case, then record the strategy discussion.");
        }
    }

    /**
     * Starts the enquiry decided at this strategy discussion. Called only by {@link StrategyDiscussions#record} when it
     * saves a discussion that decided on an enquiry (package-private: there is no other way to start one, and no API
     * to create one).
     */
    long start(CurrentUser me, OpenCase openCase, long strategyDiscussionId, Instant heldAt) {
        requireRegisteredLead(openCase);
        Long referralId = frontDoor.referralsOfChild(openCase.childId()).stream()
                .filter(r -> r.caseId() != null && r.caseId() == openCase.id())
                .map(ReferralView::id).reduce((first, second) -> second).orElse(null);
        long id = repository.insertEnquiry(openCase.id(), openCase.childId(), strategyDiscussionId, referralId, heldAt, openCase.workerId());
        // The initial conference is due 15 working days after the strategy discussion at which the enquiry began (the
        // first if several: the clock keeps the first start while it runs; seeds 000 line 2895).
        clocks.recordEvent(me.asActor(), openCase.childId(), ClockEvents.STRATEGY_DISCUSSION_S47_STARTED, heldAt, clockReference(openCase.id()));
        startEnquiryAssessment(me.asActor(), id, openCase, referralId, heldAt);
        audit.recordChange(me.asActor(), openCase.childId(), heldAt, Change.of("section47_enquiry", id, "S47_STARTED",
                "Section 47 enquiry started at the strategy discussion on " + Shown.moment(heldAt) + ", led by " + openCase.workerName())
                .withValues(null, Map.of("caseId", openCase.id(), "strategyDiscussionId", strategyDiscussionId,
                        "leadWorker", String.valueOf(openCase.workerName()), "referralId", String.valueOf(referralId))));
        return id;
    }

    /**
     * The enquiry's assessment is a single assessment, due within 45 working days of the referral (seeds 000 line 2789),
     * owned by the assessment module.
     */
    private void startEnquiryAssessment(Actor actor, long enquiryId, OpenCase openCase, Long referralId, Instant startedAt) {
        if (referralId == null) {
            return; // a case not opened by a referral: there is no referral for the 45 working days to run from
        }
        boolean alreadyAuthorised = assessments.briefsOfChildUnchecked(openCase.childId()).stream()
                .anyMatch(a -> a.referralId() == referralId && a.status().isFinished());
        if (alreadyAuthorised) {
            return; // one single assessment per referral, and this one is finished (authorised or withdrawn)
        }
        // Starts the s47 assessment, or makes the referral's s17 assessment in progress part of the enquiry.
        assessments.startSection47Assessment(actor, referralId, "section-47-enquiry-" + enquiryId, startedAt);
    }

    @Transactional
    public Section47Enquiry recordOutcome(CurrentUser me, long id, OutcomeRequest in) {
        EnquiryRow row = row(id);
        access.requireRecorder(me, row.childId(), "record the outcome of a section 47 enquiry");
        if (row.outcome() != null) {
            throw new RuleBroken("outcome", "The outcome of section 47 enquiry " + id + " is already recorded");
        }
        LocalDate today = today();
        LocalDate startDay = row.startedAt().atZone(TimeConfiguration.LONDON).toLocalDate();
        Errors errors = new Errors();
        OutcomeRequest r = in == null ? new OutcomeRequest(null, null, null, null) : in;
        Section47NextStep next = r.nextStep();
        if (r.outcome() == null) {
            errors.add("outcome", "Choose the outcome: concerns of significant harm substantiated or not substantiated");
        } else if (r.outcome() == Section47Outcome.NOT_SUBSTANTIATED) {
            // Not substantiated: support under a child in need plan, other support, or no further action (seeds 000 lines 2870-2887).
            if (next == null || next == Section47NextStep.INITIAL_CONFERENCE) {
                errors.add("nextStep", "Choose what follows: a child in need plan, other support or no further action");
            }
        } else {
            // Substantiated: an initial child protection conference (seeds 000 line 2895).
            if (next != null && next != Section47NextStep.INITIAL_CONFERENCE) {
                errors.add("nextStep", "When concerns are substantiated an initial child protection conference follows");
            }
            next = Section47NextStep.INITIAL_CONFERENCE;
        }
        if (Errors.blank(r.rationale())) {
            errors.add("rationale", "Enter the rationale for the outcome (it is communicated to the referrer)");
        }
        if (r.completedOn() == null) {
            errors.add("completedOn", "Enter the date the enquiry was completed");
        } else if (r.completedOn().isAfter(today)) {
            errors.add("completedOn", "The completion date must be today or in the past");
        } else if (r.completedOn().isBefore(startDay)) {
            errors.add("completedOn", "The enquiry cannot be completed before it started (" + Shown.day(startDay) + ")");
        }
        errors.throwIfAny();
        if (!repository.recordOutcome(id, r.outcome().name(), next.name(), r.rationale().strip(), r.completedOn(), me.describe())) {
            throw new RuleBroken("outcome", "The outcome of section 47 enquiry " + id + " is already recorded");
        }
        Instant at = completedAt(r.completedOn(), row.startedAt());
        if (r.outcome() == Section47Outcome.NOT_SUBSTANTIATED) {
            // No conference: the initial conference clock is cancelled, neither met nor missed.
            clocks.recordEvent(me.asActor(), row.childId(), ClockEvents.S47_CONCLUDED_NO_CONFERENCE, at, clockReference(row.caseId()));
        }
        audit.recordChange(me.asActor(), row.childId(), at, Change.of("section47_enquiry", id, "S47_OUTCOME",
                "Section 47 enquiry completed: " + r.outcome().label().toLowerCase() + "; next: " + next.label().toLowerCase()
                        + ". " + r.rationale().strip())
                .withValues(Map.of("outcome", "none"), Map.of("outcome", r.outcome().name(), "nextStep", next.name(),
                        "completedOn", r.completedOn().toString())));
        return find(id);
    }

    /** Today: now; an earlier day: 17:00 that day; never before the enquiry started. */
    private Instant completedAt(LocalDate day, Instant startedAt) {
        Instant at = day.equals(today()) ? clock.instant() : day.atTime(LocalTime.of(17, 0)).atZone(TimeConfiguration.LONDON).toInstant();
        return at.isBefore(startedAt) ? startedAt : at;
    }

    /**
     * The outcome and rationale communicated to the referrer (seeds 000 line 2897): by e-mail through notifications when
     * the referrer gave an address and no other method is named; otherwise the method given is recorded.
     */
    @Transactional
    public Section47Enquiry referrerTold(CurrentUser me, long id, ReferrerToldRequest in) {
        EnquiryRow row = row(id);
        access.requireRecorder(me, row.childId(), "record that the referrer was told the outcome of a section 47 enquiry");
        if (row.outcome() == null) {
            throw new RuleBroken("outcome", "Record the outcome of the enquiry before telling the referrer");
        }
        if (row.referrerToldAt() != null) {
            throw new RuleBroken("referrerTold", "The referrer was already told on " + Shown.moment(row.referrerToldAt()));
        }
        ReferrerToldRequest r = in == null ? new ReferrerToldRequest(null, null, null) : in;
        Optional<Referrer> referrer = row.referralId() == null ? Optional.empty() : frontDoor.referrerOf(row.referralId());
        String method = Errors.strip(r.method());
        boolean email = referrer.isPresent() && !Errors.blank(referrer.get().email())
                && (method == null || method.equalsIgnoreCase("email") || method.equalsIgnoreCase("e-mail"));
        String to = Errors.strip(r.to()) != null ? r.to().strip() : referrer.map(Referrer::name).orElse(null);
        Instant now = clock.instant();
        Instant at = r.at() == null ? now : r.at();
        Errors errors = new Errors();
        if (to == null) {
            errors.add("to", "Enter who was told (the referring practitioner or agency)");
        }
        if (!email && method == null) {
            errors.add("method", "Enter how the referrer was told (for example phone, letter or in person): there is no e-mail address for them");
        } else if (!email && (method.equalsIgnoreCase("email") || method.equalsIgnoreCase("e-mail"))) {
            errors.add("method", "There is no e-mail address for the referrer: enter how they were told (for example phone or letter)");
        }
        if (at.isAfter(now)) {
            errors.add("at", "The date and time the referrer was told must be now or in the past");
        }
        errors.throwIfAny();
        Section47Enquiry enquiry = find(id);
        Long notificationId = null;
        String how = method;
        if (email) {
            Referrer ref = referrer.get();
            at = now;
            notificationId = notifications.send(me.asActor(), new NewNotification(to, ref.email(),
                    "Outcome of the section 47 enquiry following your referral",
                    "Dear " + to + ",\n\nThe section 47 enquiry following your referral has been completed on "
                            + Shown.day(enquiry.completedOn()) + ".\n\nOutcome: " + enquiry.outcome().label() + "; next: "
                            + enquiry.nextStep().label().toLowerCase() + ".\n\nRationale: " + enquiry.rationale()
                            + "\n\nPlease contact " + me.displayName() + " if you have any questions.",
                    row.childId(), "section-47-enquiry-" + id));
            how = "E-mail to " + ref.email();
        }
        repository.recordReferrerTold(id, to, at, how, notificationId);
        audit.recordChange(me.asActor(), row.childId(), at, Change.of("section47_enquiry", id, "S47_REFERRER_TOLD",
                "Outcome of the section 47 enquiry communicated to " + to + " (" + how + ")")
                .withValues(null, Map.of("to", to, "how", how, "at", at.toString())));
        return find(id);
    }

    /**
     * A partner's formal request for a conference when the local authority decided not to hold one (seeds 000 line
     * 2868): partners only, for children linked to their agency; the agency comes from their account.
     */
    @Transactional
    public ConferenceRequest requestConference(CurrentUser me, long id, NewConferenceRequest in) {
        EnquiryRow row = row(id);
        String what = "request a child protection conference (section 47 enquiry " + id + ")";
        if (!me.role().isPartner()) {
            throw access.refuse(me, row.childId(), what, "A request for a conference is made by a partner agency; "
                    + "the local authority decides on conferences itself.");
        }
        if (!access.canView(me, row.childId())) {
            throw access.refuse(me, row.childId(), what, "Your agency is not linked to this child.");
        }
        if (!Section47Outcome.NOT_SUBSTANTIATED.name().equals(row.outcome())) {
            throw new RuleBroken("outcome", row.outcome() == null
                    ? "The enquiry has no outcome yet: a conference may be requested once the local authority decides not to hold one"
                    : "The local authority is already convening a conference for this enquiry");
        }
        NewConferenceRequest r = in == null ? new NewConferenceRequest(null, null, null) : in;
        LocalDate on = r.requestedOn() == null ? today() : r.requestedOn();
        Errors errors = new Errors();
        if (on.isAfter(today())) {
            errors.add("requestedOn", "The date of the request must be today or in the past");
        }
        if (Errors.blank(r.reasons())) {
            errors.add("reasons", "Enter the reasons for requesting a conference (the serious concerns about the child's welfare)");
        }
        errors.throwIfAny();
        String requester = Errors.blank(r.requesterName()) ? me.displayName() : r.requesterName().strip();
        long requestId = repository.insertRequest(id, row.childId(), me.agencyId(), requester, me.id(), on, r.reasons().strip());
        audit.recordChange(me.asActor(), row.childId(), Change.of("conference_request", requestId, "CONFERENCE_REQUESTED",
                me.agencyName() + " (" + requester + ") formally requested a child protection conference: " + r.reasons().strip())
                .withValues(null, Map.of("agency", me.agencyName(), "requester", requester, "requestedOn", on.toString())));
        return request(requestId);
    }

    /** The local authority's response: a team manager agrees or declines (with the reason). */
    @Transactional
    public ConferenceRequest respond(CurrentUser me, long requestId, ConferenceResponse in) {
        RequestRow req = repository.request(requestId).orElseThrow(() -> new NotFound("There is no conference request " + requestId));
        access.requireManager(me, req.childId(), "respond to a request for a conference");
        if (req.response() != null) {
            throw new RuleBroken("response", "The request was already " + req.response().toLowerCase() + " on " + Shown.day(req.respondedOn()));
        }
        ConferenceResponse r = in == null ? new ConferenceResponse(null, null, null) : in;
        String response = Errors.strip(r.response()) == null ? null : r.response().strip().toUpperCase();
        LocalDate on = r.respondedOn() == null ? today() : r.respondedOn();
        Errors errors = new Errors();
        if (!"AGREED".equals(response) && !"DECLINED".equals(response)) {
            errors.add("response", "Choose the response: AGREED or DECLINED");
        } else if ("DECLINED".equals(response) && Errors.blank(r.reason())) {
            errors.add("reason", "Enter the reason for declining the request (the requesting agency may escalate it)");
        }
        if (on.isAfter(today())) {
            errors.add("respondedOn", "The date of the response must be today or in the past");
        } else if (on.isBefore(req.requestedOn())) {
            errors.add("respondedOn", "The response cannot be before the request (" + Shown.day(req.requestedOn()) + ")");
        }
        errors.throwIfAny();
        repository.respond(requestId, response, Errors.strip(r.reason()), on, me.describe());
        audit.recordChange(me.asActor(), req.childId(), Change.of("conference_request", requestId, "CONFERENCE_REQUEST_" + response,
                "Request for a conference from " + agencyName(req.agencyId()) + " " + response.toLowerCase()
                        + (Errors.blank(r.reason()) ? "" : ": " + r.reason().strip()))
                .withValues(Map.of("response", "none"), Map.of("response", response, "respondedOn", on.toString())));
        return request(requestId);
    }

    /** A declined request escalated (by the requesting agency or a manager): when, to whom, and the outcome. */
    @Transactional
    public ConferenceRequest escalate(CurrentUser me, long requestId, Escalation in) {
        RequestRow req = repository.request(requestId).orElseThrow(() -> new NotFound("There is no conference request " + requestId));
        String what = "record the escalation of a request for a conference";
        boolean requestingAgency = me.role().isPartner() && me.agencyId() == req.agencyId() && access.canView(me, req.childId());
        if (!requestingAgency && !me.isManager()) {
            throw access.refuse(me, req.childId(), what, "Only the requesting agency or a team manager may record an escalation.");
        }
        if (me.isManager()) {
            access.requireManager(me, req.childId(), what);
        }
        if (!"DECLINED".equals(req.response())) {
            throw new RuleBroken("response", req.response() == null
                    ? "The local authority has not responded yet: a request is escalated once it is declined"
                    : "The request was agreed: there is nothing to escalate");
        }
        Escalation r = in == null ? new Escalation(null, null, null) : in;
        Errors errors = new Errors();
        if (r.escalatedOn() == null) {
            errors.add("escalatedOn", "Enter the date the request was escalated");
        } else if (r.escalatedOn().isAfter(today())) {
            errors.add("escalatedOn", "The date of the escalation must be today or in the past");
        } else if (r.escalatedOn().isBefore(req.respondedOn())) {
            errors.add("escalatedOn", "The escalation cannot be before the request was declined (" + Shown.day(req.respondedOn()) + ")");
        }
        if (Errors.blank(r.escalatedTo())) {
            errors.add("escalatedTo", "Enter to whom the request was escalated");
        }
        errors.throwIfAny();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("escalatedOn", String.valueOf(req.escalatedOn()));
        before.put("escalatedTo", String.valueOf(req.escalatedTo()));
        before.put("outcome", String.valueOf(req.escalationOutcome()));
        repository.escalate(requestId, r.escalatedOn(), r.escalatedTo().strip(), Errors.strip(r.outcome()));
        audit.recordChange(me.asActor(), req.childId(), Change.of("conference_request", requestId, "CONFERENCE_REQUEST_ESCALATED",
                "Declined request for a conference escalated to " + r.escalatedTo().strip() + " on " + Shown.day(r.escalatedOn())
                        + (Errors.blank(r.outcome()) ? "" : ": " + r.outcome().strip()))
                .withValues(before, Map.of("escalatedOn", r.escalatedOn().toString(), "escalatedTo", r.escalatedTo().strip(),
                        "outcome", String.valueOf(Errors.strip(r.outcome())))));
        return request(requestId);
    }

    public Section47Enquiry view(CurrentUser me, long id) {
        EnquiryRow row = row(id);
        if (me.role().isPartner() && !partnerTookPart(me, row)) {
            throw access.refuse(me, row.childId(), "view section 47 enquiry " + id,
                    "Partners see only the enquiries their own agency was part of.");
        }
        access.viewing(me, row.childId(), "section 47 enquiry " + id);
        return toView(row);
    }

    /** A partner's agency took part in the discussion that started the enquiry, or asked for a conference after it. */
    public boolean partnerTookPart(CurrentUser me, long id) {
        return partnerTookPart(me, row(id));
    }

    private boolean partnerTookPart(CurrentUser me, EnquiryRow row) {
        return (row.strategyDiscussionId() != null && repository.agencyTookPart(row.strategyDiscussionId(), me.agencyId()))
                || repository.requestsOf(row.id()).stream().anyMatch(r -> r.agencyId() == me.agencyId());
    }

    public ConferenceRequest request(long requestId) {
        return repository.request(requestId).map(this::toView).orElseThrow(() -> new NotFound("There is no conference request " + requestId));
    }

    public Section47Enquiry find(long id) {
        return toView(row(id));
    }

    public List<Section47Enquiry> ofChild(long childId) {
        return repository.enquiriesOfChild(childId).stream().map(this::toView).toList();
    }

    private EnquiryRow row(long id) {
        return repository.enquiry(id).orElseThrow(() -> new NotFound("There is no section 47 enquiry " + id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
    }

    private String agencyName(long agencyId) {
        return users.agencies().stream().filter(a -> a.id() == agencyId).map(Agency::name).findFirst().orElse("Agency " + agencyId);
    }

    private ConferenceRequest toView(RequestRow r) {
        return new ConferenceRequest(r.id(), r.enquiryId(), r.childId(), r.agencyId(), agencyName(r.agencyId()), r.requesterName(),
                r.requestedOn(), r.reasons(), r.response(), r.responseReason(), r.respondedOn(), r.respondedBy(), r.escalatedOn(),
                r.escalatedTo(), r.escalationOutcome());
    }

    private Section47Enquiry toView(EnquiryRow r) {
        Section47Enquiry.ReferrerTold told = r.referrerToldAt() == null ? null
                : new Section47Enquiry.ReferrerTold(r.referrerToldTo(), r.referrerToldAt(), r.referrerToldHow(), r.referrerNotificationId());
        return new Section47Enquiry(r.id(), r.caseId(), r.childId(), r.strategyDiscussionId(), r.referralId(), r.startedAt(),
                r.leadWorkerId(), r.leadWorkerId() == null ? "Not recorded"
                        : users.findById(r.leadWorkerId()).map(CurrentUser::displayName).orElse("User " + r.leadWorkerId()),
                r.outcome() == null ? "OPEN" : "COMPLETED", r.outcome() == null ? null : Section47Outcome.valueOf(r.outcome()),
                r.nextStep() == null ? null : Section47NextStep.valueOf(r.nextStep()), r.rationale(), r.completedOn(), told,
                repository.requestsOf(r.id()).stream().map(this::toView).toList());
    }
}
