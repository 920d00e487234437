package uk.safeguard.work.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safeguard.access.Role;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.platform.ChildRecordSection;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.work.CaseKind;
import uk.safeguard.work.CaseWork;
import uk.safeguard.work.LeadPractitionerAllocation;
import uk.safeguard.work.internal.CaseFileRepository;

/**
 * "Cases" on the child's page: each case, open and closed, with its lead practitioner and a link to the case page, and
 * how many times the lead practitioner has changed. Local-authority practitioners only (case records are theirs).
 */
@Component
public class CasesSection implements ChildRecordSection {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(TimeConfiguration.LONDON);

    private final CaseFileRepository cases;
    private final CaseWork caseWork;
    private final UserDirectory users;

    public CasesSection(CaseFileRepository cases, CaseWork caseWork, UserDirectory users) {
        this.cases = cases;
        this.caseWork = caseWork;
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
        List<CaseFileRepository.AnyCaseRow> newestFirst = new ArrayList<>(all);
        java.util.Collections.reverse(newestFirst);
        for (CaseFileRepository.AnyCaseRow c : newestFirst) {
            String worker = c.row().workerId() == null ? "not allocated"
                    : users.findById(c.row().workerId()).map(u -> u.displayName()).orElse("user " + c.row().workerId());
            String status = c.closure() == null ? "Open, lead practitioner " + worker
                    : "Closed " + DAY.format(c.closure().closedAt()) + " (" + c.closure().reasonCode() + ")"
                    + (c.closure().steppedDown() ? ", stepped down to early help" : "") + "; lead practitioner was " + worker;
            rows.add(new Row(CaseKind.valueOf(c.row().kind()).label() + " case " + c.row().id() + ", opened "
                    + DAY.format(c.row().openedAt()), status, "/cases/" + c.row().id()));
        }
        long changes = caseWork.allocationHistoryOfChild(childId).stream().filter(LeadPractitionerAllocation::isChange).count();
        rows.add(new Row("Changes of lead practitioner", String.valueOf(changes), null));
        return Optional.of(new Section("cases", "Cases", 20, false, rows, List.of()));
    }
}
