package uk.safeguard.work;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.safeguard.audit.Actor;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.audit.AuditTrail.ImportedChange;
import uk.safeguard.platform.BulkCopy;
import uk.safeguard.work.internal.CaseFileRepository;

/**
 * Cases written in bulk for imports of whole authorities (the SSD's CIN episodes): the same rows and chronology entries
 * as {@link CaseWork#openCase} and {@link CaseWork#closeCase} write, a few statements per batch, in the caller's
 * transaction. The caller has checked the values (codes, dates); nothing here is validated again.
 */
@Service
public class ImportedCases {
    private final BulkCopy bulk;
    private final AuditTrail audit;
    private final CaseFileRepository cases;
    private final JdbcClient jdbc;

    public ImportedCases(BulkCopy bulk, AuditTrail audit, CaseFileRepository cases, JdbcClient jdbc) {
        this.bulk = bulk;
        this.audit = audit;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    /**
     * Opens (and, when closed, closes) the cases, each with its first allocation (like {@link CaseWork#openCase}) and its
     * CASE_OPENED / CASE_CLOSED chronology entries at the real dates. Returns the new case ids in the order given.
     */
    public long[] openCases(Actor actor, List<ImportedCase> in) {
        long[] ids = bulk.nextIds("case_file", in.size());
        if (in.isEmpty()) {
            return ids;
        }
        Map<Long, String> workers = names("app_user", "display_name", in.stream().map(ImportedCase::workerId).toList());
        Map<Long, String> workerTeams = names("app_user", "team_id::text", in.stream().map(ImportedCase::workerId).toList());
        Map<String, String> reasons = cases.closureReasons();
        List<Object[]> caseRows = new ArrayList<>(in.size());
        List<Object[]> allocationRows = new ArrayList<>();
        List<ImportedChange> changes = new ArrayList<>(in.size() * 2);
        List<Long> teamIds = new ArrayList<>(in.stream().map(ImportedCase::teamId).toList());
        workerTeams.values().stream().filter(java.util.Objects::nonNull).map(Long::valueOf).forEach(teamIds::add);
        Map<Long, String> teams = names("team", "name", teamIds);
        for (int i = 0; i < in.size(); i++) {
            ImportedCase c = in.get(i);
            long id = ids[i];
            boolean closed = c.closedAt() != null;
            // as openCase: the team defaults to the allocated worker's team
            String workerTeam = c.workerId() == null ? null : workerTeams.get(c.workerId());
            Long teamId = c.teamId() != null ? c.teamId() : workerTeam == null ? null : Long.valueOf(workerTeam);
            caseRows.add(new Object[] {id, c.childId(), c.kind().name(), c.openedAt(), c.closedAt(), c.workerId(), teamId,
                    closed ? c.closureReason() : null, closed ? actor.description() : null});
            if (c.workerId() != null) {
                allocationRows.add(new Object[] {id, c.childId(), c.workerId(), c.openedAt(), actor.description(), teamId});
            }
            String worker = c.workerId() == null ? null : workers.get(c.workerId());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("kind", c.kind().name());
            after.put("openedAt", c.openedAt().toString());
            after.put("allocatedWorker", worker);
            after.put("team", teamId == null ? null : teams.get(teamId));
            changes.add(new ImportedChange(c.childId(), c.openedAt(), Change.of("case_file", id, "CASE_OPENED",
                    c.kind().label() + " case opened" + (worker == null ? ", not yet allocated" : ", allocated to " + worker)
                            + " (imported from the SSD)").withValues(null, after)));
            if (closed) {
                Map<String, Object> closure = new LinkedHashMap<>();
                closure.put("closedAt", c.closedAt().toString());
                closure.put("closureReason", c.closureReason());
                closure.put("steppedDownToEarlyHelp", false);
                changes.add(new ImportedChange(c.childId(), c.closedAt(), Change.of("case_file", id, "CASE_CLOSED",
                        c.kind().label() + " case closed: " + c.closureReason() + " " + reasons.get(c.closureReason())
                                + " (imported from the SSD)").withValues(Map.of("closedAt", "open"), closure)));
            }
        }
        bulk.copy("case_file", List.of("id", "child_id", "kind", "opened_at", "closed_at", "allocated_worker_id", "team_id",
                "closure_reason", "closed_by"), caseRows);
        bulk.copy("case_allocation", List.of("case_id", "child_id", "worker_id", "allocated_at", "allocated_by", "team_id"), allocationRows);
        audit.recordImported(actor, changes);
        return ids;
    }

    /** The end of a closure date as {@link CaseWork#closeCase} records a past one: the last second of that London day. */
    public static Instant endOfDay(java.time.LocalDate date) {
        return date.plusDays(1).atStartOfDay(uk.safeguard.platform.TimeConfiguration.LONDON).toInstant().minusSeconds(1);
    }

    private Map<Long, String> names(String table, String column, List<Long> ids) {
        Long[] distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().toArray(Long[]::new);
        Map<Long, String> names = new java.util.HashMap<>();
        if (distinct.length > 0) {
            jdbc.sql("select id, " + column + " from " + table + " where id = any(?::bigint[])").param(distinct)
                    .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list().forEach(e -> names.put(e.getKey(), e.getValue()));
        }
        return names;
    }
}
