package uk.safeguard.protection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.Agency;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.clock.ClockEvents;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.people.HouseholdView;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonRecord;
import uk.safeguard.people.PersonSummary;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.protection.NewEmergencyAction.HouseholdChild;
import uk.safeguard.protection.internal.Errors;
import uk.safeguard.protection.internal.ProtectionAccess;
import uk.safeguard.protection.internal.ProtectionRepository;
import uk.safeguard.protection.internal.ProtectionRepository.EmergencyRow;
import uk.safeguard.protection.internal.Shown;
import uk.safeguard.work.CaseWork;
import uk.safeguard.work.OpenCase;

/**
 * Immediate protection (WT2023 chapter 3, seeds 000 lines 2726-2746): emergency action taken to secure a child's
 * safety, the strategy discussion that must follow it as soon as possible, and the end of police protection.
 */
@Service
public class ImmediateProtection {
    /** Police protection lasts at most 72 hours (Children Act 1989 s46(6); WT2013 seeds 001 line 1394). */
    public static final Duration POLICE_PROTECTION_LIMIT = Duration.ofHours(72);

    private final ProtectionRepository repository;
    private final ProtectionAccess access;
    private final UserDirectory users;
    private final PeopleRegister people;
    private final CaseWork caseWork;
    private final StatutoryClocks clocks;
    private final AuditTrail audit;
    private final Clock clock;

    public ImmediateProtection(ProtectionRepository repository, ProtectionAccess access, UserDirectory users,
                               PeopleRegister people, CaseWork caseWork, StatutoryClocks clocks, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.users = users;
        this.people = people;
        this.caseWork = caseWork;
        this.clocks = clocks;
        this.audit = audit;
        this.clock = clock;
    }

    /** The clock reference of an emergency action: its strategy discussion stops that action's clock by the same one. */
    public static String clockReference(long emergencyActionId) {
        return "emergency-action-" + emergencyActionId;
    }

    /** The children of the child's current households (whose needs must be considered, seeds 000 line 2736). */
    public List<PersonSummary> householdChildren(long childId) {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
        Map<Long, PersonSummary> children = new LinkedHashMap<>();
        for (HouseholdView household : people.householdsOf(childId)) {
            boolean childLivesThere = household.members().stream().anyMatch(m -> m.person().id() == childId && current(m, today));
            if (!childLivesThere) {
                continue;
            }
            household.members().stream()
                    .filter(m -> m.person().id() != childId && current(m, today) && m.person().kind().isChild())
                    .forEach(m -> children.putIfAbsent(m.person().id(), m.person()));
        }
        return List.copyOf(children.values());
    }

    private static boolean current(HouseholdView.Member m, LocalDate today) {
        return (m.from() == null || !m.from().isAfter(today)) && (m.to() == null || !m.to().isBefore(today));
    }

