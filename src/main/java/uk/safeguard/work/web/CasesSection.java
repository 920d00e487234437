package uk.safeguard.work.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safeguard.access.Role;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.platform.ChildRecordSection;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.work.CaseKind;
import uk.safeguard.work.internal.AllocationRepository;
import uk.safeguard.work.internal.CaseFileRepository;

/**
 * "Cases" on the child's page: each case, open and closed, with its lead practitioner and a link to the case page, and
 * how many times the lead practitioner has changed. Local-authority practitioners only (case records are theirs).
 */
@Component
public class CasesSection implements ChildRecordSection {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(TimeConfiguration.LONDON);

    private final CaseFileRepository cases;
    private final AllocationRepository allocations;
    private final UserDirectory users;

    public CasesSection(CaseFileRepository cases, AllocationRepository allocations, UserDirectory users) {
        this.cases = cases;
        this.allocations = allocations;
        this.users = users;
    }

    @Override
    public Optional<Section> section(long childId, Viewer viewer) {
        if (!Role.valueOf(viewer.role()).seesAnyUnrestrictedChild()) {
            return Optional.empty();
        }
        List<CaseFileRepository.AnyCaseRow> all = cases.allCasesOf(childId);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        Map<Long, String> workerNames = new HashMap<>(); // each lead practitioner looked up once per call
        List<CaseFileRepository.AnyCaseRow> newestFirst = new ArrayList<>(all);
        java.util.Collections.reverse(newestFirst);
        for (CaseFileRepository.AnyCaseRow c : newestFirst) {
            String worker = c.row().workerId() == null ? "not allocated"
                    : workerNames.computeIfAbsent(c.row().workerId(),
                            id -> users.findById(id).map(u -> u.displayName()).orElse("user " + id));
            String status = c.closure() == null ? "Open, lead practitioner " + worker
                    : "Closed " + DAY.format(c.closure().closedAt()) + " (" + c.closure().reasonCode() + ")"
                    + (c.closure().steppedDown() ? ", stepped down to early help" : "") + "; lead practitioner was " + worker;
            rows.add(new Row(CaseKind.valueOf(c.row().kind()).label() + " case " + c.row().id() + ", opened "
                    + DAY.format(c.row().openedAt()), status, "/cases/" + c.row().id()));
        }
        // Counted in the database: the names in the allocation history are not shown here.
        int changes = allocations.changesOfChild(childId);
        rows.add(new Row("Changes of lead practitioner", String.valueOf(changes), null));
        return Optional.of(new Section("cases", "Cases", 20, false, rows, List.of()));
    }
}
