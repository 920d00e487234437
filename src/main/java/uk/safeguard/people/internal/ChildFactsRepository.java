package uk.safeguard.people.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeguard.people.ChildFacts;
import uk.safeguard.platform.TimeConfiguration;

/**
 * {@link ChildFacts} in one query for any number of children. A merged duplicate answers with its survivor's details
 * (the map's key is the id asked for, the record's {@code personId} the survivor's; merges are re-pointed so one hop
 * reaches the survivor). The register records sex as ref_sex codes 1 (male) and 2 (female); the CIN census wants M, F
 * or U, so 1 → M, 2 → F, not recorded → U. The postcode is the address current today (the same rule as
 * {@code Address.isCurrent}: the latest that has started and not ended).
 */
@Repository
public class ChildFactsRepository implements ChildFacts {
    private final JdbcClient jdbc;
    private final Clock clock;

    public ChildFactsRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<Long, ChildCharacteristics> characteristics(Collection<Long> personIds) {
        Map<Long, ChildCharacteristics> out = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return out;
        }
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
        jdbc.sql("""
                select q.id as asked, p.id, n.given_names, n.family_name, p.date_of_birth, p.expected_delivery_date,
                       case p.sex when '1' then 'M' when '2' then 'F' else 'U' end as sex, p.gender, p.ethnicity, p.upn,
                       p.nhs_number, p.kind,
                       array(select d.code from person_disability d where d.person_id = p.id order by d.code) as disabilities,
                       (select a.postcode from person_address a
                         where a.person_id = p.id and (a.from_date is null or a.from_date <= :today)
                           and (a.to_date is null or a.to_date > :today)
                         order by a.from_date desc nulls last, a.id desc limit 1) as postcode
                  from person q
                  join person p on p.id = coalesce(q.merged_into, q.id)
                  left join person_name n on n.person_id = p.id and n.name_type = 'CURRENT'
                 where q.id = any(:ids)""")
                .param("today", today).param("ids", personIds.toArray(new Long[0]))
                .query((java.sql.ResultSet rs) -> {
                    out.put(rs.getLong("asked"), new ChildCharacteristics(rs.getLong("id"), rs.getString("given_names"),
                            rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class),
                            rs.getObject("expected_delivery_date", LocalDate.class), rs.getString("sex"), rs.getString("gender"),
                            rs.getString("ethnicity"), rs.getString("upn"), rs.getString("nhs_number"),
                            strings(rs.getArray("disabilities")), rs.getString("postcode"), rs.getString("kind")));
                });
        return out;
    }

    /** Merged records (the partial index person_merged_away holds exactly these). */
    private static final String MERGED = "select id from person where merged_into is not null";

    @Override
    public List<Long> mergedAway() {
        return jdbc.sql(MERGED + " order by id").query(Long.class).list();
    }

    @Override
    public List<Long> mergedInto(long personId) {
        return jdbc.sql(MERGED + " and merged_into = ? order by id").param(personId).query(Long.class).list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