    @Transactional
    public EmergencyAction record(CurrentUser me, long childId, NewEmergencyAction in) {
        PersonRecord child = people.find(childId).filter(p -> p.kind().isChild())
                .orElseThrow(() -> new NotFound("There is no child " + childId));
        access.requireRecorder(me, childId, "record emergency action");
        Instant now = clock.instant();
        Errors errors = new Errors();
        if (in == null) {
            errors.add("type", "Send the emergency action as JSON").throwIfAny();
        }
        if (in.type() == null) {
            errors.add("type", "Choose the emergency action taken: emergency protection order, police protection or other");
        } else if (in.type() == EmergencyActionType.OTHER && Errors.blank(in.otherDescription())) {
            errors.add("otherDescription", "Describe the other emergency action taken");
        }
        Agency agency = in.agencyId() == null ? null
                : users.agencies().stream().filter(a -> a.id() == in.agencyId()).findFirst().orElse(null);
        if (agency == null) {
            errors.add("agencyId", in.agencyId() == null ? "Choose the agency that took the action" : "There is no agency " + in.agencyId());
        }
        if (in.takenAt() == null) {
            errors.add("takenAt", "Enter the date and time the action was taken");
        } else if (in.takenAt().isAfter(now)) {
            errors.add("takenAt", "The date and time the action was taken must be now or in the past");
        }
        // The child is seen by a practitioner from the agency taking the action (seeds 000 line 2745).
        if (Errors.blank(in.childSeenBy())) {
            errors.add("childSeenBy", "Enter who saw the child (a practitioner from the agency taking the action)");
        }
        // Legal advice wherever possible before legal action, in particular for an EPO (seeds 000 line 2746).
        if (in.legalAdviceObtained() == null) {
            errors.add("legalAdviceObtained", "Say whether legal advice was obtained");
        } else if (in.legalAdviceObtained() && Errors.blank(in.legalAdviceDetail())) {
            errors.add("legalAdviceDetail", "Enter the legal advice obtained (who gave it and when)");
        }
        List<HouseholdChild> considered = in.householdChildren() == null ? List.of() : in.householdChildren();
        checkHouseholdChildren(childId, considered, errors);
        NewEmergencyAction.PerpetratorHousehold perpetrator = in.perpetratorHousehold();
        if (perpetrator != null && (perpetrator.personId() != null || !Errors.blank(perpetrator.description()) || !Errors.blank(perpetrator.note()))) {
            if (perpetrator.personId() == null && Errors.blank(perpetrator.description())) {
                errors.add("perpetratorHousehold.description", "Choose the alleged perpetrator or describe their household");
            } else if (perpetrator.personId() != null && people.find(perpetrator.personId()).isEmpty()) {
                errors.add("perpetratorHousehold.personId", "There is no person " + perpetrator.personId());
            }
            if (Errors.blank(perpetrator.note())) {
                errors.add("perpetratorHousehold.note", "Say how the needs of the children in the alleged perpetrator's household were considered");
            }
        } else {
            perpetrator = null;
        }
        NewEmergencyAction.OtherAuthority other = in.otherAuthority();
        if (other != null && (!Errors.blank(other.name()) || other.acceptedOn() != null || !Errors.blank(other.acceptedBy()))) {
            // Only when the second authority explicitly accepts responsibility is the first relieved of it (seeds 000 line 2738).
            if (Errors.blank(other.name())) {
                errors.add("otherAuthority.name", "Enter the name of the local authority responsible for the child");
            }
            if (other.acceptedOn() == null) {
                errors.add("otherAuthority.acceptedOn", "Enter the date that authority explicitly accepted responsibility");
            } else if (other.acceptedOn().isAfter(LocalDate.now(clock.withZone(TimeConfiguration.LONDON)))) {
                errors.add("otherAuthority.acceptedOn", "The date that authority accepted responsibility must be today or in the past");
            }
            if (Errors.blank(other.acceptedBy())) {
                errors.add("otherAuthority.acceptedBy", "Enter who accepted responsibility for that authority");
            }
        } else {
            other = null;
        }
        errors.throwIfAny();

        Long caseId = caseWork.openCasesFor(childId).stream().map(OpenCase::id).findFirst().orElse(null);
        EmergencyRow row = new EmergencyRow(0, childId, caseId, in.type().name(), Errors.strip(in.otherDescription()), agency.id(),
                in.takenAt(), in.childSeenBy().strip(), in.legalAdviceObtained(), Errors.strip(in.legalAdviceDetail()),
                perpetrator == null ? null : perpetrator.personId(), perpetrator == null ? null : Errors.strip(perpetrator.description()),
                perpetrator == null ? null : Errors.strip(perpetrator.note()), other == null ? null : other.name().strip(),
                other == null ? null : other.acceptedOn(), other == null ? null : other.acceptedBy().strip(), null, null, null,
                me.describe(), now);
        long id = repository.insertEmergencyAction(row);
        considered.forEach(c -> repository.insertConsideredChild(id, c.childId(), c.note().strip()));

        String ref = clockReference(id);
        // A strategy discussion as soon as possible after single-agency emergency action (seeds 000 line 2744).
        clocks.recordEvent(me.asActor(), childId, ClockEvents.EMERGENCY_ACTION_TAKEN, in.takenAt(), ref);
        if (in.type() == EmergencyActionType.POLICE_PROTECTION) {
            clocks.recordEvent(me.asActor(), childId, ClockEvents.POLICE_PROTECTION_STARTED, in.takenAt(), ref);
        }
        EmergencyAction saved = find(id);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("type", in.type().name());
        after.put("agency", agency.name());
        after.put("takenAt", in.takenAt().toString());
        after.put("childSeenBy", saved.childSeenBy());
        after.put("legalAdviceObtained", saved.legalAdviceObtained());
        after.put("householdChildrenConsidered", considered.size());
        if (other != null) {
            after.put("otherAuthority", other.name().strip());
        }
        audit.recordChange(me.asActor(), childId, in.takenAt(), Change.of("emergency_action", id, "EMERGENCY_ACTION_TAKEN",
                describe(saved) + " by " + agency.name() + "; child seen by " + saved.childSeenBy()
                        + (other != null ? "; responsibility accepted by " + other.name().strip() : ""))
                .withValues(null, after));
        return saved;
    }

