package uk.safeguard.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.audit.AuditTrail;
import uk.safeguard.audit.AuditTrail.Change;
import uk.safeguard.platform.TimeConfiguration;
import uk.safeguard.platform.ValidationFailure;

/**
 * The month's commentary on each indicator (table {@code reporting_narrative}), written by the people who answer to
 * the scrutiny committee for the figures: team managers and performance analysts. Shown on the dashboard and in the
 * PDF pack. A narrative is aggregate commentary; the form's hint asks writers not to name children.
 */
@Component
public class PackNarratives {
    /** Short enough to sit under a chart in the pack (issue 7: "a short narrative field per indicator"). */
    public static final int MAX_LENGTH = 1000;
    static final Set<Role> WRITERS = Set.of(Role.TEAM_MANAGER, Role.PERFORMANCE_ANALYST);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    public PackNarratives(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean mayWrite(CurrentUser me) {
        return WRITERS.contains(me.role());
    }

    /** Indicator id to narrative, for one month. */
    public Map<String, String> forMonth(YearMonth month) {
        Map<String, String> narratives = new LinkedHashMap<>();
        jdbc.sql("select indicator_id, narrative from reporting_narrative where month = ? order by indicator_id")
                .param(month.atDay(1))
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().forEach(e -> narratives.put(e.getKey(), e.getValue()));
        return narratives;
    }

    /**
     * Saves the month's narratives (indicator id to text; blank clears one). All or nothing: if any is too long or
     * names an unknown indicator, nothing is saved and every problem is reported against its field
     * ({@code narrative-<id>}).
     */
    @Transactional
    public void save(CurrentUser me, YearMonth month, Map<String, String> texts, Map<String, String> knownIndicators) {
        if (!mayWrite(me)) {
            throw audit.refuse(me.asActor(), null, "scrutiny narratives",
                    "Only team managers and performance analysts write the scrutiny pack's commentary.");
        }
        YearMonth current = YearMonth.now(clock.withZone(TimeConfiguration.LONDON));
        List<ValidationFailure.FieldError> errors = new ArrayList<>();
        if (month.isAfter(current)) {
            errors.add(new ValidationFailure.FieldError("month",
                    "Choose this month or an earlier one: " + DashboardFormat.month(month) + " has not started"));
        }
        Map<String, String> clean = new LinkedHashMap<>();
        texts.forEach((id, text) -> {
            String field = "narrative-" + id;
            if (!knownIndicators.containsKey(id)) {
                errors.add(new ValidationFailure.FieldError(field, "There is no indicator '" + id + "'"));
                return;
            }
            String trimmed = text == null ? "" : text.strip().replace("\r\n", "\n");
            if (trimmed.length() > MAX_LENGTH) {
                errors.add(new ValidationFailure.FieldError(field, "The commentary on " + knownIndicators.get(id)
                        + " must be " + String.format("%,d", MAX_LENGTH) + " characters or fewer (it has "
                        + String.format("%,d", trimmed.length()) + ")"));
                return;
            }
            clean.put(id, trimmed);
        });
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        Map<String, String> before = forMonth(month);
        Instant now = clock.instant();
        clean.forEach((id, text) -> {
            String old = before.get(id);
            if (text.isEmpty()) {
                if (old != null) {
                    jdbc.sql("delete from reporting_narrative where month = ? and indicator_id = ?")
                            .params(month.atDay(1), id).update();
                    record(me, month, id, "REMOVE", old, null);
                }
                return;
            }
            if (text.equals(old)) {
                return;
            }
            jdbc.sql("""
                    insert into reporting_narrative (month, indicator_id, narrative, updated_by, updated_at)
                    values (?, ?, ?, ?, ?)
                    on conflict (month, indicator_id) do update
                    set narrative = excluded.narrative, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                    """).params(month.atDay(1), id, text, me.id(), java.sql.Timestamp.from(now)).update();
            record(me, month, id, old == null ? "ADD" : "UPDATE", old, text);
        });
    }

    /** Commentary is not a child's record, so it carries no child; the trail still says who wrote what. */
    private void record(CurrentUser me, YearMonth month, String id, String action, String before, String after) {
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("narrative", before);
        Map<String, Object> is = new LinkedHashMap<>();
        is.put("narrative", after);
        audit.recordChange(me.asActor(), null, Change.of("scrutiny-narrative", month + "/" + id, action,
                "Scrutiny pack commentary on " + id + " for " + DashboardFormat.month(month)).withValues(was, is));
    }
}
