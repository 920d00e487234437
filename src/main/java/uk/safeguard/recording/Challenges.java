package uk.safeguard.recording;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.audit.ChronologyEntry;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonRecord;
import uk.safeguard.platform.NotFound;
import uk.safeguard.platform.RuleBroken;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;
import uk.safeguard.recording.internal.ChallengeRepository;
import uk.safeguard.recording.internal.RecordingRoles;
import uk.safeguard.work.CaseTask;
import uk.safeguard.work.CaseWork;

/**
 * A family member's challenge to a fact recorded about the child. Families told the Families' Commission that
 * inaccuracies "that could be shown not to be true were left unchanged despite having been challenged" and spent
 * years trying to get files corrected (seeds 003 lines 2196, 2249; DOMAIN.md section 8: "families can challenge an
 * inaccurate record"). So the challenge is recorded against the entry, has an owner (a task on their work tray) and a
 * due date, and ends in one recorded outcome. The original entry is never altered (the audit trail is append-only):
 * the correction or annotation is kept beside it.
 */
@Service
public class Challenges {
    private final ChallengeRepository challenges;
    private final AuditTrail audit;
    private final ChildAccess access;
    private final PeopleRegister people;
    private final UserDirectory users;
    private final CaseWork caseWork;
    private final Clock clock;

    public Challenges(ChallengeRepository challenges, AuditTrail audit, ChildAccess access, PeopleRegister people,
                      UserDirectory users, CaseWork caseWork, Clock clock) {
        this.challenges = challenges;
        this.audit = audit;
        this.access = access;
        this.people = people;
        this.users = users;
        this.caseWork = caseWork;
        this.clock = clock;
    }

