package uk.safeguard.conference.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeguard.migration.SsdImportContext;
import uk.safeguard.migration.SsdKind;
import uk.safeguard.migration.SsdRow;
import uk.safeguard.platform.TimeConfiguration;

/**
 * What the child protection SSD handlers know about each other's rows while checking one import: an ICPC's date and
 * whether it made a plan, a plan's dates, which ICPCs a plan already used. Rows of this import are remembered as they
 * are checked (they may not be written yet); rows of an earlier import are read from the tables once. Only the
 * current import is kept (a new import id starts afresh).
 */
@Component
public class CpSsdFacts {
    /** An ICPC: its child (SSD person id), the day it was held, whether it decided on a plan, the plan it named. */
    public record Icpc(String person, LocalDate held, boolean madePlan, String planRef, boolean usedByPlan) {}

    /** A plan: its child (SSD person id), start and end. */
    public record Plan(String person, LocalDate start, LocalDate end) {}

    private final JdbcClient jdbc;
    private String importId;
    private final Map<String, Icpc> icpcs = new HashMap<>();
    private final Map<String, Plan> plans = new HashMap<>();
    private final Set<String> icpcsWithPlan = new HashSet<>();

    public CpSsdFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private void current(SsdImportContext ctx) {
        if (!ctx.importId().equals(importId)) {
            importId = ctx.importId();
            icpcs.clear();
            plans.clear();
            icpcsWithPlan.clear();
        }
    }

    public synchronized void rememberIcpc(SsdImportContext ctx, String ssdId, Icpc icpc) {
        current(ctx);
        icpcs.put(ssdId, icpc);
    }

    /** The ICPC, from this import or an earlier one; null if unknown. */
    public synchronized Icpc icpc(SsdImportContext ctx, String ssdId) {
        current(ctx);
        Icpc known = icpcs.get(ssdId);
        if (known == null) {
            Long local = ctx.localId(SsdKind.INITIAL_CONFERENCE, ssdId);
            if (local != null) {
                known = jdbc.sql("select held_at, decision, ssd_outcome_cp_flag, ssd_plan_ref, plan_id from cp_conference where id = ?")
                        .param(local).query((rs, i) -> new Icpc(ctx.personOf(SsdKind.INITIAL_CONFERENCE, ssdId), day(rs, "held_at"),
                                "PLAN".equals(rs.getString("decision")) || Boolean.TRUE.equals(rs.getObject("ssd_outcome_cp_flag", Boolean.class)),
                                rs.getString("ssd_plan_ref"), rs.getObject("plan_id") != null))
                        .optional().orElse(null);
                if (known != null) {
                    icpcs.put(ssdId, known);
                }
            }
        }
        if (known != null && icpcsWithPlan.contains(ssdId)) {
            known = new Icpc(known.person(), known.held(), known.madePlan(), known.planRef(), true);
        }
        return known;
    }

    public synchronized void icpcUsedByPlan(SsdImportContext ctx, String icpcSsdId) {
        current(ctx);
        icpcsWithPlan.add(icpcSsdId);
    }

    public synchronized void rememberPlan(SsdImportContext ctx, String ssdId, Plan plan) {
        current(ctx);
        plans.put(ssdId, plan);
    }

    /** The plan, from this import or an earlier one; null if unknown. */
    public synchronized Plan plan(SsdImportContext ctx, String ssdId) {
        current(ctx);
        Plan known = plans.get(ssdId);
        if (known == null) {
            Long local = ctx.localId(SsdKind.CP_PLAN, ssdId);
            if (local != null) {
                known = jdbc.sql("select started_on, ended_on from cp_plan where id = ?").param(local)
                        .query((rs, i) -> new Plan(ctx.personOf(SsdKind.CP_PLAN, ssdId), date(rs, "started_on"), date(rs, "ended_on")))
                        .optional().orElse(null);
                if (known != null) {
                    plans.put(ssdId, known);
                }
            }
        }
        return known;
    }

    // ---- shared by the handlers ----

    /** A day's fact as a moment: noon London (as the conference module's pages record day-dated facts). */
    static Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(TimeConfiguration.LONDON).toInstant();
    }

    static LocalDate londonDay(Instant at) {
        return at == null ? null : at.atZone(TimeConfiguration.LONDON).toLocalDate();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static LocalDate day(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : londonDay(t.toInstant());
    }

    static Set<String> textArray(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? null : new TreeSet<>(Arrays.asList((String[]) array.getArray()));
    }

    /** The row's own id: required, letters and digits, at most 20 (docs/SSD-FORMAT.md). */
    static String id(SsdRow row, String field) {
        String id = row.required(field);
        if (id != null && !id.matches("[A-Za-z0-9]{1,20}")) {
            row.error(field, "id", field + " must be letters and digits, at most 20 (it is \"" + id + "\")");
        }
        return id;
    }

    /** A required reference to a known record. */
    static String requiredRef(SsdRow row, SsdImportContext ctx, String field, SsdKind kind, String object) {
        if (row.get(field) == null) {
            row.required(field);
            return null;
        }
        return ctx.requireKnown(row, field, kind, object);
    }

    /** Reports {@code same-person} when the record referred to is about another person. */
    static void samePerson(SsdRow row, String field, String person, String otherPerson, String what) {
        if (person != null && otherPerson != null && !person.equals(otherPerson)) {
            row.error(field, "same-person", field + " is " + person + " but " + what + " is about " + otherPerson
                    + ": both must be about the same child");
        }
    }

    static void notFuture(SsdRow row, String field, LocalDate day, LocalDate today) {
        if (day != null && day.isAfter(today)) {
            row.error(field, "not-future", field + " " + day + " is in the future");
        }
    }

    /** Long values as a SQL array parameter. */
    static Long[] longs(List<Long> values) {
        return values.toArray(new Long[0]);
    }
}
