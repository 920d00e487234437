package uk.safeguard.access.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeguard.access.StaffFacts;
import uk.safeguard.access.Team;

/** {@link StaffFacts}: every user and every team, one query each. */
@Repository
public class StaffFactsRepository implements StaffFacts {
    private final JdbcClient jdbc;

    public StaffFactsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StaffMember> staff() {
        return jdbc.sql("select id, display_name, role, team_id, agency_id, staff_id, active from app_user order by id")
                .query((rs, i) -> new StaffMember(rs.getLong("id"), rs.getString("display_name"), rs.getString("role"),
                        rs.getObject("team_id", Long.class), rs.getObject("agency_id", Long.class), rs.getString("staff_id"),
                        rs.getBoolean("active"))).list();
    }

    @Override
    public List<Team> teams() {
        return jdbc.sql("select t.id, t.name, t.agency_id, a.name as agency_name from team t join agency a on a.id = t.agency_id order by t.name, t.id")
                .query((rs, i) -> new Team(rs.getLong("id"), rs.getString("name"), rs.getLong("agency_id"), rs.getString("agency_name")))
                .list();
    }
}
