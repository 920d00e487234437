package uk.safeguard.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.assessment.internal.AssessmentRepository;
import uk.safeguard.assessment.internal.AssessmentRow;
import uk.safeguard.audit.Actor;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.calendar.WorkingDayCalendar;
import uk.safeguard.clock.ClockEvents;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.frontdoor.FrontDoor;
import uk.safeguard.frontdoor.NextStep;
import uk.safeguard.frontdoor.ReferralView;
import uk.safeguard.people.HouseholdView;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonRecord;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.platform.ValidationFailure.FieldError;
import uk.safeguard.work.CaseWork;

/**
 * The child and family assessment (WT2023 paras 138-186, seeds 000 lines 2160-2640; DOMAIN.md sections 4-5; local
 * procedure seeds 003 lines 1690-1701): one single assessment per referral, recorded by registered social workers and
 * team managers, authorised by a team manager. Its clocks: 45 working days from the referral (WT2023 para 155) and the
 * DfE measure from the assessment's start; both stop at authorisation.
 * <p>A refused change rolls back whole; the refusal itself is logged in its own transaction (AuditTrail).
 */
@Service
public class Assessments {
    /** The clock ids declared in clocks/clock-definitions.yml. */
    static final String WT_CLOCK = "assessment";
    static final String DFE_CLOCK = "assessment-dfe-measure";
    /** "No factors identified": only on its own (CIN census, assessment_factors.yml). */
    public static final String NO_FACTORS = "21";
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final AssessmentRepository repository;
    private final FrontDoor frontDoor;
    private final PeopleRegister people;
    private final ChildAccess access;
    private final AuditTrail audit;
    private final StatutoryClocks clocks;
    private final WorkingDayCalendar calendar;
    private final UserDirectory users;
    private final CaseWork caseWork;
    private final Clock clock;

