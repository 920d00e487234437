package uk.safeguard.childinneed.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeguard.migration.SsdImportContext;
import uk.safeguard.work.CaseFacts;
import uk.safeguard.work.CaseWork;

/**
 * What the CIN plan and visit handlers remember during one import, so that checking a row needs no query: the plans
 * read in this import (by the SSD person id, whether or not they were written), the plans already in Safeguard (read
 * once, by the local person id), and the cases the plans belong to.
 */
@Component
public class CinSsdImportState {
    /** A plan's days, both ends included; end null = still open. */
    public record Span(LocalDate start, LocalDate end) {
        boolean covers(LocalDate day) {
            return !day.isBefore(start) && (end == null || !day.isAfter(end));
        }

        /** Two plans overlap if one starts before the other ends (a plan may start on the day another ends). */
        boolean overlaps(Span o) {
            return (o.end == null || start.isBefore(o.end)) && (end == null || o.start.isBefore(end));
        }
    }

    private final JdbcClient jdbc;
    private final CaseWork caseWork;
    private volatile State state;

    public CinSsdImportState(JdbcClient jdbc, CaseWork caseWork) {
        this.jdbc = jdbc;
        this.caseWork = caseWork;
    }

    public State of(SsdImportContext ctx) {
        State s = state;
        if (s == null || !s.importId.equals(ctx.importId())) {
            s = new State(ctx.importId());
            state = s;
        }
        return s;
    }

    public final class State {
        private final String importId;
        private final Map<String, List<Span>> imported = new HashMap<>();
        private Map<Long, List<Span>> existing;
        private final Map<Long, Optional<CaseFacts>> cases = new HashMap<>();

        private State(String importId) {
            this.importId = importId;
        }

        public void planRead(String personSsdId, Span span) {
            imported.computeIfAbsent(personSsdId, k -> new ArrayList<>()).add(span);
        }

        public List<Span> importedPlans(String personSsdId) {
            return imported.getOrDefault(personSsdId, List.of());
        }

        /** The plans held before this import began (for this import's first question), by local person id. */
        public List<Span> existingPlans(Long personId) {
            if (existing == null) {
                Map<Long, List<Span>> m = new HashMap<>();
                jdbc.sql("select person_id, start_date, end_date from cin_plan").withFetchSize(5000).query((java.sql.ResultSet rs) -> {
                    m.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Span(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
                });
                existing = m;
            }
            return personId == null ? List.of() : existing.getOrDefault(personId, List.of());
        }

        public Optional<CaseFacts> caseOf(long caseId) {
            return cases.computeIfAbsent(caseId, caseWork::findCase);
        }
    }
}
