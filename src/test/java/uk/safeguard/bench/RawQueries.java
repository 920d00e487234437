package uk.safeguard.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The baseline for the ratio "our time / raw SQL time": for each query-shaped operation, the data its page or answer
 * shows fetched by ONE hand-written query (json_agg and correlated subqueries instead of several round trips),
 * straight through JDBC: a connection from the application's pool, one prepared statement, every column of every row
 * read as text. No access checks, no view logging, no clock computation (the raw queries return the clock events the
 * clocks are computed from), no rendering — that is what the ratio measures.
 */
final class RawQueries {
    private RawQueries() {}

    /**
     * Person search: candidate spellings of the given and family name from name_term (trigram and double metaphone),
     * nicknames of the given name, the exact spellings, then person_search by (family, given), best score per person,
     * with the person's current name and date of birth; optional date of birth filter; 25 best. Parameters: given,
     * family, date of birth (or null).
     */
    static final String SEARCH = """
            with g(term, score) as (
                   select term, greatest(similarity(term, ?1), case when dm = dmetaphone(?1) then 0.7 else 0 end)
                     from name_term where term % ?1 or dm = dmetaphone(?1)
                   union all
                   select other.name, 0.9 from nickname mine join nickname other on other.group_name = mine.group_name where mine.name = ?1
                   union all select ?1, 1.0),
                 f(term, score) as (
                   select term, greatest(similarity(term, ?2), case when dm = dmetaphone(?2) then 0.7 else 0 end)
                     from name_term where term % ?2 or dm = dmetaphone(?2)
                   union all select ?2, 1.0),
                 hit as (
                   select distinct on (s.person_id) s.person_id, s.display, s.name_type, g.score + f.score as score
                     from f join person_search s on s.family_norm = f.term join g on s.given_norm = g.term
                    order by s.person_id, g.score + f.score desc)
            select h.person_id, h.display, h.name_type, h.score, n.given_names, n.family_name, p.kind, p.date_of_birth,
                   p.expected_delivery_date
              from hit h join person p on p.id = h.person_id and p.merged_into is null
              join person_name n on n.person_id = p.id and n.name_type = 'CURRENT'
             where (?3::date is null or p.date_of_birth = ?3::date or p.expected_delivery_date = ?3::date)
             order by h.score desc, h.person_id limit 25""";

    /**
     * The child's page: the person and current name, addresses, restriction, relationships (with the other person's
     * name), households (with every member's name), open cases (worker and team), clock events, the whole chronology
     * (the page reads all of it to merge the clocks in), and the module sections' main records (assessments, child
     * in need and child protection plans, section 47 enquiries, conferences, alerts, documents). Parameter: child id.
     */
    static final String CHILD_PAGE = """
            select p.id, p.kind, p.date_of_birth, p.sex, p.gender, p.ethnicity, p.nhs_number, p.upn, p.version,
                   n.given_names, n.family_name,
                   exists (select 1 from restricted_record r where r.child_id = p.id) as restricted,
                   (select json_agg(a) from (select * from person_name where person_id = p.id and name_type <> 'CURRENT') a) as other_names,
                   (select json_agg(a) from (select * from person_address where person_id = p.id order by from_date desc nulls last) a) as addresses,
                   (select json_agg(r) from (
                        select r.*, o.kind, o.date_of_birth, on2.given_names || ' ' || on2.family_name as other_name
                          from relationship r
                          join person o on o.id = case when r.person_id = p.id then r.related_person_id else r.person_id end
                          join person_name on2 on on2.person_id = o.id and on2.name_type = 'CURRENT'
                         where r.person_id = p.id or r.related_person_id = p.id order by r.id) r) as relationships,
                   (select json_agg(h) from (
                        select h.id, h.name, m.id as membership, m.person_id, m.from_date, m.to_date,
                               mn.given_names || ' ' || mn.family_name as member_name
                          from household_member mine join household h on h.id = mine.household_id
                          join household_member m on m.household_id = h.id
                          join person_name mn on mn.person_id = m.person_id and mn.name_type = 'CURRENT'
                         where mine.person_id = p.id order by h.id, m.from_date nulls first, m.id) h) as households,
                   (select json_agg(c) from (
                        select c.id, c.kind, c.opened_at, c.version, u.display_name as worker, t.name as team
                          from case_file c left join app_user u on u.id = c.allocated_worker_id left join team t on t.id = c.team_id
                         where c.child_id = p.id and c.closed_at is null) c) as open_work,
                   (select json_agg(e order by e.occurred_at) from (
                        select event_type, occurred_at, reference from clock_event
                         where subject_type = 'CHILD' and subject_id = p.id) e) as clock_events,
                   (select json_agg(a) from (
                        select id, occurred_at, recorded_at, action, summary, actor, subject_type, subject_id
                          from audit_event where child_id = p.id order by occurred_at desc, id desc) a) as chronology,
                   (select json_agg(a) from (select id, kind, status, referral_at, started_on, target_date, outcome, submitted_at
                                               from assessment where child_id = p.id) a) as assessments,
                   (select json_agg(c) from (select c.id, c.start_date, c.end_date, c.end_reason from cin_plan c where c.person_id = p.id) c) as cin_plans,
                   (select json_agg(c) from (select id, started_on, latest_category, ended_on, end_reason from cp_plan where child_id = p.id) c) as cp_plans,
                   (select json_agg(s) from (select id, started_at, outcome, completed_on from section47_enquiry where child_id = p.id) s) as enquiries,
                   (select json_agg(c) from (select id, kind, scheduled_at, held_at, decision, category from cp_conference where child_id = p.id) c) as conferences,
                   (select json_agg(a) from (select id, label_type, description, raised_on, review_on from person_alert
                                               where person_id = p.id and retired_at is null) a) as alerts,
                   (select json_agg(d) from (select id, title, document_date, filename from document where child_id = p.id) d) as documents
              from person p join person_name n on n.person_id = p.id and n.name_type = 'CURRENT'
             where p.id = ?1""";