    public Assessments(AssessmentRepository repository, FrontDoor frontDoor, PeopleRegister people, ChildAccess access,
                       AuditTrail audit, StatutoryClocks clocks, WorkingDayCalendar calendar, UserDirectory users,
                       CaseWork caseWork, Clock clock) {
        this.repository = repository;
        this.frontDoor = frontDoor;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.clocks = clocks;
        this.calendar = calendar;
        this.users = users;
        this.caseWork = caseWork;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reference data and roles

    /** CIN factors identified at the end of assessment (standards/ssd/categories/assessment_factors.yml), census order. */
    public Map<String, String> factorCodes() {
        return repository.factors();
    }

    /** Registered social workers and team managers record assessments (DOMAIN.md section 2). */
    public boolean mayRecord(CurrentUser me) {
        return me.role().isRegisteredSocialWorker() || me.role().isManager();
    }

    /** Team managers (social-work-qualified) authorise (DOMAIN.md section 5, Assessment). */
    public boolean mayAuthorise(CurrentUser me) {
        return me.role().isManager();
    }

    // ---------------------------------------------------------------- starting

    /** Starts the single assessment of a referral (section 17). 409 if the referral already has one. */
    @Transactional
    public Assessment start(CurrentUser me, long referralId, StartAssessment in) {
        ReferralView referral = frontDoor.findReferral(referralId).orElseThrow(() -> new NotFound("There is no referral " + referralId));
        String what = "start an assessment on referral " + referralId;
        requireRecorder(me, referral.childId(), what);
        requireNoAssessment(referralId);
        if (referral.nextSteps() != null && referral.nextSteps().contains(NextStep.NO_FURTHER_ACTION)) {
            throw new RuleBroken("referralClosed", "Referral " + referralId + " was closed with no further action: it needs no assessment.");
        }
        LocalDate referralDate = londonDay(referral.referralAt());
        LocalDate today = today();
        LocalDate startDate = in == null || in.startDate() == null ? today : in.startDate();
        LocalDate targetDate = in == null ? null : in.targetDate();
        List<FieldError> errors = new ArrayList<>();
        if (startDate.isBefore(referralDate)) {
            errors.add(new FieldError("startDate", "The start date cannot be before the referral on " + SHOWN.format(referralDate)));
        } else if (startDate.isAfter(today)) {
            errors.add(new FieldError("startDate", "The start date cannot be in the future"));
        }
        if (targetDate != null) {
            requireManagerFor(me, referral.childId(), "set the target date of an assessment",
                    "Only a team manager agrees the assessment's target date at its start (seeds 003 line 1701).");
            targetDateChecks(errors, targetDate, startDate, dueByReferral(referral.referralAt()));
        }
        throwIfAny(errors);
        Instant now = clock.instant();
        Instant startedAt = startDate.equals(today) ? now : latest(referral.referralAt(), startDate.atStartOfDay(TimeConfiguration.LONDON).toInstant());
        long id = insert(referral, AssessmentKind.SECTION_17, null, startDate, startedAt, me.id(), targetDate, now);
        // The DfE measure runs from the start; the para 155 clock already runs from the referral (same reference).
        clocks.recordEvent(me.asActor(), referral.childId(), ClockEvents.ASSESSMENT_STARTED, startedAt, FrontDoor.referralReference(referralId));
        Map<String, Object> after = values("referralId", referralId, "kind", AssessmentKind.SECTION_17.name(), "startedOn", startDate.toString(),
                "targetDate", targetDate == null ? null : targetDate.toString());
        audit.recordChange(me.asActor(), referral.childId(), startedAt, Change.of("assessment", id, "ASSESSMENT_STARTED",
                "Child and family assessment started on " + SHOWN.format(startDate) + " (referral of " + SHOWN.format(referralDate) + ")"
                        + (targetDate == null ? "" : "; local target date " + SHOWN.format(targetDate))).withValues(null, after));
        return view(repository.find(id).orElseThrow());
    }

    /**
     * For the protection module: the assessment of a referral becomes (or starts as) part of a section 47 enquiry. An
     * existing section 17 assessment not yet authorised is marked as part of the enquiry (audited); without one, a
     * section 47 assessment starts at {@code startedAt}. In a s47 enquiry parental consent is not needed before asking
     * other agencies for information (seeds 003 line 1697). The caller has checked the actor's access.
     */
    @Transactional
    public Assessment startSection47Assessment(Actor actor, long referralId, String section47Reference, Instant startedAt) {
        ReferralView referral = frontDoor.findReferral(referralId).orElseThrow(() -> new NotFound("There is no referral " + referralId));
        if (section47Reference == null || section47Reference.isBlank()) {
            throw new ValidationFailure("section47Reference", "Give the section 47 enquiry's reference");
        }
        String ref = section47Reference.strip();
        Instant now = clock.instant();
        Optional<AssessmentRow> existing = repository.findByReferral(referralId);
        if (existing.isPresent()) {
            AssessmentRow row = repository.findForUpdate(existing.get().id()).orElseThrow();
            if (row.status() == AssessmentStatus.WITHDRAWN) {
                throw new RuleBroken("withdrawn", "The assessment of referral " + referralId + " was withdrawn when its case closed.");
            }
            if (row.status() == AssessmentStatus.AUTHORISED) {
                throw new RuleBroken("authorised", "The assessment of referral " + referralId + " was authorised on "
                        + SHOWN.format(row.authorisedOn()) + ": it cannot become part of a section 47 enquiry. Start the enquiry's own assessment from a new referral.");
            }
            if (row.kind() == AssessmentKind.SECTION_47 && ref.equals(row.section47Reference())) {
                return view(row);
            }
            repository.markSection47(row.id(), ref, now);
            audit.recordChange(actor, row.childId(), now, Change.of("assessment", row.id(), "ASSESSMENT_PART_OF_SECTION_47",
                    "The assessment became part of section 47 enquiry " + ref)
                    .withValues(values("kind", row.kind().name(), "section47Reference", row.section47Reference()),
                            values("kind", AssessmentKind.SECTION_47.name(), "section47Reference", ref)));
            return view(repository.find(row.id()).orElseThrow());
        }
        if (startedAt == null) {
            throw new ValidationFailure("startedAt", "Give when the assessment started");
        }
        if (startedAt.isBefore(referral.referralAt())) {
            throw new ValidationFailure("startedAt", "The assessment cannot start before the referral on " + SHOWN.format(londonDay(referral.referralAt())));
        }
        if (startedAt.isAfter(now)) {
            throw new ValidationFailure("startedAt", "The start cannot be in the future");
        }
        LocalDate startDate = londonDay(startedAt);
        long id = insert(referral, AssessmentKind.SECTION_47, ref, startDate, startedAt, actor.userId(), null, now);
        clocks.recordEvent(actor, referral.childId(), ClockEvents.ASSESSMENT_STARTED, startedAt, FrontDoor.referralReference(referralId));
        audit.recordChange(actor, referral.childId(), startedAt, Change.of("assessment", id, "ASSESSMENT_STARTED",
                "Child and family assessment started on " + SHOWN.format(startDate) + " as part of section 47 enquiry " + ref)
                .withValues(null, values("referralId", referralId, "kind", AssessmentKind.SECTION_47.name(), "section47Reference", ref)));
        return view(repository.find(id).orElseThrow());
    }

    private long insert(ReferralView referral, AssessmentKind kind, String s47, LocalDate startDate, Instant startedAt, long by,
                        LocalDate targetDate, Instant now) {
        try {
            return repository.insert(referral.id(), referral.childId(), referral.caseId(), kind, s47, referral.referralAt(), startDate,
                    startedAt, by, targetDate, now);
        } catch (DuplicateKeyException e) {
            throw existsAlready(referral.id(), repository.findByReferral(referral.id()).map(AssessmentRow::id).orElse(null));
        }
    }

    private void requireNoAssessment(long referralId) {
        repository.findByReferral(referralId).ifPresent(a -> {
            throw existsAlready(referralId, a.id());
        });
    }

    private static RuleBroken existsAlready(long referralId, Long assessmentId) {
        return new RuleBroken("assessmentExists", "Referral " + referralId + " already has its assessment"
                + (assessmentId == null ? "" : " (assessment " + assessmentId + ")") + ": there is one single assessment per referral. Open and continue that one.");
    }

    // ---------------------------------------------------------------- reading

    public Assessment assessment(CurrentUser me, long id) {
        AssessmentRow row = repository.find(id).orElseThrow(() -> new NotFound("There is no assessment " + id));
        requireViewer(me, row.childId(), "view assessment " + id);
        audit.recordView(me.asActor(), row.childId(), "assessment " + id);
        return view(row);
    }

    /** The child's assessments, oldest first (the view is logged). */
    public List<Assessment> assessmentsOfChild(CurrentUser me, long childId) {
        requireViewer(me, childId, "view the assessments of child " + childId);
        audit.recordView(me.asActor(), childId, "assessments");
        Lookups lookups = new Lookups();
        return repository.ofChild(childId).stream().map(row -> view(row, lookups)).toList();
    }

    /** The child's referrals that have no assessment and were not closed with no further action (to start one). */
    public List<ReferralView> referralsAwaitingAssessment(CurrentUser me, long childId) {
        requireViewer(me, childId, "view the referrals of child " + childId);
        return awaiting(childId);
    }

    /** Internal to the module's child-page section: no access check (the child's page has checked it). */
    public List<ReferralView> awaiting(long childId) {
        return awaiting(childId, briefsOfChildUnchecked(childId));
    }

    /** As {@link #awaiting(long)}, given the child's assessments already read: one query more, whatever their number. */
    public List<ReferralView> awaiting(long childId, List<AssessmentBrief> assessments) {
        Set<Long> assessed = new LinkedHashSet<>(assessments.stream().map(AssessmentBrief::referralId).toList());
        return frontDoor.referralsOfChild(childId).stream()
                .filter(r -> !assessed.contains(r.id()))
                .filter(r -> r.nextSteps() == null || !r.nextSteps().contains(NextStep.NO_FURTHER_ACTION))
                .toList();
    }

    /**
     * The child's assessments in brief (kind, status, dates, due dates), oldest first, in one query: for lists and other
     * modules that need no more. No access check, no view logged: the caller has checked.
     */
    public List<AssessmentBrief> briefsOfChildUnchecked(long childId) {
        return repository.briefsOfChild(childId).stream().map(r -> new AssessmentBrief(r.id(), r.referralId(), r.childId(), r.caseId(),
                r.kind(), r.status(), r.referralAt(), r.startedOn(), r.targetDate(), dueByReferral(r.referralAt()),
                dueFromStart(r.startedAt()), r.authorisedOn())).toList();
    }

    /**
     * The child's assessments in full (each reads its visits, requests, other children and names): no access check, no
     * view logged. Callers that need only kind, status or dates should use {@link #briefsOfChildUnchecked(long)}.
     */
    public List<Assessment> ofChildUnchecked(long childId) {
        Lookups lookups = new Lookups();
        return repository.ofChild(childId).stream().map(row -> view(row, lookups)).toList();
    }

    /** The latest activity in a case's assessments (for work.EpisodeActivity). */
    public Optional<Instant> latestActivityInCase(long caseId) {
        return repository.latestActivityInCase(caseId);
    }

    /**
     * For reporting (the caller checks its own users' access): the assessments authorised between the two dates
     * (inclusive), with working days taken by both measures, labelled as DOMAIN.md section 4 asks.
     */
    public List<AssessmentSummary> assessmentsCompletedBetween(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new ValidationFailure(from == null ? "from" : "to", "Give a period whose end is not before its start");
        }
        return repository.authorisedBetween(from, to).stream().map(row -> {
            List<ChildSeen> seen = repository.childSeen(row.id()).stream().map(AssessmentRepository.SeenRow::seen).toList();
            LocalDate referralDate = londonDay(row.referralAt());
            return new AssessmentSummary(row.id(), row.referralId(), row.childId(), row.kind(), referralDate, row.startedOn(),
                    row.authorisedOn(), row.factors(), row.outcome(), calendar.countWorkingDays(referralDate, row.authorisedOn()),
                    calendar.countWorkingDays(row.startedOn(), row.authorisedOn()), !seen.isEmpty(),
                    seen.stream().anyMatch(ChildSeen::seenAlone), row.lateReason());
        }).toList();
    }

