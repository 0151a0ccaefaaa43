package org.councilassistant.benchmarks.jmh;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/** Private H2 databases with the project's Flyway migrations applied: the server's schema, nothing in it. */
public final class Databases {

    private Databases() {
    }

    /** A new database in memory. */
    public static HikariDataSource inMemory() {
        return migrated("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /**
     * A new database in files under {@code directory}, as the server keeps its own: only H2's page cache is on the
     * heap, so that a large knowledge base does not weigh on the collector as an in-memory database would.
     */
    public static HikariDataSource inDirectory(Path directory) {
        return migrated("jdbc:h2:file:" + directory.toAbsolutePath().resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    /** Closes the database (H2 keeps a {@code DB_CLOSE_DELAY=-1} database until told) and the pool. */
    public static void close(HikariDataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Already closed: nothing to do.
        } finally {
            dataSource.close();
        }
    }

    private static HikariDataSource migrated(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setMaximumPoolSize(4);
        config.setPoolName("benchmarks-h2");
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(dataSource).load().migrate();
            return dataSource;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }
}
