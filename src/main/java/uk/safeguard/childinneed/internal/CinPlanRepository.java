package uk.safeguard.childinneed.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plans' tables (V130). */
@Repository
public class CinPlanRepository {
    private final JdbcClient jdbc;

    public CinPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }


    public record PlanRow(long id, long caseId, long personId, LocalDate startDate, Instant startedAt, LocalDate endDate,
                          Instant endedAt, String endReason, String endNote, Long teamId, Long workerId, int version) {}

    public record ActionRow(long id, long planId, String description, Long ownerUserId, String ownerName, String ownerAgency,
                            LocalDate dueDate, String status, String progressNote, Instant updatedAt, int version) {}

    public record ReviewRow(long id, long planId, LocalDate reviewDate, Instant reviewedAt, String attendees,
                            String progressSummary, String decision, LocalDate nextReviewDate, long recordedBy) {}

    public record VisitRow(long id, long planId, long personId, Instant visitedAt, boolean seen, Boolean seenAlone,
                           Boolean bedroomSeen, String withWhom, String location, String note, long recordedBy) {}

    public record NeedRow(long id, long planId, String description, Instant addedAt) {}

    public long insertPlan(long caseId, long personId, LocalDate startDate, Instant startedAt, Long teamId, Long workerId, long by) {
        return jdbc.sql("""
                insert into cin_plan (case_id, person_id, start_date, started_at, team_id, worker_id, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, personId, startDate, Timestamp.from(startedAt), teamId, workerId, by).query(Long.class).single();
    }

    private static final String PLAN_COLUMNS = "id, case_id, person_id, start_date, started_at, end_date, ended_at, end_reason, "
            + "end_note, team_id, worker_id, version";

    public Optional<PlanRow> plan(long id) {
        return jdbc.sql("select " + PLAN_COLUMNS + " from cin_plan where id = ?").param(id).query(CinPlanRepository::plan).optional();
    }

    public Optional<PlanRow> openPlanOfCase(long caseId) {
        return jdbc.sql("select " + PLAN_COLUMNS + " from cin_plan where case_id = ? and end_date is null")
                .param(caseId).query(CinPlanRepository::plan).optional();
    }

    public List<PlanRow> plansOfChild(long personId) {
        return jdbc.sql("select " + PLAN_COLUMNS + " from cin_plan where person_id = ? order by start_date desc, id desc")
                .param(personId).query(CinPlanRepository::plan).list();
    }

    /** A plan with its latest review (the review clock's last start and the date it agreed) and its latest visit. */
    public record PlanSummaryRow(PlanRow plan, Instant lastReviewedAt, LocalDate agreedNextReview, Instant lastVisitAt) {}

    /** The child's plans, newest first, each with its latest review and visit: one query, whatever the number of plans. */
    public List<PlanSummaryRow> planSummariesOfChild(long personId) {
        return jdbc.sql("""
                        select p.id, p.case_id, p.person_id, p.start_date, p.started_at, p.end_date, p.ended_at, p.end_reason,
                               p.end_note, p.team_id, p.worker_id, p.version, r.reviewed_at as last_reviewed_at,
                               r.next_review_date as agreed_next_review,
                               (select max(v.visited_at) from cin_visit v where v.plan_id = p.id) as last_visit_at
                        from cin_plan p
                        left join lateral (select reviewed_at, next_review_date from cin_plan_review
                                            where plan_id = p.id order by reviewed_at desc, id desc limit 1) r on true
                        where p.person_id = ? order by p.start_date desc, p.id desc""")
                .param(personId)
                .query((rs, i) -> new PlanSummaryRow(plan(rs, i), instant(rs, "last_reviewed_at"),
                        rs.getObject("agreed_next_review", LocalDate.class), instant(rs, "last_visit_at"))).list();
    }

    /** Of these cases, those with an open plan: one query. */
    public List<Long> casesWithOpenPlan(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct case_id from cin_plan where case_id = any(?::bigint[]) and end_date is null")
                .param(caseIds.toArray(new Long[0])).query(Long.class).list();
    }

    public List<PlanRow> plansOfCase(long caseId) {
        return jdbc.sql("select " + PLAN_COLUMNS + " from cin_plan where case_id = ? order by id")
                .param(caseId).query(CinPlanRepository::plan).list();
    }

    /** Plans open at any time in [from, to]. */
    public List<PlanRow> plansOpenIn(LocalDate from, LocalDate to) {
        return jdbc.sql("select " + PLAN_COLUMNS + " from cin_plan where start_date <= ? and (end_date is null or end_date >= ?) order by start_date, id")
                .params(to, from).query(CinPlanRepository::plan).list();
    }

    /** Every plan of one child, in the order {@link #plansOpenIn} gives (oldest first); cin_plan_person_start index. */
    public List<PlanRow> plansOfPerson(long personId) {
        return jdbc.sql("select " + PLAN_COLUMNS + " from cin_plan where person_id = ? order by start_date, id")
                .param(personId).query(CinPlanRepository::plan).list();
    }

    public boolean endPlan(long id, LocalDate endDate, Instant endedAt, String reason, String note) {
        return jdbc.sql("update cin_plan set end_date = ?, ended_at = ?, end_reason = ?, end_note = ?, version = version + 1 "
                        + "where id = ? and end_date is null")
                .params(endDate, Timestamp.from(endedAt), reason, note, id).update() == 1;
    }

    public long insertNeed(long planId, String description, Instant at, long by) {
        return jdbc.sql("insert into cin_plan_need (plan_id, description, added_at, added_by) values (?, ?, ?, ?) returning id")
                .params(planId, description, Timestamp.from(at), by).query(Long.class).single();
    }

    public List<NeedRow> needs(long planId) {
        return jdbc.sql("select id, plan_id, description, added_at from cin_plan_need where plan_id = ? order by id")
                .param(planId).query((rs, i) -> new NeedRow(rs.getLong(1), rs.getLong(2), rs.getString(3), instant(rs, 4))).list();
    }

    public long insertAction(long planId, String description, Long ownerUserId, String ownerName, String ownerAgency,
                             LocalDate dueDate, Instant at) {
        return jdbc.sql("""
                insert into cin_plan_action (plan_id, description, owner_user_id, owner_name, owner_agency, due_date, status,
                                             added_at, updated_at)
                values (?, ?, ?, ?, ?, ?, 'NOT_STARTED', ?, ?) returning id""")
                .params(planId, description, ownerUserId, ownerName, ownerAgency, dueDate, Timestamp.from(at), Timestamp.from(at))
                .query(Long.class).single();
    }

    private static final String ACTION_COLUMNS = "id, plan_id, description, owner_user_id, owner_name, owner_agency, due_date, "
            + "status, progress_note, updated_at, version";

    public List<ActionRow> actions(long planId) {
        return jdbc.sql("select " + ACTION_COLUMNS + " from cin_plan_action where plan_id = ? order by due_date, id")
                .param(planId).query(CinPlanRepository::action).list();
    }

    public Optional<ActionRow> action(long planId, long actionId) {
        return jdbc.sql("select " + ACTION_COLUMNS + " from cin_plan_action where plan_id = ? and id = ?")
                .params(planId, actionId).query(CinPlanRepository::action).optional();
    }

    /** False when the action changed since {@code version} was read. */
    public boolean updateAction(long actionId, int version, String status, String progressNote, Instant at) {
        return jdbc.sql("update cin_plan_action set status = ?, progress_note = ?, updated_at = ?, version = version + 1 "
                        + "where id = ? and version = ?")
                .params(status, progressNote, Timestamp.from(at), actionId, version).update() == 1;
    }

    public long insertReview(long planId, LocalDate reviewDate, Instant reviewedAt, String attendees, String summary,
                             String decision, LocalDate next, long by, Instant at) {
        return jdbc.sql("""
                insert into cin_plan_review (plan_id, review_date, reviewed_at, attendees, progress_summary, decision,
                                             next_review_date, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(planId, reviewDate, Timestamp.from(reviewedAt), attendees, summary, decision, next, by, Timestamp.from(at))
                .query(Long.class).single();
    }

    private static final String REVIEW_COLUMNS = "id, plan_id, review_date, reviewed_at, attendees, progress_summary, decision, "
            + "next_review_date, recorded_by";

    public List<ReviewRow> reviews(long planId) {
        return jdbc.sql("select " + REVIEW_COLUMNS + " from cin_plan_review where plan_id = ? order by reviewed_at desc, id desc")
                .param(planId).query(CinPlanRepository::review).list();
    }

    public List<ReviewRow> reviewsIn(LocalDate from, LocalDate to) {
        return jdbc.sql("select " + REVIEW_COLUMNS + " from cin_plan_review where review_date between ? and ? order by review_date, id")
                .params(from, to).query(CinPlanRepository::review).list();
    }

    public long insertVisit(long planId, long personId, Instant visitedAt, boolean seen, Boolean seenAlone, Boolean bedroomSeen,
                            String withWhom, String location, String note, long by, Instant at) {
        return jdbc.sql("""
                insert into cin_visit (plan_id, person_id, visited_at, seen, seen_alone, bedroom_seen, with_whom, location, note,
                                       recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(planId, personId, Timestamp.from(visitedAt), seen, seenAlone, bedroomSeen, withWhom, location, note, by,
                        Timestamp.from(at))
                .query(Long.class).single();
    }

    private static final String VISIT_COLUMNS = "id, plan_id, person_id, visited_at, seen, seen_alone, bedroom_seen, with_whom, "
            + "location, note, recorded_by";

    public List<VisitRow> visits(long planId) {
        return jdbc.sql("select " + VISIT_COLUMNS + " from cin_visit where plan_id = ? order by visited_at desc, id desc")
                .param(planId).query(CinPlanRepository::visit).list();
    }

    /** Visits with visited_at in [from, to). */
    public List<VisitRow> visitsIn(Instant from, Instant to) {
        return jdbc.sql("select " + VISIT_COLUMNS + " from cin_visit where visited_at >= ? and visited_at < ? order by visited_at, id")
                .params(Timestamp.from(from), Timestamp.from(to)).query(CinPlanRepository::visit).list();
    }

    /** The latest moment of plan activity in the case (start, review, visit, end) and what it was. */
    public Optional<LatestActivity> latestActivity(long caseId) {
        return jdbc.sql("""
                select at, what from (
                  select started_at as at, 'Child in need plan started' as what from cin_plan where case_id = :c
                  union all select ended_at, 'Child in need plan ended' from cin_plan where case_id = :c and ended_at is not null
                  union all select r.reviewed_at, 'Child in need plan review' from cin_plan_review r join cin_plan p on p.id = r.plan_id where p.case_id = :c
                  union all select v.visited_at, 'Child in need visit' from cin_visit v join cin_plan p on p.id = v.plan_id where p.case_id = :c
                ) a order by at desc limit 1""")
                .param("c", caseId).query((rs, i) -> new LatestActivity(instant(rs, 1), rs.getString(2))).optional();
    }

    public record LatestActivity(Instant at, String what) {}

    private static PlanRow plan(ResultSet rs, int i) throws SQLException {
        return new PlanRow(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("person_id"), rs.getObject("start_date", LocalDate.class),
                instant(rs, "started_at"), rs.getObject("end_date", LocalDate.class), instant(rs, "ended_at"), rs.getString("end_reason"),
                rs.getString("end_note"), rs.getObject("team_id", Long.class), rs.getObject("worker_id", Long.class), rs.getInt("version"));
    }

    private static ActionRow action(ResultSet rs, int i) throws SQLException {
        return new ActionRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("description"), rs.getObject("owner_user_id", Long.class),
                rs.getString("owner_name"), rs.getString("owner_agency"), rs.getObject("due_date", LocalDate.class), rs.getString("status"),
                rs.getString("progress_note"), instant(rs, "updated_at"), rs.getInt("version"));
    }

    private static ReviewRow review(ResultSet rs, int i) throws SQLException {
        return new ReviewRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getObject("review_date", LocalDate.class), instant(rs, "reviewed_at"),
                rs.getString("attendees"), rs.getString("progress_summary"), rs.getString("decision"),
                rs.getObject("next_review_date", LocalDate.class), rs.getLong("recorded_by"));
    }

    private static VisitRow visit(ResultSet rs, int i) throws SQLException {
        return new VisitRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("person_id"), instant(rs, "visited_at"), rs.getBoolean("seen"),
                rs.getObject("seen_alone", Boolean.class), rs.getObject("bedroom_seen", Boolean.class), rs.getString("with_whom"),
                rs.getString("location"), rs.getString("note"), rs.getLong("recorded_by"));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