    /** The children of the child's current households (other children considered in the assessment). */
    public List<OtherChild> householdChildren(long childId, Map<Long, String> notes) {
        return householdChildren(childId, people.householdsOf(childId), notes);
    }

    private List<OtherChild> householdChildren(long childId, List<HouseholdView> households, Map<Long, String> notes) {
        LocalDate today = today();
        Map<Long, OtherChild> found = new LinkedHashMap<>();
        for (HouseholdView h : households) {
            boolean current = h.members().stream().anyMatch(m -> m.person().id() == childId && (m.to() == null || !m.to().isBefore(today)));
            if (!current) {
                continue;
            }
            for (HouseholdView.Member m : h.members()) {
                boolean stillThere = m.to() == null || !m.to().isBefore(today);
                if (m.person().id() != childId && m.person().kind().isChild() && stillThere) {
                    found.putIfAbsent(m.person().id(), new OtherChild(m.person().id(), m.person().displayName(), notes.get(m.person().id())));
                }
            }
        }
        return List.copyOf(found.values());
    }

    // ---------------------------------------------------------------- recording

    /** Changes the parts sent (not null); a blank text clears it. 409 once authorised. */
    @Transactional
    public Assessment update(CurrentUser me, long id, AssessmentParts parts) {
        AssessmentRow row = editable(me, id, "change assessment " + id);
        AssessmentParts p = parts == null ? AssessmentParts.none() : parts;
        List<FieldError> errors = new ArrayList<>();
        List<String> factors = p.factors() == null ? null : factorChecks(errors, p.factors());
        String outcomeDetails = p.outcomeDetails() != null ? clean(p.outcomeDetails()) : (p.outcome() != null && p.outcome() != AssessmentOutcome.OTHER ? null : row.outcomeDetails());
        AssessmentOutcome outcome = p.outcome() != null ? p.outcome() : row.outcome();
        if (outcome == AssessmentOutcome.OTHER && outcomeDetails == null && (p.outcome() != null || p.outcomeDetails() != null)) {
            errors.add(new FieldError("outcomeDetails", "Say what the other outcome is"));
        }
        boolean consentSent = p.consentGivenBy() != null || p.consentDate() != null;
        if (consentSent) {
            boolean clearing = clean(p.consentGivenBy()) == null && p.consentDate() == null;
            if (!clearing && clean(p.consentGivenBy()) == null) {
                errors.add(new FieldError("consentGivenBy", "Say who gave consent (for example, the mother, Dana Parent)"));
            }
            if (!clearing && p.consentDate() == null) {
                errors.add(new FieldError("consentDate", "Give the date consent was given"));
            } else if (p.consentDate() != null && p.consentDate().isAfter(today())) {
                errors.add(new FieldError("consentDate", "The date consent was given cannot be in the future"));
            }
        }
        Map<Long, String> notes = new LinkedHashMap<>();
        if (p.otherChildren() != null) {
            Set<Long> household = new LinkedHashSet<>(householdChildren(row.childId(), Map.of()).stream().map(OtherChild::childId).toList());
            for (AssessmentParts.OtherChildNote n : p.otherChildren()) {
                if (n == null || n.childId() == null || !household.contains(n.childId())) {
                    errors.add(new FieldError("otherChildren", "Notes can be recorded only for the children of the child's current households"
                            + (n == null || n.childId() == null ? "" : "; person " + n.childId() + " is not one of them")));
                    break;
                }
                notes.put(n.childId(), clean(n.note()));
            }
        }
        if (p.targetDate() != null) {
            requireManagerFor(me, row.childId(), "set the target date of assessment " + id,
                    "Only a team manager agrees the assessment's target date (seeds 003 line 1701).");
            targetDateChecks(errors, p.targetDate(), row.startedOn(), dueByReferral(row.referralAt()));
        }
        throwIfAny(errors);

        Instant now = clock.instant();
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        text(row, "wishesAndFeelings", "wishes_and_feelings", row.wishesAndFeelings(), p.wishesAndFeelings(), before, after, now);
        text(row, "familyViews", "family_views", row.familyViews(), p.familyViews(), before, after, now);
        text(row, "analysis", "analysis", row.analysis(), p.analysis(), before, after, now);
        text(row, "notSeenReason", "not_seen_reason", row.notSeenReason(), p.notSeenReason(), before, after, now);
        text(row, "lateReason", "late_reason", row.lateReason(), p.lateReason(), before, after, now);
        if (factors != null && !factors.equals(row.factors())) {
            repository.setFactors(id, factors, now);
            before.put("factors", String.join(",", row.factors()));
            after.put("factors", String.join(",", factors));
        }
        if ((p.outcome() != null || p.outcomeDetails() != null)
                && (outcome != row.outcome() || !java.util.Objects.equals(outcomeDetails, row.outcomeDetails()))) {
            repository.setOutcome(id, outcome, outcome == null ? null : outcomeDetails, now);
            before.put("outcome", row.outcome() == null ? null : row.outcome().name());
            after.put("outcome", outcome == null ? null : outcome.name());
            if (outcomeDetails != null || row.outcomeDetails() != null) {
                before.put("outcomeDetails", row.outcomeDetails());
                after.put("outcomeDetails", outcomeDetails);
            }
        }
        if (consentSent) {
            String givenBy = clean(p.consentGivenBy());
            if (!java.util.Objects.equals(givenBy, row.consentGivenBy()) || !java.util.Objects.equals(p.consentDate(), row.consentDate())) {
                repository.setConsent(id, givenBy, p.consentDate(), now);
                before.put("consent", row.consentGivenBy() == null ? null : row.consentGivenBy() + " on " + row.consentDate());
                after.put("consent", givenBy == null ? null : givenBy + " on " + p.consentDate());
            }
        }
        if (!notes.isEmpty()) {
            Map<Long, String> old = repository.otherChildNotes(id);
            for (Map.Entry<Long, String> n : notes.entrySet()) {
                if (!java.util.Objects.equals(old.get(n.getKey()), n.getValue())) {
                    repository.setOtherChildNote(id, n.getKey(), n.getValue(), now);
                    before.put("otherChild " + n.getKey(), old.get(n.getKey()));
                    after.put("otherChild " + n.getKey(), n.getValue());
                }
            }
        }
        if (p.targetDate() != null && !p.targetDate().equals(row.targetDate())) {
            repository.set(id, "target_date", p.targetDate(), now);
            before.put("targetDate", row.targetDate() == null ? null : row.targetDate().toString());
            after.put("targetDate", p.targetDate().toString());
        }
        if (!after.isEmpty()) {
            audit.recordChange(me.asActor(), row.childId(), now, Change.of("assessment", id, "ASSESSMENT_UPDATED",
                    "Assessment updated: " + String.join(", ", after.keySet().stream().map(Assessments::inWords).distinct().toList()))
                    .withValues(before, after));
        }
        return view(repository.find(id).orElseThrow());
    }