    /**
     * The work tray: the children of the user's open cases (and, for a manager, their team's), unless restricted to
     * others, each with name, date of birth, allocated workers and clock events; the user's open tasks; pending
     * allocation proposals. Parameters: user id, team id (or null), whether a manager.
     */
    static final String WORK_TRAY = """
            with kids as (
                   select distinct child_id from case_file
                    where closed_at is null and (allocated_worker_id = ?1 or (?3 and team_id = ?2::bigint)))
            select (select json_agg(x) from (
                        select k.child_id, n.given_names || ' ' || n.family_name as name, p.date_of_birth,
                               (select string_agg(distinct u.display_name, ', ') from case_file c join app_user u on u.id = c.allocated_worker_id
                                 where c.child_id = k.child_id and c.closed_at is null) as workers,
                               (select json_agg(json_build_object('type', e.event_type, 'at', e.occurred_at, 'reference', e.reference)
                                                order by e.occurred_at)
                                  from clock_event e where e.subject_type = 'CHILD' and e.subject_id = k.child_id) as events
                          from kids k join person p on p.id = k.child_id
                          join person_name n on n.person_id = k.child_id and n.name_type = 'CURRENT'
                         where not exists (select 1 from restricted_record r where r.child_id = k.child_id
                                              and not exists (select 1 from restricted_record_user ru
                                                               where ru.child_id = r.child_id and ru.user_id = ?1))) x) as children,
                   (select json_agg(t) from (select id, title, detail, child_id, case_id, created_at from task
                                              where assigned_to = ?1 and done_at is null order by created_at) t) as tasks,
                   (select json_agg(a) from (select a.id, a.case_id, a.child_id, a.proposed_at, a.handover_note, u.display_name
                                               from allocation_proposal a join app_user u on u.id = a.proposed_by
                                              where a.worker_id = ?1 and a.status = 'PENDING') a) as proposals""";

    /**
     * The MASH queue page: the open and held contacts' counts (all, overdue, due within 4 hours, by the 24-hour
     * decision and hold limits) and the first page of 100, oldest first, with source, referrer and team.
     */
    static final String MASH_QUEUE = """
            with q as (
                   select c.id as contact_id, cc.id as cc_id, cc.child_id, cc.child_name, c.received_at, c.source_code,
                          s.description, c.referrer_name, c.referrer_agency, c.referrer_agency_type, cc.status, cc.level,
                          c.team_id, t.name as team_name, cc.possible_re_referral, cc.matched, cc.held_at,
                          case when cc.status = 'HELD' then cc.held_at else c.received_at end + interval '24 hours' as due
                     from contact_child cc join contact c on c.id = cc.contact_id
                     join ref_referral_source s on s.code = c.source_code left join team t on t.id = c.team_id
                    where cc.status in ('OPEN','HELD'))
            select (select count(*) from q) as open,
                   (select count(*) from q where due < now()) as overdue,
                   (select count(*) from q where due >= now() and due <= now() + interval '4 hours') as amber,
                   (select json_agg(x) from (select * from q order by received_at, cc_id limit 100) x) as first_page""";

    /** Runs one query as the application would (a pooled connection) and reads every value; returns the rows read. */
    static int run(DataSource dataSource, String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(positional(sql))) {
            bind(s, sql, params);
            int rows = 0;
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getString(i);
                    }
                    rows++;
                }
            }
            return rows;
        }
    }

    /** JDBC knows only "?": each "?n" becomes "?" and is bound with the n-th value, in order of appearance. */
    private static String positional(String sql) {
        return sql.replaceAll("\\?\\d", "?");
    }

    private static void bind(PreparedStatement s, String sql, Object[] params) throws SQLException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\?(\\d)").matcher(sql);
        int index = 1;
        while (m.find()) {
            Object value = params[Integer.parseInt(m.group(1)) - 1];
            if (value instanceof java.time.LocalDate d) {
                s.setObject(index++, java.sql.Date.valueOf(d));
            } else if (value == null) {
                s.setNull(index++, java.sql.Types.NULL);
            } else {
                s.setObject(index++, value);
            }
        }
    }
}
