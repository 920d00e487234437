package uk.safeguard.people;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The synthetic demo families (demo mode only; empty otherwise), for other modules' demo data, e.g. to open
 * cases on a few demo children. Deterministic: the same ids in the same order on every fresh database.
 */
@Service
public class DemoFamilies {
    private final JdbcClient jdbc;

    public DemoFamilies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Member(int familyNo, long personId, String role) {}

    /** Every demo child (born and unborn), family by family. */
    public List<Long> childIds() {
        return jdbc.sql("""
                select m.person_id from people_demo_member m join person p on p.id = m.person_id
                 where p.kind <> 'ADULT' order by m.family_no, m.person_id""").query(Long.class).list();
    }

    /** The demo children not yet born. */
    public List<Long> unbornChildIds() {
        return jdbc.sql("""
                select m.person_id from people_demo_member m join person p on p.id = m.person_id
                 where p.kind = 'UNBORN' order by m.family_no, m.person_id""").query(Long.class).list();
    }

    /** The members of one demo family (1–80) with their role in it ("mother", "child", "grandparent" …). */
    public List<Member> family(int familyNo) {
        return jdbc.sql("select family_no, person_id, role from people_demo_member where family_no = ? order by person_id")
                .param(familyNo).query((rs, i) -> new Member(rs.getInt(1), rs.getLong(2), rs.getString(3))).list();
    }

    public int familyCount() {
        return jdbc.sql("select count(distinct family_no) from people_demo_member").query(Integer.class).single();
    }
}
