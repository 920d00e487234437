package uk.safeguard.people.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SSD code lists held as reference tables (V30 migration): code → description, in display order. */
@Component
public class CodeLists {
    private final JdbcClient jdbc;
    private volatile Map<String, Map<String, String>> cache;

    public CodeLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, String> sex() {
        return all().get("sex");
    }

    public Map<String, String> gender() {
        return all().get("gender");
    }

    public Map<String, String> ethnicity() {
        return all().get("ethnicity");
    }

    public Map<String, String> disability() {
        return all().get("disability");
    }

    /** upn_unknown.yml: why a child has no unique pupil number (UN1–UN5). */
    public Map<String, String> upnUnknown() {
        return all().get("upnUnknown");
    }

    private Map<String, Map<String, String>> all() {
        if (cache == null) {
            Map<String, Map<String, String>> lists = new LinkedHashMap<>();
            lists.put("sex", load("select code, description from ref_sex order by code"));
            lists.put("gender", load("select code, description from ref_gender order by code"));
            lists.put("ethnicity", load("select code, description from ref_ethnicity order by sort_order"));
            lists.put("disability", load("select code, description from ref_disability order by description"));
            lists.put("upnUnknown", load("select code, description from ref_upn_unknown order by code"));
            cache = lists; // reference data changes only with a migration
        }
        return cache;
    }

    private Map<String, String> load(String sql) {
        Map<String, String> codes = new LinkedHashMap<>();
        jdbc.sql(sql).query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> codes.put(e.getKey(), e.getValue()));
        return codes;
    }
}