    /** The child was seen (WT2023 para 138ff; DOMAIN.md section 5): the date, alone or who else was present. */
    @Transactional
    public Assessment recordChildSeen(CurrentUser me, long id, NewChildSeen seen) {
        AssessmentRow row = editable(me, id, "record the child seen on assessment " + id);
        List<FieldError> errors = new ArrayList<>();
        LocalDate referralDate = londonDay(row.referralAt());
        if (seen == null || seen.seenOn() == null) {
            errors.add(new FieldError("seenOn", "Enter the date the child was seen"));
        } else if (seen.seenOn().isAfter(today())) {
            errors.add(new FieldError("seenOn", "The date the child was seen cannot be in the future"));
        } else if (seen.seenOn().isBefore(referralDate)) {
            errors.add(new FieldError("seenOn", "The date the child was seen cannot be before the referral on " + SHOWN.format(referralDate)));
        }
        if (seen == null || seen.seenAlone() == null) {
            errors.add(new FieldError("seenAlone", "Say whether the child was seen alone"));
        } else if (!seen.seenAlone() && clean(seen.othersPresent()) == null) {
            errors.add(new FieldError("othersPresent", "Say who else was present when the child was seen"));
        }
        throwIfAny(errors);
        Instant now = clock.instant();
        String others = clean(seen.othersPresent());
        long seenId = repository.addChildSeen(id, seen, others, me.id(), now);
        audit.recordChange(me.asActor(), row.childId(), seen.seenOn().atStartOfDay(TimeConfiguration.LONDON).toInstant(),
                Change.of("assessment", id, "CHILD_SEEN", "Child seen on " + SHOWN.format(seen.seenOn())
                        + (seen.seenAlone() ? ", seen alone" : ", not alone (" + others + " present)") + " for the assessment")
                        .withValues(null, values("childSeenId", seenId, "seenOn", seen.seenOn().toString(), "seenAlone", seen.seenAlone())));
        return view(repository.find(id).orElseThrow());
    }

