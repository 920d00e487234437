package uk.safeguard.childrecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.safeguard.clock.ChildClock;
import uk.safeguard.clock.StatutoryClocks;
import uk.safeguard.people.PeopleRegister;
import uk.safeguard.people.PersonRecord;
import uk.safeguard.platform.NotFound;
import uk.safeguard.work.CaseWork;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.ChildAccess;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.ChronologyEntry;
import uk.safeguard.audit.RecordView;
import uk.safeguard.platform.ValidationFailure;

/**
 * The child's record as one thing: who may see it, what they see, and the log of every look.
 * Every view of a child's record is logged (DOMAIN.md section 2); managers see that log.
 */
@Service
public class ChildRecords {
    private static final int VIEW_LOG_LENGTH = 200;

    private final ChildAccess access;
    private final AuditTrail audit;
    private final UserDirectory users;
    private final PeopleRegister people;
    private final CaseWork work;
    private final StatutoryClocks clocks;

    public ChildRecords(ChildAccess access, AuditTrail audit, UserDirectory users, PeopleRegister people,
                        CaseWork work, StatutoryClocks clocks) {
        this.access = access;
        this.audit = audit;
        this.users = users;
        this.people = people;
        this.work = work;
        this.clocks = clocks;
    }

    /** The record a merged duplicate now lives in, if it was merged. */
    public Optional<Long> mergedInto(long id) {
        return people.find(id).map(PersonRecord::mergedInto);
    }

    public List<ChildClock> clocks(CurrentUser me, long childId) {
        open(me, childId, "clocks");
        return clocks.clocksFor(childId);
    }

    /** Checks the child exists and the user may see the record, and logs the view. */
    public void open(CurrentUser me, long childId, String what) {
        opened(me, childId, what);
    }

    private PersonRecord opened(CurrentUser me, long childId, String what) {
        PersonRecord person = people.find(childId).orElseThrow(() -> new NotFound("There is no child " + childId));
        if (!person.kind().isChild()) {
            throw new NotFound("Person " + childId + " is an adult; their record is at /people/" + childId);
        }
        access.requireView(me, childId, what);
        audit.recordView(me.asActor(), childId, what);
        return person;
    }

    /** The whole page; the view is logged before the log is read, so a manager sees their own look too. */
    public ChildPage page(CurrentUser me, long childId) {
        PersonRecord person = opened(me, childId, "child's record");
        List<ChildClock> childClocks = clocks.clocksFor(childId);
        return new ChildPage(person, access.isRestricted(childId), people.relationshipsOf(childId),
                people.householdsOf(childId), work.openCasesFor(childId), childClocks,
                ClockChronology.merge(audit.chronology(childId), childClocks),
                me.isManager() ? audit.views(childId, VIEW_LOG_LENGTH) : null);
    }

    public List<ChronologyEntry> chronology(CurrentUser me, long childId) {
        open(me, childId, "chronology");
        return ClockChronology.merge(audit.chronology(childId), clocks.clocksFor(childId));
    }

    /** "Who has viewed this record": team managers only. Looking at the log is itself a view. */
    public List<RecordView> viewLog(CurrentUser me, long childId) {
        requireManager(me, childId, "view log");
        open(me, childId, "view log");
        return audit.views(childId, VIEW_LOG_LENGTH);
    }

    public boolean mayReadViewLog(CurrentUser me) {
        return me.isManager();
    }

    public record Restriction(long childId, String reason, List<String> namedUsers) {}

    /**
     * Restricts the record (e.g. a staff member's own family, a high-profile case) to the named users;
     * a team manager does it, and is always named so the record is never orphaned.
     */
    @Transactional
    public Restriction restrict(CurrentUser me, long childId, String reason, List<String> usernames) {
        requireManager(me, childId, "restrict record");
        open(me, childId, "restrict record");
        if (reason == null || reason.isBlank()) {
            throw new ValidationFailure("reason", "Enter why this record is restricted");
        }
        List<Long> ids = new ArrayList<>();
        List<String> named = new ArrayList<>();
        List<ValidationFailure.FieldError> errors = new ArrayList<>();
        for (String username : usernames == null ? List.<String>of() : usernames) {
            users.findByUsername(username.trim()).ifPresentOrElse(u -> {
                ids.add(u.id());
                named.add(u.username());
            }, () -> errors.add(new ValidationFailure.FieldError("usernames", "There is no user '" + username + "'")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        if (!named.contains(me.username())) {
            named.add(me.username());
        }
        access.restrict(me, childId, reason.trim(), ids);
        audit.recordChange(me.asActor(), childId, AuditTrail.Change.of("restriction", childId, "RECORD_RESTRICTED",
                "Record restricted to " + String.join(", ", named) + ": " + reason.trim())
                .withValues(null, java.util.Map.of("reason", reason.trim(), "namedUsers", named)));
        return new Restriction(childId, reason.trim(), named);
    }

    private void requireManager(CurrentUser me, long childId, String what) {
        if (!me.isManager()) {
            throw audit.refuse(me.asActor(), childId, what, "Only a team manager may see or change this.");
        }
    }

}
