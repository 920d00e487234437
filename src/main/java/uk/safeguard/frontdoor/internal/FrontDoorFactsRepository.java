package uk.safeguard.frontdoor.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeguard.frontdoor.Decision;
import uk.safeguard.frontdoor.FrontDoorFacts;
import uk.safeguard.frontdoor.NextStep;
import uk.safeguard.platform.SqlTimes;

/**
 * {@link FrontDoorFacts} in two plain queries, each a range scan on its received/referral date index.
 * <ul>
 *   <li>Contacts: rows routed to a child's open case (status ROUTED_TO_OPEN_CASE, seeds 003 line 1676) never enter the
 *   queue and are left out, as are placeholder contacts (made by the SSD import only to carry a referral that came
 *   without its contact; never counted) — the same rows {@code FrontDoorReports} counts. A contact held in the MASH has
 *   decision {@link Decision#HELD_IN_MASH} until it is decided; {@code decidedBy} is then who held it.</li>
 *   <li>The referrer's agency: the directory agency chosen on the contact when there is one, else the type and name
 *   typed on the contact.</li>
 *   <li>Referrals: the referrer is the contact's (none for a placeholder contact, whose {@code contactChildId} is then
 *   null); {@code noFurtherAction} when NO_FURTHER_ACTION is among the next steps (an imported NFA episode is stored
 *   that way too).</li>
 * </ul>
 */
@Repository
public class FrontDoorFactsRepository implements FrontDoorFacts {
    private final JdbcClient jdbc;

    public FrontDoorFactsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ContactFact> contacts(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select cc.id, cc.contact_id, cc.child_id, c.received_at, c.source_code,
                       coalesce(a.agency_type, c.referrer_agency_type) as agency_type,
                       coalesce(a.name, c.referrer_agency) as agency_name, c.referrer_agency_id,
                       cc.level, least(cc.held_at, cc.decided_at) as first_decision_at, cc.decided_at,
                       case when cc.status = 'HELD' then 'HELD_IN_MASH' else cc.decision end as decision,
                       cc.decided_by, c.team_id, r.id as referral_id, cc.imported
                  from contact c
                  join contact_child cc on cc.contact_id = c.id
                  left join agency a on a.id = c.referrer_agency_id
                  left join referral r on r.contact_child_id = cc.id
                 where c.received_at >= ? and c.received_at < ?
                   and not c.placeholder and cc.status <> 'ROUTED_TO_OPEN_CASE'
                 order by c.received_at, cc.id""")
                .params(SqlTimes.startOfDay(from), SqlTimes.endOfDay(to))
                .query((rs, i) -> {
                    String agencyType = rs.getString("agency_type");
                    String agencyName = rs.getString("agency_name");
                    return new ContactFact(rs.getLong("id"), rs.getLong("contact_id"), rs.getLong("child_id"),
                            SqlTimes.instant(rs, "received_at"), rs.getString("source_code"), agencyType, agencyName,
                            rs.getObject("referrer_agency_id", Long.class), "EDUCATION".equals(agencyType) ? agencyName : null,
                            rs.getObject("level", Integer.class), SqlTimes.instant(rs, "first_decision_at"), SqlTimes.instant(rs, "decided_at"),
                            rs.getString("decision"), rs.getObject("decided_by", Long.class), rs.getObject("team_id", Long.class),
                            rs.getObject("referral_id", Long.class), rs.getBoolean("imported"));
                }).list();
    }

    /** One definition of a referral fact: the select both the range and the per-child reads complete with a where. */
    private static final String REFERRALS = """
            select r.id, r.child_id, case when c.placeholder then null else r.contact_child_id end as contact_child_id,
                   r.referral_at, r.source_code, r.primary_need, r.re_referral, r.previous_referral_at, r.acknowledged_at,
                   r.decided_at, r.next_steps, r.decided_by,
                   case when not c.placeholder then coalesce(a.agency_type, c.referrer_agency_type) end as agency_type,
                   case when not c.placeholder then coalesce(a.name, c.referrer_agency) end as agency_name,
                   r.case_id, r.imported
              from referral r
              join contact_child cc on cc.id = r.contact_child_id
              join contact c on c.id = cc.contact_id
              left join agency a on a.id = c.referrer_agency_id
            """;

    @Override
    public List<ReferralFact> referrals(LocalDate from, LocalDate to) {
        return jdbc.sql(REFERRALS + " where r.referral_at >= ? and r.referral_at < ? order by r.referral_at, r.id")
                .params(SqlTimes.startOfDay(from), SqlTimes.endOfDay(to)).query(FrontDoorFactsRepository::referral).list();
    }

    @Override
    public List<ReferralFact> referralsOf(long childId) {
        // An index scan on referral_child (child_id, referral_at).
        return jdbc.sql(REFERRALS + " where r.child_id = ? order by r.referral_at, r.id")
                .param(childId).query(FrontDoorFactsRepository::referral).list();
    }

    private static ReferralFact referral(ResultSet rs, int row) throws SQLException {
        List<String> steps = strings(rs.getArray("next_steps"));
        return new ReferralFact(rs.getLong("id"), rs.getLong("child_id"), rs.getObject("contact_child_id", Long.class),
                SqlTimes.instant(rs, "referral_at"), rs.getString("source_code"), rs.getString("primary_need"),
                rs.getBoolean("re_referral"), SqlTimes.instant(rs, "previous_referral_at"), SqlTimes.instant(rs, "acknowledged_at"),
                SqlTimes.instant(rs, "decided_at"), steps, steps.contains(NextStep.NO_FURTHER_ACTION.name()),
                rs.getObject("decided_by", Long.class), rs.getString("agency_type"), rs.getString("agency_name"),
                rs.getObject("case_id", Long.class), rs.getBoolean("imported"));
    }




    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
