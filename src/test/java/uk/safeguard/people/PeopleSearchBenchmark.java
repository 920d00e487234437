package uk.safeguard.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;

/**
 * Name search at scale (docs/PERFORMANCE.md): 1,000,000 synthetic people in their own embedded PostgreSQL
 * (target/bench-postgres, kept between runs so the load happens once), then 1,000 varied searches — exact,
 * typo, nickname, sound-alike, with and without date of birth — through {@link PeopleRegister#search}.
 * Run with {@code mvn -Pbench verify}; excluded from the ordinary build.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "safeguard.db.embedded.data-dir=target/bench-postgres",
        "safeguard.db.url=",
        "safeguard.demo=true"
})
class PeopleSearchBenchmark {
    private static final int PEOPLE = 1_000_000;
    private static final int SEARCHES = 1_000;
    private static final long FIRST_ID = 10_000_000L;

    @Autowired
    PeopleRegister register;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDirectory users;

    @Test
    void nameSearchPercentilesAtOneMillionPeople() throws IOException {
        if (jdbc.sql("select count(*) from person_search where person_id >= ?").param(FIRST_ID).query(Long.class).single() < PEOPLE) {
            load();
        }
        CurrentUser me = users.findByUsername("social-worker").orElseThrow();
        List<SearchCriteria> queries = queries();
        for (int i = 0; i < 100; i++) {
            register.search(me, queries.get(i)); // warm up the JIT and the buffer cache
        }
        long[] nanos = new long[queries.size()];
        int found = 0;
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            List<SearchResult> results = register.search(me, queries.get(i));
            nanos[i] = System.nanoTime() - start;
            found += results.isEmpty() ? 0 : 1;
        }
        Arrays.sort(nanos);
        String report = String.format("people=%d searches=%d with-results=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n",
                jdbc.sql("select count(*) from person").query(Long.class).single(), nanos.length, found,
                pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[nanos.length - 1] / 1e6);
        System.out.println("PEOPLE SEARCH BENCHMARK " + report);
        Files.writeString(Path.of("target/people-search-benchmark.txt"), report);
        assertThat(found).isGreaterThan(SEARCHES * 9 / 10);
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /** Real-world spellings: people from the load, searched as typed by someone in a hurry. */
    private List<SearchCriteria> queries() {
        Random random = new Random(42);
        record Row(String given, String family, java.sql.Date dob) {}
        List<Row> sample = jdbc.sql("""
                select n.given_names, n.family_name, p.date_of_birth from person p join person_name n on n.person_id = p.id
                 where p.id >= ? and p.id % 997 = 0 and n.name_type = 'CURRENT' order by p.id limit ?""")
                .params(FIRST_ID, SEARCHES)
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getDate(3))).list();
        List<String> nicknames = jdbc.sql("select name from nickname").query(String.class).list();
        List<SearchCriteria> queries = new ArrayList<>();
        for (int i = 0; i < SEARCHES; i++) {
            Row row = sample.get(i % sample.size());
            String given = row.given();
            String family = row.family();
            switch (i % 5) {
                case 0 -> { } // exact
                case 1 -> family = typo(family, random);
                case 2 -> given = nicknames.get(random.nextInt(nicknames.size()));
                case 3 -> family = soundAlike(family);
                default -> given = typo(given, random);
            }
            queries.add(new SearchCriteria(given + " " + family, i % 4 == 0 ? row.dob().toLocalDate() : null, null, null));
        }
        return queries;
    }

    private static String typo(String word, Random random) {
        if (word.length() < 4) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        return random.nextBoolean()
                ? word.substring(0, at) + word.substring(at + 1)                                            // a dropped letter
                : word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2); // swapped letters
    }

    private static String soundAlike(String word) {
        String s = word.replace("ph", "f").replace("ck", "k").replace("th", "t");
        s = s.contains("y") ? s.replace("y", "i") : s.replaceFirst("i", "y");
        return s.equals(word) ? word + "e" : s;
    }

    /** Bulk load with SQL: names from fixed arrays plus a long tail of made-up surnames, deterministic by row number. */
    private void load() {
        String given = String.join(",", List.of("oliver", "george", "noah", "arthur", "leo", "harry", "oscar", "jack", "charlie",
                "alfie", "muhammad", "theo", "finley", "ethan", "kai", "reuben", "tyler", "mason", "ibrahim", "callum", "james",
                "william", "thomas", "jonathan", "john", "robert", "michael", "daniel", "joseph", "samuel", "alexander", "benjamin",
                "matthew", "christopher", "richard", "edward", "henry", "joshua", "zachary", "david", "mark", "lee", "craig",
                "paul", "scott", "ryan", "kwame", "piotr", "darren", "jason", "gary", "stuart", "liam", "adam", "luke", "nathan",
                "jacob", "dylan", "lewis", "aaron", "amelia", "olivia", "isla", "ava", "mia", "freya", "lily", "grace", "ruby",
                "evie", "aisha", "zara", "maya", "poppy", "elsie", "rosie", "hannah", "layla", "chloe", "nadia", "sarah", "emma",
                "laura", "rebecca", "gemma", "kelly", "nicola", "stacey", "fatima", "joanne", "lisa", "claire", "amina",
                "agnieszka", "chantelle", "danielle", "catherine", "katherine", "elizabeth", "samantha", "alexandra", "margaret",
                "jennifer", "victoria", "charlotte", "abigail", "patricia", "deborah", "susan", "christine", "isabella", "sophie",
                "jessica", "megan", "lucy", "holly", "ellie", "niamh", "siobhan", "priya", "anika", "yasmin", "leah", "jade"));
        String common = String.join(",", List.of("smith", "jones", "taylor", "brown", "williams", "wilson", "johnson", "davies",
                "robinson", "wright", "thompson", "evans", "walker", "white", "roberts", "green", "hall", "wood", "jackson",
                "clarke", "patel", "khan", "lewis", "james", "phillips", "mason", "mitchell", "rose", "davis", "rodriguez",
                "cox", "alexander", "morgan", "harris", "martin", "cooper", "ward", "king", "turner", "hill", "moore", "baker",
                "hughes", "edwards", "lee", "ahmed", "begum", "hussain", "ali", "murphy", "kelly", "campbell", "stewart",
                "macdonald", "fletcher", "greenwood", "ashworth", "barnes", "carter", "dawson", "ellison", "garner", "hartley",
                "ingram", "jarvis", "kendrick", "lomax", "marsden", "pickering", "radcliffe", "sutcliffe", "thornton",
                "underwood", "varley", "whitworth", "yardley", "okonkwo", "adeyemi", "mensah", "nowak", "kowalczyk", "popescu",
                "oconnor", "obrien", "singh", "kaur", "shah", "chowdhury", "rahman", "miah", "islam", "uddin", "akhtar"));
        String prefixes = "ash,brad,black,brook,cal,craw,dun,el,fair,farn,gold,green,hal,hard,hey,kirk,lang,long,mal,mar,"
                + "mor,new,nor,oak,pen,ray,red,ross,shel,south,stan,stock,thorn,wal,west,whit,wind,wood,wor,york";
        String suffixes = "bury,by,croft,dale,den,field,ford,gate,ham,hurst,ington,land,ley,low,more,ridge,stead,ston,ton,"
                + "well,wick,worth,wood,shaw,thorpe";
        jdbc.sql("drop table if exists bench_src").update();
        jdbc.sql("""
                create unlogged table bench_src as
                with a as (select string_to_array(:given, ',') g, string_to_array(:common, ',') c,
                                  string_to_array(:pre, ',') p, string_to_array(:suf, ',') s)
                select i, g[1 + mod(h1, array_length(g, 1))] as given, g[1 + mod(h2, array_length(g, 1))] as middle,
                       case when mod(h3, 100) < 55 then c[1 + mod(h4, array_length(c, 1))]
                            else p[1 + mod(h4, array_length(p, 1))] || s[1 + mod(h2 / 7, array_length(s, 1))] end as family,
                       case when mod(h3, 100) < 55 then p[1 + mod(h1 / 3, array_length(p, 1))] || s[1 + mod(h4 / 5, array_length(s, 1))]
                            else c[1 + mod(h1 / 11, array_length(c, 1))] end as other_family,
                       date '1950-01-01' + mod(h5, 27000)::int as dob, h1, h2, h3
                  from a, generate_series(1::bigint, :n::bigint) i,
                       lateral (select mod(i * 2654435761, 4294967291) h1, mod(i * 40503 + 977, 2147483647) h2,
                                       mod(i * 69069 + 1, 2147483629) h3, mod(i * 1103515245 + 12345, 2147483647) h4,
                                       mod(i * 22695477 + 1, 2147483587) h5) h
                """).param("given", given).param("common", common).param("pre", prefixes).param("suf", suffixes).param("n", PEOPLE).update();
        jdbc.sql("""
                insert into person(id, kind, date_of_birth, sex, nhs_number, created_at, updated_at) overriding system value
                select :first + i, case when dob > current_date - interval '18 years' then 'CHILD' else 'ADULT' end, dob,
                       (1 + mod(h1, 2))::text, lpad((9000000000 + i)::text, 10, '0'), now(), now() from bench_src""")
                .param("first", FIRST_ID).update();
        jdbc.sql("""
                insert into person_name(person_id, name_type, given_names, family_name)
                select :first + i, 'CURRENT', initcap(given) || case when mod(h2, 3) = 0 then ' ' || initcap(middle) else '' end, initcap(family) from bench_src
                union all
                select :first + i, case when mod(h3, 2) = 0 then 'PREVIOUS' else 'ALIAS' end, initcap(given), initcap(other_family)
                  from bench_src where mod(h3, 10) = 3""").param("first", FIRST_ID).update();
        jdbc.sql("""
                insert into person_address(person_id, line1, town, postcode, postcode_norm)
                select :first + i, mod(h1, 200) + 1 || ' High Street', 'Riverford', pc, replace(pc, ' ', '')
                  from (select i, h1, 'RF' || (1 + mod(h2, 20)) || ' ' || mod(h3, 10) || chr((65 + mod(h1, 26))::int) || chr((65 + mod(h2, 26))::int) pc from bench_src) x""")
                .param("first", FIRST_ID).update();
        // the same normalisation as NameParts: lower case letters only
        jdbc.sql("""
                insert into person_search(name_id, person_id, name_type, given_norm, family_norm, display, dob)
                select n.id, n.person_id, n.name_type, regexp_replace(lower(split_part(n.given_names, ' ', 1)), '[^a-z]', '', 'g'),
                       regexp_replace(lower(n.family_name), '[^a-z]', '', 'g'), n.given_names || ' ' || n.family_name, p.date_of_birth
                  from person_name n join person p on p.id = n.person_id where p.id >= :first""").param("first", FIRST_ID).update();
        jdbc.sql("insert into name_term(term) select given_norm from person_search union select family_norm from person_search on conflict do nothing").update();
        jdbc.sql("drop table bench_src").update();
        for (String table : List.of("person", "person_name", "person_address", "person_search", "name_term")) {
            jdbc.sql("analyze " + table).update();
        }
    }
}
