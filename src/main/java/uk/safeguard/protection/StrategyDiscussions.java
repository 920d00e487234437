package uk.safeguard.protection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.Agency;
import uk.safeguard.access.AgencyType;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.clock.ClockEvents;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.protection.NewStrategyDiscussion.NewAction;
import uk.safeguard.protection.NewStrategyDiscussion.NewAttendee;
import uk.safeguard.protection.internal.Errors;
import uk.safeguard.protection.internal.ProtectionAccess;
import uk.safeguard.protection.internal.ProtectionRepository;
import uk.safeguard.protection.internal.ProtectionRepository.AttendeeRow;
import uk.safeguard.protection.internal.ProtectionRepository.DiscussionRow;
import uk.safeguard.protection.internal.ProtectionRepository.EmergencyRow;
import uk.safeguard.protection.internal.Shown;
import uk.safeguard.work.CaseTask;
import uk.safeguard.work.CaseFacts;
import uk.safeguard.work.CaseWork;
import uk.safeguard.work.OpenCase;

/**
 * Strategy discussions (WT2023 chapter 3, seeds 000 lines 2750-2811): held on any open case, more than once when
 * needed; the section 47 decision, the criminal investigation decision, what the family is told, and actions that land
 * on their owners' work trays. A discussion that decides on a section 47 enquiry starts it.
 */
@Service
public class StrategyDiscussions {
    /** Who may see the reports of discussions held without the minimum participation. */
    private static final Set<Role> REPORT_READERS = Set.of(Role.TEAM_MANAGER, Role.CONFERENCE_CHAIR, Role.PERFORMANCE_ANALYST,
            Role.PARTNERSHIP_OFFICER);

    /**
     * The minimum participation: "A local authority social worker, health practitioners and a police representative
     * should, as a minimum, be involved in the strategy discussion" (WT2023, seeds 000 line 2760).
     */
    private static final List<Map.Entry<AgencyType, String>> MINIMUM = List.of(
            Map.entry(AgencyType.LA_CHILDRENS_SOCIAL_CARE, "a local authority social worker"),
            Map.entry(AgencyType.HEALTH, "health"),
            Map.entry(AgencyType.POLICE, "police"));

    private final ProtectionRepository repository;
    private final ProtectionAccess access;
    private final UserDirectory users;
    private final CaseWork caseWork;
    private final StatutoryClocks clocks;
    private final AuditTrail audit;
    private final Section47Enquiries enquiries;
    private final Clock clock;

    public StrategyDiscussions(ProtectionRepository repository, ProtectionAccess access, UserDirectory users, CaseWork caseWork,
                               StatutoryClocks clocks, AuditTrail audit, Section47Enquiries enquiries, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.users = users;
        this.caseWork = caseWork;
        this.clocks = clocks;
        this.audit = audit;
        this.enquiries = enquiries;
        this.clock = clock;
    }

    /** The child of a case (404 when there is no such case). */
    public long childOfCase(long caseId) {
        return caseWork.findCase(caseId).map(CaseFacts::childId).orElseThrow(() -> new NotFound("There is no case " + caseId));
    }

    /** The open case, or 409 naming caseId when it is closed. */
    public OpenCase openCase(long caseId) {
        long childId = childOfCase(caseId);
        return caseWork.openCasesFor(childId).stream().filter(c -> c.id() == caseId).findFirst()
                .orElseThrow(() -> new RuleBroken("caseId", "Case " + caseId + " is closed: a strategy discussion is recorded on an open case"));
    }

