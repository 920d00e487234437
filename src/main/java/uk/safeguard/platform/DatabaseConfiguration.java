package uk.safeguard.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL is the only store. With {@code SAFEGUARD_DB_URL} set the application uses that server;
 * otherwise it starts an embedded PostgreSQL 17 whose data lives in {@code ./data/postgres}.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(@Value("${safeguard.db.url:}") String url,
                          @Value("${safeguard.db.user:}") String user,
                          @Value("${safeguard.db.password:}") String password,
                          @Value("${safeguard.db.embedded.data-dir:}") String embeddedDataDir,
                          @Value("${safeguard.db.pool-size:10}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("safeguard");
        config.setMaximumPoolSize(poolSize);
        if (!url.isBlank()) {
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
        } else {
            EmbeddedDatabase embedded = EmbeddedDatabase.start(embeddedDataDir);
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername(EmbeddedDatabase.USER);
        }
        return new HikariDataSource(config);
    }
}
