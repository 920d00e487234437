package uk.safeguard.reporting.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The indicator settings tables (V220): per-indicator target, amber threshold and England figure; the child population. */
@Repository
public class IndicatorSettingsStore {
    private final JdbcClient jdbc;

    public IndicatorSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One saved setting: replaces the default target and amber pair; {@code england} null keeps the code's figure. */
    public record SavedSetting(String indicatorId, Double target, Double amberFrom, Double england, Instant updatedAt) {}

    public record ChildPopulation(long population, String source, Instant updatedAt) {}

    public Map<String, SavedSetting> all() {
        Map<String, SavedSetting> saved = new LinkedHashMap<>();
        jdbc.sql("select indicator_id, target, amber_from, england, updated_at from reporting_indicator_setting order by indicator_id")
                .query((rs, n) -> new SavedSetting(rs.getString(1), number(rs.getBigDecimal(2)), number(rs.getBigDecimal(3)),
                        number(rs.getBigDecimal(4)), rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list()
                .forEach(s -> saved.put(s.indicatorId(), s));
        return saved;
    }

    public void save(String indicatorId, Double target, Double amberFrom, Double england, Instant at, long userId) {
        jdbc.sql("""
                insert into reporting_indicator_setting (indicator_id, target, amber_from, england, updated_at, updated_by)
                values (:id, :target, :amber, :england, :at, :by)
                on conflict (indicator_id) do update set target = excluded.target, amber_from = excluded.amber_from,
                    england = excluded.england, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """)
                .param("id", indicatorId).param("target", decimal(target)).param("amber", decimal(amberFrom))
                .param("england", decimal(england)).param("at", at.atOffset(ZoneOffset.UTC)).param("by", userId)
                .update();
    }

    public void reset(String indicatorId) {
        jdbc.sql("delete from reporting_indicator_setting where indicator_id = :id").param("id", indicatorId).update();
    }

    public ChildPopulation childPopulation() {
        return jdbc.sql("select population, source, updated_at from reporting_child_population where id = 1")
                .query((rs, n) -> {
                    OffsetDateTime at = rs.getObject(3, OffsetDateTime.class);
                    return new ChildPopulation(rs.getLong(1), rs.getString(2), at == null ? null : at.toInstant());
                })
                .optional().orElse(new ChildPopulation(60_000, "Synthetic default", null));
    }

    public void saveChildPopulation(long population, String source, Instant at, long userId) {
        jdbc.sql("""
                insert into reporting_child_population (id, population, source, updated_at, updated_by)
                values (1, :population, :source, :at, :by)
                on conflict (id) do update set population = excluded.population, source = excluded.source,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """)
                .param("population", population).param("source", source).param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", userId).update();
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
