package uk.safeguard.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguard.audit.internal.AuditRepository;
import uk.safeguard.platform.NoAccess;

/**
 * The append-only record of every change to, and every view of, a child's record. The database refuses
 * updates and deletes on these tables, so the trail cannot be rewritten from the application either.
 */
@Service
public class AuditTrail {
    private final AuditRepository repository;
    private final TransactionTemplate ownTransaction;

    public AuditTrail(AuditRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A change to a child's record (or a person linked to the child). {@code before} and {@code after} are
     * the changed values, kept as JSON.
     */
    public void recordChange(Actor actor, Long childId, Instant occurredAt, Change change) {
        repository.insertEvent(actor, childId, occurredAt, change);
    }

    /** A change whose moment in the child's life is now. */
    public void recordChange(Actor actor, Long childId, Change change) {
        repository.insertEvent(actor, childId, null, change);
    }

    /**
     * Many changes at once, for imports of whole authorities: written with COPY in the caller's transaction. Each
     * change's occurred-at is when it happened in the child's life (e.g. the referral's date years ago), so the
     * chronology reads as if it had been recorded here.
     */
    public void recordImported(Actor actor, List<ImportedChange> changes) {
        repository.insertEvents(actor, changes);
    }

    /** One imported change: the child (or null), when it happened, what changed. */
    public record ImportedChange(Long childId, Instant occurredAt, Change change) {}

    public void recordView(Actor actor, long childId, String what) {
        repository.insertView(actor, childId, what);
    }

    /**
     * One view of many children's records at once (a child-level list or a statutory return downloaded): one log
     * line per child, written in a single statement so that a return naming tens of thousands of children stays fast.
     */
    public void recordViews(Actor actor, Collection<Long> childIds, String what) {
        if (!childIds.isEmpty()) {
            repository.insertViews(actor, childIds, what);
        }
    }

    /**
     * Logged in a transaction of its own: the refusal is usually followed by a 403 that rolls back the caller's
     * transaction, and the record of the attempt must survive it.
     */
    public void recordAccessDenied(Actor actor, Long childId, String what) {
        ownTransaction.executeWithoutResult(status -> repository.insertDenial(actor, childId, what));
    }

    /** Logs the refused attempt and gives back the 403 to throw: {@code throw audit.refuse(...)}. */
    public NoAccess refuse(Actor actor, Long childId, String what, String message) {
        recordAccessDenied(actor, childId, what);
        return new NoAccess(message);
    }

    /** Newest first. */
    public List<ChronologyEntry> chronology(long childId) {
        return repository.chronology(childId);
    }

    /** Newest first. */
    public List<RecordView> views(long childId, int limit) {
        return repository.views(childId, limit);
    }

    public int denialsFor(String username) {
        return repository.denialsFor(username);
    }

    /** What changed: the subject (e.g. person 42), the action, a sentence for the chronology, before and after. */
    public record Change(String subjectType, String subjectId, String action, String summary,
                         Map<String, ?> before, Map<String, ?> after) {
        public static Change of(String subjectType, Object subjectId, String action, String summary) {
            return new Change(subjectType, String.valueOf(subjectId), action, summary, null, null);
        }

        public Change withValues(Map<String, ?> before, Map<String, ?> after) {
            return new Change(subjectType, subjectId, action, summary, before, after);
        }
    }
}