    @Transactional
    public StrategyDiscussion record(CurrentUser me, long caseId, NewStrategyDiscussion in) {
        long childId = childOfCase(caseId);
        access.requireRecorder(me, childId, "record a strategy discussion");
        OpenCase openCase = openCase(caseId);
        Instant now = clock.instant();
        if (in == null) {
            throw new ValidationFailure("heldAt", "Send the strategy discussion as JSON");
        }
        Errors errors = new Errors();
        if (in.heldAt() == null) {
            errors.add("heldAt", "Enter the date and time of the strategy discussion");
        } else if (in.heldAt().isAfter(now)) {
            errors.add("heldAt", "The strategy discussion must have been held: its date and time must be now or in the past");
        } else if (in.heldAt().isBefore(openCase.openedAt())) {
            errors.add("heldAt", "The strategy discussion cannot be before the case opened (" + Shown.moment(openCase.openedAt()) + ")");
        }
        if (in.format() == null) {
            errors.add("format", "Choose how the discussion was held: meeting, call, video or other");
        } else if (in.format() == StrategyDiscussionFormat.OTHER && Errors.blank(in.formatOther())) {
            errors.add("formatOther", "Describe how the discussion was held");
        }
        List<Participant> attendees = attendees(in.attendees(), errors);
        if (Errors.blank(in.informationShared())) {
            errors.add("informationShared", "Enter the information shared (share, seek and analyse available information, seeds 000 line 2777)");
        }
        // It is for the local authority to decide on a section 47 enquiry, informed by the discussion (seeds 000 line 2781).
        if (in.section47() == null) {
            errors.add("section47", "Say whether a section 47 enquiry will be made");
        }
        if (Errors.blank(in.section47Rationale())) {
            errors.add("section47Rationale", "Enter the rationale for the section 47 decision");
        }
        // The conduct and timing of any criminal investigation (seeds 000 line 2778); police lead a joint one (line 2811).
        if (in.criminalInvestigation() == null) {
            errors.add("criminalInvestigation", "Choose the criminal investigation decision: none, joint or single agency");
        } else if (in.criminalInvestigation() != CriminalInvestigation.NONE && Errors.blank(in.criminalLeadAgency())) {
            errors.add("criminalLeadAgency", "Enter the agency leading the criminal investigation");
        }
        // Information is not shared with the family if it may jeopardise a police investigation or put the child at risk (line 2796).
        if (!Errors.blank(in.withheldFromFamily()) && Errors.blank(in.withheldReason())) {
            errors.add("withheldReason", "Enter why this information is withheld from the family");
        }
        List<String> missing = missingAgencies(attendees);
        if (!missing.isEmpty() && Errors.blank(in.missingAgencyReason())) {
            errors.add("missingAgencyReason", "Without " + String.join(", ", missing) + " the discussion lacks its minimum participation "
                    + "(an LA social worker, health and police, WT2023 seeds 000 line 2760): record the reason");
        }
        List<NewAction> actions = actions(in.actions(), in.heldAt(), errors);
        errors.throwIfAny();

        boolean section47 = in.section47();
        Optional<ProtectionRepository.EnquiryRow> continuing = section47 ? repository.openEnquiryOnCase(caseId) : Optional.empty();
        if (section47 && continuing.isEmpty()) {
            enquiries.requireRegisteredLead(openCase);
        }
        long id = repository.insertDiscussion(new DiscussionRow(0, caseId, childId, in.heldAt(), in.format().name(),
                Errors.strip(in.formatOther()), in.informationShared().strip(), section47, in.section47Rationale().strip(),
                in.criminalInvestigation().name(), in.criminalInvestigation() == CriminalInvestigation.NONE ? null : in.criminalLeadAgency().strip(),
                Errors.strip(in.legalAction()), Errors.strip(in.sharedWithFamily()), Errors.strip(in.withheldFromFamily()),
                Errors.strip(in.withheldFromFamily()) == null ? null : Errors.strip(in.withheldReason()), missing.isEmpty(),
                missing.isEmpty() ? null : Errors.strip(in.missingAgencyReason()), me.describe(), now));
        attendees.forEach(a -> repository.insertAttendee(id, a.name(), a.agencyId(), a.agencyName(), a.agencyType().name(), a.role(), a.attended()));
        for (NewAction action : actions) {
            long actionId = repository.insertAction(id, action.what().strip(), action.ownerId(), action.dueOn());
            // Who will do what by when, followed up (seeds 000 lines 2786, 2797-2799): on the owner's work tray.
            CaseTask task = caseWork.assignTask(me.asActor(), action.ownerId(), childId, caseId, "Strategy discussion action: " + action.what().strip(),
                    "Due " + Shown.day(action.dueOn()) + ". Agreed at the strategy discussion on " + Shown.moment(in.heldAt()) + ".");
            repository.setActionTask(actionId, task.id());
        }
        followEmergencyActions(me, childId, id, in.heldAt());

        Map<String, Object> after = new LinkedHashMap<>();
        after.put("heldAt", in.heldAt().toString());
        after.put("format", in.format().name());
        after.put("attendees", attendees.size());
        after.put("section47", section47);
        after.put("criminalInvestigation", in.criminalInvestigation().name());
        after.put("minimumParticipation", missing.isEmpty());
        after.put("actions", actions.size());
        audit.recordChange(me.asActor(), childId, in.heldAt(), Change.of("strategy_discussion", id, "STRATEGY_DISCUSSION_HELD",
                "Strategy discussion (" + in.format().label().toLowerCase() + ") with " + attendees.stream().filter(Participant::attended)
                        .map(Participant::agencyName).distinct().reduce((a, b) -> a + ", " + b).orElse("no one recorded as attending")
                        + ": section 47 enquiry " + (section47 ? "to be made" : "not to be made") + "; "
                        + in.criminalInvestigation().label().toLowerCase()
                        + (missing.isEmpty() ? "" : "; without " + String.join(", ", missing) + " (reason recorded)"))
                .withValues(null, after));
        if (section47) {
            if (continuing.isPresent()) {
                // One enquiry per case at a time: a further discussion continues it; the ICPC clock keeps the first start.
                clocks.recordEvent(me.asActor(), childId, ClockEvents.STRATEGY_DISCUSSION_S47_STARTED, in.heldAt(),
                        Section47Enquiries.clockReference(caseId));
            } else {
                enquiries.start(me, openCase, id, in.heldAt());
            }
        }
        return find(id);
    }