    /**
     * A request for information to another agency. Outside a section 47 enquiry the parents' consent must be sought,
     * gained and recorded first (seeds 003 line 1697); without it a reason for overriding consent is required.
     */
    @Transactional
    public Assessment requestInformation(CurrentUser me, long id, NewInformationRequest in) {
        AssessmentRow row = editable(me, id, "request information for assessment " + id);
        List<FieldError> errors = new ArrayList<>();
        if (in == null || clean(in.agency()) == null) {
            errors.add(new FieldError("agency", "Enter the agency asked for information"));
        }
        if (in == null || clean(in.asked()) == null) {
            errors.add(new FieldError("asked", "Say what the agency was asked"));
        }
        LocalDate requestedOn = in == null ? null : in.requestedOn();
        if (requestedOn == null) {
            errors.add(new FieldError("requestedOn", "Enter the date the information was requested"));
        } else if (requestedOn.isAfter(today())) {
            errors.add(new FieldError("requestedOn", "The date requested cannot be in the future"));
        } else if (requestedOn.isBefore(londonDay(row.referralAt()))) {
            errors.add(new FieldError("requestedOn", "The date requested cannot be before the referral"));
        }
        if (in != null) {
            responseChecks(errors, in.response(), in.respondedOn(), requestedOn, false);
        }
        String override = in == null ? null : clean(in.consentOverrideReason());
        if (row.kind() == AssessmentKind.SECTION_17 && override == null && requestedOn != null) {
            if (row.consentGivenBy() == null) {
                errors.add(new FieldError("consent", "Record the parents' consent (who gave it and when) before asking another agency for "
                        + "information, or give the reason for overriding consent (seeds 003 line 1697; not needed in a section 47 enquiry)"));
            } else if (row.consentDate() != null && row.consentDate().isAfter(requestedOn)) {
                errors.add(new FieldError("consent", "Consent was recorded on " + SHOWN.format(row.consentDate())
                        + ", after this request: consent comes first, or give the reason for overriding consent (seeds 003 line 1697)"));
            }
        }
        throwIfAny(errors);
        Instant now = clock.instant();
        long requestId = repository.addInformationRequest(id, in, override, me.id(), now);
        audit.recordChange(me.asActor(), row.childId(), now, Change.of("assessment", id, "INFORMATION_REQUESTED",
                "Information requested from " + in.agency().strip() + " on " + SHOWN.format(requestedOn)
                        + (override == null ? "" : "; consent overridden: " + override))
                .withValues(null, values("informationRequestId", requestId, "agency", in.agency().strip(), "asked", in.asked().strip(),
                        "consentOverrideReason", override)));
        return view(repository.find(id).orElseThrow());
    }

    @Transactional
    public Assessment recordInformationResponse(CurrentUser me, long id, long requestId, InformationResponse in) {
        AssessmentRow row = editable(me, id, "record an agency's response for assessment " + id);
        InformationRequest request = repository.informationRequests(id).stream().map(AssessmentRepository.RequestRow::request)
                .filter(r -> r.id() == requestId).findFirst()
                .orElseThrow(() -> new NotFound("Assessment " + id + " has no information request " + requestId));
        List<FieldError> errors = new ArrayList<>();
        responseChecks(errors, in == null ? null : in.response(), in == null ? null : in.respondedOn(), request.requestedOn(), true);
        throwIfAny(errors);
        Instant now = clock.instant();
        repository.recordResponse(id, requestId, in.response().strip(), in.respondedOn(), now);
        audit.recordChange(me.asActor(), row.childId(), now, Change.of("assessment", id, "INFORMATION_RECEIVED",
                request.agency() + " responded on " + SHOWN.format(in.respondedOn()))
                .withValues(values("response", request.response()), values("informationRequestId", requestId, "response", in.response().strip())));
        return view(repository.find(id).orElseThrow());
    }

    // ---------------------------------------------------------------- submission and authorisation

    /**
     * The worker submits for authorisation: analysis, factors, outcome and the child seen (or the reason not) are
     * needed; after the 45th working day from the referral a reason for the delay too (WT2023 para 155).
     */
    @Transactional
    public Assessment submit(CurrentUser me, long id, Submission in) {
        AssessmentRow row = editable(me, id, "submit assessment " + id);
        if (row.status() == AssessmentStatus.SUBMITTED) {
            throw new RuleBroken("alreadySubmitted", "Assessment " + id + " is already waiting for a manager's authorisation.");
        }
        String lateReason = in == null || clean(in.lateReason()) == null ? row.lateReason() : clean(in.lateReason());
        String notSeenReason = in == null || clean(in.notSeenReason()) == null ? row.notSeenReason() : clean(in.notSeenReason());
        List<FieldError> errors = new ArrayList<>();
        if (clean(row.analysis()) == null) {
            errors.add(new FieldError("analysis", "Record the analysis before submitting the assessment"));
        }
        if (row.factors().isEmpty()) {
            errors.add(new FieldError("factors", "Record the factors identified at the end of the assessment (or 21, no factors identified)"));
        }
        if (row.outcome() == null) {
            errors.add(new FieldError("outcome", "Record the outcome of the assessment"));
        }
        if (repository.childSeen(id).isEmpty() && notSeenReason == null) {
            errors.add(new FieldError("notSeenReason", "Record when the child was seen, or give the reason the child was not seen"));
        }
        LocalDate due = dueByReferral(row.referralAt());
        if (today().isAfter(due) && lateReason == null) {
            errors.add(new FieldError("lateReason", lateMessage(due)));
        }
        throwIfAny(errors);
        Instant now = clock.instant();
        saveReasons(row, lateReason, notSeenReason, now);
        repository.submit(id, me.id(), now);
        audit.recordChange(me.asActor(), row.childId(), now, Change.of("assessment", id, "ASSESSMENT_SUBMITTED",
                "Assessment submitted for a manager's authorisation" + (lateReason == null ? "" : "; reason for the delay: " + lateReason))
                .withValues(values("status", row.status().name()), values("status", AssessmentStatus.SUBMITTED.name())));
        taskForManagers(me, row);
        return view(repository.find(id).orElseThrow());
    }

