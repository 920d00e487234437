package uk.safeguard.people.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeguard.people.NameType;
import uk.safeguard.people.NhsNumber;
import uk.safeguard.people.Postcode;
import uk.safeguard.people.SearchCriteria;

/**
 * Ranked search over every name a person has had. Two steps, both index lookups:
 * 1. each typed name part becomes a short list of candidate spellings with a weight — exact 1.0, nickname
 *    0.9, otherwise trigram similarity, with a floor of 0.7 for a double-metaphone match (sound-alike) and
 *    0.5 for a soundex match with some spelling in common — read from the small {@code name_term} dictionary;
 * 2. person_search is read by (family, given) for those spellings, scored by the sum of the two weights.
 * Date of birth, NHS number and postcode filter (or, without a name, select) people exactly.
 */
@Repository
public class NameSearch {
    /** Terms weaker than this are noise, not a plausible misspelling. */
    private static final double MIN_TERM_SCORE = 0.3;
    private static final int MAX_TERMS = 30;
    /** The name read the other way round from how it was typed loses a tie with the typed order. */
    private static final double REVERSED_PENALTY = 0.005;

    private final JdbcClient jdbc;

    public NameSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Hit(long personId, String matchedName, NameType matchedType, double score) {}

    /**
     * A two-word name without a comma is read both ways round ("Smith John" also finds John Smith) in the same query;
     * each person keeps the better score, the reversed reading losing a tie by a hair so the order typed wins. The
     * spellings of each word are looked up once and serve both readings.
     */
    public List<Hit> search(SearchCriteria c) {
        String name = c.name() == null ? "" : c.name().trim();
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        if (!name.isEmpty()) {
            String[] parts = splitName(name);
            sql.append("with ");
            if (parts[0].isEmpty()) {
                Map<String, Double> family = termsFor(parts[1], false);
                // one word: it may be either a given or a family name
                sql.append("t(term, score) as (select * from unnest(?::text[], ?::float8[])), ")
                   .append("""
                        cand as (select s.person_id, s.display, s.name_type, t.score from person_search s join t on s.family_norm = t.term
                                 union all
                                 select s.person_id, s.display, s.name_type, t.score * 0.9 from person_search s join t on s.given_norm = t.term)
                        """);
                params.add(family.keySet().toArray(new String[0]));
                params.add(family.values().toArray(new Double[0]));
            } else {
                boolean eitherWay = !name.contains(",") && name.split("\\s+").length == 2 && !parts[0].equals(parts[1]);
                Map<String, Double> firstSimilar = similarTerms(parts[0]);
                Map<String, Double> secondSimilar = similarTerms(parts[1]);
                sql.append("""
                        g(term, score) as (select * from unnest(?::text[], ?::float8[])),
                        f(term, score) as (select * from unnest(?::text[], ?::float8[])),
                        cand as (select s.person_id, s.display, s.name_type, g.score + f.score as score
                                   from f join person_search s on s.family_norm = f.term join g on s.given_norm = g.term""");
                addTerms(params, withNicknames(parts[0], firstSimilar));
                addTerms(params, secondSimilar);
                if (eitherWay) {
                    sql.append("""

                                 union all
                                 select s.person_id, s.display, s.name_type, g2.score + f2.score - ? as score
                                   from f2 join person_search s on s.family_norm = f2.term join g2 on s.given_norm = g2.term""");
                    sql.insert(sql.indexOf("cand as ("), """
                            g2(term, score) as (select * from unnest(?::text[], ?::float8[])),
                            f2(term, score) as (select * from unnest(?::text[], ?::float8[])),
                            """);
                    // the g2/f2 parameters come before cand's in the text, so after g's and f's
                    List<Object> reversed = new ArrayList<>();
                    addTerms(reversed, withNicknames(parts[1], secondSimilar));
                    addTerms(reversed, firstSimilar);
                    params.addAll(reversed);
                    params.add(REVERSED_PENALTY);
                }
                sql.append(")\n");
            }
            // a current name outranks an equally good alias by a hair
            sql.append("""
                    , best as (select distinct on (person_id) person_id, display, name_type,
                                      score + case when name_type = 'CURRENT' then 0.01 else 0 end as score
                                 from cand order by person_id, score desc, name_type = 'CURRENT' desc)
                    select b.person_id, b.display, b.name_type, b.score from best b join person p on p.id = b.person_id
                     where p.merged_into is null""");
        } else {
            sql.append("""
                    select p.id as person_id, n.given_names || ' ' || n.family_name as display, 'CURRENT' as name_type, 1.0::float8 as score
                      from person p join person_name n on n.person_id = p.id and n.name_type = 'CURRENT'
                     where p.merged_into is null""");
        }
        String idColumn = name.isEmpty() ? "p.id" : "b.person_id";
        if (c.dateOfBirth() != null) {
            sql.append(" and (p.date_of_birth = ? or p.expected_delivery_date = ?)");
            params.add(PersonRepository.date(c.dateOfBirth()));
            params.add(PersonRepository.date(c.dateOfBirth()));
        }
        if (c.nhsNumber() != null && !c.nhsNumber().isBlank()) {
            sql.append(" and p.nhs_number = ?");
            params.add(NhsNumber.normalise(c.nhsNumber()));
        }
        if (c.postcode() != null && !c.postcode().isBlank()) {
            sql.append(" and exists (select 1 from person_address a where a.person_id = p.id and a.postcode_norm = ?)");
            params.add(Postcode.normalise(c.postcode()));
        }
        sql.append(" order by score desc, ").append(idColumn).append(" limit ?");
        params.add(c.limit());
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, i) -> new Hit(rs.getLong("person_id"), rs.getString("display"),
                        NameType.valueOf(rs.getString("name_type")), rs.getDouble("score")))
                .list();
    }

    /** [given, family]: "Jon Smyth" → [jon, smyth]; "Smyth, Jon" → [jon, smyth]; "Smyth" → ["", smyth]. */
    static String[] splitName(String name) {
        if (name.contains(",")) {
            String[] around = name.split(",", 2);
            return new String[] {NameParts.firstGiven(around[1]), NameParts.normalise(around[0])};
        }
        String[] words = name.trim().split("\\s+");
        if (words.length == 1) {
            return new String[] {"", NameParts.normalise(words[0])};
        }
        return new String[] {NameParts.normalise(words[0]), NameParts.normalise(words[words.length - 1])};
    }

    /**
     * The spellings one slip of the keyboard away by swapping two neighbouring letters ("Ganrer" for "Garner"),
     * which trigrams and phonetic codes both miss; looked up exactly, so still an index read.
     */
    static String[] transpositions(String typed) {
        List<String> swaps = new ArrayList<>();
        for (int i = 0; i + 1 < typed.length(); i++) {
            if (typed.charAt(i) != typed.charAt(i + 1)) {
                char[] c = typed.toCharArray();
                c[i] = typed.charAt(i + 1);
                c[i + 1] = typed.charAt(i);
                swaps.add(new String(c));
            }
        }
        return swaps.toArray(new String[0]);
    }

    private static void addTerms(List<Object> params, Map<String, Double> terms) {
        params.add(terms.keySet().toArray(new String[0]));
        params.add(terms.values().toArray(new Double[0]));
    }

    /** Candidate spellings of one typed name part, best first, with their weights. */
    Map<String, Double> termsFor(String typed, boolean withNicknames) {
        if (typed.isEmpty()) {
            return new LinkedHashMap<>();
        }
        Map<String, Double> similar = similarTerms(typed);
        return withNicknames ? withNicknames(typed, similar) : similar;
    }

    /** A given name's spellings: its nicknames and short forms (0.9) as well as the similar spellings. */
    private Map<String, Double> withNicknames(String typed, Map<String, Double> similar) {
        Map<String, Double> terms = new LinkedHashMap<>();
        jdbc.sql("""
                select distinct other.name from nickname mine join nickname other on other.group_name = mine.group_name
                 where mine.name = ?""").param(typed).query(String.class).list()
                .forEach(n -> terms.put(n, 0.9));
        similar.forEach((term, score) -> terms.merge(term, score, Math::max));
        return terms;
    }

    /** Spellings like the typed one (trigrams, sound-alikes, swapped letters), and the typed one itself at 1.0. */
    private Map<String, Double> similarTerms(String typed) {
        Map<String, Double> terms = new LinkedHashMap<>();
        jdbc.sql("""
                select term, greatest(similarity(term, :t),
                                      case when dm = dmetaphone(:t) or dm_alt = dmetaphone_alt(:t) then 0.7 else 0 end,
                                      case when sx = soundex(:t) and similarity(term, :t) > 0.1 then 0.5 else 0 end,
                                      case when term = any(:swaps) then 0.8 else 0 end) as score
                  from name_term
                 where term % :t or dm = dmetaphone(:t) or dm_alt = dmetaphone_alt(:t) or sx = soundex(:t)
                    or term = any(:swaps)
                 order by score desc limit :max""")
                .param("t", typed).param("swaps", transpositions(typed)).param("max", MAX_TERMS)
                .query((rs, i) -> Map.entry(rs.getString("term"), rs.getDouble("score"))).list()
                .stream().filter(e -> e.getValue() >= MIN_TERM_SCORE)
                .forEach(e -> terms.merge(e.getKey(), e.getValue(), Math::max));
        terms.put(typed, 1.0);
        return terms;
    }
}