    /**
     * Stops the post-emergency-action clock of every emergency action for this child not yet followed by a strategy
     * discussion. The clock engine pairs a referenced start only with a stop carrying the same reference, so one
     * STRATEGY_DISCUSSION_HELD is recorded per such action, each with that action's reference.
     */
    private void followEmergencyActions(CurrentUser me, long childId, long discussionId, Instant heldAt) {
        for (EmergencyRow action : repository.notYetFollowed(childId, heldAt)) {
            clocks.recordEvent(me.asActor(), childId, ClockEvents.STRATEGY_DISCUSSION_HELD, heldAt,
                    ImmediateProtection.clockReference(action.id()));
            repository.markFollowed(action.id(), discussionId);
        }
    }

    record Participant(String name, Long agencyId, String agencyName, AgencyType agencyType, String role, boolean attended) {}

    private List<Participant> attendees(List<NewAttendee> given, Errors errors) {
        List<Participant> result = new ArrayList<>();
        List<Agency> agencies = users.agencies();
        List<NewAttendee> rows = given == null ? List.of() : given;
        for (int i = 0; i < rows.size(); i++) {
            NewAttendee a = rows.get(i);
            if (a == null || (Errors.blank(a.name()) && a.agencyId() == null && Errors.blank(a.agencyName()) && Errors.blank(a.role()))) {
                continue; // a blank row of the form
            }
            String f = "attendees[" + i + "].";
            if (Errors.blank(a.name())) {
                errors.add(f + "name", "Enter the attendee's name (row " + (i + 1) + ")");
            }
            String agencyName = Errors.strip(a.agencyName());
            AgencyType type = a.agencyType();
            if (a.agencyId() != null) {
                Optional<Agency> agency = agencies.stream().filter(x -> x.id() == a.agencyId()).findFirst();
                if (agency.isEmpty()) {
                    errors.add(f + "agencyId", "There is no agency " + a.agencyId() + " (row " + (i + 1) + ")");
                } else {
                    agencyName = agency.get().name();
                    type = agency.get().type();
                }
            } else if (agencyName == null) {
                errors.add(f + "agencyName", "Choose the attendee's agency or enter its name (row " + (i + 1) + ")");
            } else if (type == null) {
                errors.add(f + "agencyType", "Choose the type of the agency " + agencyName + " (row " + (i + 1) + ")");
            }
            if (a.attended() == null) {
                errors.add(f + "attended", "Say whether the attendee took part or sent apologies (row " + (i + 1) + ")");
            }
            if (!Errors.blank(a.name()) && agencyName != null && type != null && a.attended() != null) {
                result.add(new Participant(a.name().strip(), a.agencyId(), agencyName, type, Errors.strip(a.role()), a.attended()));
            }
        }
        if (result.isEmpty() && !errors.has("attendees")
                && rows.stream().allMatch(a -> a == null || (Errors.blank(a.name()) && a.agencyId() == null && Errors.blank(a.agencyName())))) {
            errors.add("attendees", "Enter who took part in the discussion");
        }
        return result;
    }