    /**
     * A team manager authorises the submitted assessment on a date; it stops both assessment clocks. Completing after
     * the 45th working day from the referral needs a reason (WT2023 para 155); without the child seen, a reason too.
     */
    @Transactional
    public Assessment authorise(CurrentUser me, long id, Authorisation in) {
        AssessmentRow row = repository.findForUpdate(id).orElseThrow(() -> new NotFound("There is no assessment " + id));
        requireManagerFor(me, row.childId(), "authorise assessment " + id,
                "Only a team manager (social-work-qualified) authorises an assessment (DOMAIN.md section 5). Your role is " + me.role().label() + ".");
        access.requireView(me, row.childId(), "authorise assessment " + id);
        if (row.status() != AssessmentStatus.SUBMITTED) {
            throw notSubmitted(row);
        }
        LocalDate today = today();
        LocalDate on = in == null || in.authorisedOn() == null ? today : in.authorisedOn();
        String lateReason = in == null || clean(in.lateReason()) == null ? row.lateReason() : clean(in.lateReason());
        String notSeenReason = in == null || clean(in.notSeenReason()) == null ? row.notSeenReason() : clean(in.notSeenReason());
        List<FieldError> errors = new ArrayList<>();
        LocalDate submittedOn = londonDay(row.submittedAt());
        if (on.isAfter(today)) {
            errors.add(new FieldError("authorisedOn", "The date of authorisation cannot be in the future"));
        } else if (on.isBefore(submittedOn)) {
            errors.add(new FieldError("authorisedOn", "The date of authorisation cannot be before the submission on " + SHOWN.format(submittedOn)));
        }
        LocalDate due = dueByReferral(row.referralAt());
        if (on.isAfter(due) && lateReason == null) {
            errors.add(new FieldError("lateReason", lateMessage(due)));
        }
        if (repository.childSeen(id).isEmpty() && notSeenReason == null) {
            errors.add(new FieldError("notSeenReason", "The child was not seen during the assessment: give the reason before authorising it"));
        }
        throwIfAny(errors);
        Instant now = clock.instant();
        Instant at = on.equals(today) ? now : latest(row.startedAt(), on.atStartOfDay(TimeConfiguration.LONDON).toInstant());
        saveReasons(row, lateReason, notSeenReason, now);
        repository.authorise(id, on, at, me.id(), now);
        // Stops the para 155 clock (from the referral) and the DfE measure (from the start): same reference.
        clocks.recordEvent(me.asActor(), row.childId(), ClockEvents.ASSESSMENT_AUTHORISED, at, FrontDoor.referralReference(row.referralId()));
        int fromReferral = calendar.countWorkingDays(londonDay(row.referralAt()), on);
        int fromStart = calendar.countWorkingDays(row.startedOn(), on);
        audit.recordChange(me.asActor(), row.childId(), at, Change.of("assessment", id, "ASSESSMENT_AUTHORISED",
                "Assessment authorised on " + SHOWN.format(on) + ": " + fromReferral + " working days from the referral (WT2023), "
                        + fromStart + " from the start (DfE measure)" + (lateReason == null ? "" : "; reason for the delay: " + lateReason))
                .withValues(values("status", row.status().name()),
                        values("status", AssessmentStatus.AUTHORISED.name(), "authorisedOn", on.toString(), "lateReason", lateReason,
                                "notSeenReason", notSeenReason)));
        return view(repository.find(id).orElseThrow());
    }

    /** The manager returns a submitted assessment to the worker with a comment instead of authorising it. */
    @Transactional
    public Assessment returnToWorker(CurrentUser me, long id, ReturnToWorker in) {
        AssessmentRow row = repository.findForUpdate(id).orElseThrow(() -> new NotFound("There is no assessment " + id));
        requireManagerFor(me, row.childId(), "return assessment " + id,
                "Only a team manager returns an assessment to the worker. Your role is " + me.role().label() + ".");
        access.requireView(me, row.childId(), "return assessment " + id);
        if (row.status() != AssessmentStatus.SUBMITTED) {
            throw notSubmitted(row);
        }
        if (in == null || clean(in.comment()) == null) {
            throw new ValidationFailure("comment", "Say what the worker needs to do before the assessment can be authorised");
        }
        Instant now = clock.instant();
        repository.returnToWorker(id, in.comment().strip(), me.id(), now);
        audit.recordChange(me.asActor(), row.childId(), now, Change.of("assessment", id, "ASSESSMENT_RETURNED",
                "Assessment returned to the worker: " + in.comment().strip())
                .withValues(values("status", row.status().name()), values("status", AssessmentStatus.IN_PROGRESS.name(), "comment", in.comment().strip())));
        if (row.submittedBy() != null && row.submittedBy() != me.id()) {
            caseWork.assignTask(me.asActor(), row.submittedBy(), row.childId(), row.caseId(), "Assessment returned: " + childName(row.childId()),
                    "The manager returned the assessment (/assessments/" + id + "): " + in.comment().strip());
        }
        return view(repository.find(id).orElseThrow());
    }

