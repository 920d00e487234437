package uk.safeguard.frontdoor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.AgencyType;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.Actor;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.clock.ChildClock;
import uk.safeguard.clock.ClockEvents;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.frontdoor.internal.FrontDoorRepository;
import uk.safeguard.notify.NewNotification;
import uk.safeguard.notify.Notifications;
import uk.safeguard.people.NewPerson;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonDetails;
import uk.safeguard.people.PersonKind;
import uk.safeguard.people.PersonRecord;
import uk.safeguard.people.SearchResult;
import uk.safeguard.platform.NoAccess;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.StaleUpdate;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.platform.ValidationFailure.FieldError;
import uk.safeguard.work.CaseKind;
import uk.safeguard.work.CaseTask;
import uk.safeguard.work.CaseWork;
import uk.safeguard.work.OpenCase;

/**
 * The front door (MASH): contacts from any channel into one queue, the known-child check, screening against the
 * versioned threshold document, the manager's decision for each child, referrals with their one-working-day clocks,
 * MASH partner checks and consultations. DOMAIN.md sections 3 and 5; seeds 003 lines 1640-1720; WT2023 paras 149-160.
 * <p>A refused change rolls back whole; the refusal itself is logged in its own transaction (AuditTrail).
 */
@Service
public class FrontDoor {
    /** Who works the MASH queue: contact officers record, social workers screen, team managers decide. */
    public static final Set<Role> MASH_STAFF = EnumSet.of(Role.CONTACT_OFFICER, Role.SOCIAL_WORKER, Role.TEAM_MANAGER);
    private static final Set<Role> RECORDERS = EnumSet.of(Role.CONTACT_OFFICER, Role.SOCIAL_WORKER, Role.TEAM_MANAGER,
            Role.PARTNER_PRACTITIONER);
    /** A level of need is a professional judgement: social workers and managers, not contact officers (seeds 003 line 1676). */
    private static final Set<Role> SCREENERS = EnumSet.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER);
    /** Cases whose allocated worker takes new information as a case note instead of a new contact (seeds 003 line 1676). */
    private static final Set<CaseKind> OPEN_WORK = EnumSet.of(CaseKind.CHILD_IN_NEED, CaseKind.CHILD_PROTECTION, CaseKind.EARLY_HELP);
    /**
     * The queue's clocks, declared once in clock-definitions.yml (local MASH protocol: a contact is decided within 24
     * hours, seeds 003 line 1682; held at most 24 hours, line 1689) and read from the clock engine so that a local limit
     * (safeguard.clocks.local-limits.&lt;id&gt;) applies here too.
     */
    static final String DECISION_CLOCK = "contact-decision";
    static final String HOLD_CLOCK = "mash-hold";
    /** The queue's amber band: due within 4 hours (local MASH practice). */
    private static final Duration AMBER = Duration.ofHours(4);
    /** DfE re-referral measure: a referral within 12 months of a previous referral (DOMAIN.md section 5). */
    private static final int RE_REFERRAL_MONTHS = 12;
    /** CIN reason for closure when next steps are NFA, unless the manager chooses another (reason_for_closure.yml). */
    static final String NFA_CLOSURE_REASON = "RC8";
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(TimeConfiguration.LONDON);

    private final FrontDoorRepository repository;
    private final PeopleRegister people;
    private final CaseWork caseWork;
    private final ChildAccess access;
    private final AuditTrail audit;
    private final StatutoryClocks clocks;
    private final Notifications notifications;
    private final UserDirectory users;
    private final Clock clock;

    public FrontDoor(FrontDoorRepository repository, PeopleRegister people, CaseWork caseWork, ChildAccess access,
                     AuditTrail audit, StatutoryClocks clocks, Notifications notifications, UserDirectory users, Clock clock) {
        this.repository = repository;
        this.people = people;
        this.caseWork = caseWork;
        this.access = access;
        this.audit = audit;
        this.clocks = clocks;
        this.notifications = notifications;
        this.users = users;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reference data

    /** CIN referral source codes (standards/ssd/categories/referral_source.yml). */
    public Map<String, String> referralSources() {
        return repository.referralSources();
    }

    /** CIN primary need codes (standards/ssd/categories/primary_need.yml). */
    public Map<String, String> primaryNeeds() {
        return repository.primaryNeeds();
    }

    /** CIN reasons for closure (standards/ssd/categories/reason_for_closure.yml). */
    public Map<String, String> closureReasons() {
        return caseWork.closureReasons();
    }

    public ThresholdDocument currentThreshold() {
        return repository.currentThreshold();
    }

    public ThresholdDocument threshold(long id) {
        return repository.threshold(id).orElseThrow(() -> new NotFound("There is no threshold document " + id));
    }

    public boolean isMashStaff(CurrentUser me) {
        return MASH_STAFF.contains(me.role());
    }

    // ---------------------------------------------------------------- intake

    /**
     * The register's likely matches for a child named on a contact (the known-child check at intake). Partners see
     * none (they may not search the register); their children are matched at intake.
     */
    public List<SearchResult> likelyMatches(CurrentUser me, String givenNames, String familyName, LocalDate dateOfBirth) {
        if (me.role().isPartner() || blank(givenNames) || blank(familyName)) {
            return List.of();
        }
        return people.likelyMatches(me, details(givenNames, familyName, dateOfBirth));
    }

    /**
     * Records a contact from any channel. Each child is matched to the register (or registered); a child with an open
     * child-in-need, child-protection or early-help case does not become a new contact: the information goes on that
     * case as a note and the allocated worker (or a manager when none) gets a task (seeds 003 line 1676). Every other
     * child joins the MASH queue with the 24-hour decision clock running (seeds 003 line 1682).
     */
    @Transactional
    public ContactRecorded record(CurrentUser me, NewContact in) {
        requireRole(me, RECORDERS, null, "record a contact",
                "Your role (" + me.role().label() + ") may not record a contact.");
        Instant now = clock.instant();
        Referrer referrer = in.referrer();
        Channel channel = in.channel();
        if (me.role().isPartner()) {
            // A partner refers for their own agency: the agency comes from their account, never from the form.
            Referrer given = referrer == null ? new Referrer(null, null, null, null, null, null, null) : referrer;
            referrer = new Referrer(blank(given.name()) ? me.displayName() : given.name(), given.role(), me.agencyName(),
                    me.agencyType().name(), given.phone(), given.email(), me.agencyId());
            if (channel == null) {
                channel = Channel.PORTAL;
            }
        }
        Instant receivedAt = in.receivedAt() == null ? now : in.receivedAt();
        NewContact c = new NewContact(receivedAt, channel, referrer, in.sourceCode() == null ? null : in.sourceCode().strip().toUpperCase(Locale.ROOT),
                in.children(), in.adults(), in.concern(), in.categories(), in.familyKnows(), in.familyConsents(), in.consentNote(),
                in.earlyHelpAssessment(), in.earlyHelpNote(), in.consultationId(), in.teamId());
        validate(me, c, now);

        // The known-child check: every child resolved before anything is written.
        List<ResolvedChild> resolved = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < c.children().size(); i++) {
            ResolvedChild child = resolve(me, c.children().get(i), "children[" + i + "].");
            if (!seen.add(child.id())) {
                throw new ValidationFailure("children[" + i + "]", child.name() + " is on this contact twice");
            }
            resolved.add(child);
        }
        Long teamId = c.teamId() != null ? c.teamId() : repository.teamIdByName("MASH").orElse(null);
        long contactId = repository.insertContact(c, receivedAt, channel, Boolean.TRUE.equals(c.earlyHelpAssessment()), me.id(), now, teamId);
        c.adults().forEach(a -> repository.insertAdult(contactId, a));
        String from = describeReferrer(c.referrer(), c.sourceCode());
        List<ContactRecorded.Outcome> outcomes = new ArrayList<>();
        for (ResolvedChild child : resolved) {
            if (child.registeredNow()) {
                audit.recordChange(me.asActor(), child.id(), receivedAt, Change.of("contact", contactId, "PERSON_REGISTERED_AT_INTAKE",
                        "Registered at the front door from contact " + contactId + " (no likely match in the register)"));
            }
            Optional<OpenCase> open = caseWork.openCasesFor(child.id()).stream().filter(k -> OPEN_WORK.contains(k.kind())).findFirst();
            if (c.referrer().agencyId() != null && isPartnerAgency(c.referrer().agencyType())) {
                access.linkAgency(child.id(), c.referrer().agencyId(), ChildAccess.AgencyLink.REFERRED);
            }
            if (open.isPresent()) {
                outcomes.add(routeToOpenCase(me, contactId, c, child, open.get(), from));
                continue;
            }
            boolean possibleReReferral = previousReferral(child.id(), receivedAt).isPresent();
            long ccId = repository.insertContactChild(contactId, child.id(), child.name(), child.matched(), "OPEN", possibleReReferral, null);
            clocks.recordEvent(me.asActor(), child.id(), ClockEvents.CONTACT_RECEIVED, receivedAt, contactReference(ccId));
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("contactId", contactId);
            after.put("channel", channel.name());
            after.put("referrer", c.referrer().name());
            after.put("sourceCode", c.sourceCode());
            after.put("categories", String.join(",", c.categories()));
            after.put("concern", c.concern());
            audit.recordChange(me.asActor(), child.id(), receivedAt, Change.of("contact", contactId, "CONTACT_RECEIVED",
                    "Contact received " + channelPhrase(channel) + " from " + from + ": " + abbreviate(c.concern(), 240)
                            + (possibleReReferral ? " (referred within the last 12 months: possible re-referral)" : ""))
                    .withValues(null, after));
            outcomes.add(new ContactRecorded.Outcome(ccId, child.id(), child.name(), child.matched(), "OPEN", possibleReReferral,
                    null, null, child.considered()));
        }
        return new ContactRecorded(contactId, outcomes);
    }

    private ContactRecorded.Outcome routeToOpenCase(CurrentUser me, long contactId, NewContact c, ResolvedChild child,
                                                    OpenCase open, String from) {
        String note = "Information received " + channelPhrase(c.channel()) + " on " + SHOWN.format(c.receivedAt()) + " from " + from
                + ": " + c.concern().strip() + (c.categories().isEmpty() ? "" : " [" + String.join(", ", c.categories()) + "]");
        caseWork.addCaseNote(me.asActor(), open.id(), c.receivedAt(), note);
        Optional<CurrentUser> responsible = caseWork.responsibleFor(open);
        String taskFor = null;
        if (responsible.isPresent()) {
            CaseTask task = caseWork.assignTask(me.asActor(), responsible.get().id(), child.id(), open.id(),
                    "New information about " + child.name() + " from " + (blank(c.referrer().agency()) ? c.referrer().name() : c.referrer().agency()),
                    "Recorded as a case note on the open " + open.kind().label().toLowerCase(Locale.ROOT) + " case (front door contact "
                            + contactId + "). Read it and decide what to do.");
            taskFor = responsible.get().displayName();
            assert task != null;
        }
        long ccId = repository.insertContactChild(contactId, child.id(), child.name(), child.matched(), "ROUTED_TO_OPEN_CASE", false, open.id());
        audit.recordChange(me.asActor(), child.id(), c.receivedAt(), Change.of("contact", contactId, "CONTACT_ROUTED_TO_OPEN_CASE",
                "Information from " + from + " added to the open " + open.kind().label().toLowerCase(Locale.ROOT) + " case as a case note"
                        + (taskFor == null ? "" : "; task for " + taskFor) + " (not a new contact)")
                .withValues(null, Map.of("caseId", open.id(), "contactChildId", ccId)));
        return new ContactRecorded.Outcome(ccId, child.id(), child.name(), child.matched(), "ROUTED_TO_OPEN_CASE", false, open.id(),
                taskFor, child.considered());
    }

    private record ResolvedChild(long id, String name, String matched, boolean registeredNow, List<String> considered) {}

    private ResolvedChild resolve(CurrentUser me, ChildOnContact child, String prefix) {
        if (child.personId() != null) {
            PersonRecord person = people.find(child.personId())
                    .orElseThrow(() -> new ValidationFailure(prefix + "personId", "There is no person " + child.personId() + " in the register"));
            if (person.mergedInto() != null) {
                person = people.find(person.mergedInto()).orElseThrow();
            }
            if (!person.kind().isChild()) {
                throw new ValidationFailure(prefix + "personId", person.displayName() + " is an adult: add them as an adult involved");
            }
            if (!access.canView(me, person.id())) {
                audit.recordAccessDenied(me.asActor(), person.id(), "name a child on a contact");
                throw new NoAccess(ChildAccess.NO_ACCESS_MESSAGE);
            }
            return new ResolvedChild(person.id(), person.displayName(), "CHOSEN", false, List.of());
        }
        PersonDetails details = details(child.givenNames(), child.familyName(), child.dateOfBirth());
        List<String> considered = new ArrayList<>();
        if (!Boolean.TRUE.equals(child.registerAsNew())) {
            List<SearchResult> matches = people.likelyMatches(matcher(me), details);
            matches.forEach(m -> considered.add(m.person().id() + " " + m.person().displayName()
                    + (m.person().dateOfBirth() == null ? "" : " born " + m.person().dateOfBirth())));
            Optional<SearchResult> same = matches.stream()
                    .filter(m -> m.person().kind().isChild() && child.dateOfBirth() != null && child.dateOfBirth().equals(m.person().dateOfBirth()))
                    .findFirst();
            if (same.isPresent()) {
                return new ResolvedChild(same.get().person().id(), same.get().person().displayName(), "AUTOMATIC", false,
                        me.role().isPartner() ? List.of() : considered);
            }
        }
        long id;
        try {
            id = people.register(me.asActor(), new NewPerson(details));
        } catch (ValidationFailure e) {
            throw new ValidationFailure(e.errors().stream().map(f -> new FieldError(prefix + f.field(), f.message())).toList());
        }
        return new ResolvedChild(id, details.givenNames() + " " + details.familyName(), "REGISTERED", true,
                me.role().isPartner() ? List.of() : considered);
    }

    /**
     * Partners may not search the register, so a partner's referral is matched with the MASH's view of it (every
     * unrestricted record); the partner is never shown the matches.
     */
    private static CurrentUser matcher(CurrentUser me) {
        if (!me.role().isPartner()) {
            return me;
        }
        return new CurrentUser(0, "front-door-matching", "Front door matching", Role.CONTACT_OFFICER, me.agencyId(),
                me.agencyName(), AgencyType.LA_CHILDRENS_SOCIAL_CARE, null, null);
    }

    private static PersonDetails details(String given, String family, LocalDate dob) {
        return new PersonDetails(PersonKind.CHILD, given == null ? null : given.strip(), family == null ? null : family.strip(),
                dob, null, null, null, null, null, null, null, false, List.of());
    }

    private void validate(CurrentUser me, NewContact c, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (c.channel() == null) {
            errors.add(new FieldError("channel", "Choose how the contact was received"));
        }
        if (c.referrer() == null || blank(c.referrer().name())) {
            errors.add(new FieldError("referrer.name", "Enter the referrer's name (or 'Anonymous' with source code 9)"));
        } else if (!blank(c.referrer().email()) && !c.referrer().email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("referrer.email", "Enter the referrer's email address in the right format, like name@example.org"));
        }
        if (c.referrer() != null && !blank(c.referrer().agencyType()) && !isAgencyType(c.referrer().agencyType())) {
            errors.add(new FieldError("referrer.agencyType", "'" + c.referrer().agencyType() + "' is not an agency type ("
                    + String.join(", ", java.util.Arrays.stream(AgencyType.values()).map(Enum::name).toList()) + ")"));
        }
        if (blank(c.sourceCode())) {
            errors.add(new FieldError("sourceCode", "Choose the contact source (CIN referral source code 1A to 10)"));
        } else if (!repository.referralSources().containsKey(c.sourceCode())) {
            errors.add(new FieldError("sourceCode", "'" + c.sourceCode() + "' is not a CIN referral source code ("
                    + String.join(", ", repository.referralSources().keySet()) + ")"));
        }
        if (c.children().isEmpty()) {
            errors.add(new FieldError("children", "Add at least one child the contact is about"));
        }
        for (int i = 0; i < c.children().size(); i++) {
            ChildOnContact child = c.children().get(i);
            if (child == null || (child.personId() == null && (blank(child.givenNames()) || blank(child.familyName())))) {
                errors.add(new FieldError("children[" + i + "].givenNames", "Enter the child's given and family names, or choose them from the register"));
            } else if (child.personId() == null && child.dateOfBirth() != null && child.dateOfBirth().isAfter(LocalDate.now(clock.withZone(TimeConfiguration.LONDON)))) {
                errors.add(new FieldError("children[" + i + "].dateOfBirth", "The date of birth must be in the past"));
            }
        }
        for (int i = 0; i < c.adults().size(); i++) {
            if (c.adults().get(i) == null || blank(c.adults().get(i).name())) {
                errors.add(new FieldError("adults[" + i + "].name", "Enter the adult's name"));
            }
        }
        if (blank(c.concern())) {
            errors.add(new FieldError("concern", "Describe the concern in the referrer's words"));
        }
        for (String category : c.categories()) {
            if (!isCategory(category)) {
                errors.add(new FieldError("categories", "'" + category + "' is not a concern category ("
                        + String.join(", ", java.util.Arrays.stream(ConcernCategory.values()).map(Enum::name).toList()) + ")"));
            }
        }
        if (c.receivedAt().isAfter(now)) {
            errors.add(new FieldError("receivedAt", "The time the contact was received must be now or in the past"));
        }
        if (c.consultationId() != null && repository.consultation(c.consultationId()).isEmpty()) {
            errors.add(new FieldError("consultationId", "There is no consultation " + c.consultationId()));
        }
        if (c.teamId() != null && users.teams().stream().noneMatch(t -> t.id() == c.teamId())) {
            errors.add(new FieldError("teamId", "There is no team " + c.teamId()));
        }
        if (Boolean.FALSE.equals(c.familyConsents()) && blank(c.consentNote())) {
            // Referrals for significant harm need no consent, but the reason must be clear (seeds 003 lines 1642-1644).
            errors.add(new FieldError("consentNote", "The family has not consented: say why you are making the contact without consent"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
    }

    // ---------------------------------------------------------------- reading

    public ContactView contact(CurrentUser me, long contactId) {
        ContactView contact = repository.contact(contactId).orElseThrow(() -> new NotFound("There is no contact " + contactId));
        boolean ownAgency = me.role().isPartner() && contact.referrer().agencyId() != null && contact.referrer().agencyId() == me.agencyId();
        if (!isMashStaff(me) && !ownAgency) {
            audit.recordAccessDenied(me.asActor(), contact.children().isEmpty() ? null : contact.children().get(0).childId(),
                    "view contact " + contactId);
            throw new NoAccess("Only MASH staff (and the agency that made it) may see a contact.");
        }
        return contact;
    }

    /**
     * A referral's facts for the modules that follow it (assessment, protection). No access check here: the caller
     * has already checked that its user may see the child's record.
     */
    public Optional<ReferralView> findReferral(long referralId) {
        return repository.referral(referralId);
    }

    /**
     * Many referrals' facts at once, by id (missing ids left out): for imports that follow thousands of referrals in one
     * batch. No access check (see {@link #findReferral}).
     */
    public Map<Long, ReferralView> findReferrals(java.util.Collection<Long> referralIds) {
        Map<Long, ReferralView> found = new java.util.HashMap<>();
        if (!referralIds.isEmpty()) {
            repository.referrals(referralIds).forEach(r -> found.put(r.id(), r));
        }
        return found;
    }

    /** The child's referrals, oldest first (no access check: see {@link #findReferral}). */
    public List<ReferralView> referralsOfChild(long childId) {
        return repository.referralsOfChild(childId);
    }

    /** Who made the contact that became this referral (to tell them the outcome, e.g. of a section 47 enquiry). */
    public Optional<Referrer> referrerOf(long referralId) {
        return repository.referral(referralId).flatMap(r -> repository.contact(r.contactId())).map(ContactView::referrer);
    }

    public ReferralView referral(CurrentUser me, long referralId) {
        ReferralView referral = repository.referral(referralId).orElseThrow(() -> new NotFound("There is no referral " + referralId));
        requireRole(me, MASH_STAFF, referral.childId(), "view referral " + referralId, "Only MASH staff may see a referral here.");
        return referral;
    }

    /**
     * The MASH queue: every child on an open contact, oldest first, with its 24-hour decision clock, or its 24-hour
     * hold clock when held in the MASH. Red: overdue; amber: due within 4 hours; green: otherwise.
     */
    public List<QueueItem> queue(CurrentUser me, Long teamId, String sourceCode, Integer level) {
        requireRole(me, MASH_STAFF, null, "view the MASH queue", "Only MASH staff may see the MASH queue.");
        if (sourceCode != null && !sourceCode.isBlank() && !repository.referralSources().containsKey(sourceCode)) {
            throw new ValidationFailure("source", "'" + sourceCode + "' is not a CIN referral source code");
        }
        if (level != null && (level < 1 || level > 4)) {
            throw new ValidationFailure("level", "The level of need is 1, 2, 3 or 4");
        }
        Instant now = clock.instant();
        String decisionClock = clocks.clockName(DECISION_CLOCK);
        String holdClock = clocks.clockName(HOLD_CLOCK);
        return repository.queue(teamId, blank(sourceCode) ? null : sourceCode, level, 5000).stream().map(r -> {
            boolean held = "HELD".equals(r.status());
            Instant due = held ? clocks.dueAt(HOLD_CLOCK, r.heldAt()) : clocks.dueAt(DECISION_CLOCK, r.receivedAt());
            String rag;
            String ragLabel;
            String ragClass;
            if (now.isAfter(due)) {
                rag = "red";
                ragLabel = "Overdue";
                ragClass = "govuk-tag--red";
            } else if (!now.plus(AMBER).isBefore(due)) {
                rag = "amber";
                ragLabel = "Due within 4 hours";
                ragClass = "govuk-tag--yellow";
            } else {
                rag = "green";
                ragLabel = "On time";
                ragClass = "govuk-tag--green";
            }
            String referrer = r.referrerName() + (r.referrerAgency() == null ? "" : ", " + r.referrerAgency());
            return new QueueItem(r.contactId(), r.contactChildId(), r.childId(), r.childName(), r.receivedAt(), SHOWN.format(r.receivedAt()),
                    r.sourceCode(), r.sourceLabel(), referrer, r.referrerAgencyType(), r.status(), r.level(), r.teamId(), r.teamName(),
                    r.possibleReReferral(), r.matched(), held ? holdClock : decisionClock, due, SHOWN.format(due), rag, ragLabel, ragClass);
        }).toList();
    }

    /** The queue's clock limits in words, as configured ("24 hours"), for the queue page's explanation. */
    public Map<String, String> queueClockLimits() {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
        return Map.of("decision", clocks.limitInWords(DECISION_CLOCK, today), "hold", clocks.limitInWords(HOLD_CLOCK, today));
    }

    // ---------------------------------------------------------------- correcting the match

    /**
     * Corrects which register record a child on an undecided contact is: another record ({@code personId}) or a new
     * registration ({@code replacement} details). MASH staff only, before the decision. The contact's clocks move to
     * the right child (withdrawn on the wrong one, started on the right one from the time received) and both
     * children's records say what happened.
     */
    @Transactional
    public ContactChild correctMatch(CurrentUser me, long contactId, long childId, Long personId, ChildOnContact replacement) {
        ContactChild cc = contactChild(contactId, childId);
        requireRole(me, MASH_STAFF, childId, "correct the child on contact " + contactId, "Only MASH staff may correct a contact's child.");
        if (!"OPEN".equals(cc.status()) && !"HELD".equals(cc.status())) {
            throw alreadyDecided(cc);
        }
        ChildOnContact chosen;
        if (personId != null) {
            chosen = ChildOnContact.known(personId);
        } else if (replacement != null && !blank(replacement.givenNames()) && !blank(replacement.familyName())) {
            chosen = new ChildOnContact(null, replacement.givenNames(), replacement.familyName(), replacement.dateOfBirth(), true);
            if (chosen.dateOfBirth() != null && chosen.dateOfBirth().isAfter(LocalDate.now(clock.withZone(TimeConfiguration.LONDON)))) {
                throw new ValidationFailure("dateOfBirth", "The date of birth must be in the past");
            }
        } else {
            throw new ValidationFailure("personId", "Choose the right child from the register, or give the names to register a new child");
        }
        if (personId != null && personId == childId) {
            throw new ValidationFailure("personId", cc.childName() + " is already the child on this contact");
        }
        ResolvedChild right = resolve(me, chosen, "");
        if (repository.children(contactId).stream().anyMatch(c -> c.childId() == right.id())) {
            throw new ValidationFailure("personId", right.name() + " is already on this contact");
        }
        ContactView contact = repository.contact(contactId).orElseThrow();
        Instant now = clock.instant();
        boolean reReferral = previousReferral(right.id(), contact.receivedAt()).isPresent();
        String matched = right.registeredNow() ? "REGISTERED" : "CHOSEN";
        if (!repository.rematch(cc.id(), cc.version(), right.id(), right.name(), matched, reReferral)) {
            throw new StaleUpdate("This contact", cc.version(), cc.version() + 1);
        }
        // the referring partner's access follows the contact: it referred the right child, not the wrong one
        Referrer referrer = contact.referrer();
        if (referrer.agencyId() != null && isPartnerAgency(referrer.agencyType())) {
            if (!repository.agencyReferredChildOnAnotherContact(referrer.agencyId(), childId, contactId)) {
                access.unlinkAgency(childId, referrer.agencyId(), ChildAccess.AgencyLink.REFERRED);
            }
            access.linkAgency(right.id(), referrer.agencyId(), ChildAccess.AgencyLink.REFERRED);
        }
        String ref = contactReference(cc.id());
        clocks.recordEvent(me.asActor(), childId, ClockEvents.CONTACT_CHILD_CORRECTED, now, ref);
        clocks.recordEvent(me.asActor(), right.id(), ClockEvents.CONTACT_RECEIVED, contact.receivedAt(), ref);
        if (cc.heldAt() != null) {
            clocks.recordEvent(me.asActor(), right.id(), ClockEvents.CONTACT_DECISION_MADE, cc.heldAt(), ref);
            clocks.recordEvent(me.asActor(), right.id(), ClockEvents.CONTACT_HELD_IN_MASH, cc.heldAt(), ref);
        }
        if (right.registeredNow()) {
            audit.recordChange(me.asActor(), right.id(), now, Change.of("contact", contactId, "PERSON_REGISTERED_AT_INTAKE",
                    "Registered at the front door when correcting the child on contact " + contactId));
        }
        audit.recordChange(me.asActor(), childId, now, Change.of("contact", contactId, "CONTACT_CHILD_CORRECTED",
                "Contact " + contactId + " was matched to this record in error and moved to the right child by " + me.displayName())
                .withValues(Map.of("childId", childId), Map.of("childId", right.id())));
        audit.recordChange(me.asActor(), right.id(), now, Change.of("contact", contactId, "CONTACT_CHILD_CORRECTED",
                "Contact " + contactId + " (received " + SHOWN.format(contact.receivedAt()) + ") concerns this child: corrected from "
                        + "another record by " + me.displayName() + ": " + abbreviate(contact.concern(), 200))
                .withValues(Map.of("childId", childId), Map.of("childId", right.id())));
        return repository.contactChild(cc.id()).orElseThrow();
    }

    // ---------------------------------------------------------------- screening and decision

    /** Records the level of need as a professional judgement against the current threshold document; never computed. */
    @Transactional
    public ContactChild screen(CurrentUser me, long contactId, long childId, Screening s) {
        ContactChild cc = contactChild(contactId, childId);
        requireRole(me, SCREENERS, childId, "record a level of need on contact " + contactId,
                "Only a social worker or team manager may record a level of need (a professional judgement; contact officers do not decide, seeds 003 line 1676).");
        ThresholdDocument document = repository.currentThreshold();
        List<FieldError> errors = new ArrayList<>();
        if (s == null || s.level() == null || s.level() < 1 || s.level() > 4) {
            errors.add(new FieldError("level", "Choose a level of need from 1 to 4"));
        }
        List<String> indicators = s == null ? List.of() : s.indicators().stream().map(String::strip).distinct().toList();
        if (indicators.isEmpty()) {
            errors.add(new FieldError("indicators", "Choose the indicators you considered from the threshold document"));
        }
        Set<String> known = new HashSet<>(document.indicators().stream().map(ThresholdDocument.Indicator::code).toList());
        indicators.stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> errors.add(new FieldError("indicators",
                "'" + code + "' is not an indicator of the threshold document version " + document.version())));
        Set<String> superseded = new HashSet<>(document.indicators().stream().filter(ThresholdDocument.Indicator::superseded)
                .map(ThresholdDocument.Indicator::code).toList());
        indicators.stream().filter(superseded::contains).findFirst().ifPresent(code -> errors.add(new FieldError("indicators",
                "'" + code + "' was replaced by the document's own wording in version " + document.version()
                        + ": choose from the indicators offered now")));
        if (s == null || blank(s.rationale())) {
            errors.add(new FieldError("rationale", "Explain your judgement of the level of need"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        if (!repository.saveScreening(cc.id(), s.level(), document.id(), indicators, s.rationale().strip(), me.id(), clock.instant())) {
            throw alreadyDecided(cc);
        }
        String levelName = document.levels().stream().filter(l -> l.level() == s.level()).map(ThresholdDocument.Level::name).findFirst().orElse("");
        audit.recordChange(me.asActor(), childId, Change.of("contact", contactId, "LEVEL_OF_NEED_RECORDED",
                "Level of need judged level " + s.level() + " (" + levelName + ") against " + document.title() + " version "
                        + document.version() + ": " + abbreviate(s.rationale().strip(), 200))
                .withValues(cc.level() == null ? null : Map.of("level", cc.level()),
                        Map.of("level", s.level(), "thresholdVersion", document.version(), "indicators", String.join(",", indicators))));
        return repository.contactChild(cc.id()).orElseThrow();
    }

    /**
     * The decision on one child of a contact, only by a social-work-qualified manager (local MASH protocol, seeds 003
     * line 1682; WT2023 para 153). Held in the MASH is a first decision (24 hours at most, line 1689) followed by a
     * final one. Accepting creates the referral and the child-in-need episode. The referrer is told the outcome
     * (seeds 003 line 1691; WT2023 para 151).
     */
    @Transactional
    public ContactChild decide(CurrentUser me, long contactId, long childId, DecisionRequest r) {
        ContactChild cc = contactChild(contactId, childId);
        if (!me.isManager()) {
            audit.recordAccessDenied(me.asActor(), childId, "decide on contact " + contactId);
            throw new NoAccess("Only a social-work-qualified manager (team manager) may decide on a contact (local MASH protocol, "
                    + "seeds 003 line 1682; WT2023 para 153). Your role is " + me.role().label() + ".");
        }
        if (!"OPEN".equals(cc.status()) && !"HELD".equals(cc.status())) {
            throw alreadyDecided(cc);
        }
        List<FieldError> errors = new ArrayList<>();
        if (r == null || r.decision() == null) {
            throw new ValidationFailure("decision", "Choose a decision (" + String.join(", ",
                    java.util.Arrays.stream(Decision.values()).map(Enum::name).toList()) + ")");
        }
        if (blank(r.reason())) {
            errors.add(new FieldError("reason", "Give the reasons for the decision"));
        }
        if (r.decision() == Decision.SIGNPOSTED && blank(r.detail())) {
            errors.add(new FieldError("detail", "Say what the family was signposted to"));
        }
        if (r.decision() == Decision.REFERRAL_ACCEPTED) {
            if (blank(r.primaryNeed())) {
                errors.add(new FieldError("primaryNeed", "Choose the primary need (CIN code N0 to N9)"));
            } else if (!repository.primaryNeeds().containsKey(r.primaryNeed())) {
                errors.add(new FieldError("primaryNeed", "'" + r.primaryNeed() + "' is not a CIN primary need code ("
                        + String.join(", ", repository.primaryNeeds().keySet()) + ")"));
            }
        }
        if (r.decision() == Decision.NO_FURTHER_ACTION) {
            nfaChecks(errors, r.otherSupport(), r.familyInformed(), r.familyNotInformedReason());
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        if (r.version() != null && r.version() != cc.version()) {
            throw new StaleUpdate("This contact", r.version(), cc.version());
        }
        if (r.decision() == Decision.HELD_IN_MASH && "HELD".equals(cc.status())) {
            throw new RuleBroken("alreadyHeld", cc.childName() + "'s contact has been held in the MASH since " + SHOWN.format(cc.heldAt())
                    + "; a contact may be held for 24 hours at most (seeds 003 line 1689): make the final decision");
        }
        if (r.decision() != Decision.HELD_IN_MASH && cc.level() == null) {
            throw new RuleBroken("levelOfNeed", "Record the level of need for " + cc.childName() + " before deciding");
        }
        if (r.decision() == Decision.PASSED_TO_EARLY_HELP && (cc.level() < 2 || cc.level() > 3)) {
            throw new ValidationFailure("decision", "Early help is for levels 2 and 3 (seeds 003 Right Help Right Time); "
                    + cc.childName() + " was judged level " + cc.level());
        }
        ContactView contact = repository.contact(contactId).orElseThrow();
        Instant now = clock.instant();
        String ref = contactReference(cc.id());
        String reason = r.reason().strip();
        if (r.decision() == Decision.HELD_IN_MASH) {
            if (!repository.hold(cc.id(), cc.version(), me.id(), now, reason)) {
                throw new StaleUpdate("This contact", cc.version(), cc.version() + 1);
            }
            clocks.recordEvent(me.asActor(), childId, ClockEvents.CONTACT_DECISION_MADE, now, ref);
            clocks.recordEvent(me.asActor(), childId, ClockEvents.CONTACT_HELD_IN_MASH, now, ref);
            audit.recordChange(me.asActor(), childId, now, Change.of("contact", contactId, "CONTACT_HELD_IN_MASH",
                    "Contact held in the MASH for up to 24 hours to gather more information: " + abbreviate(reason, 200))
                    .withValues(Map.of("status", cc.status()), Map.of("status", "HELD", "reason", reason)));
            return repository.contactChild(cc.id()).orElseThrow();
        }
        String detail = blank(r.detail()) ? null : r.detail().strip();
        String otherSupport = blank(r.otherSupport()) ? null : r.otherSupport().strip();
        if (!repository.decide(cc.id(), cc.version(), r.decision(), detail, reason, otherSupport, r.familyInformed(),
                blank(r.familyNotInformedReason()) ? null : r.familyNotInformedReason().strip(), me.id(), now)) {
            throw new StaleUpdate("This contact", cc.version(), cc.version() + 1);
        }
        clocks.recordEvent(me.asActor(), childId, "HELD".equals(cc.status()) ? ClockEvents.MASH_HOLD_DECISION_MADE
                : ClockEvents.CONTACT_DECISION_MADE, now, ref);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("decision", r.decision().name());
        after.put("reason", reason);
        if (detail != null) {
            after.put("detail", detail);
        }
        audit.recordChange(me.asActor(), childId, now, Change.of("contact", contactId, "CONTACT_DECIDED",
                "Contact decision by " + me.displayName() + ": " + r.decision().label()
                        + (detail == null ? "" : " (" + abbreviate(detail, 120) + ")") + ". " + abbreviate(reason, 200))
                .withValues(Map.of("status", cc.status()), after));
        ReferralView referral = null;
        if (r.decision() == Decision.PASSED_TO_EARLY_HELP) {
            clocks.recordEvent(me.asActor(), childId, ClockEvents.CONTACT_PASSED_TO_EARLY_HELP, now, ref);
            caseWork.openCase(me.asActor(), childId, CaseKind.EARLY_HELP, now, null, repository.teamIdByName("Early Help (CHAT)").orElse(null));
        } else if (r.decision() == Decision.REFERRAL_ACCEPTED) {
            referral = createReferral(me, contact, cc, r.primaryNeed(), now);
        }
        feedbackOnDecision(me, contact, cc, r, referral);
        return repository.contactChild(cc.id()).orElseThrow();
    }

    private void nfaChecks(List<FieldError> errors, String otherSupport, Boolean familyInformed, String notInformedReason) {
        if (blank(otherSupport)) {
            errors.add(new FieldError("otherSupport", "Suggest other sources of support for the referrer's feedback (WT2023 para 151)"));
        }
        if (familyInformed == null) {
            errors.add(new FieldError("familyInformed", "Say whether the family will be told of the decision (WT2023 para 160)"));
        } else if (!familyInformed && blank(notInformedReason)) {
            errors.add(new FieldError("familyNotInformedReason",
                    "Record why the family will not be told: it may jeopardise a police investigation or place the child at risk (WT2023 para 160)"));
        }
    }

    // ---------------------------------------------------------------- referrals

    private ReferralView createReferral(CurrentUser me, ContactView contact, ContactChild cc, String primaryNeed, Instant at) {
        Optional<Instant> previous = previousReferral(cc.childId(), at);
        OpenCase opened = caseWork.openCase(me.asActor(), cc.childId(), CaseKind.CHILD_IN_NEED, at, null, me.teamId());
        long id = repository.insertReferral(cc.id(), cc.childId(), at, contact.sourceCode(), primaryNeed, previous.isPresent(),
                previous.orElse(null), opened.id(), at);
        String ref = referralReference(id);
        // WT2023 para 153: acknowledge the referrer and decide next steps within one working day of the referral.
        clocks.recordEvent(me.asActor(), cc.childId(), ClockEvents.REFERRAL_RECEIVED, at, ref);
        audit.recordChange(me.asActor(), cc.childId(), at, Change.of("referral", id, "REFERRAL_RECEIVED",
                "Referral to children's social care accepted from contact " + contact.id() + " (" + describeReferrer(contact.referrer(),
                        contact.sourceCode()) + "); primary need " + primaryNeed + " " + repository.primaryNeeds().get(primaryNeed)
                        + (previous.isPresent() ? "; RE-REFERRAL: a previous referral on " + SHOWN.format(previous.get()) + " was within 12 months" : ""))
                .withValues(null, Map.of("referralId", id, "sourceCode", contact.sourceCode(), "primaryNeed", primaryNeed,
                        "reReferral", previous.isPresent())));
        if (!blank(contact.referrer().email())) {
            notifications.send(me.asActor(), new NewNotification(contact.referrer().name(), contact.referrer().email(),
                    "Your referral about " + cc.childName() + " has been received",
                    "Thank you for your contact of " + SHOWN.format(contact.receivedAt()) + ". It has been accepted as a referral to "
                            + "children's social care (reference " + id + "). A social-work-qualified manager will decide the next steps "
                            + "within one working day and we will tell you the outcome.", cc.childId(), "contact " + contact.id()));
            repository.acknowledge(id, at, "Email to " + contact.referrer().email());
            clocks.recordEvent(me.asActor(), cc.childId(), ClockEvents.REFERRER_ACKNOWLEDGED, at, ref);
            audit.recordChange(me.asActor(), cc.childId(), at, Change.of("referral", id, "REFERRER_ACKNOWLEDGED",
                    "Referrer " + contact.referrer().name() + " acknowledged by email"));
        }
        return repository.referral(id).orElseThrow();
    }

    /** Records that the referrer was acknowledged another way (e.g. by phone) when no email was sent. */
    @Transactional
    public ReferralView acknowledge(CurrentUser me, long referralId, String how) {
        ReferralView referral = repository.referral(referralId).orElseThrow(() -> new NotFound("There is no referral " + referralId));
        requireRole(me, MASH_STAFF, referral.childId(), "acknowledge referral " + referralId, "Only MASH staff may acknowledge a referral.");
        if (blank(how)) {
            throw new ValidationFailure("how", "Say how the referrer was acknowledged (for example, by phone)");
        }
        Instant now = clock.instant();
        if (!repository.acknowledge(referralId, now, how.strip())) {
            throw new RuleBroken("alreadyAcknowledged", "The referrer was already acknowledged on " + SHOWN.format(referral.acknowledgedAt()));
        }
        clocks.recordEvent(me.asActor(), referral.childId(), ClockEvents.REFERRER_ACKNOWLEDGED, now, referralReference(referralId));
        audit.recordChange(me.asActor(), referral.childId(), now, Change.of("referral", referralId, "REFERRER_ACKNOWLEDGED",
                "Referrer acknowledged: " + how.strip()));
        return repository.referral(referralId).orElseThrow();
    }

    /**
     * The next-steps decision on a referral by a social-work-qualified manager within one working day (WT2023 para 153).
     * No further action needs feedback to the referrer with reasons and other support (para 151) and the family is told
     * unless the manager records why not (para 160); it cancels the assessment clock.
     */
    @Transactional
    public ReferralView decideNextSteps(CurrentUser me, long referralId, NextStepsRequest r) {
        ReferralView referral = repository.referral(referralId).orElseThrow(() -> new NotFound("There is no referral " + referralId));
        if (!me.isManager()) {
            audit.recordAccessDenied(me.asActor(), referral.childId(), "decide next steps on referral " + referralId);
            throw new NoAccess("Only a social-work-qualified manager (team manager) may decide the next steps on a referral (WT2023 para 153). "
                    + "Your role is " + me.role().label() + ".");
        }
        List<FieldError> errors = new ArrayList<>();
        List<NextStep> steps = r == null || r.steps() == null ? List.of() : r.steps().stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (steps.isEmpty()) {
            errors.add(new FieldError("steps", "Choose the next steps (WT2023 para 153) or no further action"));
        } else if (steps.contains(NextStep.NO_FURTHER_ACTION) && steps.size() > 1) {
            errors.add(new FieldError("steps", "No further action cannot be combined with other next steps"));
        }
        if (r == null || blank(r.rationale())) {
            errors.add(new FieldError("rationale", "Give the reasons for the decision"));
        }
        boolean nfa = steps.contains(NextStep.NO_FURTHER_ACTION);
        String closureReason = null;
        if (nfa) {
            nfaChecks(errors, r.otherSupport(), r.familyInformed(), r.familyNotInformedReason());
            // The child-in-need episode closes with a CIN reason for closure (reason_for_closure.yml); by default RC8,
            // "Case closed after assessment, no further action".
            closureReason = blank(r.closureReason()) ? NFA_CLOSURE_REASON : r.closureReason().strip().toUpperCase(Locale.ROOT);
            if (!caseWork.closureReasons().containsKey(closureReason)) {
                errors.add(new FieldError("closureReason", "'" + closureReason + "' is not a CIN reason for closure code ("
                        + String.join(", ", caseWork.closureReasons().keySet()) + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        Instant now = clock.instant();
        if (!repository.decideNextSteps(referralId, steps, r.rationale().strip(), blank(r.otherSupport()) ? null : r.otherSupport().strip(),
                r.familyInformed(), blank(r.familyNotInformedReason()) ? null : r.familyNotInformedReason().strip(), me.id(), now)) {
            throw new RuleBroken("alreadyDecided", "The next steps on referral " + referralId + " were already decided on "
                    + SHOWN.format(referral.decidedAt()) + " by " + referral.decidedBy());
        }
        String ref = referralReference(referralId);
        clocks.recordEvent(me.asActor(), referral.childId(), ClockEvents.REFERRAL_DECISION_MADE, now, ref);
        if (nfa) {
            clocks.recordEvent(me.asActor(), referral.childId(), ClockEvents.REFERRAL_CLOSED_WITHOUT_ASSESSMENT, now, ref);
            if (referral.caseId() != null && caseWork.openCasesFor(referral.childId()).stream().anyMatch(k -> k.id() == referral.caseId())) {
                caseWork.closeCase(me.asActor(), referral.caseId(), now, closureReason);
            }
        }
        audit.recordChange(me.asActor(), referral.childId(), now, Change.of("referral", referralId, "REFERRAL_DECISION_MADE",
                "Manager's next-steps decision on the referral: " + String.join("; ", steps.stream().map(NextStep::label).toList())
                        + ". " + abbreviate(r.rationale().strip(), 200)
                        + (nfa && Boolean.FALSE.equals(r.familyInformed()) ? " Family not told: " + r.familyNotInformedReason().strip() : ""))
                .withValues(null, Map.of("steps", String.join(",", steps.stream().map(Enum::name).toList()))));
        ContactView contact = repository.contact(referral.contactId()).orElseThrow();
        if (!blank(contact.referrer().email())) {
            String body = nfa
                    ? "The referral about " + referral.childName() + " (reference " + referralId + ") will not lead to further action by "
                    + "children's social care. Reasons: " + r.rationale().strip() + "\n\nOther sources of support: " + r.otherSupport().strip()
                    + "\n\nIf you are not satisfied with this response, please follow up your concern and escalate it under the local procedures."
                    : "Next steps on the referral about " + referral.childName() + " (reference " + referralId + "): "
                    + String.join("; ", steps.stream().map(NextStep::label).toList()) + ".";
            notifications.send(me.asActor(), new NewNotification(contact.referrer().name(), contact.referrer().email(),
                    "Outcome of your referral about " + referral.childName(), body, referral.childId(), "contact " + contact.id()));
        }
        return repository.referral(referralId).orElseThrow();
    }

    /** The child's most recent referral in the 12 months before {@code at}: ours, or one recorded on the child's clocks. */
    Optional<Instant> previousReferral(long childId, Instant at) {
        Instant from = ZonedDateTime.ofInstant(at, TimeConfiguration.LONDON).minusMonths(RE_REFERRAL_MONTHS).toInstant();
        Optional<Instant> ours = repository.latestReferralBetween(childId, from, at);
        Optional<Instant> onClocks = clocks.clocksFor(childId).stream()
                .filter(c -> c.clockId().equals("referral-acknowledgement"))
                .map(ChildClock::startedAt)
                .filter(s -> !s.isBefore(from) && s.isBefore(at))
                .max(Instant::compareTo);
        return ours.isPresent() && onClocks.isPresent() ? Optional.of(ours.get().isAfter(onClocks.get()) ? ours.get() : onClocks.get())
                : ours.isPresent() ? ours : onClocks;
    }

    // ---------------------------------------------------------------- partner checks and consultations

    /** A MASH partner agency's check. A partner records for their own agency; MASH staff name the agency. */
    @Transactional
    public PartnerCheck addPartnerCheck(CurrentUser me, long contactId, NewPartnerCheck in) {
        if (!repository.contactExists(contactId)) {
            throw new NotFound("There is no contact " + contactId);
        }
        requireRole(me, RECORDERS, null, "record a MASH partner check on contact " + contactId,
                "Only MASH staff and MASH partner practitioners may record a partner check.");
        NewPartnerCheck c = me.role().isPartner()
                ? new NewPartnerCheck(me.agencyType().name(), me.agencyName(), in.checkedOn(), in.summary(), in.sharedWith())
                : in;
        List<FieldError> errors = new ArrayList<>();
        if (blank(c.agencyType()) || !isAgencyType(c.agencyType())) {
            errors.add(new FieldError("agencyType", "Choose the agency type (POLICE, HEALTH, EDUCATION ...)"));
        }
        if (blank(c.agencyName())) {
            errors.add(new FieldError("agencyName", "Enter the agency"));
        }
        if (c.checkedOn() == null || c.checkedOn().isAfter(LocalDate.now(clock.withZone(TimeConfiguration.LONDON)))) {
            errors.add(new FieldError("checkedOn", "Enter the date of the check (today or in the past)"));
        }
        if (blank(c.summary())) {
            errors.add(new FieldError("summary", "Summarise what the agency holds"));
        }
        if (blank(c.sharedWith())) {
            errors.add(new FieldError("sharedWith", "Say who the information was shared with"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        Instant now = clock.instant();
        long id = repository.insertCheck(contactId, c, me.id(), now);
        for (ContactChild cc : repository.children(contactId)) {
            // The chronology says a check was made, not what it found: the content is for MASH staff and the decision maker.
            audit.recordChange(me.asActor(), cc.childId(), now, Change.of("partner_check", id, "MASH_PARTNER_CHECK",
                    "MASH partner check recorded by " + c.agencyName() + " (" + AgencyType.valueOf(c.agencyType()).label() + ")"));
        }
        return repository.checks(contactId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    /** Partner checks are visible only to MASH staff and the decision maker. */
    public List<PartnerCheck> partnerChecks(CurrentUser me, long contactId) {
        if (!repository.contactExists(contactId)) {
            throw new NotFound("There is no contact " + contactId);
        }
        requireRole(me, MASH_STAFF, null, "view MASH partner checks on contact " + contactId,
                "MASH partner checks are visible only to MASH staff and the decision maker.");
        return repository.checks(contactId);
    }

    /** A consultation with a MASH social worker: only a social worker or manager can hold one (seeds 003 lines 1670-1676). */
    @Transactional
    public Consultation recordConsultation(CurrentUser me, NewConsultation c) {
        requireRole(me, SCREENERS, c == null ? null : c.childId(), "record a consultation",
                "Only a social worker or team manager may record a consultation: a conversation with a contact officer is not a "
                        + "consultation (seeds 003 line 1676).");
        List<FieldError> errors = new ArrayList<>();
        if (c == null || blank(c.professionalName())) {
            errors.add(new FieldError("professionalName", "Enter the name of the professional consulting"));
        }
        if (c == null || blank(c.professionalAgency())) {
            errors.add(new FieldError("professionalAgency", "Enter the professional's agency"));
        }
        if (c == null || blank(c.concern())) {
            errors.add(new FieldError("concern", "Describe the concern discussed"));
        }
        if (c == null || blank(c.advice())) {
            errors.add(new FieldError("advice", "Record the advice given"));
        }
        if (c != null && c.childId() != null && people.find(c.childId()).isEmpty()) {
            errors.add(new FieldError("childId", "There is no person " + c.childId() + " in the register"));
        }
        Instant now = clock.instant();
        if (c != null && c.heldAt() != null && c.heldAt().isAfter(now)) {
            errors.add(new FieldError("heldAt", "The consultation must be now or in the past"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        Instant heldAt = c.heldAt() == null ? now : c.heldAt();
        long id = repository.insertConsultation(c, heldAt, me.id(), me.displayName(), now);
        if (c.childId() != null) {
            audit.recordChange(me.asActor(), c.childId(), heldAt, Change.of("consultation", id, "CONSULTATION",
                    "Consultation: " + c.professionalName().strip() + " (" + c.professionalAgency().strip() + ") talked a concern through with "
                            + me.displayName() + ", MASH social worker"));
        }
        return repository.consultation(id).orElseThrow();
    }

    /** Consultations of the last {@code days} days, newest first, for MASH staff (to list them and to link a contact to one). */
    public List<Consultation> recentConsultations(CurrentUser me, int days) {
        requireRole(me, MASH_STAFF, null, "view consultations", "Only MASH staff may see consultations.");
        return repository.consultationsSince(clock.instant().minus(Duration.ofDays(days)), 200);
    }

    public Consultation consultation(CurrentUser me, long id) {
        Consultation c = repository.consultation(id).orElseThrow(() -> new NotFound("There is no consultation " + id));
        requireRole(me, MASH_STAFF, c.childId(), "view consultation " + id, "Only MASH staff may see a consultation.");
        return c;
    }

    // ---------------------------------------------------------------- helpers

    private ContactChild contactChild(long contactId, long childId) {
        return repository.children(contactId).stream().filter(c -> c.childId() == childId).findFirst()
                .orElseThrow(() -> new NotFound("Contact " + contactId + " does not concern child " + childId));
    }

    private RuleBroken alreadyDecided(ContactChild cc) {
        if ("ROUTED_TO_OPEN_CASE".equals(cc.status())) {
            return new RuleBroken("routedToOpenCase", cc.childName() + " has an open case: this information went to that case as a note");
        }
        return new RuleBroken("alreadyDecided", "The contact for " + cc.childName() + " was already decided"
                + (cc.decidedAt() == null ? "" : " on " + SHOWN.format(cc.decidedAt())) + (cc.decidedBy() == null ? "" : " by " + cc.decidedBy())
                + (cc.decision() == null ? "" : ": " + cc.decision().label()));
    }

    private void requireRole(CurrentUser me, Set<Role> roles, Long childId, String what, String message) {
        if (!roles.contains(me.role())) {
            audit.recordAccessDenied(me.asActor(), childId, what);
            throw new NoAccess(message);
        }
    }

    private void feedbackOnDecision(CurrentUser me, ContactView contact, ContactChild cc, DecisionRequest r, ReferralView referral) {
        if (blank(contact.referrer().email())) {
            return;
        }
        StringBuilder body = new StringBuilder("Thank you for your contact of " + SHOWN.format(contact.receivedAt()) + " about "
                + cc.childName() + ". The MASH manager's decision: " + r.decision().label() + ".");
        if (!blank(r.detail())) {
            body.append("\n\n").append(r.detail().strip());
        }
        if (r.decision() == Decision.NO_FURTHER_ACTION) {
            // WT2023 para 151: the reasons why the case may not meet the threshold, and other sources of support.
            body.append("\n\nReasons: ").append(r.reason().strip()).append("\n\nOther sources of support: ").append(r.otherSupport().strip())
                    .append("\n\nIf you are not satisfied with this response, please follow up your concern and escalate it under the local procedures.");
        }
        if (referral != null) {
            return; // the acknowledgement already told the referrer
        }
        notifications.send(me.asActor(), new NewNotification(contact.referrer().name(), contact.referrer().email(),
                "Outcome of your contact about " + cc.childName(), body.toString(), cc.childId(), "contact " + contact.id()));
    }

    static String contactReference(long contactChildId) {
        return "contact-child-" + contactChildId;
    }

    /**
     * The clock reference of a referral: REFERRAL_RECEIVED starts the para 153 and 155 clocks under it, so the
     * modules that stop them (ASSESSMENT_STARTED / ASSESSMENT_AUTHORISED) must use the same reference.
     */
    public static String referralReference(long referralId) {
        return "referral-" + referralId;
    }

    private String describeReferrer(Referrer r, String sourceCode) {
        StringBuilder s = new StringBuilder(blank(r.agency()) ? r.name() : r.agency());
        String source = repository.referralSources().getOrDefault(sourceCode, sourceCode);
        s.append(" (").append(source.replaceAll("\\.$", "").toLowerCase(Locale.ROOT)).append(")");
        if (!blank(r.agency())) {
            s.append(", ").append(r.name());
            if (!blank(r.role())) {
                s.append(", ").append(r.role());
            }
        }
        return s.toString();
    }

    private static String channelPhrase(Channel channel) {
        return switch (channel) {
            case PHONE -> "by phone";
            case EMAIL -> "by email";
            case PORTAL -> "through the partner portal";
            case API -> "through the system feed";
            case IN_PERSON -> "in person";
            case LETTER -> "by letter";
        };
    }

    private static boolean isPartnerAgency(String agencyType) {
        return agencyType != null && isAgencyType(agencyType) && AgencyType.valueOf(agencyType) != AgencyType.LA_CHILDRENS_SOCIAL_CARE;
    }

    private static boolean isAgencyType(String s) {
        return java.util.Arrays.stream(AgencyType.values()).anyMatch(t -> t.name().equals(s));
    }

    private static boolean isCategory(String s) {
        return java.util.Arrays.stream(ConcernCategory.values()).anyMatch(t -> t.name().equals(s));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
