package uk.safeguard.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeguard.access.Agency;
import uk.safeguard.access.AgencyType;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;
import uk.safeguard.access.Team;
import uk.safeguard.access.UserAccount;

@Repository
public class UserRepository {
    private static final String SELECT_USER = """
            select u.id, u.username, u.display_name, u.role, u.agency_id, a.name as agency_name, a.agency_type,
                   u.team_id, t.name as team_name
              from app_user u
              join agency a on a.id = u.agency_id
              left join team t on t.id = u.team_id
            """;

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CurrentUser> findByUsername(String username) {
        return jdbc.sql(SELECT_USER + " where u.username = ? and u.active").param(username)
                .query(UserRepository::user).optional();
    }

    public Optional<CurrentUser> findById(long id) {
        return jdbc.sql(SELECT_USER + " where u.id = ?").param(id).query(UserRepository::user).optional();
    }

    public List<CurrentUser> teamMembers(long teamId) {
        return jdbc.sql(SELECT_USER + " where u.team_id = ? and u.active order by u.display_name")
                .param(teamId).query(UserRepository::user).list();
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = ? and active and password_hash is not null")
                .param(username).query(String.class).optional();
    }

    public List<Agency> agencies() {
        return jdbc.sql("select id, code, name, agency_type from agency order by name")
                .query((rs, i) -> new Agency(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        AgencyType.valueOf(rs.getString("agency_type"))))
                .list();
    }

    public List<Team> teams() {
        return jdbc.sql("select t.id, t.name, t.agency_id, a.name as agency_name from team t join agency a on a.id = t.agency_id order by t.name")
                .query((rs, i) -> new Team(rs.getLong("id"), rs.getString("name"), rs.getLong("agency_id"),
                        rs.getString("agency_name")))
                .list();
    }

    public long insertAgency(String code, String name, AgencyType type) {
        return jdbc.sql("insert into agency(code, name, agency_type) values (?, ?, ?) on conflict (code) do update set name = excluded.name returning id")
                .params(code, name, type.name()).query(Long.class).single();
    }

    public long insertTeam(String name, long agencyId) {
        return jdbc.sql("insert into team(name, agency_id) values (?, ?) on conflict (name) do update set agency_id = excluded.agency_id returning id")
                .params(name, agencyId).query(Long.class).single();
    }

    public long insertUser(String username, String displayName, Role role, long agencyId, Long teamId, String passwordHash) {
        return jdbc.sql("""
                insert into app_user(username, display_name, role, agency_id, team_id, password_hash)
                values (?, ?, ?, ?, ?, ?)
                on conflict (username) do update set display_name = excluded.display_name, role = excluded.role,
                    agency_id = excluded.agency_id, team_id = excluded.team_id, password_hash = excluded.password_hash
                returning id""")
                .params(username, displayName, role.name(), agencyId, teamId, passwordHash)
                .query(Long.class).single();
    }

    /** Every user, active or not, for the administrator's list. */
    public List<UserAccount> accounts() {
        return jdbc.sql("""
                select u.username, u.display_name, u.role, a.code as agency_code, a.name as agency_name,
                       t.name as team_name, u.active
                  from app_user u
                  join agency a on a.id = u.agency_id
                  left join team t on t.id = u.team_id
                 order by u.username""")
                .query((rs, i) -> account(rs)).list();
    }

    public Optional<UserAccount> account(String username) {
        return jdbc.sql("""
                select u.username, u.display_name, u.role, a.code as agency_code, a.name as agency_name,
                       t.name as team_name, u.active
                  from app_user u
                  join agency a on a.id = u.agency_id
                  left join team t on t.id = u.team_id
                 where u.username = ?""")
                .param(username).query((rs, i) -> account(rs)).optional();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from app_user where username = ?)").param(username)
                .query(Boolean.class).single();
    }

    public boolean anyAdmin() {
        return jdbc.sql("select exists (select 1 from app_user where role = 'ADMIN')").query(Boolean.class).single();
    }

    /** A new user; fails (unique key) if the user name exists. */
    public long createUser(String username, String displayName, Role role, long agencyId, Long teamId,
                           String passwordHash, Instant createdAt) {
        return jdbc.sql("""
                insert into app_user(username, display_name, role, agency_id, team_id, password_hash, created_at)
                values (?, ?, ?, ?, ?, ?, ?)
                returning id""")
                .params(username, displayName, role.name(), agencyId, teamId, passwordHash, Timestamp.from(createdAt))
                .query(Long.class).single();
    }

    public void setActive(String username, boolean active) {
        jdbc.sql("update app_user set active = ? where username = ?").params(active, username).update();
    }

    public void setPasswordHash(String username, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ? where username = ?").params(passwordHash, username).update();
    }

    /** The agency with this code, created with this name and type if there is none (an existing one is left as is). */
    public long agencyIfMissing(String code, String name, AgencyType type) {
        jdbc.sql("insert into agency(code, name, agency_type) values (?, ?, ?) on conflict (code) do nothing")
                .params(code, name, type.name()).update();
        return jdbc.sql("select id from agency where code = ?").param(code).query(Long.class).single();
    }

    private static UserAccount account(ResultSet rs) throws SQLException {
        return new UserAccount(rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                rs.getString("agency_code"), rs.getString("agency_name"), rs.getString("team_name"), rs.getBoolean("active"));
    }

    private static CurrentUser user(ResultSet rs, int row) throws SQLException {
        Long teamId = rs.getObject("team_id", Long.class);
        return new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getLong("agency_id"), rs.getString("agency_name"),
                AgencyType.valueOf(rs.getString("agency_type")), teamId, rs.getString("team_name"));
    }
}