    /**
     * The case closed (any CIN reason for closure) while an assessment in it was not yet authorised: the assessment is
     * withdrawn and its clocks (45 working days from the referral, para 155; the DfE measure from the start) cancelled,
     * neither met nor missed, so that neither the chronology nor the returns count an assessment that can no longer
     * be completed. Audited at the closure's time.
     */
    @Transactional
    public void withdrawOnClosure(uk.safeguard.work.CaseClosed closed) {
        for (AssessmentRow row : repository.unfinishedInCase(closed.caseId())) {
            repository.withdraw(row.id(), clock.instant());
            clocks.recordEvent(closed.actor(), row.childId(), ClockEvents.ASSESSMENT_WITHDRAWN, closed.closedAt(),
                    FrontDoor.referralReference(row.referralId()));
            audit.recordChange(closed.actor(), row.childId(), closed.closedAt(), Change.of("assessment", row.id(), "ASSESSMENT_WITHDRAWN",
                    "Assessment withdrawn: the case closed (" + closed.closureReason() + ") before it was authorised")
                    .withValues(values("status", row.status().name()), values("status", AssessmentStatus.WITHDRAWN.name())));
        }
    }

    // ---------------------------------------------------------------- helpers

    private RuleBroken notSubmitted(AssessmentRow row) {
        return row.status() == AssessmentStatus.AUTHORISED
                ? new RuleBroken("authorised", "Assessment " + row.id() + " was already authorised on " + SHOWN.format(row.authorisedOn()) + ".")
                : new RuleBroken("notSubmitted", "Assessment " + row.id() + " has not been submitted for authorisation: the worker submits it first.");
    }

    private AssessmentRow editable(CurrentUser me, long id, String what) {
        AssessmentRow row = repository.findForUpdate(id).orElseThrow(() -> new NotFound("There is no assessment " + id));
        requireRecorder(me, row.childId(), what);
        if (row.status() == AssessmentStatus.AUTHORISED) {
            throw new RuleBroken("authorised", "Assessment " + id + " was authorised on " + SHOWN.format(row.authorisedOn())
                    + " and can no longer be changed.");
        }
        if (row.status() == AssessmentStatus.WITHDRAWN) {
            throw new RuleBroken("withdrawn", "Assessment " + id + " was withdrawn when its case closed and can no longer be changed.");
        }
        return row;
    }

    /** 403 (logged) unless this user records assessments and may open the child's record. */
    public void requireRecorder(CurrentUser me, long childId, String what) {
        if (!mayRecord(me)) {
            throw audit.refuse(me.asActor(), childId, what, "Only registered social workers and team managers record assessments. "
                    + "Your role is " + me.role().label() + ".");
        }
        access.requireView(me, childId, what);
    }

    /** 403 (logged) unless this user is a team manager who may open the child's record. */
    public void requireAuthoriser(CurrentUser me, long childId, String what) {
        requireManagerFor(me, childId, what, "Only a team manager (social-work-qualified) authorises an assessment. Your role is "
                + me.role().label() + ".");
        access.requireView(me, childId, what);
    }

    private void requireManagerFor(CurrentUser me, long childId, String what, String message) {
        if (!mayAuthorise(me)) {
            throw audit.refuse(me.asActor(), childId, what, message);
        }
    }

    /** Partners do not read the local authority's assessments; others need access to the child's record. */
    private void requireViewer(CurrentUser me, long childId, String what) {
        if (me.role().isPartner() || me.role().neverSeesChildRecords()) {
            throw audit.refuse(me.asActor(), childId, what, "Assessments are open to the local authority's practitioners only.");
        }
        access.requireView(me, childId, what);
    }

    private void targetDateChecks(List<FieldError> errors, LocalDate target, LocalDate start, LocalDate due) {
        // The time an assessment takes is agreed at the start (seeds 003 line 1701), within the 45 working days (para 155).
        if (target.isAfter(due)) {
            errors.add(new FieldError("targetDate", "The target date cannot be later than " + SHOWN.format(due)
                    + ", the 45th working day from the referral (WT2023 para 155)"));
        } else if (target.isBefore(start)) {
            errors.add(new FieldError("targetDate", "The target date cannot be before the assessment's start on " + SHOWN.format(start)));
        }
    }

