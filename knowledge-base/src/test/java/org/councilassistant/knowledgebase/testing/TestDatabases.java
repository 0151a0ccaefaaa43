package org.councilassistant.knowledgebase.testing;

import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/**
 * Fresh, migrated databases for tests: in-memory H2 by default, or the real PostgreSQL server when the build
 * runs with {@code -Ppostgres} (system property {@code assistant.test.database=postgres}). Each call gets its
 * own database or schema. With PostgreSQL selected, a server that cannot be reached fails the test.
 */
public final class TestDatabases {

    public static final String POSTGRES_URL = System.getProperty(
            "assistant.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");

    private TestDatabases() {
    }

    public static boolean usingPostgres() {
        return "postgres".equals(System.getProperty("assistant.test.database", "h2"));
    }

    /** A new, empty database with every Flyway migration on the test classpath applied. */
    public static HikariDataSource migrated() {
        String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(4);
        if (usingPostgres()) {
            config.setJdbcUrl(POSTGRES_URL + "?currentSchema=" + name);
            config.setUsername(System.getProperty("assistant.test.postgres.user", "postgres"));
            config.setPassword(System.getProperty("assistant.test.postgres.password", ""));
        } else {
            config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(usingPostgres() ? new String[] {name} : new String[0])
                .createSchemas(true)
                .load()
                .migrate();
        return dataSource;
    }

    /** The database product the data source talks to, e.g. "PostgreSQL" or "H2". */
    public static String productName(DataSource dataSource) throws Exception {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }
}