    private void checkHouseholdChildren(long childId, List<HouseholdChild> considered, Errors errors) {
        // The needs of other children in the same household are always considered (seeds 000 line 2736).
        Set<Long> household = householdChildren(childId).stream().map(PersonSummary::id).collect(Collectors.toSet());
        Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < considered.size(); i++) {
            HouseholdChild c = considered.get(i);
            if (c == null || c.childId() == null) {
                errors.add("householdChildren[" + i + "].childId", "Choose a child of the household");
                continue;
            }
            if (!household.contains(c.childId())) {
                errors.add("householdChildren[" + i + "].childId", "Person " + c.childId() + " is not a child of this child's current household");
            } else if (!seen.add(c.childId())) {
                errors.add("householdChildren[" + i + "].childId", "Child " + c.childId() + " is listed twice");
            }
            if (Errors.blank(c.note())) {
                errors.add("householdChildren[" + i + "].note", "Say how this child's needs were considered");
            }
        }
        List<Long> missing = household.stream().filter(id -> !seen.contains(id)).sorted().toList();
        if (!missing.isEmpty() && !errors.has("householdChildren")) {
            Map<Long, PersonSummary> names = people.summaries(missing);
            errors.add("householdChildren", "Consider every other child in the household: add a note for "
                    + missing.stream().map(id -> names.containsKey(id) ? names.get(id).displayName() : "child " + id)
                    .collect(Collectors.joining(", ")));
        }
    }

    /** Records when police protection ended; an end more than 72 hours after it began is recorded but flagged. */
    @Transactional
    public EmergencyAction endPoliceProtection(CurrentUser me, long id, Instant endedAt) {
        EmergencyRow row = repository.emergencyAction(id).orElseThrow(() -> new NotFound("There is no emergency action " + id));
        access.requireRecorder(me, row.childId(), "record the end of police protection");
        if (!EmergencyActionType.POLICE_PROTECTION.name().equals(row.type())) {
            throw new RuleBroken("type", "Emergency action " + id + " is not police protection: only police protection has an end to record");
        }
        if (row.policeProtectionEndedAt() != null) {
            throw new RuleBroken("endedAt", "The end of this police protection is already recorded ("
                    + Shown.moment(row.policeProtectionEndedAt()) + ")");
        }
        if (endedAt == null) {
            throw new uk.safeguard.platform.ValidationFailure("endedAt", "Enter the date and time police protection ended");
        }
        if (endedAt.isAfter(clock.instant())) {
            throw new uk.safeguard.platform.ValidationFailure("endedAt", "The end of police protection must be now or in the past");
        }
        if (endedAt.isBefore(row.takenAt())) {
            throw new uk.safeguard.platform.ValidationFailure("endedAt", "Police protection cannot end before it began ("
                    + Shown.moment(row.takenAt()) + ")");
        }
        // At most 72 hours (Children Act 1989 s46(6)): a later end is what happened, so it is kept, and flagged.
        boolean late = endedAt.isAfter(row.takenAt().plus(POLICE_PROTECTION_LIMIT));
        repository.endPoliceProtection(id, endedAt, late);
        clocks.recordEvent(me.asActor(), row.childId(), ClockEvents.POLICE_PROTECTION_ENDED, endedAt, clockReference(id));
        audit.recordChange(me.asActor(), row.childId(), endedAt, Change.of("emergency_action", id, "POLICE_PROTECTION_ENDED",
                "Police protection ended " + Shown.moment(endedAt)
                        + (late ? " — more than 72 hours after it began (" + Shown.moment(row.takenAt()) + "; Children Act 1989 s46(6))" : ""))
                .withValues(Map.of("endedAt", "not recorded"), Map.of("endedAt", endedAt.toString(), "endedLate", late)));
        return find(id);
    }

    public EmergencyAction view(CurrentUser me, long id) {
        EmergencyAction action = find(id);
        if (me.role().isPartner() && action.agencyId() != me.agencyId()) {
            throw access.refuse(me, action.childId(), "view emergency action " + id,
                    "Partners see only the emergency action their own agency took.");
        }
        access.viewing(me, action.childId(), "emergency action " + id);
        return action;
    }

    public EmergencyAction find(long id) {
        return repository.emergencyAction(id).map(this::toView).orElseThrow(() -> new NotFound("There is no emergency action " + id));
    }

    public List<EmergencyAction> ofChild(long childId) {
        return repository.emergencyActionsOfChild(childId).stream().map(this::toView).toList();
    }

    static String describe(EmergencyAction a) {
        return a.typeLabel() + (a.otherDescription() == null ? "" : " (" + a.otherDescription() + ")") + " on " + Shown.moment(a.takenAt());
    }

    private EmergencyAction toView(EmergencyRow r) {
        List<ProtectionRepository.ConsideredRow> considered = repository.consideredChildren(r.id());
        Map<Long, PersonSummary> names = people.summaries(considered.stream().map(ProtectionRepository.ConsideredRow::childId).toList());
        List<EmergencyAction.ConsideredChild> children = new ArrayList<>();
        considered.forEach(c -> children.add(new EmergencyAction.ConsideredChild(c.childId(),
                names.containsKey(c.childId()) ? names.get(c.childId()).displayName() : "Person " + c.childId(), c.note())));
        EmergencyActionType type = EmergencyActionType.valueOf(r.type());
        String agencyName = users.agencies().stream().filter(a -> a.id() == r.agencyId()).map(Agency::name).findFirst().orElse("Agency " + r.agencyId());
        NewEmergencyAction.PerpetratorHousehold perpetrator = r.perpetratorPersonId() == null && r.perpetratorHousehold() == null ? null
                : new NewEmergencyAction.PerpetratorHousehold(r.perpetratorPersonId(), r.perpetratorHousehold(), r.perpetratorNote());
        NewEmergencyAction.OtherAuthority other = r.otherAuthority() == null ? null
                : new NewEmergencyAction.OtherAuthority(r.otherAuthority(), r.otherAuthorityAcceptedOn(), r.otherAuthorityAcceptedBy());
        return new EmergencyAction(r.id(), r.childId(), r.caseId(), type, type.label(), r.otherDescription(), r.agencyId(), agencyName,
                r.takenAt(), r.childSeenBy(), r.legalAdviceObtained(), r.legalAdviceDetail(), children, perpetrator, other,
                r.policeProtectionEndedAt(), r.endedLate(), r.followedBy(), r.recordedBy(), r.recordedAt());
    }
}