    private List<String> factorChecks(List<FieldError> errors, List<String> codes) {
        List<String> cleaned = new ArrayList<>(new LinkedHashSet<>(codes.stream().filter(java.util.Objects::nonNull)
                .map(c -> c.strip().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty()).toList()));
        List<String> unknown = cleaned.stream().filter(c -> !factorCodes().containsKey(c)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError("factors", "'" + String.join("', '", unknown) + "' is not a CIN assessment factor code"));
        } else if (cleaned.contains(NO_FACTORS) && cleaned.size() > 1) {
            // CIN census: 21 "No factors identified" is used only on its own (assessment_factors.yml).
            errors.add(new FieldError("factors", "21, no factors identified, cannot be combined with other factors"));
        }
        List<String> order = new ArrayList<>(factorCodes().keySet());
        cleaned.sort(java.util.Comparator.comparingInt(order::indexOf));
        return cleaned;
    }

    private void responseChecks(List<FieldError> errors, String response, LocalDate respondedOn, LocalDate requestedOn, boolean required) {
        if (clean(response) == null && (required || respondedOn != null)) {
            errors.add(new FieldError("response", "Enter the agency's response"));
        }
        if (clean(response) != null && respondedOn == null) {
            errors.add(new FieldError("respondedOn", "Enter the date of the response"));
        } else if (respondedOn != null && respondedOn.isAfter(today())) {
            errors.add(new FieldError("respondedOn", "The date of the response cannot be in the future"));
        } else if (respondedOn != null && requestedOn != null && respondedOn.isBefore(requestedOn)) {
            errors.add(new FieldError("respondedOn", "The response cannot be before the request on " + SHOWN.format(requestedOn)));
        }
    }

    private void text(AssessmentRow row, String field, String column, String old, String sent, Map<String, Object> before,
                      Map<String, Object> after, Instant now) {
        if (sent == null) {
            return;
        }
        String value = clean(sent);
        if (!java.util.Objects.equals(value, old)) {
            repository.set(row.id(), column, value, now);
            before.put(field, old);
            after.put(field, value);
        }
    }

    private void saveReasons(AssessmentRow row, String lateReason, String notSeenReason, Instant now) {
        if (!java.util.Objects.equals(lateReason, row.lateReason())) {
            repository.set(row.id(), "late_reason", lateReason, now);
        }
        if (!java.util.Objects.equals(notSeenReason, row.notSeenReason())) {
            repository.set(row.id(), "not_seen_reason", notSeenReason, now);
        }
    }

    private void taskForManagers(CurrentUser me, AssessmentRow row) {
        if (me.teamId() == null || me.isManager()) {
            return;
        }
        users.teamMembers(me.teamId()).stream().filter(CurrentUser::isManager).findFirst().ifPresent(manager ->
                caseWork.assignTask(me.asActor(), manager.id(), row.childId(), row.caseId(), "Authorise the assessment of " + childName(row.childId()),
                        "Submitted by " + me.displayName() + ": /assessments/" + row.id()));
    }

    private static String lateMessage(LocalDate due) {
        return "The assessment is completed after " + SHOWN.format(due) + ", the 45th working day from the referral: "
                + "record the reason for the delay (WT2023 para 155)";
    }

    /** The 45th working day from the referral (WT2023 para 155), as the clock engine computes it. */
    public LocalDate dueByReferral(Instant referralAt) {
        return dueDay(WT_CLOCK, referralAt);
    }

    /** The 45th working day from the assessment's start (DfE measure), as the clock engine computes it. */
    public LocalDate dueFromStart(Instant startedAt) {
        return dueDay(DFE_CLOCK, startedAt);
    }

    private LocalDate dueDay(String clockId, Instant start) {
        // dueAt answers the start of the day after the due day for a day-based clock.
        return londonDay(clocks.dueAt(clockId, start)).minusDays(1);
    }

    Assessment view(AssessmentRow row) {
        return view(row, new Lookups());
    }

    /**
     * Names and households read once per call, however many assessments it views: a child's ten assessments share
     * one child, one household list and a few workers.
     */
    private final class Lookups {
        private final Map<Long, String> userNames = new java.util.HashMap<>();
        private final Map<Long, String> childNames = new java.util.HashMap<>();
        private final Map<Long, List<HouseholdView>> households = new java.util.HashMap<>();

        String userName(Long id) {
            return id == null ? null : userNames.computeIfAbsent(id, Assessments.this::userName);
        }

        String childName(long childId) {
            return childNames.computeIfAbsent(childId, Assessments.this::childName);
        }

        List<HouseholdView> households(long childId) {
            return households.computeIfAbsent(childId, people::householdsOf);
        }
    }

    private Assessment view(AssessmentRow row, Lookups lookups) {
        List<ChildSeen> seen = repository.childSeen(row.id()).stream()
                .map(s -> new ChildSeen(s.seen().id(), s.seen().seenOn(), s.seen().seenAlone(), s.seen().othersPresent(), lookups.userName(s.recordedBy())))
                .toList();
        List<InformationRequest> requests = repository.informationRequests(row.id()).stream()
                .map(r -> new InformationRequest(r.request().id(), r.request().agency(), r.request().asked(), r.request().requestedOn(),
                        r.request().consentOverrideReason(), r.request().response(), r.request().respondedOn(), lookups.userName(r.recordedBy())))
                .toList();
        Map<Long, String> notes = repository.otherChildNotes(row.id());
        List<OtherChild> others = new ArrayList<>(householdChildren(row.childId(), lookups.households(row.childId()), notes));
        // Notes about children who have since left the household stay on the record.
        Set<Long> listed = new LinkedHashSet<>(others.stream().map(OtherChild::childId).toList());
        notes.forEach((childId, note) -> {
            if (!listed.contains(childId)) {
                others.add(new OtherChild(childId, lookups.childName(childId), note));
            }
        });
        return new Assessment(row.id(), row.referralId(), row.childId(), lookups.childName(row.childId()), row.caseId(), row.kind(),
                row.section47Reference(), row.referralAt(), londonDay(row.referralAt()), row.startedOn(), lookups.userName(row.startedBy()),
                row.targetDate(), dueByReferral(row.referralAt()), dueFromStart(row.startedAt()), row.status(), seen,
                row.wishesAndFeelings(), row.familyViews(), List.copyOf(others), row.kind() == AssessmentKind.SECTION_17,
                row.consentGivenBy(), row.consentDate(), requests, row.analysis(), row.factors(), row.outcome(), row.outcomeDetails(),
                row.notSeenReason(), row.lateReason(), row.submittedAt(), lookups.userName(row.submittedBy()), row.returnComment(),
                row.returnedAt(), lookups.userName(row.returnedBy()), row.authorisedOn(), lookups.userName(row.authorisedBy()), row.updatedAt());
    }

    private String userName(Long id) {
        if (id == null) {
            return null;
        }
        if (id == Actor.SYSTEM.userId()) {
            return Actor.SYSTEM.description();
        }
        return users.findById(id).map(CurrentUser::displayName).orElse("user " + id);
    }

    private String childName(long childId) {
        return people.find(childId).map(PersonRecord::displayName).orElse("child " + childId);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
    }

    static LocalDate londonDay(Instant i) {
        return i == null ? null : i.atZone(TimeConfiguration.LONDON).toLocalDate();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
    }

    private static String inWords(String field) {
        if (field.startsWith("otherChild")) {
            return "other children";
        }
        return switch (field) {
            case "wishesAndFeelings" -> "the child's wishes and feelings";
            case "familyViews" -> "the family's views";
            case "notSeenReason" -> "reason the child was not seen";
            case "lateReason" -> "reason for the delay";
            case "outcomeDetails" -> "outcome";
            case "targetDate" -> "target date";
            default -> field;
        };
    }

    /** A map that may hold nulls (Map.of may not), in the order given. */
    private static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