    private static List<String> missingAgencies(List<Participant> attendees) {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<AgencyType, String> required : MINIMUM) {
            if (attendees.stream().noneMatch(a -> a.attended() && a.agencyType() == required.getKey())) {
                missing.add(required.getValue());
            }
        }
        return missing;
    }

    private List<NewAction> actions(List<NewAction> given, Instant heldAt, Errors errors) {
        List<NewAction> result = new ArrayList<>();
        List<NewAction> rows = given == null ? List.of() : given;
        LocalDate heldOn = heldAt == null ? null : heldAt.atZone(TimeConfiguration.LONDON).toLocalDate();
        for (int i = 0; i < rows.size(); i++) {
            NewAction a = rows.get(i);
            if (a == null || (Errors.blank(a.what()) && a.ownerId() == null && a.dueOn() == null)) {
                continue;
            }
            String f = "actions[" + i + "].";
            boolean ok = true;
            if (Errors.blank(a.what())) {
                errors.add(f + "what", "Enter what is to be done (action " + (i + 1) + ")");
                ok = false;
            }
            if (a.ownerId() == null) {
                errors.add(f + "ownerId", "Choose who owns action " + (i + 1));
                ok = false;
            } else if (users.findById(a.ownerId()).isEmpty()) {
                errors.add(f + "ownerId", "There is no user " + a.ownerId() + " (action " + (i + 1) + ")");
                ok = false;
            }
            if (a.dueOn() == null) {
                errors.add(f + "dueOn", "Enter when action " + (i + 1) + " is due");
                ok = false;
            } else if (heldOn != null && a.dueOn().isBefore(heldOn)) {
                errors.add(f + "dueOn", "Action " + (i + 1) + " cannot be due before the discussion was held");
                ok = false;
            }
            if (ok) {
                result.add(a);
            }
        }
        return result;
    }

    public StrategyDiscussion view(CurrentUser me, long id) {
        DiscussionRow row = repository.discussion(id).orElseThrow(() -> new NotFound("There is no strategy discussion " + id));
        if (me.role().isPartner() && !repository.agencyTookPart(id, me.agencyId())) {
            throw access.refuse(me, row.childId(), "view strategy discussion " + id,
                    "Partners see only the strategy discussions their own agency was part of.");
        }
        access.viewing(me, row.childId(), "strategy discussion " + id);
        return toView(row);
    }

    public StrategyDiscussion find(long id) {
        return repository.discussion(id).map(this::toView).orElseThrow(() -> new NotFound("There is no strategy discussion " + id));
    }

    public List<StrategyDiscussion> ofChild(long childId) {
        return repository.discussionsOfChild(childId).stream().map(this::toView).toList();
    }

    /** Whether the partner's agency was part of the discussion (partners see only those). */
    public boolean agencyTookPart(long discussionId, long agencyId) {
        return repository.agencyTookPart(discussionId, agencyId);
    }

    /** Strategy discussions held in [from, to] (London days) without an LA social worker, health or police, oldest first. */
    public List<DiscussionWithoutMinimumParticipation> withoutMinimumParticipation(CurrentUser me, LocalDate from, LocalDate to) {
        if (!REPORT_READERS.contains(me.role())) {
            throw access.refuse(me, null, "report of strategy discussions without minimum participation",
                    "Only team managers, conference chairs, performance analysts and partnership officers may see this report.");
        }
        checkPeriod(from, to);
        return repository.discussionsWithoutMinimum(startOf(from), startOf(to.plusDays(1))).stream()
                .map(r -> new DiscussionWithoutMinimumParticipation(r.id(), r.childId(), r.caseId(), r.heldAt(),
                        missingAgencies(repository.attendees(r.id()).stream().map(StrategyDiscussions::participant).toList()),
                        r.missingAgencyReason()))
                .toList();
    }

    /**
     * Each agency's participation in the strategy discussions held in [from, to] (London days): how often it was
     * listed (invited) and how often it took part — for the multi-agency dataset (DOMAIN.md section 6). No access check:
     * aggregate figures for the reporting modules.
     */
    public List<AgencyParticipation> agencyParticipation(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, AttendeeRow> first = new LinkedHashMap<>();
        for (AttendeeRow a : repository.attendeesBetween(startOf(from), startOf(to.plusDays(1)))) {
            String key = a.agencyId() != null ? "id:" + a.agencyId() : "name:" + a.agencyName().toLowerCase() + "|" + a.agencyType();
            first.putIfAbsent(key, a);
            int[] c = counts.computeIfAbsent(key, k -> new int[2]);
            c[0]++;
            if (a.attended()) {
                c[1]++;
            }
        }
        return counts.entrySet().stream().map(e -> {
            AttendeeRow a = first.get(e.getKey());
            return new AgencyParticipation(a.agencyId(), a.agencyName(), AgencyType.valueOf(a.agencyType()), e.getValue()[0], e.getValue()[1]);
        }).sorted(java.util.Comparator.comparing(AgencyParticipation::agencyName)).toList();
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new ValidationFailure("from", "Enter the first day of the period, for example 2026-12-01");
        }
        if (to == null) {
            throw new ValidationFailure("to", "Enter the last day of the period, for example 2026-12-31");
        }
        if (to.isBefore(from)) {
            throw new ValidationFailure("to", "The end of the period must not be before its start");
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(TimeConfiguration.LONDON).toInstant();
    }

    private static Participant participant(AttendeeRow a) {
        return new Participant(a.name(), a.agencyId(), a.agencyName(), AgencyType.valueOf(a.agencyType()), a.role(), a.attended());
    }

    private StrategyDiscussion toView(DiscussionRow r) {
        List<AttendeeRow> attendeeRows = repository.attendees(r.id());
        List<StrategyDiscussion.Attendee> attendees = attendeeRows.stream().map(a -> new StrategyDiscussion.Attendee(a.id(), a.name(),
                a.agencyId(), a.agencyName(), AgencyType.valueOf(a.agencyType()), a.role(), a.attended())).toList();
        List<StrategyDiscussion.Action> actions = repository.actions(r.id()).stream().map(a -> new StrategyDiscussion.Action(a.id(), a.what(),
                a.ownerId(), users.findById(a.ownerId()).map(CurrentUser::displayName).orElse("User " + a.ownerId()), a.dueOn(), a.taskId())).toList();
        Long enquiryId = repository.enquiryStartedBy(r.id()).map(ProtectionRepository.EnquiryRow::id).orElse(null);
        return new StrategyDiscussion(r.id(), r.caseId(), r.childId(), r.heldAt(), StrategyDiscussionFormat.valueOf(r.format()),
                r.formatOther(), attendees, r.informationShared(), r.section47(), r.section47Rationale(),
                CriminalInvestigation.valueOf(r.criminalInvestigation()), r.criminalLeadAgency(), r.legalAction(),
                r.sharedWithFamily(), r.withheldFromFamily(), r.withheldReason(), r.minimumParticipation(),
                missingAgencies(attendeeRows.stream().map(StrategyDiscussions::participant).toList()), r.missingAgencyReason(),
                actions, enquiryId, r.recordedBy(), r.recordedAt());
    }
}