    @Transactional
    public ChallengeView record(CurrentUser me, long childId, NewChallenge c) {
        PersonRecord child = child(childId);
        if (!RecordingRoles.isLaPractitioner(me)) {
            throw audit.refuse(me.asActor(), childId, "record a challenge",
                    "Only local-authority practitioners record a family's challenge to the record.");
        }
        access.requireView(me, childId, "record a challenge");
        List<ValidationFailure.FieldError> errors = new ArrayList<>();
        ChronologyEntry entry = null;
        if (c.eventId() == null) {
            errors.add(new ValidationFailure.FieldError("eventId", "Choose the entry of the record that is challenged"));
        } else {
            entry = entry(childId, c.eventId()).orElse(null);
            if (entry == null) {
                errors.add(new ValidationFailure.FieldError("eventId", "Entry " + c.eventId() + " is not in "
                        + child.displayName() + "'s chronology: choose one of the child's entries"));
            }
        }
        String name = blankToNull(c.challengerName());
        if (name == null) {
            errors.add(new ValidationFailure.FieldError("challengerName", "Enter the name of the person challenging the record"));
        }
        String relationship = blankToNull(c.relationship());
        if (relationship == null) {
            errors.add(new ValidationFailure.FieldError("relationship", "Enter their relationship to the child, for example 'mother'"));
        }
        String wrong = blankToNull(c.whatIsWrong());
        if (wrong == null) {
            errors.add(new ValidationFailure.FieldError("whatIsWrong", "Enter what they say is wrong, in their words"));
        }
        CurrentUser owner = null;
        if (c.ownerId() == null) {
            errors.add(new ValidationFailure.FieldError("ownerId", "Choose who will answer the challenge"));
        } else {
            owner = users.findById(c.ownerId()).orElse(null);
            if (owner == null) {
                errors.add(new ValidationFailure.FieldError("ownerId", "There is no user " + c.ownerId()));
            } else if (!RecordingRoles.isLaPractitioner(owner) || !access.canView(owner, childId)) {
                errors.add(new ValidationFailure.FieldError("ownerId", owner.displayName()
                        + " cannot own this challenge: choose a local-authority practitioner or manager who may open the child's record"));
            }
        }
        LocalDate today = today();
        if (c.dueDate() == null) {
            errors.add(new ValidationFailure.FieldError("dueDate", "Enter the date the answer is due"));
        } else if (c.dueDate().isBefore(today)) {
            errors.add(new ValidationFailure.FieldError("dueDate", "The due date must be today or later"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        long id = challenges.insert(childId, entry.id(), name, relationship, wrong, owner.id(), c.dueDate(), clock.instant(), me.describe());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("entry", entry.id());
        after.put("originalEntry", entry.summary());
        after.put("challengedBy", name + " (" + relationship + ")");
        after.put("whatIsWrong", wrong);
        after.put("owner", owner.displayName());
        after.put("dueDate", c.dueDate().toString());
        audit.recordChange(me.asActor(), childId, Change.of("record_challenge", id, "RECORD_CHALLENGED",
                name + " (" + relationship + ") challenged the record: \"" + abbreviate(entry.summary(), 120) + "\" — " + abbreviate(wrong, 200))
                .withValues(null, after));
        CaseTask task = caseWork.assignTask(me.asActor(), owner.id(), childId, null,
                "Answer " + name + "'s challenge to " + child.displayName() + "'s record by " + c.dueDate(),
                "What they say is wrong: " + wrong + "\nOriginal entry: " + entry.summary()
                        + "\nRecord the outcome at /children/" + childId + "/challenges#challenge-" + id);
        challenges.setTask(id, task.id());
        return view(challenges.find(id).orElseThrow(), entries(childId), today);
    }

    @Transactional
    public ChallengeView decide(CurrentUser me, long challengeId, OutcomeRequest request) {
        ChallengeRepository.Row row = challenges.find(challengeId).orElseThrow(() -> new NotFound("There is no challenge " + challengeId));
        // the owner answers; a manager may answer in their place
        if (me.id() != row.ownerId() && !me.isManager()) {
            throw audit.refuse(me.asActor(), row.childId(), "outcome of challenge " + challengeId,
                    "Only the owner of the challenge or a manager may record its outcome.");
        }
        access.requireView(me, row.childId(), "outcome of challenge " + challengeId);
        if (request == null || request.outcome() == null) {
            throw new ValidationFailure("outcome", "Choose the outcome: corrected, annotated or not upheld");
        }
        String text = blankToNull(request.text());
        if (text == null) {
            throw new ValidationFailure(request.outcome().field(), switch (request.outcome()) {
                case CORRECTED -> "Enter the correction: what the record should say";
                case ANNOTATED -> "Enter the annotation to keep beside the entry";
                case NOT_UPHELD -> "Enter the reason the challenge is not upheld (the family will be told)";
            });
        }
        if (!challenges.decide(challengeId, request.outcome().name(), text, clock.instant(), me.describe())) {
            throw new RuleBroken("outcome", "Challenge " + challengeId + " already has an outcome; it cannot be decided twice");
        }
        Map<Long, ChronologyEntry> entries = entries(row.childId());
        ChronologyEntry entry = entries.get(row.eventId());
        String original = entry == null ? "entry " + row.eventId() : entry.summary();
        String action = switch (request.outcome()) {
            case CORRECTED -> "RECORD_CORRECTED";
            case ANNOTATED -> "RECORD_ANNOTATED";
            case NOT_UPHELD -> "CHALLENGE_NOT_UPHELD";
        };
        audit.recordChange(me.asActor(), row.childId(), Change.of("record_challenge", challengeId, action,
                request.outcome().label() + ": \"" + abbreviate(original, 120) + "\" — " + abbreviate(text, 200))
                .withValues(Map.of("entry", row.eventId(), "originalEntry", original),
                        Map.of("outcome", request.outcome().name(), request.outcome().field(), text)));
        if (row.taskId() != null) {
            // The owner's task is done whoever (the owner or a manager) recorded the outcome.
            caseWork.taskDoneBy(me.asActor(), row.taskId(), "outcome recorded by " + me.displayName());
        }
        return view(challenges.find(challengeId).orElseThrow(), entries, today());
    }

    /** The child's challenges, newest first, each beside the entry it challenges. Logged as a view. */
    public List<ChallengeView> challengesOf(CurrentUser me, long childId) {
        child(childId);
        access.requireView(me, childId, "challenges");
        audit.recordView(me.asActor(), childId, "challenges");
        return challengesOf(childId);
    }

    /** No access check: for the child's page, which has checked it. */
    public List<ChallengeView> challengesOf(long childId) {
        Map<Long, ChronologyEntry> entries = entries(childId);
        LocalDate today = today();
        return challenges.ofChild(childId).stream().map(r -> view(r, entries, today)).toList();
    }

    /** The entries a challenge may be recorded against (the child's chronology, newest first). */
    public List<ChronologyEntry> challengeableEntries(long childId) {
        return audit.chronology(childId);
    }

    public boolean mayRecord(CurrentUser me, long childId) {
        return RecordingRoles.isLaPractitioner(me) && access.canView(me, childId);
    }

    public boolean mayDecide(CurrentUser me, ChallengeView c) {
        return c.outcome() == null && (me.id() == c.ownerId() || me.isManager());
    }

    /** Users who may own a challenge on this child: local-authority practitioners of the user's team, then others. */
    public List<CurrentUser> possibleOwners(CurrentUser me, long childId) {
        List<CurrentUser> owners = new ArrayList<>();
        users.teams().forEach(t -> users.teamMembers(t.id()).stream()
                .filter(u -> RecordingRoles.isLaPractitioner(u) && access.canView(u, childId))
                .forEach(owners::add));
        owners.sort((a, b) -> Boolean.compare(!java.util.Objects.equals(a.teamId(), me.teamId()), !java.util.Objects.equals(b.teamId(), me.teamId())));
        return owners.stream().collect(Collectors.toMap(CurrentUser::id, Function.identity(), (a, b) -> a, LinkedHashMap::new))
                .values().stream().toList();
    }

    private ChallengeView view(ChallengeRepository.Row r, Map<Long, ChronologyEntry> entries, LocalDate today) {
        ChronologyEntry e = entries.get(r.eventId());
        String owner = users.findById(r.ownerId()).map(CurrentUser::displayName).orElse("user " + r.ownerId());
        ChallengeOutcome outcome = r.outcome() == null ? null : ChallengeOutcome.valueOf(r.outcome());
        return new ChallengeView(r.id(), r.childId(), r.eventId(), e == null ? null : e.occurredAt(),
                e == null ? "(entry " + r.eventId() + ")" : e.summary(), e == null ? null : e.actor(), r.challengerName(),
                r.relationship(), r.whatIsWrong(), r.ownerId(), owner, r.dueOn(), outcome == null && r.dueOn().isBefore(today),
                r.taskId(), r.recordedAt(), r.recordedBy(), outcome, r.outcomeText(), r.outcomeAt(), r.outcomeBy());
    }

    private Optional<ChronologyEntry> entry(long childId, long eventId) {
        return Optional.ofNullable(entries(childId).get(eventId));
    }

    private Map<Long, ChronologyEntry> entries(long childId) {
        Map<Long, ChronologyEntry> byId = new HashMap<>();
        audit.chronology(childId).forEach(e -> byId.put(e.id(), e));
        return byId;
    }

    private PersonRecord child(long childId) {
        PersonRecord p = people.find(childId).orElseThrow(() -> new NotFound("There is no child " + childId));
        if (!p.kind().isChild()) {
            throw new NotFound("Person " + childId + " is not a child");
        }
        return p;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
