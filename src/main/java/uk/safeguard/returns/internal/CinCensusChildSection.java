package uk.safeguard.returns.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safeguard.access.Role;
import uk.safeguard.access.UserDirectory;
import uk.safeguard.platform.ChildRecordSection;
import uk.safeguard.returns.CinCensus;
import uk.safeguard.returns.CinCensusFinding;

/**
 * "CIN census checks" on the child's page: a warning when the child's record breaks a DfE census rule for the current
 * collection year, with each rule, what to fix and where (a link to the record), and who should fix it. Local
 * authority practitioners only; partners never see it.
 */
@Component
public class CinCensusChildSection implements ChildRecordSection {
    private final CinCensus census;
    private final UserDirectory users;

    public CinCensusChildSection(CinCensus census, UserDirectory users) {
        this.census = census;
        this.users = users;
    }

    @Override
    public Optional<Section> section(long childId, Viewer viewer) {
        if (!Role.valueOf(viewer.role()).seesAnyUnrestrictedChild() || !census.factsAvailable()) {
            return Optional.empty();
        }
        List<CinCensusFinding> findings = census.check(census.currentYear(), childId);
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        // Only the workers named here (this runs on every child's page): not the whole staff list.
        Map<Long, String> names = new HashMap<>();
        findings.stream().map(CinCensusFinding::workerId).filter(Objects::nonNull).distinct()
                .forEach(id -> users.findById(id).ifPresent(u -> names.put(id, u.displayName())));
        List<Row> rows = new ArrayList<>();
        for (CinCensusFinding f : findings) {
            String who = f.workerId() == null ? "" : " To fix: " + names.getOrDefault(f.workerId(), "user " + f.workerId()) + ".";
            rows.add(new Row("Rule " + f.rule() + (f.error() ? " (error)" : " (query)"),
                    f.message() + " — " + f.subject() + "; check " + String.join(", ", f.items()) + "." + who, f.href()));
        }
        return Optional.of(new Section("cin-census-checks", "CIN census checks", 5, true, rows, List.of()));
    }
}
