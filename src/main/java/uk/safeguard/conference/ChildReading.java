package uk.safeguard.conference;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.clock.ChildClock;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.conference.internal.ConferenceRepository;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonRecord;

/**
 * What one read of a child's conferences and plans looks up, looked up once: the child, the users named (chairs, lead
 * social workers), the child's clocks and transfer-in notifications. Lives for one call only (never cached across
 * calls), so a view is as fresh as before; without it each conference re-read them all (N+1 queries).
 */
final class ChildReading {
    private final long childId;
    private final PeopleRegister people;
    private final UserDirectory users;
    private final StatutoryClocks clocks;
    private final ConferenceRepository repository;
    private Optional<PersonRecord> child;
    private List<ChildClock> childClocks;
    private List<ConferenceRepository.TransferInRow> transfersIn;
    private Map<Long, ConferenceRepository.TransferInRow> transferById;
    private final Map<Long, Optional<CurrentUser>> userById = new HashMap<>();

    ChildReading(long childId, PeopleRegister people, UserDirectory users, StatutoryClocks clocks, ConferenceRepository repository) {
        this.childId = childId;
        this.people = people;
        this.users = users;
        this.clocks = clocks;
        this.repository = repository;
    }

    /** Starts with the child already read (the caller checked it exists). */
    ChildReading withChild(PersonRecord record) {
        this.child = Optional.of(record);
        return this;
    }

    Optional<PersonRecord> child() {
        if (child == null) {
            child = people.find(childId);
        }
        return child;
    }

    String childName() {
        return child().map(PersonRecord::displayName).orElse("Child " + childId);
    }

    Optional<CurrentUser> user(long id) {
        return userById.computeIfAbsent(id, users::findById);
    }

    String userName(Long id) {
        return id == null ? null : user(id).map(CurrentUser::displayName).orElse(null);
    }

    List<ChildClock> clocks() {
        if (childClocks == null) {
            childClocks = clocks.clocksFor(childId);
        }
        return childClocks;
    }

    /** The child's transfer-in notification's time; another child's (never expected) is read on its own. */
    Optional<Instant> transferNotifiedAt(long transferInId) {
        if (transferById == null) {
            transferById = new HashMap<>();
            transfersIn().forEach(t -> transferById.put(t.id(), t));
        }
        ConferenceRepository.TransferInRow t = transferById.get(transferInId);
        return t != null ? Optional.of(t.notifiedAt())
                : repository.transferIn(transferInId).map(ConferenceRepository.TransferInRow::notifiedAt);
    }

    /** The child's transfer-in notifications, oldest first. */
    List<ConferenceRepository.TransferInRow> transfersIn() {
        if (transfersIn == null) {
            transfersIn = repository.transfersIn(childId);
        }
        return transfersIn;
    }
}
