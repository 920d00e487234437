package uk.safeguard.access.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ChildAccessRepository {
    private final JdbcClient jdbc;

    public ChildAccessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<Long> viewable(long userId, long agencyId, boolean partner, Collection<Long> personIds) {
        Long[] ids = personIds.toArray(new Long[0]);
        // A restricted record is visible only to the users named on it, whatever their role.
        String sql = """
                select p.id from unnest(?::bigint[]) as p(id)
                 where (not exists (select 1 from restricted_record r where r.child_id = p.id)
                        or exists (select 1 from restricted_record_user u where u.child_id = p.id and u.user_id = ?))
                """ + (partner ? " and exists (select 1 from child_agency_link l where l.child_id = p.id and l.agency_id = ?)" : "");
        var statement = jdbc.sql(sql).param(ids).param(userId);
        if (partner) {
            statement = statement.param(agencyId);
        }
        return new HashSet<>(statement.query(Long.class).list());
    }

    public void link(long childId, long agencyId, String reason) {
        jdbc.sql("insert into child_agency_link(child_id, agency_id, reason) values (?, ?, ?) on conflict do nothing")
                .params(childId, agencyId, reason).update();
    }

    public void unlink(long childId, long agencyId, String reason) {
        jdbc.sql("delete from child_agency_link where child_id = ? and agency_id = ? and reason = ?")
                .params(childId, agencyId, reason).update();
    }

    public void restrict(long childId, long byUserId, String reason, Collection<Long> namedUserIds) {
        jdbc.sql("insert into restricted_record(child_id, reason, restricted_by) values (?, ?, ?) on conflict (child_id) do update set reason = excluded.reason")
                .params(childId, reason, byUserId).update();
        Set<Long> named = new LinkedHashSet<>(namedUserIds);
        named.add(byUserId);
        for (Long userId : named) {
            jdbc.sql("insert into restricted_record_user(child_id, user_id) values (?, ?) on conflict do nothing")
                    .params(childId, userId).update();
        }
    }

    public boolean isRestricted(long childId) {
        return jdbc.sql("select exists (select 1 from restricted_record where child_id = ?)").param(childId)
                .query(Boolean.class).single();
    }
}
